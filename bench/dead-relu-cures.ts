/**
 * `npx tsx bench/dead-relu-cures.ts [set …]`: trains every spec of the named sets (all development
 * sets by default) under the runtime detectors with their advice trials, and lists each run whose
 * `dead-relu` warning was confirmed by a lower learning rate (not by a leaky activation, which its
 * trial tries first): the runs `rate-cause.ts` restates as `lr-too-high`. For each: its fault's code
 * and the codes that catch it, so one can see whether naming the rate agrees with the fault sets.
 */
import * as path from 'path';
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusPath, corpusSpecs, CorpusSet, loadManifest } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { runMonitored } from '../src/diagnosis/run';

const REPO_ROOT = path.join(__dirname, '..');

/** Trials of one run's dead-relu warnings: how many, and how many a lower rate confirmed. */
function deadReluTrials(file: string, set: CorpusSet): { tried: number; byRate: number } {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return { tried: 0, byRate: 0 };
  const advice = { specDir: path.dirname(corpusPath(file, set)), workspaceRoot: REPO_ROOT };
  const trials = runMonitored(check.parsed, check.spec, check.dataset, { advice }).trials.filter((t) => t.code === 'dead-relu');
  return { tried: trials.length, byRate: trials.filter((t) => t.helped?.title.startsWith('Set "lr"')).length };
}

function main(): void {
  const named = process.argv.slice(2) as CorpusSet[];
  const sets = named.length > 0 ? named : ALL_CORPUS_SETS;
  let runs = 0, agree = 0, healthy = 0;
  for (const set of sets) {
    const manifest = loadManifest(set);
    const catches = new Map(manifest.faults.map((f) => [f.file, f.catches]));
    for (const { file, code } of corpusSpecs(set)) {
      const { byRate } = deadReluTrials(file, set);
      if (byRate === 0) continue;
      const caught = catches.get(file) ?? [];
      runs++;
      if (code === 'healthy') healthy++;
      else if (caught.includes('lr-too-high')) agree++;
      console.log(`${set} ${file}: ${byRate} dead-relu trial(s) confirmed by a lower rate; fault ${code}, catches ${caught.join(', ') || '-'}`);
    }
  }
  console.log(`\n${runs} runs with dead units cured by a lower rate: ${agree} faults that count lr-too-high as a catch, ${healthy} healthy specs, ${runs - agree - healthy} other faults.`);
}

main();
