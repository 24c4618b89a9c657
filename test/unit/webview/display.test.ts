import { strict as assert } from 'assert';
import type { MetricsDelta, PanelSnapshot } from '../../../src/protocol';
import { boundaryPixels, cellColor, contrast, mix, parseColor, withAlpha } from '../../../webview/colors';
import { accuracyChart, ChartTables, deadChart, gradChart, lossChart, updateChart } from '../../../webview/series';
import { PanelModel } from '../../../webview/state';
import { emptyChartText, formatInt, noWarningsText, formatLogTick, LOG_AXIS_FLOOR, logAxisRange, formatPercent, formatRate, formatValue, linearSafe, logSafe, rateText, trialText } from '../../../webview/values';

describe('webview values', () => {
  it('says warnings raised and cleared during a run are in the timeline, not that the run had none', () => {
    const model = (state: 'idle' | 'training' | 'done', steps: number, fired: number) => ({ progress: { state }, steps: new Array(steps).fill(0), timeline: new Array(fired).fill({}) });
    assert.equal(noWarningsText(model('idle', 0, 0)), 'No warnings.');
    assert.equal(noWarningsText(model('done', 300, 0)), 'No warnings in this run.');
    assert.equal(noWarningsText(model('done', 300, 1)), 'No active warnings: the one raised during this run cleared (see the diagnostics timeline).');
    assert.equal(noWarningsText(model('training', 40, 3)), 'No active warnings: all 3 raised during this run cleared (see the diagnostics timeline).');
  });

  it('says an empty chart waits for the data to be read while a started run has no network yet', () => {
    const model = (state: 'idle' | 'training' | 'paused' | 'done', layers: number, steps: number) => ({ progress: { state }, layers: new Array(layers).fill({}), steps: new Array(steps).fill(0), epochs: [] });
    assert.equal(emptyChartText(model('idle', 0, 0)), 'No data yet.');
    assert.equal(emptyChartText(model('training', 0, 0)), 'Reading the data and building the network…');
    assert.equal(emptyChartText(model('paused', 0, 0)), 'Reading the data and building the network…');
    assert.equal(emptyChartText(model('training', 3, 0)), 'Waiting for data…');
    assert.equal(emptyChartText(model('done', 3, 10)), 'Waiting for data…');
  });

  it('makes values safe for a log axis', () => {
    assert.equal(logSafe(0.5), 0.5);
    for (const bad of [0, -1, NaN, Infinity, -Infinity]) assert.equal(logSafe(bad), null);
    assert.equal(linearSafe(-2), -2);
    assert.equal(linearSafe(NaN), null);
  });

  it('formats counters and metrics compactly', () => {
    assert.equal(formatInt(1234567), '1,234,567');
    assert.equal(formatValue(0.000123), '1.23e-4');
    assert.equal(formatValue(0.693147), '0.6931');
    assert.equal(formatValue(NaN), 'NaN');
    assert.equal(formatValue(null), '–');
    assert.equal(formatRate(5400), '5.4k samples/s');
    assert.equal(formatRate(0), '– samples/s');
    assert.equal(rateText({ state: 'training', samplesPerSec: 5400 }), '5.4k samples/s');
    assert.equal(rateText({ state: 'done', samplesPerSec: 2_100_000 }), 'avg 2.1M samples/s');
    assert.equal(rateText({ state: 'stopped', samplesPerSec: 0 }), '– samples/s');
    assert.equal(rateText({ state: 'paused', samplesPerSec: 5400 }), '– samples/s');
    assert.equal(formatPercent(0.25), '25%');
    assert.equal(formatLogTick(1e-5), '1e-5');
    assert.equal(formatLogTick(0.01), '0.01');
    assert.equal(formatLogTick(100), '100');
  });

  it('keeps a log axis in whole decades, never below the floor uPlot can tick', () => {
    assert.deepEqual(logAxisRange(0.0031, 0.7), [1e-3, 1]);
    assert.deepEqual(logAxisRange(0.25, 0.25), [0.1, 1]);
    // A converged layer's gradient norm (3e-23 crashed the panel's axis): the axis stops at the floor.
    assert.deepEqual(logAxisRange(3e-23, 7.2), [LOG_AXIS_FLOOR, 10]);
    assert.deepEqual(logAxisRange(1e-30, 1e-28), [LOG_AXIS_FLOOR, 1e-14]);
    assert.deepEqual(logAxisRange(null, null), [null, null]);
    assert.ok(LOG_AXIS_FLOOR >= 1e-16, 'uPlot ticks by rounding to the increment\'s decimals: exact only to 1e-22');
  });
});

