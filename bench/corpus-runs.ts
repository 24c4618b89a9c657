/**
 * The corpus specs a training survey can run: every spec of every development set that checks
 * clean and has data, with its reference loss (the constant answer and the linear model). Shared by
 * the surveys so each runs over exactly the specs the benchmark trains.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs, CorpusSet, isCorpusSet, loadManifest, type FaultEntry } from '../test/faults/corpus';
import { hasErrors, type CheckResult } from '../src/diagnosis/check';
import { referenceLoss, type ReferenceLoss } from '../src/diagnosis/detectors';
import { Trainer } from '../src/engine';
import type { ModelSpec } from '../src/spec/types';
import type { Dataset } from '../src/spec/dataset';

/** One trainable corpus spec. `code` is the fault's own code, or "healthy". */
export interface CorpusRun {
  set: CorpusSet;
  file: string;
  code: string;
  check: CheckResult;
  spec: ModelSpec;
  dataset: Dataset;
  reference: ReferenceLoss;
}

/** Every trainable spec of the development sets, in set and manifest order. */
export function* trainableCorpusRuns(): Generator<CorpusRun> {
  for (const set of ALL_CORPUS_SETS) {
    for (const { file, code } of corpusSpecs(set)) {
      const check = checkCorpusSpec(file, set);
      if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) continue;
      const reference = referenceLoss(check.spec, check.dataset, new Trainer(check.spec, check.dataset));
      if (reference) yield { set, file, code, check, spec: check.spec, dataset: check.dataset, reference };
    }
  }
}

/**
 * The sets a survey runs over: the comma-separated first argument that is not a flag, or every
 * development set without one. Undefined, with `usage` printed, when a named set is unknown.
 */
export function surveySets(args: readonly string[], usage: string): CorpusSet[] | undefined {
  const named = args.find((a) => !a.startsWith('--'));
  const sets = named ? named.split(',') : [...ALL_CORPUS_SETS];
  const unknown = sets.find((s) => !isCorpusSet(s));
  if (unknown === undefined) return sets as CorpusSet[];
  console.error(`unknown set "${unknown}"; usage: ${usage}`);
  return undefined;
}

/** Each spec of `set` with what its writer filed ("HEALTHY", or the fault's code), healthy first; `faultIf` picks the faults. */
export function filedSpecs(set: CorpusSet, faultIf: (fault: FaultEntry) => boolean = () => true): { file: string; filed: string }[] {
  const manifest = loadManifest(set);
  return [...manifest.healthy.map((h) => ({ file: h.file, filed: 'HEALTHY' })), ...manifest.faults.filter(faultIf).map((f) => ({ file: f.file, filed: f.code }))];
}

/**
 * Prints a survey: `header`, then `line(set, file, filed)` for each spec of `sets` that `faultIf` keeps
 * (healthy first, as `filedSpecs`), where it gives one.
 */
export function printSurvey(
  sets: readonly CorpusSet[],
  header: string,
  line: (set: CorpusSet, file: string, filed: string) => string | undefined,
  faultIf?: (fault: FaultEntry) => boolean,
): void {
  if (header) console.log(header);
  for (const set of sets) {
    for (const { file, filed } of filedSpecs(set, faultIf)) {
      const text = line(set, file, filed);
      if (text) console.log(text);
    }
  }
}

/**
 * A survey script's whole run: the sets named in `args` (`surveySets`), then `printSurvey` with `header`
 * and `line`. The exit code: 2 when a named set is unknown (with `usage` printed), else 0.
 */
export function runSurvey(args: readonly string[], usage: string, header: readonly string[], line: (set: CorpusSet, file: string, filed: string) => string | undefined): number {
  const sets = surveySets(args, usage);
  if (!sets) return 2;
  printSurvey(sets, header.join('\t'), line);
  return 0;
}

/** A spec's text with `"normalizeTarget": "standard"` in its data block: the raw-target surveys' rescaled variant. */
export function rescaledText(text: string): string {
  const json = JSON.parse(text);
  json.data.normalizeTarget = 'standard';
  return JSON.stringify(json);
}

/** The codes a fault's manifest counts as catching it, comma-separated; empty for a healthy spec. */
export function catchesText(set: CorpusSet, file: string, filed: string): string {
  return filed === 'HEALTHY' ? '' : (loadManifest(set).faults.find((f) => f.file === file)?.catches ?? []).join(',');
}

/** The optimizer as a survey line shows it: "sgd@0.05 m0.9n b16" (momentum, Nesterov, batch size). */
export function optimizerText(spec: ModelSpec): string {
  const o = spec.optimizer;
  return `${o.type}@${o.lr}${o.momentum ? ` m${o.momentum}${o.nesterov ? 'n' : ''}` : ''} b${spec.training.batchSize}`;
}
