/**
 * `npx tsx bench/research-baselines.ts [set,set,…] [--out <file>]`: the rules of AUTOTRAINER,
 * DeepDiagnosis and UMLAUT (`bench/baselines/`, each rule cited to its code) run on every trainable
 * spec of the fault sets (all development sets by default), and written to `--out` (default
 * `bench/results/baselines.json`).
 *
 * `npx tsx bench/research-baselines.ts --report <file>[,<file>…] [--results <dir>]`: the comparison, as markdown, of
 * those runs with NN Debugger's own outcomes on the same specs, read from `bench/results/faults*.json`
 * (`npm run bench:faults -- --set <set>` writes them) or those in `--results`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { hasErrors } from '../src/diagnosis/check';
import { checkCorpusSpec, CorpusSet, loadManifest } from '../test/faults/corpus';
import { runBaselines, type BaselineOutcome } from './baselines/run';
import { surveySets } from './corpus-runs';
import { comparisonReport } from './baselines/report';

const USAGE = 'tsx bench/research-baselines.ts [set,set,…] [--out <file>] | --report <file>[,<file>…] [--results <dir>]';

/** Runs the tools on every spec of `set` that checks without errors and has data. */
function runSet(set: CorpusSet, log: (line: string) => void): BaselineOutcome[] {
  const manifest = loadManifest(set);
  const entries = [...manifest.faults.map((f) => ({ file: f.file, code: f.code as string, catches: f.catches })), ...manifest.healthy.map((h) => ({ file: h.file, code: 'healthy', catches: [] }))];
  const outcomes: BaselineOutcome[] = [];
  for (const entry of entries) {
    const check = checkCorpusSpec(entry.file, set);
    if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) continue;
    const started = performance.now();
    const run = runBaselines(check.spec, check.dataset);
    const seconds = (performance.now() - started) / 1000;
    outcomes.push({ set, ...entry, classification: check.dataset.task === 'classification', epochs: run.epochs, reports: run.reports, seconds });
  }
  log(`${set}: ${outcomes.length} trainable specs`);
  return outcomes;
}

function argValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(): number {
  const args = process.argv.slice(2);
  const reportFiles = argValue(args, '--report');
  if (reportFiles) {
    const outcomes = reportFiles.split(',').flatMap((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as BaselineOutcome[]);
    console.log(comparisonReport(outcomes, argValue(args, '--results') ?? path.join(__dirname, 'results')));
    return 0;
  }
  const out = argValue(args, '--out') ?? path.join(__dirname, 'results', 'baselines.json');
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const sets = surveySets(positional, USAGE);
  if (!sets) return 2;
  const outcomes = sets.flatMap((set) => runSet(set, (line) => console.error(line)));
  fs.writeFileSync(out, JSON.stringify(outcomes));
  console.error(`wrote ${outcomes.length} outcomes to ${out}`);
  return 0;
}

process.exitCode = main();
