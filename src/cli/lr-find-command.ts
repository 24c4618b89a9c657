import { hasErrors } from '../diagnosis/check';
import { fmt } from '../diagnosis/context';
import { findLearningRate, LR_FINDER_DEFAULTS, LrFinderResult } from '../diagnosis/lr-finder';
import { describeRace, raceFinderRules, runSuggestion, type RunRace, type RunSuggestion } from '../diagnosis/lr-finder-run';
import { formatDiagnostic } from './format';
import type { CliIO } from './io';
import type { LoadedSpec } from './load';

/** Width and height of the text plot of the curve. */
const PLOT = { width: 60, height: 12 };

/**
 * `nn-debugger lr-find`: the learning-rate range test on a fresh network, its curve and the
 * suggested rate. Nothing is trained for keeps and the spec is not changed.
 */
export function runLrFind(loaded: LoadedSpec, json: boolean, io: CliIO): number {
  const { spec, dataset } = loaded;
  if (!spec || !dataset || hasErrors(loaded.diagnostics)) {
    for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(loaded.file, d));
    io.err(`${loaded.file}: cannot find a learning rate: fix the errors above first`);
    return 1;
  }
  const result = findLearningRate(spec, dataset);
  const race = raceFinderRules(spec, dataset, result);
  const offered = runSuggestion(result, race);
  if (json) {
    // `suggestion` and `rule` stay the sweep's valley; `runSuggestion` is what the editor offers for the run.
    io.out(JSON.stringify({ file: loaded.file, optimizer: spec.optimizer.type, lr: spec.optimizer.lr, ...result, runSuggestion: offered, runRace: race }));
    return 0;
  }
  io.out(`${loaded.file}: ${spec.optimizer.type}, lr ${fmt(spec.optimizer.lr)} in the spec`);
  io.out(plotCurve(result, spec.optimizer.lr, offered.index));
  io.out(verdict(result, offered, race, spec.optimizer.lr));
  return 0;
}

/** One line: what the finder suggests for the run and how it compares with the spec's rate. */
function verdict(result: LrFinderResult, offered: RunSuggestion, race: RunRace | undefined, lr: number): string {
  const sweep = `${result.points.length} steps from ${fmt(LR_FINDER_DEFAULTS.startLr)} on ${result.sampleRows} samples${result.stoppedEarly ? ', stopped when the loss diverged' : ''}`;
  if (offered.lr === undefined) return `no suggestion: the smoothed loss never fell (${sweep})`;
  const ratio = offered.lr / lr;
  const compare = ratio > 3 ? `${fmt(ratio)}× the spec's` : ratio < 1 / 3 ? `${fmt(1 / ratio)}× below the spec's` : 'close to the spec\'s';
  const rule = race ? `${offered.rule} rule: ${describeRace(race)}` : `${offered.rule} rule`;
  return `suggested lr ${fmt(Number(offered.lr.toPrecision(2)))} (${rule}; ${compare}; ${sweep})`;
}

/** The smoothed loss against log10(lr) as text, with the suggestion (S, at `suggestionIndex`) and the spec's rate (|) marked. */
export function plotCurve(result: LrFinderResult, specLr: number, suggestionIndex = result.suggestionIndex): string {
  const points = result.points;
  if (points.length < 2) return '(too few points to plot)';
  const logs = points.map((p) => Math.log10(p.lr));
  const losses = points.map((p) => p.smoothed);
  const [x0, x1] = [Math.log10(LR_FINDER_DEFAULTS.startLr), Math.log10(LR_FINDER_DEFAULTS.endLr)];
  const [y0, y1] = [Math.min(...losses), Math.max(...losses)];
  const grid = Array.from({ length: PLOT.height }, () => Array<string>(PLOT.width).fill(' '));
  const col = (log: number) => Math.min(PLOT.width - 1, Math.max(0, Math.round(((log - x0) / (x1 - x0)) * (PLOT.width - 1))));
  const row = (loss: number) => PLOT.height - 1 - Math.round(((loss - y0) / (y1 - y0 || 1)) * (PLOT.height - 1));
  const specCol = col(Math.log10(specLr));
  for (const line of grid) line[specCol] = '|';
  points.forEach((p, i) => (grid[row(p.smoothed)][col(logs[i])] = '*'));
  if (suggestionIndex !== undefined) grid[row(losses[suggestionIndex])][col(logs[suggestionIndex])] = 'S';
  const label = (i: number) => (i === 0 ? fmt(y1) : i === PLOT.height - 1 ? fmt(y0) : '').padStart(8);
  const axis = `${' '.repeat(9)}${fmt(LR_FINDER_DEFAULTS.startLr)}${' '.repeat(PLOT.width - 10)}${fmt(LR_FINDER_DEFAULTS.endLr)}`;
  return [...grid.map((line, i) => `${label(i)} ${line.join('')}`), axis, `${' '.repeat(9)}smoothed loss vs lr (log); S suggestion, | the spec's lr`].join('\n');
}
