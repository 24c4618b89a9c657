import { strict as assert } from 'assert';
import { lrFinderReadout } from '../../../webview/lr-finder-readout';
import { formatValue } from '../../../webview/values';
import { offeredLr } from '../../../src/protocol';
import type { HostToWebview, LrFinderCurve, MetricsDelta, PanelSnapshot, Progress } from '../../../src/protocol';
import type { Diagnostic } from '../../../src/spec/types';
import { DEFAULT_UI, makeSavedState, readLrFinderCurve, readSavedState } from '../../../webview/saved-state';
import { mergeChanges, noChanges } from '../../../webview/changes';
import { PanelModel } from '../../../webview/state';

const LAYERS = [
  { index: 0, name: 'hidden1', units: 8, activation: 'relu', paramCount: 24 },
  { index: 1, name: 'hidden2', units: 8, activation: 'tanh', paramCount: 72 },
  { index: 2, name: 'output', units: 1, activation: 'sigmoid', paramCount: 9 },
];

function progress(step: number, state: Progress['state'] = 'training'): Progress {
  return { state, epoch: 1, totalEpochs: 10, step, samplesPerSec: 1000 };
}

/** Rows `from..to` (inclusive steps) of a simulated run: layer 0 ReLU, layer 1 tanh, layer 2 neither. */
function delta(from: number, to: number): MetricsDelta {
  const steps: number[] = [];
  for (let s = from; s <= to; s++) steps.push(s);
  const col = (f: (s: number) => number) => steps.map(f);
  return {
    steps,
    loss: col((s) => 1 / s),
    layers: [
      { gradNorm: col((s) => s), weightNorm: col(() => 1), updateRatio: col(() => 1e-3), deadFraction: col(() => 0.1), saturatedFraction: [] },
      { gradNorm: col((s) => 2 * s), weightNorm: col(() => 1), updateRatio: col(() => 1e-3), deadFraction: [], saturatedFraction: col(() => 0.2) },
      { gradNorm: col((s) => 3 * s), weightNorm: col(() => 1), updateRatio: col(() => 1e-3), deadFraction: [], saturatedFraction: [] },
    ],
    epochs: [],
  };
}

function snapshot(runId: number, metrics: MetricsDelta = delta(1, 0), extra: Partial<PanelSnapshot> = {}): PanelSnapshot {
  return {
    specName: 'xor',
    specUri: 'file:///w/xor.nn.json',
    runId,
    layers: LAYERS,
    progress: progress(metrics.steps.length),
    metrics,
    diagnostics: [],
    timeline: [],
    specChanged: false,
    ...extra,
  };
}

const DEAD: Diagnostic = {
  code: 'dead-relu',
  severity: 'warning',
  message: '60% of hidden1 units are dead',
  path: '/layers/0',
  range: { start: { line: 3, character: 4 }, end: { line: 3, character: 50 } },
};

function send(model: PanelModel, msg: HostToWebview) {
  return model.apply(JSON.parse(JSON.stringify(msg)));
}

