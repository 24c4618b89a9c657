/**
 * `npm run bench:faults [-- --set <set>]`: how many faults NN Debugger catches, where (static check,
 * edit-time probe, training), and whether the healthy specs stay silent. Sets: `dev` (`test/faults`,
 * written alongside the rules), `heldout`, `final`, `blind4` and on (`test/faults-<name>`, each
 * written blind, measured blind, then tuned on: their READMEs keep the blind measurements); `both`
 * (the default) is dev + heldout side by side; `all` runs every set, then pools them in one report.
 * A set in `MEASUREMENT_SETS` (frozen, awaiting its blind measurement) runs only when named alone.
 * Prints a markdown report per set and writes every outcome to `bench/results/faults.json` (dev) or
 * `bench/results/faults-<set>.json`. Exits 1 only when the core crashed on a spec, never because
 * recall is low; exits 2 on a bad argument.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { ALL_CORPUS_SETS, CORPUS_SETS, CorpusSet, isCorpusSet, LAST_DEVELOPMENT_BLIND_SET, loadManifest, MEASUREMENT_SETS } from '../test/faults/corpus';
import { evaluateSpec, loadProbe, SpecOutcome } from '../test/faults/evaluate';
import { comparison, crashes, judge, SetRun, setJson, setReport } from './faults-report';

/** Where a set's outcomes are written: `faults.json` for dev, `faults-<set>.json` for the others. */
function resultsPath(set: CorpusSet): string {
  return path.join(__dirname, 'results', set === 'dev' ? 'faults.json' : `faults-${set}.json`);
}

/** The first blind sets were tuned on after their measurement; from blind10 on they became development sets like the rest. */
const NAMED_TITLES: Partial<Record<CorpusSet, string>> = {
  dev: 'Fault benchmark, development set (test/faults, thresholds chosen on it)',
  heldout: 'Fault benchmark, held-out set (test/faults-heldout, written blind)',
  final: 'Fault benchmark, final set (test/faults-final, written blind, measured blind once, since tuned on)',
  blind4: 'Fault benchmark, blind set 4 (test/faults-blind4, written blind, measured blind once, since tuned on)',
  blind5: 'Fault benchmark, blind set 5 (test/faults-blind5, written blind, measured blind once, since tuned on)',
  blind6: 'Fault benchmark, blind set 6 (test/faults-blind6, written blind, measured blind once, since tuned on)',
  blind7: 'Fault benchmark, blind set 7 (test/faults-blind7, written blind, measured blind twice, since tuned on)',
  blind8: 'Fault benchmark, blind set 8 (test/faults-blind8, written blind, measured blind twice, since tuned on)',
  blind9: 'Fault benchmark, blind set 9 (test/faults-blind9, written blind, measured blind twice, since tuned on)',
};

/** The report's title for a set: awaiting its blind measurement, or measured once and since a development set. */
function title(set: CorpusSet): string {
  const named = NAMED_TITLES[set];
  if (named) return named;
  const state = MEASUREMENT_SETS.includes(set) ? 'frozen, awaiting its blind measurement' : 'measured blind once, since a development set';
  return `Fault benchmark, blind set ${set.slice('blind'.length)} (test/faults-${set}, written blind, ${state})`;
}

const USAGE = `usage: tsx bench/faults.ts [--set dev|heldout|both|final|blind4 … blind${LAST_DEVELOPMENT_BLIND_SET}${MEASUREMENT_SETS.map((s) => `|${s}`).join('')}|all]`;

/** The sets named on the command line, or a message saying what is wrong with it. */
function parseSets(args: string[]): CorpusSet[] | { error: string } {
  if (args.length === 0) return [...CORPUS_SETS];
  if (args.length !== 2 || args[0] !== '--set') return { error: `unexpected arguments "${args.join(' ')}"; ${USAGE}` };
  const value = args[1];
  if (value === 'both') return [...CORPUS_SETS];
  if (value === 'all') return [...ALL_CORPUS_SETS];
  if (isCorpusSet(value)) return [value];
  return { error: `unknown set "${value}"; ${USAGE}` };
}

/** Checks, probes and trains every spec of one set. */
function runSet(set: CorpusSet): SetRun {
  const started = performance.now();
  const manifest = loadManifest(set);
  const probe = loadProbe();
  const verdicts = manifest.faults.map((entry) => judge(entry, evaluateSpec(entry.file, probe.probe, set)));
  const healthy = manifest.healthy.map((entry) => evaluateSpec(entry.file, probe.probe, set));
  return { set, verdicts, healthy, probe, wallSeconds: (performance.now() - started) / 1000 };
}

/** Every set's verdicts as one run, each spec named with its set (`blind5·spirals2-tanh-adam-0.03`). */
function pooled(runs: SetRun[]): SetRun {
  const named = (set: CorpusSet, outcome: SpecOutcome): SpecOutcome => ({ ...outcome, file: `${set}·${path.basename(outcome.file)}` });
  return {
    set: 'all',
    verdicts: runs.flatMap((run) => run.verdicts.map((v) => ({ ...v, outcome: named(run.set as CorpusSet, v.outcome) }))),
    healthy: runs.flatMap((run) => run.healthy.map((o) => named(run.set as CorpusSet, o))),
    probe: runs[0].probe,
    wallSeconds: runs.reduce((sum, run) => sum + run.wallSeconds, 0),
  };
}

function main(): number {
  const sets = parseSets(process.argv.slice(2));
  if ('error' in sets) {
    console.error(sets.error);
    return 2;
  }
  const runs = sets.map((set) => {
    const run = runSet(set);
    console.log(setReport(run, title(set)).join('\n') + '\n');
    fs.mkdirSync(path.dirname(resultsPath(set)), { recursive: true });
    fs.writeFileSync(resultsPath(set), JSON.stringify(setJson(run), null, 2) + '\n');
    return run;
  });
  if (runs.length === 2) console.log(comparison(runs[0], runs[1]).join('\n') + '\n');
  if (runs.length > 2) console.log(setReport(pooled(runs), `Fault benchmark, all ${runs.length} sets together`).join('\n') + '\n');
  for (const set of sets) console.log(`Wrote ${path.relative(process.cwd(), resultsPath(set))}`);
  return runs.some((run) => crashes(run).length > 0) ? 1 : 0;
}

process.exitCode = main();
