/**
 * `data-error`, a warning: no more training rows than features. With n rows and at least n features,
 * even a linear model can fit any targets exactly (n equations, as many unknowns), so a low training
 * loss says nothing and the network cannot learn a relation the rows do not pin down. The usual cause
 * is an export whose query filtered the table down to a handful of rows (blind50
 * data-error.three-row-export: 3 rows of 4 sensor features). Over the 50 fault sets it is the only
 * spec with so few rows; the smallest healthy tables have 4 rows of 2 features (logic gates).
 */
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { trainingCount } from '../engine/batches';
import { diagnosticAt, RuleContext } from './context';

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
  const path = data.kind === 'csv' ? '/data/csv' : data.kind === 'inline' ? '/data/inline' : '/data';
  const source = data.kind === 'csv' ? data.path : 'the data';
  const held = rows < dataset.samples ? ` (of ${dataset.samples}, after the validation split)` : '';
  const message =
    `${source} gives ${rows} training row${rows === 1 ? '' : 's'}${held} for ${dataset.inputs} features: with no more rows than ` +
    'features even a linear model fits any targets exactly, so the run can only memorize them. ' +
    (data.kind === 'csv' ? 'Was the export filtered? Train on the full table.' : 'Add rows, or drop features.');
  return [diagnosticAt(ctx.parsed, 'data-error', 'warning', path, message)];
}
