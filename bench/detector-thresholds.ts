/**
 * `npx tsx bench/detector-thresholds.ts [--held-out] [--trace FILE]`: the measurement behind the
 * runtime detectors' default thresholds. Trains every healthy spec (`examples/` minus broken,
 * `test/fixtures/healthy`) and every fault fixture of a loss-curve or unit detector
 * (`test/fixtures/faults/<code>[.<variant>].nn.json`), computes per epoch the statistic each detector
 * compares with its threshold (the same functions the detectors call), and prints, per detector, the
 * value closest to firing on the healthy specs against the weakest value on its faults: the margin.
 *
 * A value is "sustained" over `patience` epochs, as the detectors require: for a "fires above"
 * statistic it is the largest value held for `patience` consecutive epochs. Compound conditions are
 * shown one statistic at a time, on the epochs where the other part of the condition holds.
 * `--held-out` adds `test/faults/{healthy,faulty}` when present (specs written by someone else, never
 * used to pick a threshold). `--trace FILE` prints the statistics of every epoch of one spec.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../src/diagnosis/check';
import { referenceLoss, flipFraction, maxUpdateRatio, medianSwing, riseFromBest, windowBestRatio, windowImprovement } from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { Trainer, type EpochStats } from '../src/engine';
import { DEFAULT_DIAGNOSTICS } from '../src/spec/types';
import { Series, STATISTICS, Statistic } from './detector-statistics';

const ROOT = path.resolve(__dirname, '..');
const CODES = ['saturated-activation', 'loss-plateau', 'oscillating-loss', 'lr-too-high', 'lr-too-low'];

interface Measured {
  file: string;
  /** The code a fault spec is written to raise; undefined for a healthy spec. */
  code?: string;
  series: Series;
  raised: string[];
}

function specFiles(folder: string, keep: (name: string) => boolean = () => true): string[] {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.nn.json') && keep(f)).sort().map((f) => path.join(folder, f));
}

function faultCode(file: string): string | undefined {
  return CODES.find((code) => path.basename(file).startsWith(`${code}.`));
}

/** Trains one spec under the detectors and derives every statistic of every epoch. */
function measure(file: string, code?: string): Measured | undefined {
  const absolute = path.resolve(ROOT, file);
  const checked = checkSpec(fs.readFileSync(absolute, 'utf8'), { specDir: path.dirname(absolute), workspaceRoot: ROOT });
  if (!checked.spec || !checked.dataset || checked.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const epochs: EpochStats[] = [];
  const run = runMonitored(checked.parsed, checked.spec, checked.dataset, { onEpoch: (stats) => epochs.push(stats) });
  // The same reference the run's monitor used: the trainer is deterministic, so a fresh one starts from the same weights.
  const baseline = referenceLoss(checked.spec, checked.dataset, new Trainer(checked.spec, checked.dataset))?.loss ?? epochs[0]?.loss ?? 1;
  const hidden = new Set(checked.spec.layers.map((_, i) => i).filter((i) => checked.spec!.layers[i].type === 'dense').slice(0, -1));
  const config = checked.spec.diagnostics;
  const series: Series = { baseline, epochs: [] };
  const losses: number[] = [];
  for (const stats of epochs) {
    if (!Number.isFinite(stats.loss)) break;
    losses.push(stats.loss);
    const saturation = Math.max(0, ...stats.layers.filter((l) => hidden.has(l.index)).map((l) => l.saturatedFraction ?? 0));
    series.epochs.push({
      loss: stats.loss,
      saturation,
      updateRatio: maxUpdateRatio(stats.layers),
      improvement: windowImprovement(losses, config.lossWindow, baseline),
      bestRatio: windowBestRatio(losses, config.lossWindow, baseline),
      flips: flipFraction(losses, config.lossWindow),
      swing: medianSwing(losses, config.lossWindow, baseline),
      rise: riseFromBest(losses, baseline),
    });
  }
  return { file, code, series, raised: [...new Set(run.raised.map((d) => d.code))] };
}

const fmt = (v: number | undefined) => (v === undefined ? '—' : Math.abs(v) >= 1e-2 || v === 0 ? v.toFixed(3) : v.toExponential(1));

function report(statistic: Statistic, healthy: Measured[], faults: Measured[]): void {
  const patience = DEFAULT_DIAGNOSTICS.patience;
  const values = (runs: Measured[]) => runs.map((m) => ({ file: path.basename(m.file), value: statistic.sustained(m.series, patience) }));
  const h = values(healthy).filter((v) => v.value !== undefined);
  const f = values(faults.filter((m) => statistic.codes.includes(m.code ?? '')));
  const worstHealthy = h.reduce<{ file: string; value?: number } | undefined>((a, b) => (a && statistic.closer(a.value!, b.value!) ? a : b), undefined);
  const weakestFault = f.reduce<{ file: string; value?: number } | undefined>((a, b) => (a && (b.value === undefined || (a.value !== undefined && !statistic.closer(a.value, b.value))) ? a : b), undefined);
  console.log(`\n${statistic.label}  (fires ${statistic.direction} ${fmt(statistic.threshold)})`);
  console.log(`  healthy closest: ${worstHealthy ? `${fmt(worstHealthy.value)} (${worstHealthy.file})` : '— (never in range)'}`);
  console.log(`  fault weakest:   ${weakestFault ? `${fmt(weakestFault.value)} (${weakestFault.file})` : '—'}`);
  for (const v of f) console.log(`    ${v.file.padEnd(48)} ${fmt(v.value)}`);
}

function trace(file: string): void {
  const m = measure(file);
  if (!m) throw new Error(`${file}: cannot train`);
  console.log(`${file}: baseline loss ${fmt(m.series.baseline)}; raised ${m.raised.join(', ') || 'nothing'}`);
  console.log('epoch  loss/ref  saturation  update  improve  best/ref  flips  swing  rise');
  m.series.epochs.forEach((e, i) =>
    console.log([i, e.loss / m.series.baseline, e.saturation, e.updateRatio, e.improvement, e.bestRatio, e.flips, e.swing, e.rise].map((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : fmt(v))).join('  ')),
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const traced = args.indexOf('--trace');
  if (traced >= 0) return trace(args[traced + 1]);
  const healthyFiles = [...specFiles('examples', (f) => !f.includes('broken')), ...specFiles('test/fixtures/healthy')];
  const faultFiles = specFiles('test/fixtures/faults', (f) => faultCode(f) !== undefined);
  if (args.includes('--held-out')) {
    healthyFiles.push(...specFiles('test/faults/healthy'));
    faultFiles.push(...specFiles('test/faults/faulty', (f) => faultCode(f) !== undefined));
  }
  const healthy = healthyFiles.map((f) => measure(f)).filter((m): m is Measured => m !== undefined);
  const faults = faultFiles.map((f) => measure(f, faultCode(f))).filter((m): m is Measured => m !== undefined);
  console.log('Raised (healthy must raise nothing; each fault its code):');
  for (const m of [...healthy, ...faults]) console.log(`  ${(m.code ?? 'healthy').padEnd(22)} ${path.basename(m.file).padEnd(48)} ${m.raised.join(', ') || '—'}`);
  for (const statistic of STATISTICS) report(statistic, healthy, faults);
}

main();