describe('webview advice-trial note', () => {
  const trial = { code: 'dead-relu' as const, fix: 'Set "bias" to 0.01' };

  it('names the warning and the fix while a trial is under way, training or paused', () => {
    assert.equal(trialText({ state: 'training', trial }), 'Trying fix for dead-relu: Set "bias" to 0.01');
    assert.equal(trialText({ state: 'paused', trial }), 'Trying fix for dead-relu: Set "bias" to 0.01');
  });

  it('says nothing without a trial, or once the run has ended', () => {
    assert.equal(trialText({ state: 'training' }), '');
    for (const state of ['done', 'stopped', 'diverged', 'error'] as const) assert.equal(trialText({ state, trial }), '', state);
  });
});

describe('webview colours', () => {
  it('parses the colour forms VS Code themes use', () => {
    assert.deepEqual(parseColor('#3794ff'), { r: 0x37, g: 0x94, b: 0xff, a: 1 });
    assert.deepEqual(parseColor('#fff'), { r: 255, g: 255, b: 255, a: 1 });
    assert.deepEqual(parseColor('#ff000080'), { r: 255, g: 0, b: 0, a: 128 / 255 });
    assert.deepEqual(parseColor('rgba(1, 2, 3, 0.5)'), { r: 1, g: 2, b: 3, a: 0.5 });
    assert.deepEqual(parseColor('rgb(10 20 30 / 50%)'), { r: 10, g: 20, b: 30, a: 0.5 });
    assert.equal(parseColor('papayawhip'), undefined);
    assert.equal(parseColor('#12345'), undefined);
  });

  it('adds alpha and blends', () => {
    assert.equal(withAlpha('#ff0000', 0.5), 'rgba(255, 0, 0, 0.5)');
    assert.equal(withAlpha('var(--x)', 0.5), 'var(--x)');
    assert.deepEqual(mix({ r: 0, g: 0, b: 0, a: 1 }, { r: 200, g: 100, b: 50, a: 1 }, 0.5), { r: 100, g: 50, b: 25, a: 1 });
    assert.ok(contrast({ r: 0, g: 0, b: 0, a: 1 }, { r: 255, g: 255, b: 255, a: 1 }) > 20);
  });

  it('colours boundary cells by class, pale where the model is unsure', () => {
    const bg = { r: 30, g: 30, b: 30, a: 1 };
    const blue = { r: 0, g: 0, b: 255, a: 1 };
    const orange = { r: 255, g: 128, b: 0, a: 1 };
    assert.deepEqual(cellColor(0.5, 2, [orange, blue], bg), bg);
    const sure1 = cellColor(1, 2, [orange, blue], bg);
    const sure0 = cellColor(0, 2, [orange, blue], bg);
    assert.ok(sure1.b > sure1.r && sure0.r > sure0.b);
    assert.ok(cellColor(0.9, 2, [orange, blue], bg).b > cellColor(0.6, 2, [orange, blue], bg).b);
    // Three classes: value = argmax / 2, so 0.5 is class 1.
    assert.ok(cellColor(0.5, 3, [orange, blue, { r: 0, g: 255, b: 0, a: 1 }], bg).b > 100);
  });

  it('flips the grid so its first row (yMin) is the bottom of the image', () => {
    const grid = { size: 2, xMin: 0, xMax: 1, yMin: 0, yMax: 1, values: [1, 1, 0, 0], points: [], classes: 2 };
    const px = boundaryPixels(grid, [{ r: 255, g: 0, b: 0, a: 1 }, { r: 0, g: 0, b: 255, a: 1 }], { r: 0, g: 0, b: 0, a: 1 });
    assert.equal(px.length, 16);
    // Top-left pixel is grid row 1 (value 0 → class 0, red); bottom-left is row 0 (class 1, blue).
    assert.ok(px[0] > 0 && px[2] === 0);
    assert.ok(px[8] === 0 && px[10] > 0);
    assert.equal(px[3], 255);
  });
});

