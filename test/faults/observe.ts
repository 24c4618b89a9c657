/**
 * Trains a spec on the bare engine and prints what happened, with no diagnosis code involved:
 * `npx tsx test/faults/observe.ts <spec.nn.json>... [--epochs N] [--curve] [--summary]` (--curve: every
 * epoch's loss; --summary: one line per spec instead of the epoch table).
 *
 * It exists so each blind fault set could be checked blind (each author used a copy in the set's folder;
 * the copies were merged here afterwards, see git history): the symptom of each fault (a loss that
 * plateaus, diverges or swings; units that die; gradients that vanish or explode; saturated
 * layers) was confirmed from these raw numbers before the product's diagnostics ever saw the
 * specs. Per epoch: train loss, accuracy, and per dense layer the gradient norm, update-to-weight
 * ratio, dead fraction (relu family) and saturated fraction (sigmoid/tanh). The baseline is the
 * loss of the best constant prediction (class prior or target mean), computed here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Trainer } from '../../src/engine';
import type { EpochStats, LayerStats } from '../../src/engine';
import type { Dataset } from '../../src/spec/dataset';
import { loadDataset } from '../../src/spec/data';
import { parseSpec } from '../../src/spec/parse';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** Loss of predicting the class prior (bce/cce) or the target mean (mse) for every sample. */
export function baselineLoss(data: Dataset): number {
  if (data.task === 'classification' && data.labels && data.classes) {
    const counts = new Array<number>(data.classes).fill(0);
    for (const label of data.labels) counts[label]++;
    const priors = counts.map((c) => c / data.samples).filter((p) => p > 0);
    // Entropy of the prior: with two classes it is also the bce of predicting the prior.
    return -priors.reduce((s, p) => s + p * Math.log(p), 0);
  }
  const t = data.targets!, k = data.targetColumns;
  let total = 0;
  for (let c = 0; c < k; c++) {
    let mean = 0;
    for (let r = 0; r < data.samples; r++) mean += t[r * k + c] / data.samples;
    for (let r = 0; r < data.samples; r++) total += (t[r * k + c] - mean) ** 2 / (data.samples * k);
  }
  return total;
}

const fmt = (x: number | undefined) => (x === undefined ? '-' : Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(2) : x.toFixed(4));

function layerText(l: LayerStats): string {
  const parts = [`g=${fmt(l.gradNorm)}`, `u=${fmt(l.updateRatio)}`];
  if (l.deadFraction !== undefined) parts.push(`dead=${l.deadFraction.toFixed(2)}`);
  if (l.saturatedFraction !== undefined) parts.push(`sat=${l.saturatedFraction.toFixed(2)}`);
  return `[${parts.join(' ')}]`;
}

function epochLine(e: EpochStats): string {
  const acc = e.accuracy === undefined ? '' : ` acc ${e.accuracy.toFixed(3)}`;
  const val = e.valLoss === undefined ? '' : ` val ${fmt(e.valLoss)}`;
  return `  epoch ${String(e.epoch + 1).padStart(4)} loss ${fmt(e.loss)}${val}${acc} ${e.layers.map(layerText).join(' ')}`;
}

/** Epochs worth printing: the first five, about ten spread over the run, and the last. */
function shown(epoch: number, total: number): boolean {
  return epoch < 5 || epoch === total - 1 || epoch % Math.max(1, Math.floor(total / 10)) === 0;
}

/** Per layer over a run: the largest gradient norm, update ratio, dead and saturated fraction of any epoch, and the last epoch's. */
function layerExtremes(history: EpochStats[]): string {
  const last = history[history.length - 1];
  if (!last) return '';
  return last.layers
    .map((l, i) => {
      const all = history.map((e) => e.layers[i]);
      const max = (pick: (s: LayerStats) => number | undefined) => Math.max(...all.map((s) => pick(s) ?? -1));
      const parts = [`g ${fmt(Math.min(...all.map((s) => s.gradNorm)))}..${fmt(max((s) => s.gradNorm))}`, `u<=${fmt(max((s) => s.updateRatio))}`];
      if (l.deadFraction !== undefined) parts.push(`dead last ${l.deadFraction.toFixed(2)} max ${max((s) => s.deadFraction).toFixed(2)}`);
      if (l.saturatedFraction !== undefined) parts.push(`sat last ${l.saturatedFraction.toFixed(2)} max ${max((s) => s.saturatedFraction).toFixed(2)}`);
      return `L${i}{${parts.join(', ')}}`;
    })
    .join(' ');
}

