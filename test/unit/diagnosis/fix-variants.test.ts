import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixVariants, lossScaleFrom, reusedData } from '../../../src/diagnosis/fix-variants';
import { TrainingTrial } from '../../../src/diagnosis/detectors/advice-trial';
import { checkSpec } from '../../../src/diagnosis/check';
import type { Diagnostic } from '../../../src/spec/types';
import { xorSpecText } from '../helpers';

const CTX = { specDir: process.cwd(), workspaceRoot: process.cwd() };

/** A runtime-style diagnostic on `path` with the given suggestions. */
function warning(code: Diagnostic['code'], path: string, suggestions: Diagnostic['suggestions']): Diagnostic {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { code, severity: 'warning', message: 'test', path, range, suggestions };
}

describe('fixVariants', () => {
  const text = xorSpecText({ optimizer: { type: 'sgd', lr: 0.5 } });

  it('applies each quick fix and returns the trainable spec it leaves, preferred first', () => {
    const d = warning('lr-too-high', '/optimizer/lr', [
      { title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05 },
      { title: 'Set "clipNorm" to 1', path: '/optimizer/clipNorm', value: 1, preferred: true },
    ]);
    const variants = fixVariants(text, d, CTX);
    assert.deepEqual(variants.map((v) => v.title), ['Set "clipNorm" to 1', 'Set "lr" to 0.05']);
    assert.equal(variants[0].spec.optimizer.clipNorm, 1);
    assert.equal(variants[0].spec.optimizer.lr, 0.5);
    assert.equal(variants[1].spec.optimizer.lr, 0.05);
    assert.ok(variants[1].dataset.inputs > 0);
    assert.equal(checkSpec(text, CTX).spec?.optimizer.lr, 0.5, 'the original text is untouched');
  });

  it('leaves out a fix that would make the spec invalid', () => {
    const d = warning('lr-too-high', '/optimizer/lr', [
      { title: 'Set "lr" to -1', path: '/optimizer/lr', value: -1 },
      { title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05 },
    ]);
    assert.deepEqual(fixVariants(text, d, CTX).map((v) => v.title), ['Set "lr" to 0.05']);
  });

  it('includes the fixes the quick-fix module derives for a code (dead-relu → leaky_relu)', () => {
    const d = warning('dead-relu', '/layers/0/activation', undefined);
    const variants = fixVariants(xorSpecText({}), d, CTX);
    assert.ok(variants.some((v) => JSON.stringify(v.spec.layers[0]).includes('"leaky_relu"')), JSON.stringify(variants.map((v) => v.title)));
  });
});