function runSnapshot(steps: number, withAccuracy: boolean): PanelSnapshot {
  const s = Array.from({ length: steps }, (_, i) => i + 1);
  const metrics: MetricsDelta = {
    steps: s,
    loss: s.map((i) => (i === 3 ? 0 : 1 / i)),
    layers: [
      { gradNorm: s.map((i) => i), weightNorm: s.map(() => 1), updateRatio: s.map(() => 1e-3), deadFraction: s.map(() => 0.5), saturatedFraction: [] },
      { gradNorm: s.map(() => 0), weightNorm: s.map(() => 1), updateRatio: s.map(() => 1e-4), deadFraction: [], saturatedFraction: s.map(() => 0.1) },
    ],
    epochs: [
      { epoch: 1, step: 5, loss: 0.3, valLoss: 0.35, ...(withAccuracy ? { accuracy: 0.8, valAccuracy: 0.7 } : {}) },
      { epoch: 2, step: 10, loss: 0.2, valLoss: 0.3, ...(withAccuracy ? { accuracy: 0.9, valAccuracy: 0.8 } : {}) },
    ],
  };
  return {
    specName: 'xor',
    specUri: 'file:///xor.nn.json',
    runId: 1,
    layers: [
      { index: 0, name: 'h1', units: 4, activation: 'relu', paramCount: 12 },
      { index: 2, name: 'out', units: 1, activation: 'sigmoid', paramCount: 5 },
    ],
    progress: { state: 'training', epoch: 2, totalEpochs: 10, step: steps, samplesPerSec: 100 },
    metrics,
    diagnostics: [],
    timeline: [],
    specChanged: false,
  };
}

describe('webview chart series', () => {
  it('puts step loss and epoch losses on one step axis', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(12, false));
    const c = lossChart(m, new ChartTables(), false, undefined);
    assert.deepEqual(c.series.map((s) => s.label), ['loss (step)', 'loss (epoch)', 'val loss (epoch)']);
    assert.equal(c.x.length, 12);
    assert.equal(c.ys[1][4], 0.3);
    assert.equal(c.ys[2][9], 0.3);
    assert.equal(c.ys[1][0], undefined, 'epoch series are undefined (spanned) between epochs');
    assert.equal(c.empty, false);
    assert.deepEqual(c.latest, [12, 1 / 12, 0.2, 0.3], 'the legend shows the true latest values, not a bucket extreme');
  });

  it('leaves non-positive losses out of the log-scale loss chart', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(12, false));
    const tables = new ChartTables();
    assert.equal(lossChart(m, tables, false, undefined).ys[0][2], 0);
    assert.equal(lossChart(m, tables, true, undefined).ys[0][2], null);
  });

  it('reports a NaN latest loss as NaN (the news after a divergence), not an older finite value', () => {
    const m = new PanelModel();
    const snap = runSnapshot(12, false);
    snap.metrics.loss[11] = NaN;
    m.loadSnapshot(JSON.parse(JSON.stringify(snap)));
    const c = lossChart(m, new ChartTables(), true, undefined);
    assert.ok(Number.isNaN(c.latest[1]));
    assert.match(c.summary, /latest step loss NaN/);
    assert.equal(c.ys[0][11], null);
  });

  it('zooms step charts to a window of steps', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(100, false));
    const c = gradChart(m, new ChartTables(), [20, 29]);
    assert.equal(c.x[0], 20);
    assert.equal(c.x[c.x.length - 1], 29);
  });

  it('draws one gradient and one update-ratio line per layer, on log axes', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(12, false));
    const tables = new ChartTables();
    const g = gradChart(m, tables, undefined);
    assert.equal(g.log, true);
    assert.deepEqual(g.series.map((s) => s.label), ['h1', 'out']);
    assert.ok(g.ys[1].every((v) => v === null), 'zero gradients are gaps on a log axis');
    const u = updateChart(m, tables, undefined);
    assert.deepEqual(u.series.map((s) => s.color), ['layer:0', 'layer:1']);
  });

  it('shows dead fractions of ReLU layers and saturation of the others', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(12, false));
    const d = deadChart(m, new ChartTables(), undefined);
    assert.deepEqual(d.series.map((s) => s.label), ['h1 dead', 'out saturated']);
    assert.deepEqual(d.yRange, [0, 1]);
    assert.match(d.summary, /h1 dead 50%/);
  });

  it('has an accuracy chart only when the run measures accuracy', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(12, false));
    assert.equal(accuracyChart(m), undefined);
    m.loadSnapshot(runSnapshot(12, true));
    const a = accuracyChart(m)!;
    assert.deepEqual(a.x, [1, 2]);
    assert.deepEqual(a.ys, [[0.8, 0.9], [0.7, 0.8]]);
  });

  it('follows appended rows incrementally and starts over on a new run', () => {
    const m = new PanelModel();
    m.loadSnapshot(runSnapshot(10, false));
    const tables = new ChartTables();
    assert.equal(gradChart(m, tables, undefined).x.length, 10);
    m.apply({ type: 'metrics', runId: 1, delta: { steps: [11, 12], loss: [0.1, 0.1], layers: [], epochs: [] }, progress: { state: 'training', epoch: 2, totalEpochs: 10, step: 12, samplesPerSec: 1 } });
    assert.equal(gradChart(m, tables, undefined).x.length, 12);
    m.loadSnapshot(runSnapshot(3, false));
    assert.equal(gradChart(m, tables, undefined).x.length, 3);
  });
});
