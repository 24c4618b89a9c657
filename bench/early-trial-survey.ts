/**
 * `npx tsx bench/early-trial-survey.ts <maxStepsPerEpoch> [set,set,…] [--only in.jsonl] > out.jsonl`:
 * trains, under the runtime detectors with the advice trials on, every corpus spec whose epoch takes fewer than
 * `maxStepsPerEpoch` optimizer steps (full and large batches, where an early epoch is only a handful of
 * steps), and writes one JSON line per spec: its set, file, code (`healthy` for a healthy spec), its
 * catches, steps per epoch, each training warning raised (code, where, epoch) and each advice trial
 * (code, the epochs and steps it compared, whether a fix helped). Raw material for judging how few steps
 * a trial may compare (docs/diagnostics.md, "The horizon (open)", rule 19). `--only` trains again just
 * the specs of an earlier output's lines.
 */
import * as fs from 'fs';
import { hasErrors } from '../src/diagnosis/check';
import { runSteps } from '../src/diagnosis/context';
import { runMonitored } from '../src/diagnosis/run';
import { checkCorpusSpec, corpusContext, CorpusSet, loadManifest } from '../test/faults/corpus';
import { surveySets } from './corpus-runs';

const USAGE = 'tsx bench/early-trial-survey.ts <maxStepsPerEpoch> [set,set,…] [--only in.jsonl]';

/** One spec's line. */
interface SurveyLine {
  set: CorpusSet;
  file: string;
  code: string;
  catches: string[];
  stepsPerEpoch: number;
  raised: { code: string; at: string; epoch: number }[];
  trials: { code: string; epochs: number; steps: number; helped: boolean }[];
}

function surveySpec(set: CorpusSet, file: string, code: string, catches: string[], maxSteps: number): SurveyLine | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const stepsPerEpoch = runSteps(check.spec, check.dataset) / check.spec.training.epochs;
  if (stepsPerEpoch >= maxSteps) return undefined;
  const raised: SurveyLine['raised'] = [];
  const run = runMonitored(check.parsed, check.spec, check.dataset, {
    advice: corpusContext(file, set),
    onEpoch: (stats, update) => {
      for (const d of update.raised) raised.push({ code: d.code, at: d.path ?? '', epoch: stats.epoch + 1 });
    },
  });
  const trials = run.trials.map((t) => ({ code: t.code, epochs: t.epochs, steps: t.epochs * stepsPerEpoch, helped: t.helped !== undefined }));
  return { set, file, code, catches, stepsPerEpoch, raised, trials };
}

/** `set file` pairs from a file of survey lines (`--only out.jsonl`): only those specs are trained again. */
function onlyFrom(file: string | undefined): Set<string> | undefined {
  if (file === undefined) return undefined;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Set(lines.map((l) => JSON.parse(l) as SurveyLine).map((l) => `${l.set} ${l.file}`));
}

function main(): void {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyFrom(onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined);
  const maxSteps = Number(args[0]);
  const sets = surveySets(args.slice(1), USAGE);
  if (!sets) process.exit(2);
  if (!(maxSteps > 0)) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  for (const set of sets) {
    const manifest = loadManifest(set);
    const specs = [...manifest.faults.map((f) => ({ file: f.file, code: f.code, catches: f.catches })), ...manifest.healthy.map((h) => ({ file: h.file, code: 'healthy', catches: [] as string[] }))];
    for (const s of specs) {
      if (only && !only.has(`${set} ${s.file}`)) continue;
      const line = surveySpec(set, s.file, s.code, s.catches, maxSteps);
      if (line) console.log(JSON.stringify(line));
    }
  }
}

main();
