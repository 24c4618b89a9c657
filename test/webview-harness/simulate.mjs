// A simulated training run as the host would post it to the panel: snapshot, metrics deltas,
// diagnostics, a decision-boundary grid and specChanged. Deterministic (seeded), no dependencies.

export const LAYERS = [
  { index: 0, name: 'hidden1', units: 8, activation: 'relu', paramCount: 24 },
  { index: 1, name: 'hidden2', units: 8, activation: 'relu', paramCount: 72 },
  { index: 2, name: 'output', units: 1, activation: 'sigmoid', paramCount: 9 },
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Columns for steps [from, to] of a run `total` steps long. */
export function makeDelta(from, to, total, stepsPerEpoch, rand) {
  const steps = [], loss = [];
  const layers = LAYERS.map(() => ({ gradNorm: [], weightNorm: [], updateRatio: [], deadFraction: [], saturatedFraction: [] }));
  const epochs = [];
  for (let s = from; s <= to; s++) {
    const t = s / total;
    steps.push(s);
    const base = 0.02 + 0.68 * Math.exp(-6 * t);
    loss.push(base * (1 + 0.35 * (rand() - 0.5)) + (s % 997 === 0 ? 0.4 : 0));
    layers.forEach((l, i) => {
      const g = (0.8 / (i + 1)) * Math.exp(-3 * t) * (1 + 0.5 * (rand() - 0.5)) + 1e-4;
      l.gradNorm.push(i === 1 ? g * Math.max(0.02, 1 - t * 1.3) : g);
      l.weightNorm.push(1 + t * (i + 1));
      l.updateRatio.push(1e-3 * Math.exp(-2 * t) * (1 + 0.6 * (rand() - 0.5)) * (i + 1));
      if (LAYERS[i].activation === 'relu') {
        // hidden2's dead fraction rises through the run; hidden1 stays healthy.
        l.deadFraction.push(i === 1 ? Math.min(0.9, 0.05 + 0.75 * t + 0.04 * (rand() - 0.5)) : 0.05 + 0.03 * rand());
      } else {
        l.saturatedFraction.push(Math.min(1, 0.02 + 0.3 * t * rand()));
      }
    });
    if (s % stepsPerEpoch === 0) {
      const e = s / stepsPerEpoch;
      epochs.push({
        epoch: e,
        step: s,
        loss: base,
        valLoss: base * 1.15 + 0.01,
        accuracy: Math.min(0.995, 0.5 + 0.48 * (1 - Math.exp(-5 * t))),
        valAccuracy: Math.min(0.99, 0.5 + 0.44 * (1 - Math.exp(-5 * t))),
      });
    }
  }
  return { steps, loss, layers, epochs };
}

export function emptyMetrics() {
  return { steps: [], loss: [], epochs: [], layers: LAYERS.map(() => ({ gradNorm: [], weightNorm: [], updateRatio: [], deadFraction: [], saturatedFraction: [] })) };
}

export function progress(state, step, stepsPerEpoch, totalEpochs) {
  return { state, epoch: Math.min(totalEpochs, Math.floor(step / stepsPerEpoch)), totalEpochs, step, samplesPerSec: state === 'training' ? 5400 + (step % 300) : 0 };
}

export function snapshot(runId, metrics, extra = {}) {
  return {
    type: 'snapshot',
    snapshot: {
      specName: 'circles',
      specUri: 'file:///workspace/examples/circles.nn.json',
      runId,
      layers: LAYERS,
      progress: progress('training', metrics.steps.at(-1) ?? 0, 100, 30),
      metrics,
      diagnostics: [],
      timeline: [],
      specChanged: false,
      ...extra,
    },
  };
}

export const DEAD_RELU = {
  code: 'dead-relu',
  severity: 'warning',
  message: '62% of the units of layer "hidden2" output zero for every sample: they no longer learn. Try leaky_relu, a smaller learning rate or he_normal init.',
  path: '/layers/1',
  range: { start: { line: 6, character: 4 }, end: { line: 6, character: 60 } },
};

export const LR_INFO = {
  code: 'lr-out-of-range',
  severity: 'info',
  message: 'Learning rate 0.3 is high for adam; 0.001–0.01 is typical.',
  path: '/optimizer/lr',
  range: { start: { line: 12, character: 10 }, end: { line: 12, character: 13 } },
};

/** Two classes on concentric circles; the prediction sharpens with `quality` in [0, 1]. */
export function boundaryGrid(quality, seed = 7) {
  const rand = rng(seed);
  const size = 48, xMin = -1.3, xMax = 1.3, yMin = -1.3, yMax = 1.3;
  const values = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = xMin + ((col + 0.5) / size) * (xMax - xMin);
      const y = yMin + ((row + 0.5) / size) * (yMax - yMin);
      const r = Math.hypot(x * 1.05, y * 0.95);
      values.push(1 / (1 + Math.exp(-(2 + 14 * quality) * (0.62 - r))));
    }
  }
  const points = [];
  for (let i = 0; i < 200; i++) {
    const label = i % 2;
    const radius = label === 1 ? 0.35 * rand() : 0.8 + 0.3 * rand();
    const angle = 2 * Math.PI * rand();
    points.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle), label });
  }
  return { size, xMin, xMax, yMin, yMax, values, points, classes: 2 };
}

