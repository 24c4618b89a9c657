import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic } from '../../../src/spec/types';
import { baseSpec, errorAt, errors, rangeOfText, text } from './helpers';

/** baseSpec with a change applied to a copy. */
function variant(change: (spec: Record<string, any>) => void): string {
  const spec = baseSpec() as Record<string, any>;
  change(spec);
  return text(spec);
}

describe('spec parser: invalid values, each at its own range', () => {
  const cases: { name: string; source: string; path: string; message: RegExp; marks: string; occurrence?: number; code?: Diagnostic['code'] }[] = [
    {
      name: 'a negative unit count',
      source: variant((s) => (s.layers[0].units = -3)),
      path: '/layers/0/units',
      message: /^layers\[0\]\.units must be a positive integer, got -3/,
      marks: '-3',
    },
    {
      name: 'a fractional unit count',
      source: variant((s) => (s.layers[1].units = 2.5)),
      path: '/layers/1/units',
      message: /must be a positive integer, got 2\.5/,
      marks: '2.5',
    },
    {
      name: 'a misspelt activation',
      source: variant((s) => (s.layers[1].activation = 'sigmoud')),
      path: '/layers/1/activation',
      message: /unknown activation "sigmoud" \(did you mean "sigmoid"\?\); expected one of linear, relu, leaky_relu, elu, sigmoid, tanh, softmax/,
      marks: '"sigmoud"',
    },
    {
      name: 'a number written as a string',
      source: variant((s) => (s.optimizer = { lr: '0.01' })),
      path: '/optimizer/lr',
      message: /optimizer\.lr must be a number greater than 0, got "0\.01" \(a string; remove the quotes\)/,
      marks: '"0.01"',
    },
    {
      name: 'a zero learning rate',
      source: variant((s) => (s.optimizer = { type: 'sgd', lr: 0 })),
      path: '/optimizer/lr',
      message: /optimizer\.lr must be a number greater than 0, got 0/,
      marks: '0',
      occurrence: 0,
      code: 'lr-out-of-range',
    },
    {
      name: 'a validation split of 1',
      source: variant((s) => (s.training = { validationSplit: 1 })),
      path: '/training/validationSplit',
      message: /in \[0, 1\), got 1/,
      marks: '1',
      occurrence: 1,
    },
    {
      name: 'a dropout rate of 1',
      source: variant((s) => s.layers.splice(1, 0, { type: 'dropout', rate: 1 })),
      path: '/layers/1/rate',
      message: /layers\[1\]\.rate must be a number in \[0, 1\), got 1/,
      marks: '1',
      occurrence: 0,
    },
    {
      name: 'a string where a boolean belongs',
      source: variant((s) => (s.training = { shuffle: 'yes' })),
      path: '/training/shuffle',
      message: /training\.shuffle must be true or false, got "yes" \(a string\)/,
      marks: '"yes"',
    },
    {
      name: 'an unknown loss, suggested from another library\'s name',
      source: variant((s) => (s.loss = 'binary_crossentropy')),
      path: '/loss',
      message: /unknown loss "binary_crossentropy" \(did you mean "bce"\?\)/,
      marks: '"binary_crossentropy"',
    },
    {
      name: 'an unknown builtin data set',
      source: variant((s) => (s.data = { builtin: 'moon' })),
      path: '/data/builtin',
      message: /unknown builtin data set "moon" \(did you mean "moons"\?\)/,
      marks: '"moon"',
    },
    {
      name: 'a number too large to represent',
      source: variant((s) => (s.training = { epochs: 1 })).replace('"epochs": 1', '"epochs": 1e999'),
      path: '/training/epochs',
      message: /got 1e999 \(too large to represent\)/,
      marks: '1e999',
    },
    {
      name: 'a starting bias that would overflow the first forward pass (never blamed on the learning rate)',
      source: variant((s) => (s.layers[1].bias = 1e308)),
      path: '/layers/1/bias',
      message: /layers\[1\]\.bias must be a number from -1e18 to 1e18, got 1e\+308: .*overflow float32/,
      marks: '1e+308',
    },
    {
      name: 'an init scale that would overflow',
      source: variant((s) => (s.layers[0].init = { name: 'normal', std: 1e30 })),
      path: '/layers/0/init/std',
      message: /must be a number greater than 0 and at most 1e18, got 1e\+30/,
      marks: '1e+30',
    },
    {
      name: 'null as a layer',
      source: variant((s) => (s.layers[0] = null)),
      path: '/layers/0',
      message: /layers\[0\] must be a layer object .*, got null/,
      marks: 'null',
    },
  ];
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const d = errorAt(c.source, c.path, c.code);
      assert.match(d.message, c.message);
      assert.deepEqual(d.range, rangeOfText(c.source, c.marks, c.occurrence ?? 0));
    });
  }

  it('reports a rate of 0 or below as lr-out-of-range, an error whose fix is the optimizer\'s usual rate', () => {
    const zero = errorAt(variant((s) => (s.optimizer = { type: 'sgd', lr: 0, momentum: 0.9 })), '/optimizer/lr', 'lr-out-of-range');
    assert.match(zero.message, /got 0: the learning rate scales every update step, and a rate of 0 never moves the weights\. 0\.01 is the usual rate for sgd\./);
    assert.deepEqual(zero.suggestions, [{ title: 'Set "lr" to 0.01', path: '/optimizer/lr', value: 0.01, preferred: true }]);
    const negative = errorAt(variant((s) => (s.optimizer = { type: 'adam', lr: -0.001 })), '/optimizer/lr', 'lr-out-of-range');
    assert.match(negative.message, /got -0\.001: .*a negative rate steps up the loss, not down\. 0\.001 is the usual rate for adam\./);
    assert.equal(negative.suggestions?.[0].value, 0.001);
    errorAt(variant((s) => (s.optimizer = { lr: '0' })), '/optimizer/lr'); // a string is no rate at all: invalid-spec
    const unknownType = errorAt(variant((s) => (s.optimizer = { type: 'sgdd', lr: 0 })), '/optimizer/lr', 'lr-out-of-range');
    assert.doesNotMatch(unknownType.message, /usual rate/, 'no other optimizer\'s rate is offered');
    assert.equal(unknownType.suggestions, undefined);
  });

  it('reports an unknown key at the key, with the closest known key', () => {
    const source = variant((s) => (s.layers[0] = { type: 'dense', units: 4, activaton: 'relu' }));
    const d = errorAt(source, '/layers/0/activaton');
    assert.match(d.message, /unknown key "activaton" in layers\[0\] \(did you mean "activation"\?\); a dense layer takes only type, units, activation/);
    assert.deepEqual(d.range, rangeOfText(source, '"activaton"'));
  });

  it('suggests camelCase keys for snake_case spellings', () => {
    const d = errorAt(variant((s) => (s.training = { batch_size: 8 })), '/training/batch_size');
    assert.match(d.message, /did you mean "batchSize"\?/);
  });

  it('says where a top-level key belongs', () => {
    const d = errorAt(variant((s) => (s.epochs = 5)), '/epochs');
    assert.match(d.message, /"epochs" belongs inside "training"/);
  });

  it('reports missing required fields at the parent, saying what to add', () => {
    const source = variant((s) => {
      delete s.loss;
      delete s.layers[1].units;
    });
    const loss = errorAt(source, '/loss');
    assert.match(loss.message, /the spec needs "loss": .*"mse".*"bce".*"cce"/);
    assert.deepEqual(loss.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    const units = errorAt(source, '/layers/1/units');
    assert.match(units.message, /layers\[1\] needs "units": the number of neurons/);
    assert.deepEqual(units.range.start, rangeOfText(source, '{', 3).start);
  });

  it('requires exactly one data source', () => {
    assert.match(errorAt(variant((s) => (s.data = { samples: 5 })), '/data').message, /data needs exactly one source: "builtin"/);
    const two = variant((s) => (s.data = { builtin: 'xor', csv: 'a.csv' }));
    const d = errorAt(two, '/data/csv');
    assert.match(d.message, /more than one source \("builtin" and "csv"\)/);
    assert.deepEqual(d.range, rangeOfText(two, '"csv"'));
  });

  it('checks inline data shapes entry by entry, as data errors (a bad row, wherever written)', () => {
    const source = variant((s) => (s.data = { inline: { x: [[1, 2], [3], [4, 'a']], y: [0, 1] } }));
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.deepEqual(errors(parsed).map((d) => [d.path, d.code]), [['/data/inline/x/1', 'data-error'], ['/data/inline/x/2/1', 'data-error']]);
    const fixed = variant((s) => (s.data = { inline: { x: [[1], [2], [3]], y: [0, 1] } }));
    assert.match(errorAt(fixed, '/data/inline/y', 'data-error').message, /has 2 entries but data\.inline\.x has 3 rows/);
    assert.equal(errorAt(variant((s) => (s.data = { inline: { x: [[1], [2]] } })), '/data/inline/y').code, 'invalid-spec', 'a missing key is the spec\'s');
    assert.equal(errorAt(variant((s) => (s.data = { inline: { x: 'data.csv', y: [0, 1] } })), '/data/inline/x').code, 'invalid-spec', 'so is an x that is no list');
  });

  it('reports a column listed as both feature and target', () => {
    const d = errorAt(variant((s) => (s.data = { csv: 'a.csv', target: 'y', features: ['x', 'y'] })), '/data/features/1');
    assert.match(d.message, /column "y" is also the target/);
  });

  it('reports every problem of a file at once', () => {
    const source = variant((s) => {
      s.nam = 'typo';
      s.seed = 1.5;
      s.layers[0].units = 0;
      s.layers[1].activation = 'sigmod';
      s.loss = 'mae';
      s.optimizer = { type: 'adamw', lr: -1 };
      s.training = { epochs: 0, batchSize: 'big' };
      s.diagnostics = { patience: 0 };
    });
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.deepEqual(errors(parsed).map((d) => d.path).sort(), [
      '/diagnostics/patience',
      '/layers/0/units',
      '/layers/1/activation',
      '/loss',
      '/nam',
      '/optimizer/lr',
      '/optimizer/type',
      '/seed',
      '/training/batchSize',
      '/training/epochs',
    ]);
    const starts = parsed.diagnostics.map((d) => d.range.start.line * 1000 + d.range.start.character);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'listed in document order');
  });

  it('reports null in every block without throwing', () => {
    const source = '{"name": null, "seed": null, "data": null, "layers": null, "loss": null, "optimizer": null, "training": null, "diagnostics": null, "maxParams": null}';
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.equal(errors(parsed).length, 9);
    for (const d of errors(parsed)) assert.match(d.message, /got null/);
  });

  it('refuses a root that is not an object', () => {
    for (const source of ['[]', '42', '"spec"', 'null']) {
      const d = errorAt(source, '');
      assert.match(d.message, /must be a JSON object/);
      assert.deepEqual(d.range, rangeOfText(source, source));
    }
  });
});

describe('spec parser: warnings keep the spec usable', () => {
  it('warns about settings that have no effect, at the setting', () => {
    const source = variant((s) => {
      s.optimizer = { type: 'adam', momentum: 0.9 };
      s.layers[0].init = 'he_normal';
      s.layers[0].std = 0.1;
      s.data = { builtin: 'xor', classes: 3 };
    });
    const parsed = parseSpec(source);
    assert.ok(parsed.spec, 'warnings alone do not invalidate the spec');
    const warnings = parsed.diagnostics.filter((d) => d.severity === 'warning');
    assert.deepEqual(warnings.map((d) => d.path), ['/data/classes', '/layers/0/std', '/optimizer/momentum']);
    assert.match(warnings[1].message, /has no effect: "he_normal" does not use it; only "init": "normal" uses "std"/);
    assert.deepEqual(warnings[1].range, rangeOfText(source, '"std"'));
    assert.deepEqual(parsed.spec.data, { kind: 'builtin', name: 'xor', samples: 200, noise: 0.1, classes: 2, normalize: 'none' });
  });
});