describe('fixVariants with the loaded data', () => {
  let dir = '';
  let reads = 0;
  const ctx = () => ({ specDir: dir, workspaceRoot: dir, readFile: (file: string) => (reads++, fs.readFileSync(file, 'utf8')) });
  /** A CSV spec with unevenly scaled features, so normalization changes every value. */
  const csvSpec = (normalize: string) => xorSpecText({ data: { csv: 'd.csv', target: 'y', normalize }, optimizer: { type: 'sgd', lr: 0.5 } });
  const loadedFor = (text: string) => {
    const checked = checkSpec(text, ctx());
    assert.ok(checked.spec && checked.dataset, JSON.stringify(checked.diagnostics));
    reads = 0;
    return { spec: checked.spec, dataset: checked.dataset };
  };
  const lrFixes = warning('lr-too-high', '/optimizer/lr', [{ title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05, preferred: true }]);
  const normalizeTo = (value: string) => warning('saturated-activation', '/layers/0/activation', [{ title: `Set "normalize" to "${value}"`, path: '/data/normalize', value, preferred: true }]);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-fix-variants-'));
    const rows = Array.from({ length: 40 }, (_, i) => `${i * 3},${(i % 7) * 0.01},${i % 2}`);
    fs.writeFileSync(path.join(dir, 'd.csv'), ['a,b,y', ...rows].join('\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reuses the loaded data set for a fix that leaves /data alone: the CSV is not read again', () => {
    const text = csvSpec('standard');
    const loaded = loadedFor(text);
    const [variant] = fixVariants(text, lrFixes, ctx(), loaded);
    assert.equal(reads, 0);
    assert.equal(variant.dataset, loaded.dataset);
    assert.equal(variant.spec.optimizer.lr, 0.05);
    fixVariants(text, lrFixes, ctx());
    assert.equal(reads, 1, 'without the loaded data each fix reads the CSV');
  });

  it('normalizes a copy of raw loaded features, bit for bit as a reload would, without reading', () => {
    const text = csvSpec('none');
    const loaded = loadedFor(text);
    const rawBefore = Float64Array.from(loaded.dataset.x);
    const [variant] = fixVariants(text, normalizeTo('standard'), ctx(), loaded);
    assert.equal(reads, 0);
    assert.deepEqual(loaded.dataset.x, rawBefore, 'the loaded (raw) data is left untouched');
    assert.deepEqual(variant.dataset.x, checkSpec(variant.text, ctx()).dataset?.x);
    assert.notDeepEqual(variant.dataset.x, rawBefore);
  });

  it('reloads when the loaded features are already normalized (normalization cannot be undone exactly)', () => {
    const text = csvSpec('standard');
    const [variant] = fixVariants(text, normalizeTo('minmax'), ctx(), loadedFor(text));
    assert.equal(reads, 1);
    assert.equal(variant.spec.data.normalize, 'minmax');
    assert.deepEqual(variant.dataset.x, checkSpec(variant.text, ctx()).dataset?.x);
  });

  it('does not reuse data loaded under another seed, loss or data block', () => {
    const loaded = loadedFor(xorSpecText({ data: { builtin: 'moons', samples: 50 }, seed: 1 }));
    const other = (overrides: Record<string, unknown>) => checkSpec(xorSpecText({ data: { builtin: 'moons', samples: 50 }, seed: 1, ...overrides }), ctx()).spec!;
    assert.equal(reusedData(other({}), loaded), loaded.dataset);
    assert.equal(reusedData(other({ seed: 2 }), loaded), undefined);
    assert.equal(reusedData(other({ loss: 'mse' }), loaded), undefined);
    assert.equal(reusedData(other({ data: { builtin: 'moons', samples: 60 } }), loaded), undefined);
  });

  it('puts the losses of a fix that rescales the target back in the target\'s units (its variance for "standard")', () => {
    // y = 5000·a + 1000·b + 20000: a regression target in the thousands.
    const text = xorSpecText({ data: { csv: 'r.csv', target: 'y', normalize: 'standard' }, loss: 'mse', layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'linear' }] });
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 9},${(i * 7) % 5},${5000 * (i % 9) + 1000 * ((i * 7) % 5) + 20000}`);
    fs.writeFileSync(path.join(dir, 'r.csv'), ['a,b,y', ...rows].join('\n'));
    const loaded = loadedFor(text);
    const rescale = warning('loss-plateau', '/data', [{ title: 'Set "normalizeTarget" to "standard"', path: '/data/normalizeTarget', value: 'standard', preferred: true }]);
    const [variant] = fixVariants(text, rescale, ctx(), loaded);
    const ys = rows.map((r) => Number(r.split(',')[2]));
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    const variance = ys.reduce((a, y) => a + (y - mean) ** 2, 0) / ys.length;
    assert.ok(Math.abs(variant.lossScale / variance - 1) < 1e-9, `${variant.lossScale} against the target variance ${variance}`);
    assert.equal(lossScaleFrom(loaded.spec, loaded.dataset, loaded), 1, 'the same targets: 1');
    assert.equal(fixVariants(text, lrFixes, ctx(), loaded)[0].lossScale, 1, 'a fix that leaves the targets alone: 1');
    // Trained, the rescaled fix is judged in the target's units: its loss is of the written run's order, not ~1.
    const trial = new TrainingTrial([variant], { kind: 'run', losses: [variance], valLosses: [] }, 3, 0.1);
    trial.advance(() => true);
    const [outcome] = trial.verdict.tried;
    assert.equal(outcome.rescaled, true);
    assert.ok(outcome.loss > 0.01 * variance, `${outcome.loss} in the target's units, against its variance ${variance}`);
  });
});
