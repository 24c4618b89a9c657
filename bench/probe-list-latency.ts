/**
 * `npx tsx bench/probe-list-latency.ts <list.tsv>`: how long the static check plus the probe (advice
 * trials included) take in this process on chosen specs of the fault sets, each line of the list
 * `set<TAB>spec file`: the best of three runs per spec, then p50, p95 and the maximum over the specs.
 * Run at two commits on the same list, one after the other, it compares what a change costs the specs
 * it touches (session 36: every advice fix trained, on specs with a probe `vanishing-gradient`).
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { checkCorpusSpec, corpusContext, CorpusSet, isCorpusSet } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';

const RUNS = 3;

/** The best of RUNS timings of the static check and the probe on one spec, in ms. */
function timed(set: CorpusSet, file: string): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    probeChecked(checkCorpusSpec(file, set), { context: corpusContext(file, set) });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function main(): number {
  const list = process.argv[2];
  if (!list) {
    console.error('usage: tsx bench/probe-list-latency.ts <list.tsv>   (lines: set<TAB>spec file)');
    return 2;
  }
  // A survey's own output may serve as the list: its header and summary lines name no set, and are skipped.
  const rows = fs.readFileSync(list, 'utf8').split('\n').map((l) => l.split('\t')).filter(([set, file]) => isCorpusSet(set) && file);
  const times = rows.map(([set, file]) => timed(set as CorpusSet, file)).sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(0);
  console.log(`${times.length} specs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
  return 0;
}

process.exitCode = main();