describe('webview panel state', () => {
  it('loads a snapshot and appends deltas of the same run, keeping every column aligned with the steps', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1, delta(1, 10)) });
    const c = send(m, { type: 'metrics', runId: 1, delta: delta(11, 25), progress: progress(25) });
    assert.ok(c?.metrics && c.progress);
    assert.equal(m.steps.length, 25);
    assert.equal(m.steps[24], 25);
    assert.equal(m.progress.step, 25);
    for (const series of m.series) {
      for (const column of Object.values(series)) assert.equal(column.length, 25);
    }
    assert.deepEqual(m.layersWith('deadFraction'), [0]);
    assert.deepEqual(m.layersWith('saturatedFraction'), [1]);
    assert.ok(Number.isNaN(m.series[2].deadFraction[3]));
  });

  it('keeps the advice trial a progress names, drops a malformed one, and forgets it once the trial is over', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1, delta(1, 10)) });
    const trial = { code: 'lr-too-high' as const, fix: 'Set "lr" to 0.01' };
    send(m, { type: 'metrics', runId: 1, delta: delta(11, 11), progress: { ...progress(11), trial } });
    assert.deepEqual(m.progress.trial, trial);
    send(m, { type: 'metrics', runId: 1, delta: delta(12, 12), progress: { ...progress(12), trial: { code: 7, fix: null } as never } });
    assert.equal(m.progress.trial, undefined, 'a malformed trial is left out');
    send(m, { type: 'metrics', runId: 1, delta: delta(13, 13), progress: { ...progress(13), trial } });
    send(m, { type: 'metrics', runId: 1, delta: delta(14, 14), progress: progress(14) });
    assert.equal(m.progress.trial, undefined);
  });

  it('ignores deltas, progress, diagnostics and boundaries of another run', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(2, delta(1, 5)) });
    assert.equal(send(m, { type: 'metrics', runId: 1, delta: delta(6, 9), progress: progress(9) }), undefined);
    assert.equal(send(m, { type: 'progress', runId: 1, progress: progress(9, 'done') }), undefined);
    assert.equal(send(m, { type: 'diagnostics', runId: 1, active: [DEAD], timeline: [] }), undefined);
    assert.equal(m.steps.length, 5);
    assert.equal(m.progress.state, 'training');
    assert.deepEqual(m.diagnostics, []);
  });

  it('starts over on a snapshot of a new run', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1, delta(1, 50)) });
    const before = m.runVersion;
    send(m, { type: 'snapshot', snapshot: snapshot(2) });
    assert.equal(m.runId, 2);
    assert.equal(m.steps.length, 0);
    assert.equal(m.series[0].gradNorm.length, 0);
    assert.ok(m.runVersion > before);
    assert.ok(send(m, { type: 'metrics', runId: 2, delta: delta(1, 3), progress: progress(3) }));
    assert.equal(m.steps.length, 3);
  });

  it('drops repeated steps so the x axis stays strictly increasing', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1, delta(1, 10)) });
    send(m, { type: 'metrics', runId: 1, delta: delta(8, 12), progress: progress(12) });
    assert.deepEqual(m.steps.slice(-4), [9, 10, 11, 12]);
    assert.equal(m.loss.length, 12);
    assert.equal(m.loss[11], 1 / 12);
  });

  it('reads NaN and Infinity sent as JSON null as NaN', () => {
    const m = new PanelModel();
    const d = delta(1, 3);
    d.loss[1] = NaN;
    d.loss[2] = Infinity;
    send(m, { type: 'snapshot', snapshot: snapshot(1, d) });
    assert.equal(m.loss[0], 1);
    assert.ok(Number.isNaN(m.loss[1]));
    assert.ok(Number.isNaN(m.loss[2]));
  });

  it('replaces the active diagnostics and merges the timeline without duplicates', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1, delta(1, 5)) });
    const first = { step: 40, code: 'dead-relu', path: '/layers/0', message: DEAD.message };
    send(m, { type: 'diagnostics', runId: 1, active: [DEAD], timeline: [first] });
    // The host may resend the whole timeline, or only the new entries: both end up once each.
    const second = { step: 90, code: 'vanishing-gradient', path: '/layers/1', message: 'tiny gradients' };
    send(m, { type: 'diagnostics', runId: 1, active: [], timeline: [first, second] });
    assert.deepEqual(m.diagnostics, []);
    assert.deepEqual(m.timeline.map((t) => t.step), [40, 90]);
  });

  it('appends epoch rows once and tells whether accuracy and validation loss are present', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1) });
    assert.equal(m.hasAccuracy(), false);
    const d = delta(1, 10);
    d.epochs = [{ epoch: 1, step: 10, loss: 0.5, valLoss: 0.6 }];
    send(m, { type: 'metrics', runId: 1, delta: d, progress: progress(10) });
    assert.equal(m.hasValLoss(), true);
    assert.equal(m.hasAccuracy(), false);
    const d2 = delta(11, 20);
    d2.epochs = [{ epoch: 1, step: 10, loss: 0.5 }, { epoch: 2, step: 20, loss: 0.4, accuracy: 0.75 }];
    send(m, { type: 'metrics', runId: 1, delta: d2, progress: progress(20) });
    assert.deepEqual(m.epochs.map((e) => e.epoch), [1, 2]);
    assert.equal(m.hasAccuracy(), true);
  });

  it('tracks the spec-changed flag and the boundary grid', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(1) });
    assert.ok(send(m, { type: 'specChanged', changed: true })?.specChanged);
    assert.equal(m.specChanged, true);
    const grid = { size: 2, xMin: -1, xMax: 1, yMin: -1, yMax: 1, values: [0, 0.25, 0.75, 1], points: [{ x: 0, y: 0, label: 1 }], classes: 2 };
    assert.ok(send(m, { type: 'boundary', runId: 1, grid })?.boundary);
    assert.deepEqual(m.boundary, grid);
    assert.equal(send(m, { type: 'boundary', runId: 1, grid: { ...grid, values: [0] } })?.boundary, true);
    assert.equal(m.boundary, undefined, 'a grid with too few values is dropped');
  });

  it('rejects malformed messages without throwing', () => {
    const m = new PanelModel();
    for (const bad of [null, 3, 'snapshot', {}, { type: 'metrics' }, { type: 'nope' }, { type: 'specChanged', changed: 'yes' }]) {
      assert.equal(m.apply(bad), undefined);
    }
    assert.ok(m.apply({ type: 'snapshot', snapshot: {} }), 'an empty snapshot still loads, with defaults');
    assert.equal(m.progress.state, 'idle');
    assert.equal(m.layers.length, 0);
  });

  it('coalesces changes of several messages', () => {
    const a = noChanges();
    mergeChanges(a, { ...noChanges(), metrics: true });
    mergeChanges(a, { ...noChanges(), boundary: true });
    assert.deepEqual(a, { ...noChanges(), metrics: true, boundary: true });
  });
});

