import { hasErrors } from '../diagnosis/check';
import { restoredNote, runMonitored } from '../diagnosis/run';
import type { EpochStats } from '../engine';
import type { Diagnostic } from '../spec/types';
import { formatDiagnostic, metric, percent, progressBar, table } from './format';
import type { CliIO } from './io';
import type { LoadedSpec } from './load';

/** A runtime warning raised during the run: the epoch (1-based) it was raised at, and cleared at if it has. */
interface Fired {
  diagnostic: Diagnostic;
  raisedAt: number;
  clearedAt?: number;
}

/**
 * `nn-debugger train`: trains, streaming progress, then per-layer statistics, the warnings standing at
 * the end, and those raised and cleared during the run (the panel's diagnostics timeline).
 */
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
  const fired: Fired[] = [];
  const run = runMonitored(loaded.parsed, spec, dataset, {
    epochs: total,
    advice: loaded.context,
    onEpoch: (stats, update) => {
      reportEpoch(stats, total, options.json, io);
      for (const d of update.raised) {
        if (options.json) io.out(JSON.stringify({ event: 'diagnostic', epoch: stats.epoch, ...d }));
        fired.push({ diagnostic: d, raisedAt: stats.epoch + 1 });
      }
      for (const d of update.cleared) {
        if (options.json) io.out(JSON.stringify({ event: 'cleared', epoch: stats.epoch, code: d.code, path: d.path }));
        const open = [...fired].reverse().find((f) => f.clearedAt === undefined && f.diagnostic.code === d.code && f.diagnostic.path === d.path);
        if (open) open.clearedAt = stats.epoch + 1;
      }
    },
  });
  // A diverged run ends with the last good weights: its final figures are theirs, not the NaN epoch's.
  const final = run.restored ? run.restored.stats : run.last;
  const end = {
    event: 'end',
    epochs: run.epochs,
    loss: final?.loss,
    accuracy: final?.accuracy,
    samplesPerSec: run.wallMs > 0 ? Math.round((run.samples * 1000) / run.wallMs) : 0,
    wallMs: Math.round(run.wallMs),
    ...(run.stoppedEarly && { stoppedEarly: true, lastGoodEpoch: run.lastGood?.epoch, lastGoodLoss: run.lastGood?.loss }),
    ...(run.restored && { restoredEpoch: run.restored.stats?.epoch ?? 'initial' }),
  };
  if (options.json) io.out(JSON.stringify(end));
  else {
    printSummary(loaded, final, run.active, end, io, run.restored && restoredNote(run.restored));
    printCleared(loaded.file, fired, io);
  }
  return 0;
}

/**
 * The warnings raised during the run and cleared since, with the epochs they stood: the end's list
 * alone would hide them, while the panel's timeline and the benchmark count them.
 */
function printCleared(file: string, fired: readonly Fired[], io: CliIO): void {
  const cleared = fired.filter((f) => f.clearedAt !== undefined);
  if (cleared.length === 0) return;
  io.out('');
  io.out(`Raised during the run and cleared since (${cleared.length}):`);
  for (const f of cleared) io.out(`  epochs ${f.raisedAt}–${f.clearedAt}: ${formatDiagnostic(file, f.diagnostic)}`);
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
  final: EpochStats | undefined,
  warnings: Diagnostic[],
  end: { epochs: number; samplesPerSec: number; wallMs: number },
  io: CliIO,
  restored: string | undefined,
): void {
  if (!final && !restored) return;
  io.out(`${loaded.file}: ${end.epochs} epochs in ${(end.wallMs / 1000).toFixed(2)} s (${end.samplesPerSec} samples/s)`);
  if (restored) io.out(`Training stopped: the loss became NaN. ${restored}`);
  if (final) printFigures(final, io);
  const all = [...loaded.diagnostics, ...warnings];
  if (all.length > 0) io.out('');
  for (const d of all) io.out(formatDiagnostic(loaded.file, d));
}

/** The final epoch's losses and accuracies, then its per-layer table. */
function printFigures(final: EpochStats, io: CliIO): void {
  const val = final.valLoss !== undefined ? `, validation loss ${metric(final.valLoss)}` : '';
  const acc = final.accuracy !== undefined ? `, accuracy ${percent(final.accuracy)}` : '';
  const valAcc = final.valAccuracy !== undefined ? `, validation accuracy ${percent(final.valAccuracy)}` : '';
  io.out(`loss ${metric(final.loss)}${val}${acc}${valAcc}\n`);
  const rows = final.layers.map((l) => [
    String(l.index),
    l.name,
    metric(l.gradNorm),
    metric(l.weightNorm),
    metric(l.updateRatio),
    percent(l.deadFraction),
    percent(l.saturatedFraction),
  ]);
  io.out(table(['layer', 'name', 'grad norm', 'weight norm', 'update/weight', 'dead', 'saturated'], rows));
}