/**
 * The realistic sequence: a snapshot, `deltas` metrics deltas of `perDelta` steps, a dead-ReLU warning
 * part-way, boundary grids as it learns, and finally specChanged.
 */
export function* runSequence({ runId = 1, deltas = 300, perDelta = 10, stepsPerEpoch = 100 } = {}) {
  const rand = rng(42);
  const total = deltas * perDelta;
  const totalEpochs = Math.ceil(total / stepsPerEpoch);
  yield snapshot(runId, emptyMetrics(), { progress: progress('training', 0, stepsPerEpoch, totalEpochs) });
  const timeline = [];
  for (let d = 0; d < deltas; d++) {
    const from = d * perDelta + 1, to = (d + 1) * perDelta;
    yield { type: 'metrics', runId, delta: makeDelta(from, to, total, stepsPerEpoch, rand), progress: progress('training', to, stepsPerEpoch, totalEpochs) };
    if (d === Math.floor(deltas * 0.15)) {
      timeline.push({ step: to, code: LR_INFO.code, path: LR_INFO.path, message: LR_INFO.message });
      yield { type: 'diagnostics', runId, active: [LR_INFO], timeline: [...timeline] };
    }
    if (d === Math.floor(deltas * 0.6)) {
      timeline.push({ step: to, code: DEAD_RELU.code, path: DEAD_RELU.path, message: DEAD_RELU.message });
      yield { type: 'diagnostics', runId, active: [DEAD_RELU, LR_INFO], timeline: [...timeline] };
    }
    if (d % 50 === 49) yield { type: 'boundary', runId, grid: boundaryGrid(d / deltas) };
  }
  yield { type: 'boundary', runId, grid: boundaryGrid(1) };
  yield { type: 'specChanged', changed: true };
}

/** A finished run of `total` steps in one snapshot (what the host sends after a reload). */
export function bigSnapshot(total, runId = 2, stepsPerEpoch = 1000) {
  const rand = rng(9);
  const metrics = makeDelta(1, total, total, stepsPerEpoch, rand);
  const totalEpochs = total / stepsPerEpoch;
  return snapshot(runId, metrics, {
    progress: { state: 'done', epoch: totalEpochs, totalEpochs, step: total, samplesPerSec: 0 },
    diagnostics: [DEAD_RELU],
    timeline: [{ step: Math.round(total * 0.6), code: DEAD_RELU.code, path: DEAD_RELU.path, message: DEAD_RELU.message }],
    boundary: boundaryGrid(1),
  });
}