describe('webview saved state', () => {
  it('saves a compact, JSON-safe copy of a long run and restores it', () => {
    const m = new PanelModel();
    const d = delta(1, 100_000);
    d.loss[500] = NaN;
    d.epochs = Array.from({ length: 2000 }, (_, i) => ({ epoch: i + 1, step: 50 * (i + 1), loss: 1 / (i + 1) }));
    send(m, { type: 'snapshot', snapshot: snapshot(7, d, { specChanged: true, timeline: [{ step: 10, code: 'dead-relu', path: '/layers/0', message: 'x' }] }) });
    const saved = makeSavedState(m, { lossLog: true });
    const json = JSON.stringify(saved);
    assert.ok(json.length < 150_000, `saved state is ${json.length} bytes`);
    const back = readSavedState(JSON.parse(json));
    assert.ok(back?.snapshot);
    assert.equal(back.ui.lossLog, true);
    const r = new PanelModel();
    r.loadSnapshot(back.snapshot, true);
    assert.equal(r.runId, 7);
    assert.equal(r.restored, true);
    assert.equal(r.specChanged, true);
    assert.ok(r.steps.length <= 400 && r.steps.length >= 200, `${r.steps.length} rows`);
    assert.equal(r.steps[r.steps.length - 1], 100_000);
    assert.equal(r.steps[0], 1);
    assert.ok(r.epochs.length <= 401);
    assert.equal(r.epochs[r.epochs.length - 1].epoch, 2000);
    assert.deepEqual(r.layersWith('deadFraction'), [0]);
    assert.deepEqual(r.layersWith('saturatedFraction'), [1]);
    assert.equal(r.series[2].deadFraction.every(Number.isNaN), true);
    // The largest gradient (the last step) survives the downsampling.
    assert.equal(Math.max(...r.series[2].gradNorm.filter(Number.isFinite)), 300_000);
    assert.equal(r.timeline.length, 1);
  });

  it('compacts incrementally: saving as rows arrive gives the same copy as saving once at the end', () => {
    const streamed = new PanelModel();
    send(streamed, { type: 'snapshot', snapshot: snapshot(5, delta(1, 1000)) });
    for (let from = 1001; from <= 20_000; from += 1000) {
      streamed.compactSnapshot();
      send(streamed, { type: 'metrics', runId: 5, delta: delta(from, from + 999), progress: progress(from + 999) });
    }
    const once = new PanelModel();
    send(once, { type: 'snapshot', snapshot: snapshot(5, delta(1, 20_000)) });
    assert.deepEqual(streamed.compactSnapshot(), once.compactSnapshot());
  });

  it('waits for the host snapshot before appending deltas to a restored copy', () => {
    const m = new PanelModel();
    const live = new PanelModel();
    live.loadSnapshot(snapshot(3, delta(1, 10)));
    m.loadSnapshot(readSavedState(JSON.parse(JSON.stringify(makeSavedState(live, { lossLog: false }))))!.snapshot!, true);
    assert.equal(send(m, { type: 'metrics', runId: 3, delta: delta(11, 12), progress: progress(12) }), undefined);
    send(m, { type: 'snapshot', snapshot: snapshot(3, delta(1, 12)) });
    assert.equal(m.restored, false);
    assert.ok(send(m, { type: 'metrics', runId: 3, delta: delta(13, 14), progress: progress(14) }));
    assert.equal(m.steps.length, 14);
  });

  it('keeps the restored last run when the reloaded host has no run, and the saved state names the spec', () => {
    const live = new PanelModel();
    live.loadSnapshot(snapshot(3, delta(1, 10)));
    const saved = JSON.parse(JSON.stringify(makeSavedState(live, { lossLog: false })));
    assert.equal(saved.specUri, live.specUri);
    const m = new PanelModel();
    m.loadSnapshot(readSavedState(saved)!.snapshot!, true);
    const idle = snapshot(0, delta(1, 0));
    send(m, { type: 'snapshot', snapshot: idle });
    assert.equal(m.runId, 3, 'the last run stays on screen');
    assert.equal(m.steps.length, 10);
    send(m, { type: 'snapshot', snapshot: snapshot(4, delta(1, 2)) });
    assert.equal(m.runId, 4, 'a new run replaces it');
  });

  it('ignores saved state of an unknown version or shape', () => {
    assert.equal(readSavedState(undefined), undefined);
    assert.equal(readSavedState({ version: 2, snapshot: {} }), undefined);
    assert.deepEqual(readSavedState({ version: 1 }), { version: 1, snapshot: undefined, ui: { lossLog: false } });
  });

  it('keeps where a diverged run\'s weights went back to', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(9, delta(1, 40), { progress: progress(40, 'diverged'), restored: { epoch: 2, step: 30 } }) });
    assert.deepEqual(m.weightsRestored, { epoch: 2, step: 30 });
    const back = readSavedState(JSON.parse(JSON.stringify(makeSavedState(m, { lossLog: false }))))!;
    const r = new PanelModel();
    r.loadSnapshot(back.snapshot!, true);
    assert.deepEqual(r.weightsRestored, { epoch: 2, step: 30 });
    send(m, { type: 'snapshot', snapshot: snapshot(10, delta(1, 5)) });
    assert.equal(m.weightsRestored, undefined, 'a new run has none');
    send(m, { type: 'snapshot', snapshot: snapshot(11, delta(1, 5), { restored: { step: 0 } }) });
    assert.deepEqual(m.weightsRestored, { step: 0 }, 'the initial weights');
    send(m, { type: 'snapshot', snapshot: { ...snapshot(12, delta(1, 5)), restored: { step: 'x' } as never } });
    assert.equal(m.weightsRestored, undefined, 'garbage is dropped');
  });
});

