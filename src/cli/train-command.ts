import { hasErrors } from '../diagnosis/check';
import { runMonitored } from '../diagnosis/run';
import type { EpochStats } from '../engine';
import type { Diagnostic } from '../spec/types';
import { formatDiagnostic, metric, percent, progressBar, table } from './format';
import type { CliIO } from './io';
import type { LoadedSpec } from './load';

/** `nn-debugger train`: trains, streaming progress, then per-layer statistics and the warnings. */
export function runTrain(loaded: LoadedSpec, options: { json: boolean; epochs?: number }, io: CliIO): number {
  const { spec, dataset, diagnostics: staticDiagnostics } = loaded;
  const emit = (d: Diagnostic) => (options.json ? io.out(JSON.stringify({ event: 'diagnostic', ...d })) : undefined);
  staticDiagnostics.forEach(emit);
  if (!spec || !dataset || hasErrors(staticDiagnostics)) {
    if (!options.json) staticDiagnostics.forEach((d) => io.err(formatDiagnostic(loaded.file, d)));
    io.err(`${loaded.file}: cannot train: fix the errors above first`);
    return 1;
  }
  const total = options.epochs ?? spec.training.epochs;
  const run = runMonitored(loaded.parsed, spec, dataset, {
    epochs: total,
    onEpoch: (stats, update) => {
      reportEpoch(stats, total, options.json, io);
      update.raised.forEach(emit);
    },
  });
  const end = {
    event: 'end',
    epochs: run.epochs,
    loss: run.last?.loss,
    accuracy: run.last?.accuracy,
    samplesPerSec: run.wallMs > 0 ? Math.round((run.samples * 1000) / run.wallMs) : 0,
    wallMs: Math.round(run.wallMs),
    // A diverged run's last statistics are NaN: say which epoch is the last one to trust.
    ...(run.stoppedEarly && { stoppedEarly: true, lastGoodEpoch: run.lastGood?.epoch, lastGoodLoss: run.lastGood?.loss }),
  };
  if (options.json) io.out(JSON.stringify(end));
  else printSummary(loaded, run.last, run.active, end, io);
  return 0;
}

function reportEpoch(stats: EpochStats, epochs: number, json: boolean, io: CliIO): void {
  if (json) {
    io.out(JSON.stringify({ event: 'epoch', ...stats }));
    return;
  }
  const parts = [progressBar(stats.epoch + 1, epochs), `loss ${metric(stats.loss)}`];
  if (stats.valLoss !== undefined) parts.push(`val ${metric(stats.valLoss)}`);
  if (stats.accuracy !== undefined) parts.push(`acc ${percent(stats.accuracy)}`);
  io.status(parts.join('  '));
}

function printSummary(
  loaded: LoadedSpec,
  last: EpochStats | undefined,
  warnings: Diagnostic[],
  end: { epochs: number; samplesPerSec: number; wallMs: number },
  io: CliIO,
): void {
  if (!last) return;
  const val = last.valLoss !== undefined ? `, validation loss ${metric(last.valLoss)}` : '';
  const acc = last.accuracy !== undefined ? `, accuracy ${percent(last.accuracy)}` : '';
  const valAcc = last.valAccuracy !== undefined ? `, validation accuracy ${percent(last.valAccuracy)}` : '';
  io.out(`${loaded.file}: ${end.epochs} epochs in ${(end.wallMs / 1000).toFixed(2)} s (${end.samplesPerSec} samples/s)`);
  io.out(`loss ${metric(last.loss)}${val}${acc}${valAcc}\n`);
  const rows = last.layers.map((l) => [
    String(l.index),
    l.name,
    metric(l.gradNorm),
    metric(l.weightNorm),
    metric(l.updateRatio),
    percent(l.deadFraction),
    percent(l.saturatedFraction),
  ]);
  io.out(table(['layer', 'name', 'grad norm', 'weight norm', 'update/weight', 'dead', 'saturated'], rows));
  const all = [...loaded.diagnostics, ...warnings];
  if (all.length > 0) io.out('');
  for (const d of all) io.out(formatDiagnostic(loaded.file, d));
}
