/**
 * `npx tsx bench/detector-thresholds.ts [--trace FILE]`: the measurement behind the runtime
 * detectors' thresholds. Trains every healthy spec (`examples/` minus broken, `test/fixtures/healthy`,
 * `test/faults/healthy`) and every fault spec (`test/fixtures/faults/<code>[.<variant>].nn.json`, and
 * `test/faults/faulty` with its code from the manifest), computes per epoch the statistic each
 * detector compares with its threshold (the same functions the detectors call), and prints, per
 * threshold, the value closest to firing on the side that must stay silent against the weakest value
 * on the side that should fire: the margin.
 *
 * A value is "sustained" over `patience` epochs, as the detectors require: for a "fires above"
 * statistic it is the largest value held for `patience` consecutive epochs. Compound conditions are
 * shown one statistic at a time, on the epochs where the other part of the condition holds.
 * `test/faults-heldout` is never read here: it is kept unseen by whoever tunes these thresholds.
 * `--trace FILE` prints the statistics of every epoch of one spec.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../src/diagnosis/check';
import * as detectors from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { Trainer, type EpochStats } from '../src/engine';
import { DEFAULT_DIAGNOSTICS, type ModelSpec } from '../src/spec/types';
import { EpochSignals, RunInfo, Series, STATISTICS, Statistic } from './detector-statistics';

const ROOT = path.resolve(__dirname, '..');
const FAULT_CORPUS = 'test/faults';

interface Measured extends RunInfo {
  series: Series;
  raised: string[];
  /** The share of samples the heaviest dropout cuts off (0 without dropout). */
  dropoutCut: number;
}

function specFiles(folder: string, keep: (name: string) => boolean = () => true): string[] {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.nn.json') && keep(f)).sort().map((f) => path.join(folder, f));
}

/** Fault codes of the corpus specs, from its manifest; fixtures are named `<code>[.<variant>].nn.json`. */
function corpusCodes(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, FAULT_CORPUS, 'manifest.json'), 'utf8')) as { faults: { file: string; code: string }[] };
  return new Map(manifest.faults.map((f) => [path.join(FAULT_CORPUS, f.file), f.code]));
}

function fixtureCode(file: string): string {
  return path.basename(file).split('.')[0];
}

/** The statistics of one epoch, computed by the detectors' own functions from the run so far. */
function epochSignals(spec: ModelSpec, stats: EpochStats, losses: number[], baseline: number, history: detectors.LayerHistory, paramCounts: Map<number, number>): EpochSignals {
  const config = spec.diagnostics;
  const hidden = stats.layers.slice(0, -1);
  const outputIndex = stats.layers[stats.layers.length - 1]?.index ?? -1;
  const profile = detectors.gradientProfile(history, paramCounts, stats.layers);
  const ctx = { spec, config };
  const weightShare = Math.min(1, ...stats.layers.map((l) => history.weightShare(l)));
  return {
    loss: stats.loss,
    saturation: Math.max(0, ...hidden.map((l) => l.saturatedFraction ?? 0)),
    updateRatio: detectors.maxUpdateRatio(stats.layers),
    improvement: detectors.windowImprovement(losses, config.lossWindow, baseline),
    bestRatio: detectors.windowBestRatio(losses, config.lossWindow, baseline),
    flips: detectors.flipFraction(losses, config.lossWindow),
    swing: detectors.medianSwing(losses, config.lossWindow, baseline),
    rise: detectors.riseFromBest(losses, baseline),
    riseMultiple: detectors.riseMultiple(losses),
    reach: detectors.reachRatio(profile),
    firstNorm: stats.layers.length > 0 ? history.typicalGradNorm(stats.layers[0].index) : NaN,
    steepest: detectors.steepestStep(profile)?.ratio ?? 1,
    unitsExplain: stats.layers.some((l) => detectors.isDeadReluLayer(ctx, l) || detectors.isSaturatedLayer(ctx, l, outputIndex)),
    weightShare,
    decayed: spec.optimizer.weightDecay > 0 && weightShare < detectors.DECAY_SHRINK,
  };
}