describe('webview saved learning-rate finder card', () => {
  const lrs = Array.from({ length: 100 }, (_, i) => 1e-7 * Math.pow(1e8, i / 99));
  const CURVE: LrFinderCurve = {
    optimizer: 'adam',
    specLr: 0.01,
    lrs,
    losses: lrs.map((lr) => 0.7 - 0.1 * Math.log10(lr / 1e-7) + (lr > 1 ? 3 : 0)),
    suggestion: lrs[60],
    suggestionIndex: 60,
    rule: 'valley',
    stoppedEarly: true,
    sampleRows: 256,
  };

  it('reads the suggested point in the legend off the plot, and the point under the cursor on it', () => {
    assert.equal(lrFinderReadout(CURVE, 0, null, null), formatValue(offeredLr(CURVE)), 'the rate as the caption and the quick fix offer it');
    assert.equal(offeredLr(CURVE), Number(lrs[60].toPrecision(2)));
    assert.equal(lrFinderReadout(CURVE, 1, null, null), formatValue(CURVE.losses[60]));
    assert.equal(lrFinderReadout(CURVE, 1, 0.25, 12), '0.25', 'on the plot: the value under the cursor');
    assert.equal(lrFinderReadout({ ...CURVE, suggestion: undefined, suggestionIndex: undefined }, 0, null, null), '–', 'no suggestion: a dash');
    assert.equal(lrFinderReadout({ ...CURVE, suggestionIndex: 100 }, 1, null, null), '–', 'an index off the curve: a dash');
  });

  it('survives a reload: saved with the run and read back the same', () => {
    const m = new PanelModel();
    send(m, { type: 'snapshot', snapshot: snapshot(3, delta(1, 10)) });
    const stored = JSON.parse(JSON.stringify(makeSavedState(m, { lossLog: false }, CURVE)));
    const back = readSavedState(stored);
    assert.deepEqual(back?.lrFinder, CURVE);
    assert.ok(back?.snapshot, 'the run is kept beside it');
  });

  it('is saved before any run too, and a state without one has none', () => {
    const back = readSavedState(JSON.parse(JSON.stringify(makeSavedState(new PanelModel(), DEFAULT_UI, CURVE))));
    assert.deepEqual(back?.lrFinder, CURVE);
    assert.equal(back?.snapshot, undefined);
    assert.equal('lrFinder' in readSavedState(JSON.parse(JSON.stringify(makeSavedState(new PanelModel(), DEFAULT_UI))))!, false);
  });

  it('drops a damaged curve but keeps the rest of the saved state', () => {
    const bad: unknown[] = [
      null,
      'curve',
      { ...CURVE, lrs: CURVE.lrs.slice(1) },
      { ...CURVE, lrs: [...CURVE.lrs].reverse() },
      { ...CURVE, lrs: CURVE.lrs.map((lr, i) => (i === 5 ? -lr : lr)) },
      { ...CURVE, losses: CURVE.losses.map((l, i) => (i === 5 ? null : l)) },
      { ...CURVE, lrs: [1e-3], losses: [0.5] },
      { ...CURVE, specLr: 'high' },
      { ...CURVE, optimizer: undefined },
      { ...CURVE, sampleRows: -1 },
    ];
    for (const curve of bad) {
      assert.equal(readLrFinderCurve(curve), undefined, JSON.stringify(curve)?.slice(0, 80));
      const back = readSavedState({ version: 1, snapshot: undefined, lrFinder: curve, ui: { lossLog: true } });
      assert.deepEqual(back, { version: 1, snapshot: undefined, ui: { lossLog: true } });
    }
  });

  it("keeps a short run's race of the two rules, and drops a damaged one but not the curve", () => {
    const race = { steps: 300, valleyIndex: 60, minimumIndex: 85, valleyLoss: 130, minimumLoss: 0.018, summary: "trained for the run's 300 steps on the sample, …" };
    const curve = { ...CURVE, suggestion: lrs[85], suggestionIndex: 85, rule: 'minimum', runRace: race };
    assert.deepEqual(readSavedState(JSON.parse(JSON.stringify(makeSavedState(new PanelModel(), DEFAULT_UI, curve))))?.lrFinder, curve);
    // A loss that stopped being a number travels as an absent field.
    const broke = readLrFinderCurve({ ...curve, runRace: { ...race, valleyLoss: undefined } });
    assert.deepEqual(broke?.runRace, { steps: 300, valleyIndex: 60, minimumIndex: 85, minimumLoss: 0.018, summary: race.summary });
    for (const bad of [{ ...race, minimumIndex: 100 }, { ...race, valleyIndex: -1 }, { ...race, steps: 0 }, { ...race, summary: 3 }, { ...race, minimumLoss: null }, 'race']) {
      const back = readLrFinderCurve({ ...curve, runRace: bad });
      assert.ok(back, 'the curve is kept');
      assert.equal(back.runRace, undefined, JSON.stringify(bad));
      assert.equal(back.suggestionIndex, 85);
    }
  });

  it('keeps a curve whose suggestion is off the curve, without the suggestion', () => {
    const curve = readLrFinderCurve({ ...CURVE, suggestionIndex: 100 });
    assert.ok(curve);
    assert.equal(curve.suggestion, undefined);
    assert.equal(curve.suggestionIndex, undefined);
    assert.equal(readLrFinderCurve({ ...CURVE, suggestion: undefined, suggestionIndex: undefined })?.suggestion, undefined);
  });
});

