import { strict as assert } from 'assert';
import { emptyMetrics, isWebviewToHost, MetricsDelta } from '../../../src/protocol';
import { layerHoverMarkdown, sparkline } from '../../../src/view-model/hover';
import { layerIndexAt, offsetAt } from '../../../src/view-model/layer-at';
import { RunHistory } from '../../../src/view-model/run-history';

const SPEC = `{
  "layers": [
    { "type": "dense", "units": 8, "activation": "relu" },
    { "type": "dropout", "rate": 0.5 },
    { "type": "dense", "units": 1 }
  ],
  "loss": "mse"
}`;

function delta(steps: number[], losses: number[], grad: number[]): MetricsDelta {
  const d = emptyMetrics(1);
  d.steps.push(...steps);
  d.loss.push(...losses);
  d.layers[0].gradNorm.push(...grad);
  d.layers[0].weightNorm.push(...grad.map(() => 2));
  d.layers[0].updateRatio.push(...grad.map(() => 1e-3));
  d.layers[0].deadFraction.push(...grad.map(() => 0.25));
  return d;
}

describe('layer at offset', () => {
  it('finds the layer whose object contains the offset, anywhere inside it', () => {
    assert.equal(layerIndexAt(SPEC, SPEC.indexOf('"units": 8')), 0);
    assert.equal(layerIndexAt(SPEC, SPEC.indexOf('relu')), 0);
    assert.equal(layerIndexAt(SPEC, SPEC.indexOf('"rate"')), 1);
    assert.equal(layerIndexAt(SPEC, SPEC.indexOf('"units": 1')), 2);
  });
  it('is undefined outside the layers and tolerates broken JSON', () => {
    assert.equal(layerIndexAt(SPEC, SPEC.indexOf('"loss"')), undefined);
    const broken = SPEC.replace('"units": 8,', '"units": ,');
    assert.equal(layerIndexAt(broken, broken.indexOf('relu')), 0);
  });
  it('converts positions to offsets', () => {
    assert.equal(offsetAt(SPEC, 2, 4), SPEC.indexOf('{ "type": "dense", "units": 8'));
    assert.equal(offsetAt(SPEC, 99, 0), SPEC.length);
  });
});

describe('run history', () => {
  it('appends deltas and reports the latest values per layer', () => {
    const history = new RunHistory([{ index: 0, name: 'hidden', units: 8, activation: 'relu', paramCount: 24 }]);
    history.append(delta([1, 2], [0.9, 0.8], [1, 2]));
    history.append(delta([3], [0.7], [3]));
    assert.deepEqual(history.metrics.steps, [1, 2, 3]);
    assert.deepEqual(history.latest(0), { gradNorm: 3, weightNorm: 2, updateRatio: 1e-3, deadFraction: 0.25, saturatedFraction: undefined });
    assert.equal(history.latest(5), undefined);
  });
  it('exports one CSV row per step with a column per layer instrument', () => {
    const history = new RunHistory([{ index: 0, name: 'hidden', units: 8, activation: 'relu', paramCount: 24 }]);
    history.append(delta([1, 2], [0.9, 0.8], [1, 2]));
    const lines = history.toCsv().trim().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], 'step,loss,hidden.gradNorm,hidden.weightNorm,hidden.updateRatio,hidden.deadFraction,hidden.saturatedFraction');
    assert.equal(lines[2], '2,0.8,2,2,0.001,0.25,');
    assert.deepEqual(JSON.parse(history.toJson()).metrics.loss, [0.9, 0.8]);
  });
});

describe('layer hover', () => {
  const layer = { type: 'dense' as const, units: 8, activation: 'relu' as const, init: { name: 'he_normal' as const }, bias: 0, batchNorm: false };
  it('before training: shape, parameters, init scale and how to get numbers', () => {
    const md = layerHoverMarkdown({ index: 0, layer, fanIn: 2 });
    assert.match(md, /2 → 8 units · relu · 24 parameters · init he_normal \(weight std 1\.00\)/);
    assert.match(md, /No training data yet/);
  });
  it('after training: the latest instruments and a sparkline', () => {
    const history = new RunHistory([{ index: 0, name: 'dense_0', units: 8, activation: 'relu', paramCount: 24 }]);
    history.append(delta([1, 2, 3], [1, 1, 1], [1, 10, 100]));
    const md = layerHoverMarkdown({ index: 0, layer, fanIn: 2, history });
    assert.match(md, /\| gradient norm \| 100 \|/);
    assert.match(md, /\| dead units \| 25\.0% \|/);
    assert.match(md, /over 3 steps \(log scale\): ▁[▂▃▄▅]█/);
  });
  it('after a divergence: the figures of the restored step, and why', () => {
    const history = new RunHistory([{ index: 0, name: 'dense_0', units: 8, activation: 'relu', paramCount: 24 }]);
    history.append(delta([1, 2, 3, 4], [1, 1, 1, NaN], [1, 10, 100, NaN]));
    history.restored = { epoch: 1, step: 2 };
    assert.equal(history.latest(0)?.gradNorm, 10);
    const md = layerHoverMarkdown({ index: 0, layer, fanIn: 2, history });
    assert.match(md, /restored to epoch 1 \(step 2\)/);
    assert.match(md, /\| gradient norm \| 10\.0 \|/);
    history.restored = { step: 0 };
    assert.equal(history.latest(0), undefined);
    const initial = layerHoverMarkdown({ index: 0, layer, fanIn: 2, history });
    assert.match(initial, /restored to their initial values/);
    assert.doesNotMatch(initial, /No training data yet/);
  });
  it('sparkline is log-scaled, bucketed and skips non-finite values', () => {
    assert.equal(sparkline([1, 10, 100, NaN, 1000], 4), '▁▃▆█');
    assert.equal(sparkline([], 8), '');
    assert.equal(sparkline(Array.from({ length: 1000 }, (_, i) => i + 1), 16).length, 16);
  });
});

describe('webview message validation', () => {
  it('accepts well-formed messages', () => {
    assert.ok(isWebviewToHost({ type: 'ready' }));
    assert.ok(isWebviewToHost({ type: 'command', command: 'pause' }));
    assert.ok(isWebviewToHost({ type: 'reveal', path: '/layers/0/activation' }));
    assert.ok(isWebviewToHost({ type: 'export', format: 'csv' }));
  });
  it('rejects anything else', () => {
    for (const bad of [null, 'ready', {}, { type: 'command', command: 'rm -rf' }, { type: 'reveal', path: 42 }, { type: 'reveal', path: 'layers' }, { type: 'export', format: 'xml' }, { type: 'eval', code: '1' }]) {
      assert.equal(isWebviewToHost(bad), false, JSON.stringify(bad));
    }
  });
});