/** Trains one spec under the detectors and derives every statistic of every epoch. */
function measure(file: string, code?: string): Measured | undefined {
  const absolute = path.resolve(ROOT, file);
  const checked = checkSpec(fs.readFileSync(absolute, 'utf8'), { specDir: path.dirname(absolute), workspaceRoot: ROOT });
  const { spec, dataset } = checked;
  if (!spec || !dataset || checked.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const epochs: EpochStats[] = [];
  const run = runMonitored(checked.parsed, spec, dataset, { onEpoch: (stats) => epochs.push(stats) });
  // The same reference the run's monitor used: the trainer is deterministic, so a fresh one starts from the same weights.
  const baseline = detectors.referenceLoss(spec, dataset, new Trainer(spec, dataset))?.loss ?? epochs[0]?.loss ?? 1;
  const history = new detectors.LayerHistory();
  const paramCounts = detectors.denseParamCounts(spec, dataset.inputs);
  const series: Series = { baseline, epochs: [] };
  const losses: number[] = [];
  for (const stats of epochs) {
    if (!Number.isFinite(stats.loss)) break;
    losses.push(stats.loss);
    history.observe(stats.layers);
    series.epochs.push(epochSignals(spec, stats, losses, baseline, history, paramCounts));
  }
  const dropoutCut = detectors.heavyDropout(spec, dataset.inputs)?.cutShare ?? maxDropoutCut(spec, dataset.inputs);
  return { file, code, weightDecay: spec.optimizer.weightDecay, series, raised: [...new Set(run.raised.map((d) => d.code))], dropoutCut };
}

/** rate^units of the heaviest dropout, also when below DROPOUT_CUT_SHARE (0 without dropout). */
function maxDropoutCut(spec: ModelSpec, inputs: number): number {
  let width = inputs;
  let max = 0;
  for (const layer of spec.layers) {
    if (layer.type === 'dense') width = layer.units;
    else if (layer.type === 'dropout') max = Math.max(max, layer.rate ** width);
  }
  return max;
}

const fmt = (v: number | undefined) => (v === undefined ? '—' : Math.abs(v) >= 1e-2 || v === 0 ? v.toFixed(3) : v.toExponential(1));

type Value = { file: string; value?: number };

function report(statistic: Statistic, runs: Measured[]): void {
  const patience = DEFAULT_DIAGNOSTICS.patience;
  const values = (side: Measured[]): Value[] => side.map((m) => ({ file: path.basename(m.file), value: statistic.sustained(m.series, patience) }));
  const silent = values(runs.filter((m) => statistic.silent(m))).filter((v) => v.value !== undefined);
  const firing = values(runs.filter((m) => statistic.fires(m)));
  const closest = silent.reduce<Value | undefined>((a, b) => (a && statistic.closer(a.value!, b.value!) ? a : b), undefined);
  const weakest = firing.reduce<Value | undefined>((a, b) => (a && (b.value === undefined || (a.value !== undefined && !statistic.closer(a.value, b.value))) ? a : b), undefined);
  console.log(`\n${statistic.label}  (fires ${statistic.direction} ${fmt(statistic.threshold)})`);
  console.log(`  ${statistic.silentLabel} closest: ${closest ? `${fmt(closest.value)} (${closest.file})` : '— (never in range)'}`);
  console.log(`  should fire, weakest: ${weakest ? `${fmt(weakest.value)} (${weakest.file})` : '—'}`);
  for (const v of firing) console.log(`    ${v.file.padEnd(52)} ${fmt(v.value)}`);
}

function dropoutReport(runs: Measured[]): void {
  const sorted = [...runs].filter((m) => m.dropoutCut > 0).sort((a, b) => b.dropoutCut - a.dropoutCut);
  console.log(`\nheavy dropout: rate^units of the heaviest dropout layer  (a cause from ${fmt(detectors.DROPOUT_CUT_SHARE)})`);
  for (const m of sorted) console.log(`    ${(m.code ?? 'healthy').padEnd(22)} ${path.basename(m.file).padEnd(52)} ${fmt(m.dropoutCut)}`);
}

function trace(file: string): void {
  const m = measure(file);
  if (!m) throw new Error(`${file}: cannot train`);
  console.log(`${file}: baseline loss ${fmt(m.series.baseline)}; raised ${m.raised.join(', ') || 'nothing'}`);
  const columns: (keyof EpochSignals)[] = ['saturation', 'updateRatio', 'improvement', 'bestRatio', 'flips', 'swing', 'rise', 'riseMultiple', 'reach', 'firstNorm', 'steepest', 'weightShare'];
  console.log(['epoch', 'loss/ref', ...columns].join('  '));
  m.series.epochs.forEach((e, i) => console.log([String(i), fmt(e.loss / m.series.baseline), ...columns.map((c) => fmt(e[c] as number | undefined))].join('  ')));
}

function main(): void {
  const args = process.argv.slice(2);
  const traced = args.indexOf('--trace');
  if (traced >= 0) return trace(args[traced + 1]);
  const codes = corpusCodes();
  const healthyFiles = [...specFiles('examples', (f) => !f.includes('broken')), ...specFiles('test/fixtures/healthy'), ...specFiles(`${FAULT_CORPUS}/healthy`)];
  const faultFiles = [...specFiles('test/fixtures/faults').map((f) => [f, fixtureCode(f)]), ...specFiles(`${FAULT_CORPUS}/faulty`).map((f) => [f, codes.get(f) ?? fixtureCode(f)])];
  const healthy = healthyFiles.map((f) => measure(f)).filter((m): m is Measured => m !== undefined);
  const faults = faultFiles.map(([f, code]) => measure(f, code)).filter((m): m is Measured => m !== undefined);
  console.log(`Trained ${healthy.length} healthy and ${faults.length} faulty specs. Raised (healthy must raise nothing):`);
  for (const m of [...healthy, ...faults]) console.log(`  ${(m.code ?? 'healthy').padEnd(24)} ${path.basename(m.file).padEnd(52)} ${m.raised.join(', ') || '—'}`);
  for (const statistic of STATISTICS) report(statistic, [...healthy, ...faults]);
  dropoutReport([...healthy, ...faults]);
}

main();
