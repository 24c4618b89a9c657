import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import { DEFAULT_DIAGNOSTICS, ModelSpec } from '../../../src/spec/types';
import { baseSpec, rangeOfText, text, validSpec } from './helpers';

describe('spec parser: valid specs', () => {
  it('fills every default of a minimal spec', () => {
    const spec = validSpec(text(baseSpec()));
    const expected: ModelSpec = {
      name: 'model',
      seed: 1,
      data: { kind: 'builtin', name: 'xor', samples: 200, noise: 0.1, classes: 2, normalize: 'none' },
      layers: [
        { type: 'dense', units: 4, activation: 'relu', init: { name: 'he_normal' }, bias: 0, batchNorm: false },
        { type: 'dense', units: 1, activation: 'sigmoid', init: { name: 'xavier_uniform' }, bias: 0, batchNorm: false },
      ],
      loss: 'bce',
      optimizer: { type: 'adam', lr: 0.001, momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0 },
      training: { epochs: 100, batchSize: 32, shuffle: true, validationSplit: 0 },
      diagnostics: { ...DEFAULT_DIAGNOSTICS },
      maxParams: 10_000_000,
    };
    assert.deepEqual(spec, expected);
  });

  it('keeps every explicit value', () => {
    const source = text({
      $schema: './nn-spec.schema.json',
      name: 'full',
      seed: -7,
      maxParams: 5000,
      data: { builtin: 'spirals', samples: 90, noise: 0, classes: 3, normalize: 'minmax' },
      layers: [
        { type: 'dense', units: 5, activation: 'tanh', init: 'lecun_normal', bias: 0.5, batchNorm: true, name: 'hidden' },
        { type: 'dropout', rate: 0, name: 'drop' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
      loss: 'cce',
      optimizer: { type: 'sgd', lr: 0.2, momentum: 0.9, nesterov: true, weightDecay: 0.01, clipNorm: 2 },
      training: { epochs: 3, batchSize: 7, shuffle: false, validationSplit: 0.5 },
      diagnostics: { patience: 4, deadReluFraction: 1, explodingRatio: 10 },
    });
    const spec = validSpec(source, 'ignored');
    assert.equal(spec.name, 'full');
    assert.equal(spec.seed, -7);
    assert.equal(spec.maxParams, 5000);
    assert.deepEqual(spec.data, { kind: 'builtin', name: 'spirals', samples: 90, noise: 0, classes: 3, normalize: 'minmax' });
    assert.deepEqual(spec.layers[0], { type: 'dense', units: 5, activation: 'tanh', init: { name: 'lecun_normal' }, bias: 0.5, batchNorm: true, name: 'hidden' });
    assert.deepEqual(spec.layers[1], { type: 'dropout', rate: 0, name: 'drop' });
    assert.deepEqual(spec.optimizer, { type: 'sgd', lr: 0.2, momentum: 0.9, nesterov: true, weightDecay: 0.01, clipNorm: 2 });
    assert.deepEqual(spec.training, { epochs: 3, batchSize: 7, shuffle: false, validationSplit: 0.5 });
    assert.deepEqual(spec.diagnostics, { ...DEFAULT_DIAGNOSTICS, patience: 4, deadReluFraction: 1, explodingRatio: 10 });
  });

  it('takes the name from the caller when the spec has none', () => {
    assert.equal(validSpec(text(baseSpec()), 'houses').name, 'houses');
  });

  it('defaults the learning rate per optimizer', () => {
    const lr = (type: string) => validSpec(text({ ...baseSpec(), optimizer: { type } })).optimizer.lr;
    assert.deepEqual([lr('sgd'), lr('adam'), lr('rmsprop')], [0.01, 0.001, 0.001]);
  });

  it('resolves init names, parameters beside the name, and init objects', () => {
    const layers = [
      { type: 'dense', units: 2, activation: 'elu' },
      { type: 'dense', units: 2, init: 'normal', std: 0.3 },
      { type: 'dense', units: 2, init: 'normal' },
      { type: 'dense', units: 2, init: { name: 'uniform', limit: 0.2 } },
      { type: 'dense', units: 2, init: { name: 'constant' } },
      { type: 'dense', units: 1, init: 'constant', value: -1.5 },
    ];
    const spec = validSpec(text({ ...baseSpec(), layers }));
    const inits = spec.layers.map((l) => (l.type === 'dense' ? l.init : undefined));
    assert.deepEqual(inits, [
      { name: 'he_normal' },
      { name: 'normal', std: 0.3 },
      { name: 'normal', std: 0.05 },
      { name: 'uniform', limit: 0.2 },
      { name: 'constant', value: 0 },
      { name: 'constant', value: -1.5 },
    ]);
  });

  it('reads csv and inline data blocks', () => {
    const csv = validSpec(text({ ...baseSpec(), data: { csv: 'd.csv', target: 'y', features: ['a', 'b'], normalize: 'standard' } }));
    assert.deepEqual(csv.data, { kind: 'csv', path: 'd.csv', target: ['y'], features: ['a', 'b'], normalize: 'standard' });
    const many = validSpec(text({ ...baseSpec(), loss: 'mse', data: { csv: 'd.csv', target: ['y1', 'y2'] } }));
    assert.deepEqual(many.data, { kind: 'csv', path: 'd.csv', target: ['y1', 'y2'], normalize: 'none' });
    const inline = validSpec(text({ ...baseSpec(), data: { inline: { x: [[1], [2], [3]], y: ['b', 'a', 'b'] } } }));
    assert.deepEqual(inline.data, { kind: 'inline', x: [[1], [2], [3]], y: [1, 0, 1], classNames: ['a', 'b'], normalize: 'none' });
  });

  it('accepts the fixed class count of iris and ignores nothing silently', () => {
    const parsed = parseSpec(text({ ...baseSpec(), data: { builtin: 'iris', classes: 3 } }));
    assert.ok(parsed.spec);
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.spec.data, { kind: 'builtin', name: 'iris', samples: 150, noise: 0, classes: 3, normalize: 'none' });
  });
});

describe('spec parser: positions', () => {
  const source = text(baseSpec());

  it('rangeOf gives the exact range of a written value', () => {
    // Line 8 of the pretty-printed text is `      "activation": "relu"`.
    assert.deepEqual(parseSpec(source).rangeOf('/layers/0/activation'), { start: { line: 8, character: 20 }, end: { line: 8, character: 26 } });
    assert.deepEqual(parseSpec(source).rangeOf('/loss'), rangeOfText(source, '"bce"'));
    assert.deepEqual(parseSpec(source).rangeOf('/layers/1/units'), rangeOfText(source, '1', 0));
  });

  it('rangeOf of a missing value falls back to the first line of its nearest ancestor, from its key', () => {
    const parsed = parseSpec(source);
    // /data/samples is not written: the `"data": {` line stands in.
    assert.deepEqual(parsed.rangeOf('/data/samples'), { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } });
    // Deeper misses land on the same ancestor; a missing layer's field on its `{` line.
    assert.deepEqual(parsed.rangeOf('/optimizer/lr'), { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    assert.deepEqual(parsed.rangeOf('/layers/1/init'), { start: { line: 10, character: 4 }, end: { line: 10, character: 5 } });
  });

  it('rangeOf never throws, even for malformed pointers or a text without a tree', () => {
    const parsed = parseSpec(source);
    for (const pointer of ['', 'layers', '/layers/x', '/layers/99/units', '/~2', '/layers/0/activation/deeper']) {
      const range = parsed.rangeOf(pointer);
      assert.ok(range.start.line >= 0 && range.end.line <= 17, pointer);
    }
    assert.deepEqual(parseSpec('').rangeOf('/layers/0'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('has() tells written values from defaulted ones', () => {
    const parsed = parseSpec(source);
    assert.equal(parsed.has('/layers/0/activation'), true);
    assert.equal(parsed.has('/layers/0/init'), false);
    assert.equal(parsed.has('/optimizer/lr'), false);
    assert.equal(parsed.has('/layers/1'), true);
    assert.equal(parsed.has('/layers/2'), false);
    assert.equal(parsed.has(''), true);
  });

  it('counts lines the same with CRLF line ends', () => {
    const crlf = source.replace(/\n/g, '\r\n');
    const parsed = parseSpec(crlf);
    assert.ok(parsed.spec);
    assert.deepEqual(parsed.rangeOf('/layers/0/activation'), { start: { line: 8, character: 20 }, end: { line: 8, character: 26 } });
  });

  it('pointer keys with "/" and "~" are escaped as in RFC 6901', () => {
    const parsed = parseSpec('{"a/b": {"c~d": 1}}');
    assert.equal(parsed.has('/a~1b/c~0d'), true);
    assert.deepEqual(parsed.rangeOf('/a~1b/c~0d'), { start: { line: 0, character: 16 }, end: { line: 0, character: 17 } });
  });
});
