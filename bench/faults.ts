/**
 * `npm run bench:faults [-- --set <set>]`: how many faults NN Debugger catches, where (static check,
 * edit-time probe, training), and whether the healthy specs stay silent. Sets: `dev` (`test/faults`,
 * written alongside the rules), `heldout`, `final`, `blind4` … `blind50` (`test/faults-<name>`, each
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
import { ALL_CORPUS_SETS, CORPUS_SETS, CorpusSet, loadManifest, MEASUREMENT_SETS } from '../test/faults/corpus';
import { evaluateSpec, loadProbe, SpecOutcome } from '../test/faults/evaluate';
import { comparison, crashes, judge, SetRun, setJson, setReport } from './faults-report';

const RESULTS: Record<CorpusSet, string> = {
  dev: path.join(__dirname, 'results', 'faults.json'),
  heldout: path.join(__dirname, 'results', 'faults-heldout.json'),
  final: path.join(__dirname, 'results', 'faults-final.json'),
  blind4: path.join(__dirname, 'results', 'faults-blind4.json'),
  blind5: path.join(__dirname, 'results', 'faults-blind5.json'),
  blind6: path.join(__dirname, 'results', 'faults-blind6.json'),
  blind7: path.join(__dirname, 'results', 'faults-blind7.json'),
  blind8: path.join(__dirname, 'results', 'faults-blind8.json'),
  blind9: path.join(__dirname, 'results', 'faults-blind9.json'),
  blind10: path.join(__dirname, 'results', 'faults-blind10.json'),
  blind11: path.join(__dirname, 'results', 'faults-blind11.json'),
  blind12: path.join(__dirname, 'results', 'faults-blind12.json'),
  blind13: path.join(__dirname, 'results', 'faults-blind13.json'),
  blind14: path.join(__dirname, 'results', 'faults-blind14.json'),
  blind15: path.join(__dirname, 'results', 'faults-blind15.json'),
  blind16: path.join(__dirname, 'results', 'faults-blind16.json'),
  blind17: path.join(__dirname, 'results', 'faults-blind17.json'),
  blind18: path.join(__dirname, 'results', 'faults-blind18.json'),
  blind19: path.join(__dirname, 'results', 'faults-blind19.json'),
  blind20: path.join(__dirname, 'results', 'faults-blind20.json'),
  blind21: path.join(__dirname, 'results', 'faults-blind21.json'),
  blind22: path.join(__dirname, 'results', 'faults-blind22.json'),
  blind23: path.join(__dirname, 'results', 'faults-blind23.json'),
  blind24: path.join(__dirname, 'results', 'faults-blind24.json'),
  blind25: path.join(__dirname, 'results', 'faults-blind25.json'),
  blind26: path.join(__dirname, 'results', 'faults-blind26.json'),
  blind27: path.join(__dirname, 'results', 'faults-blind27.json'),
  blind28: path.join(__dirname, 'results', 'faults-blind28.json'),
  blind29: path.join(__dirname, 'results', 'faults-blind29.json'),
  blind30: path.join(__dirname, 'results', 'faults-blind30.json'),
  blind31: path.join(__dirname, 'results', 'faults-blind31.json'),
  blind32: path.join(__dirname, 'results', 'faults-blind32.json'),
  blind33: path.join(__dirname, 'results', 'faults-blind33.json'),
  blind34: path.join(__dirname, 'results', 'faults-blind34.json'),
  blind35: path.join(__dirname, 'results', 'faults-blind35.json'),
  blind36: path.join(__dirname, 'results', 'faults-blind36.json'),
  blind37: path.join(__dirname, 'results', 'faults-blind37.json'),
  blind38: path.join(__dirname, 'results', 'faults-blind38.json'),
  blind39: path.join(__dirname, 'results', 'faults-blind39.json'),
  blind40: path.join(__dirname, 'results', 'faults-blind40.json'),
  blind41: path.join(__dirname, 'results', 'faults-blind41.json'),
  blind42: path.join(__dirname, 'results', 'faults-blind42.json'),
  blind43: path.join(__dirname, 'results', 'faults-blind43.json'),
  blind44: path.join(__dirname, 'results', 'faults-blind44.json'),
  blind45: path.join(__dirname, 'results', 'faults-blind45.json'),
  blind46: path.join(__dirname, 'results', 'faults-blind46.json'),
  blind47: path.join(__dirname, 'results', 'faults-blind47.json'),
  blind48: path.join(__dirname, 'results', 'faults-blind48.json'),
  blind49: path.join(__dirname, 'results', 'faults-blind49.json'),
  blind50: path.join(__dirname, 'results', 'faults-blind50.json'),
};

const TITLES: Record<CorpusSet, string> = {
  dev: 'Fault benchmark, development set (test/faults, thresholds chosen on it)',
  heldout: 'Fault benchmark, held-out set (test/faults-heldout, written blind)',
  final: 'Fault benchmark, final set (test/faults-final, written blind, measured blind once, since tuned on)',
  blind4: 'Fault benchmark, blind set 4 (test/faults-blind4, written blind, measured blind once, since tuned on)',
  blind5: 'Fault benchmark, blind set 5 (test/faults-blind5, written blind, measured blind once, since tuned on)',
  blind6: 'Fault benchmark, blind set 6 (test/faults-blind6, written blind, measured blind once, since tuned on)',
  blind7: 'Fault benchmark, blind set 7 (test/faults-blind7, written blind, measured blind twice, since tuned on)',
  blind8: 'Fault benchmark, blind set 8 (test/faults-blind8, written blind, measured blind twice, since tuned on)',
  blind9: 'Fault benchmark, blind set 9 (test/faults-blind9, written blind, measured blind twice, since tuned on)',
  blind10: 'Fault benchmark, blind set 10 (test/faults-blind10, written blind, measured blind once, since a development set)',
  blind11: 'Fault benchmark, blind set 11 (test/faults-blind11, written blind, measured blind once, since a development set)',
  blind12: 'Fault benchmark, blind set 12 (test/faults-blind12, written blind, measured blind once, since a development set)',
  blind13: 'Fault benchmark, blind set 13 (test/faults-blind13, written blind, measured blind once, since a development set)',
  blind14: 'Fault benchmark, blind set 14 (test/faults-blind14, written blind, measured blind once, since a development set)',
  blind15: 'Fault benchmark, blind set 15 (test/faults-blind15, written blind, measured blind once, since a development set)',
  blind16: 'Fault benchmark, blind set 16 (test/faults-blind16, written blind, measured blind once, since a development set)',
  blind17: 'Fault benchmark, blind set 17 (test/faults-blind17, written blind, measured blind once, since a development set)',
  blind18: 'Fault benchmark, blind set 18 (test/faults-blind18, written blind, measured blind once, since a development set)',
  blind19: 'Fault benchmark, blind set 19 (test/faults-blind19, written blind, measured blind once, since a development set)',
  blind20: 'Fault benchmark, blind set 20 (test/faults-blind20, written blind, measured blind once, since a development set)',
  blind21: 'Fault benchmark, blind set 21 (test/faults-blind21, written blind, measured blind once, since a development set)',
  blind22: 'Fault benchmark, blind set 22 (test/faults-blind22, written blind, measured blind once, since a development set)',
  blind23: 'Fault benchmark, blind set 23 (test/faults-blind23, written blind, measured blind once, since a development set)',
  blind24: 'Fault benchmark, blind set 24 (test/faults-blind24, written blind, measured blind once, since a development set)',
  blind25: 'Fault benchmark, blind set 25 (test/faults-blind25, written blind, measured blind once, since a development set)',
  blind26: 'Fault benchmark, blind set 26 (test/faults-blind26, written blind, measured blind once, since a development set)',
  blind27: 'Fault benchmark, blind set 27 (test/faults-blind27, written blind, measured blind once, since a development set)',
  blind28: 'Fault benchmark, blind set 28 (test/faults-blind28, written blind, measured blind once, since a development set)',
  blind29: 'Fault benchmark, blind set 29 (test/faults-blind29, written blind, measured blind once, since a development set)',
  blind30: 'Fault benchmark, blind set 30 (test/faults-blind30, written blind, measured blind once, since a development set)',
  blind31: 'Fault benchmark, blind set 31 (test/faults-blind31, written blind, measured blind once, since a development set)',
  blind32: 'Fault benchmark, blind set 32 (test/faults-blind32, written blind, measured blind once, since a development set)',
  blind33: 'Fault benchmark, blind set 33 (test/faults-blind33, written blind, measured blind once, since a development set)',
  blind34: 'Fault benchmark, blind set 34 (test/faults-blind34, written blind, measured blind once, since a development set)',
  blind35: 'Fault benchmark, blind set 35 (test/faults-blind35, written blind, measured blind once, since a development set)',
  blind36: 'Fault benchmark, blind set 36 (test/faults-blind36, written blind, measured blind once, since a development set)',
  blind37: 'Fault benchmark, blind set 37 (test/faults-blind37, written blind, measured blind once, since a development set)',
  blind38: 'Fault benchmark, blind set 38 (test/faults-blind38, written blind, measured blind once, since a development set)',
  blind39: 'Fault benchmark, blind set 39 (test/faults-blind39, written blind, measured blind once, since a development set)',
  blind40: 'Fault benchmark, blind set 40 (test/faults-blind40, written blind, measured blind once, since a development set)',
  blind41: 'Fault benchmark, blind set 41 (test/faults-blind41, written blind, measured blind once, since a development set)',
  blind42: 'Fault benchmark, blind set 42 (test/faults-blind42, written blind, measured blind once, since a development set)',
  blind43: 'Fault benchmark, blind set 43 (test/faults-blind43, written blind, measured blind once, since a development set)',
  blind44: 'Fault benchmark, blind set 44 (test/faults-blind44, written blind, measured blind once, since a development set)',
  blind45: 'Fault benchmark, blind set 45 (test/faults-blind45, written blind, measured blind once, since a development set)',
  blind46: 'Fault benchmark, blind set 46 (test/faults-blind46, written blind, measured blind once, since a development set)',
  blind47: 'Fault benchmark, blind set 47 (test/faults-blind47, written blind, measured blind once, since a development set)',
  blind48: 'Fault benchmark, blind set 48 (test/faults-blind48, written blind, measured blind once, since a development set)',
  blind49: 'Fault benchmark, blind set 49 (test/faults-blind49, written blind, measured blind once, since a development set)',
  blind50: 'Fault benchmark, blind set 50 (test/faults-blind50, written blind, measured blind once, since a development set)',
};

const USAGE = 'usage: tsx bench/faults.ts [--set dev|heldout|both|final|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|blind28|blind29|blind30|blind31|blind32|blind33|blind34|blind35|blind36|blind37|blind38|blind39|blind40|blind41|blind42|blind43|blind44|blind45|blind46|blind47|blind48|blind49|blind50|all]';

/** The sets named on the command line, or a message saying what is wrong with it. */
function parseSets(args: string[]): CorpusSet[] | { error: string } {
  if (args.length === 0) return [...CORPUS_SETS];
  if (args.length !== 2 || args[0] !== '--set') return { error: `unexpected arguments "${args.join(' ')}"; ${USAGE}` };
  const value = args[1];
  if (value === 'both') return [...CORPUS_SETS];
  if (value === 'all') return [...ALL_CORPUS_SETS];
  if ([...ALL_CORPUS_SETS, ...MEASUREMENT_SETS].includes(value as CorpusSet)) return [value as CorpusSet];
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
    console.log(setReport(run, TITLES[set]).join('\n') + '\n');
    fs.mkdirSync(path.dirname(RESULTS[set]), { recursive: true });
    fs.writeFileSync(RESULTS[set], JSON.stringify(setJson(run), null, 2) + '\n');
    return run;
  });
  if (runs.length === 2) console.log(comparison(runs[0], runs[1]).join('\n') + '\n');
  if (runs.length > 2) console.log(setReport(pooled(runs), `Fault benchmark, all ${runs.length} sets together`).join('\n') + '\n');
  for (const set of sets) console.log(`Wrote ${path.relative(process.cwd(), RESULTS[set])}`);
  return runs.some((run) => crashes(run).length > 0) ? 1 : 0;
}

process.exitCode = main();
