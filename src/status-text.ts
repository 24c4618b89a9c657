/** The training status bar item's text, kept free of `vscode` so the unit tests can check it. */
import type { Progress } from './protocol';

/**
 * `$(sync~spin) epoch 3/20 · loss 0.412 · 12,000 samples/s`. While an advice trial is under way the
 * rate gives way to the fix being tried, briefly (`trying a fix for dead-relu`): the run's own
 * training waits for it, so its rate would read as stalled.
 */
export function statusText(p: Progress, loss: number | undefined): string {
  const state = p.state === 'paused' ? '$(debug-pause)' : '$(sync~spin)';
  const head = `${state} epoch ${p.epoch + 1}/${p.totalEpochs} · loss ${loss === undefined ? '–' : loss.toPrecision(3)}`;
  if (p.trial) return `${head} · $(beaker) trying a fix for ${p.trial.code}`;
  // A paused run has no current rate: its last one would read as if it were still training.
  const rate = p.state === 'training' ? p.samplesPerSec.toLocaleString('en-US') : '–';
  return `${head} · ${rate} samples/s`;
}

/** The item's tooltip: which run, its state, and the fix an advice trial is training. */
export function statusTooltip(p: Progress, name: string): string {
  const trial = p.trial ? ` An advice trial is trying ${p.trial.fix} to decide whether to show ${p.trial.code}.` : '';
  return `NN Debugger: ${name} is ${p.state}.${trial} Click to show the training panel.`;
}
