/**
 * Data rules that need no training. `data-error`, a warning: no more training rows than features.
 * With n rows and at least n features, even a linear model can fit any targets exactly (n equations,
 * as many unknowns), so a low training loss says nothing and the network cannot learn a relation the
 * rows do not pin down. The usual cause is an export whose query filtered the table down to a handful
 * of rows (blind50 data-error.three-row-export: 3 rows of 4 sensor features). Over the 50 fault sets it is the only
 * spec with so few rows; the smallest healthy tables have 4 rows of 2 features (logic gates).
 * `loss-plateau`, a warning: every feature holds one value in every row (`constantInputs`).
 * `data-error`, a warning: a regression target that holds one value in every row (`constantTarget`).
 */
import type { Dataset } from '../spec/dataset';
import type { DataSpec, Diagnostic, ModelSpec } from '../spec/types';
import { trainingCount } from '../engine/batches';
import { briefList, diagnosticAt, RuleContext } from './context';

/** Where a data finding goes: `csvPointer` for a CSV, the inline table's key, or the data block. */
function dataPointer(data: DataSpec, csvPointer: string): string {
  return data.kind === 'csv' ? csvPointer : data.kind === 'inline' ? '/data/inline' : '/data';
}

/** Whether the spec trains on no more rows than its data has features. */
export function rowStarved(spec: ModelSpec, dataset: Dataset): boolean {
  return dataset.samples > 0 && trainingCount(dataset.samples, spec.training.validationSplit) <= dataset.inputs;
}

/** `data-error` (warning) on the data's source when the training rows are no more than the features. */
export function fewerRowsThanFeatures(ctx: RuleContext): Diagnostic[] {
  const dataset = ctx.dataset;
  if (!dataset || !rowStarved(ctx.spec, dataset)) return [];
  const rows = trainingCount(dataset.samples, ctx.spec.training.validationSplit);
  const data = ctx.spec.data;
  const path = dataPointer(data, '/data/csv');
  const source = data.kind === 'csv' ? data.path : 'the data';
  const held = rows < dataset.samples ? ` (of ${dataset.samples}, after the validation split)` : '';
  const message =
    `${source} gives ${rows} training row${rows === 1 ? '' : 's'}${held} for ${dataset.inputs} features: with no more rows than ` +
    'features even a linear model fits any targets exactly, so the run can only memorize them. ' +
    (data.kind === 'csv' ? 'Was the export filtered? Train on the full table.' : 'Add rows, or drop features.');
  return [diagnosticAt(ctx.parsed, 'data-error', 'warning', path, message)];
}

/**
 * The names of the data's features when every one of them holds one value in every row; undefined
 * when any varies (or there are fewer than two rows). Checked on the normalized inputs: normalizing
 * maps a constant column to a constant.
 */
export function constantFeatureNames(dataset: Dataset): string[] | undefined {
  const { x, inputs, samples } = dataset;
  if (samples < 2 || inputs === 0) return undefined;
  for (let i = inputs; i < samples * inputs; i++) if (x[i] !== x[i % inputs]) return undefined;
  return dataset.featureNames;
}

/**
 * `loss-plateau` (warning) on the features when every feature is constant: the network then gets the
 * same input for every row, so its output is the same for every row and the best it can reach is the
 * constant answer. Certain, not a guess, so it needs no trial. Blind writers file it as a plateau
 * (blind54 drag-run-constants, blind85 station-year-only, blind86 circuit-constant-only: training
 * saw the stall, or only the ReLU units it leaves at 0). One constant column beside varying ones is
 * left alone: it is harmless, and 39 healthy specs of the 86 sets keep one (a plan version, a country
 * code, the pixels at a digit's border; `npx tsx bench/constant-feature-survey.ts`).
 */
export function constantInputs(ctx: RuleContext): Diagnostic[] {
  const dataset = ctx.dataset;
  const names = dataset ? constantFeatureNames(dataset) : undefined;
  if (!dataset || !names) return [];
  const data = ctx.spec.data;
  const path = dataPointer(data, data.kind === 'csv' && data.features ? '/data/features' : '/data/csv');
  const which = names.length === 1 ? `The only feature, ${names[0]},` : `Each feature (${briefList(names)})`;
  const answer = dataset.task === 'classification' ? "each class's share of the rows" : `the mean of ${briefList(dataset.targetNames)}`;
  const message =
    `${which} holds a single value across all ${dataset.samples} rows: the network gets the same input for every row, so it can only ` +
    `learn one answer for all of them (${answer}) and its loss will stay at that level. Train on features that vary ` +
    `from row to row${data.kind === 'csv' ? ': was the wrong column picked, or the export filtered to one value of it?' : '.'}`;
  return [diagnosticAt(ctx.parsed, 'loss-plateau', 'warning', path, message)];
}

/** Whether every target column of a regression holds one value in every row (of two or more). */
export function regressionTargetConstant(dataset: Dataset): boolean {
  const { targets, targetColumns, samples } = dataset;
  if (dataset.task !== 'regression' || !targets || samples < 2) return false;
  for (let i = targetColumns; i < samples * targetColumns; i++) if (targets[i] !== targets[i % targetColumns]) return false;
  return true;
}

/**
 * `data-error` (warning) on the target when a regression's target never changes: there is nothing to
 * learn, and a falling loss would only show the network learning to output that one value. A
 * classifier with one class is refused by the loader; a regression still trains, so this is a warning.
 * No spec of the 86 sets has one (2,732 regressions); it guards a wrong column or a filtered export.
 */
export function constantTarget(ctx: RuleContext): Diagnostic[] {
  const dataset = ctx.dataset;
  if (!dataset || !regressionTargetConstant(dataset)) return [];
  const data = ctx.spec.data;
  const path = dataPointer(data, '/data/target');
  const names = briefList(dataset.targetNames);
  const message =
    `The target ${dataset.targetNames.length === 1 ? names : `columns (${names})`} hold${dataset.targetNames.length === 1 ? 's' : ''} a single value across all ${dataset.samples} rows: ` +
    'there is nothing to learn, and the network would only learn to output that value. ' +
    (data.kind === 'csv' ? 'Was the wrong column picked, or the export filtered to one value of it?' : 'Give rows with different targets.');
  return [diagnosticAt(ctx.parsed, 'data-error', 'warning', path, message)];
}