function summaryLine(name: string, baseline: number, history: EpochStats[]): string {
  const losses = history.map((e) => e.loss);
  const finite = losses.filter(Number.isFinite);
  const last = history[history.length - 1];
  const firstNaN = losses.findIndex((l) => !Number.isFinite(l));
  const acc = last?.accuracy === undefined ? '' : ` acc ${last.accuracy.toFixed(3)}`;
  const val = last?.valLoss === undefined ? '' : ` val ${fmt(last.valLoss)}`;
  return `${name}: base ${fmt(baseline)} first ${fmt(losses[0])} min ${fmt(Math.min(...finite))} last ${fmt(last?.loss)}` +
    ` (last/base ${((last?.loss ?? NaN) / baseline).toFixed(2)})${val}${acc}${firstNaN >= 0 ? ` NaN at epoch ${firstNaN + 1}` : ''}` +
    ` epochs ${history.length} | ${layerExtremes(history)}`;
}

function observe(file: string, epochsOverride: number | undefined, curve: boolean, summary = false): void {
  const absolute = path.resolve(file);
  const parsed = parseSpec(fs.readFileSync(absolute, 'utf8'), { defaultName: path.basename(file, '.nn.json') });
  if (!summary) console.log(`== ${path.relative(REPO_ROOT, absolute)}`);
  if (!parsed.spec) return void console.log(`  ${path.basename(file)} does not parse (${parsed.diagnostics.length} problems: ${parsed.diagnostics.map((d) => d.message).join(' / ')}): not trainable`);
  const loaded = loadDataset({ ...parsed, spec: parsed.spec }, { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT });
  if (!loaded.dataset) return void console.log(`  ${path.basename(file)}: data does not load (${loaded.diagnostics.map((d) => d.message).join(' / ')}): not trainable`);
  const spec = parsed.spec, data = loaded.dataset;
  let trainer: Trainer;
  try {
    trainer = new Trainer(spec, data);
  } catch (err) {
    return void console.log(`  ${path.basename(file)}: engine refuses it: ${(err as Error).message}`);
  }
  const epochs = epochsOverride ?? spec.training.epochs;
  if (summary) {
    const history: EpochStats[] = [];
    for (let epoch = 0; epoch < epochs; epoch++) {
      history.push(trainer.trainEpoch());
      if (!Number.isFinite(history[epoch].loss)) break;
    }
    return void console.log(summaryLine(path.basename(file, '.nn.json'), baselineLoss(data), history));
  }
  // The first step's glimpse comes from a twin trainer (same spec, same seed, same start), so the run
  // below takes exactly the steps the --summary run takes and both report the same losses.
  const first = new Trainer(spec, data).trainStep();
  console.log(`  baseline ${fmt(baselineLoss(data))}; first step loss ${fmt(first.loss)} ${first.layers.map(layerText).join(' ')}`);
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const stats = trainer.trainEpoch();
    losses.push(stats.loss);
    if (shown(epoch, epochs) || !Number.isFinite(stats.loss)) console.log(epochLine(stats));
    if (!Number.isFinite(stats.loss)) break;
  }
  const finite = losses.filter(Number.isFinite);
  console.log(`  min loss ${fmt(Math.min(...finite))}, last ${fmt(losses[losses.length - 1])}, epochs run ${losses.length}`);
  if (curve) console.log(`  curve: ${losses.map((l) => fmt(l)).join(' ')}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--epochs');
  const epochs = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
  const curveAt = args.indexOf('--curve');
  if (curveAt >= 0) args.splice(curveAt, 1);
  const summaryAt = args.indexOf('--summary');
  if (summaryAt >= 0) args.splice(summaryAt, 1);
  for (const file of args) observe(file, epochs, curveAt >= 0, summaryAt >= 0);
}

main();
