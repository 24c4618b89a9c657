/**
 * `loss-plateau`, known before training: batch normalization trained on batches of one sample. A
 * layer with `"batchNorm": true` normalizes each unit by the mean and variance of the batch; a batch of
 * one sample is its own mean, so every normalized unit is exactly 0 and the layer passes on only its
 * learned shift, whatever the input. The layers after it never see the data, and the loss stays at the
 * constant answer (blind110 loss-plateau.batchnorm-batch-1-tread: 1.01 of it after 10 epochs). PyTorch
 * refuses the same setup ("Expected more than 1 value per channel when training"); Keras trains it
 * as silently as our engine would.
 */
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { denseLayers, diagnosticAt, layerLabel, RuleContext, trainingRows } from './context';

/** The batch size the fix offers, or every training row when there are fewer. */
const USUAL_BATCH_SIZE = 32;

/** `loss-plateau` on `/training/batchSize` when batch-normalized layers train on single samples. */
export function batchNormOnSingleSamples(ctx: RuleContext): Diagnostic[] {
  if (ctx.spec.training.batchSize !== 1) return [];
  const normalized = denseLayers(ctx.spec).filter(({ layer }) => layer.batchNorm);
  if (normalized.length === 0) return [];
  const labels = normalized.map(({ index }) => layerLabel(ctx.spec, index));
  const which = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  const message =
    `${which} ${labels.length === 1 ? 'normalizes' : 'normalize'} each unit by the mean and variance of its batch, and "batchSize" is 1: ` +
    'a single sample is its own mean, so every normalized unit is 0 and the layer passes on only its learned shift, whatever the input. ' +
    'The layers after it never see the data, so the loss will stay at the constant answer (PyTorch refuses this setup). ' +
    'Train on batches of 2 or more, or remove "batchNorm".';
  const rows = trainingRows(ctx);
  const batch = rows === undefined ? USUAL_BATCH_SIZE : Math.max(2, Math.min(USUAL_BATCH_SIZE, rows));
  const suggestions: SuggestedEdit[] = [
    { title: `Set "batchSize" to ${batch}`, path: '/training/batchSize', value: batch, preferred: true },
    ...normalized.map(({ index }) => ({ title: `Remove "batchNorm" from ${layerLabel(ctx.spec, index)}`, path: `/layers/${index}/batchNorm`, value: undefined })),
  ];
  return [{ ...diagnosticAt(ctx.parsed, 'loss-plateau', 'warning', '/training/batchSize', message), suggestions }];
}
