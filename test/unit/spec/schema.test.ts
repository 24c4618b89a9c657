import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as defaults from '../../../src/spec/defaults';
import { parseSpec } from '../../../src/spec/parse';
import { ACTIVATIONS, BUILTIN_DATASETS, DEFAULT_DIAGNOSTICS, INITS, LOSSES, NORMALIZATIONS, OPTIMIZERS } from '../../../src/spec/types';
import { BUILTIN_KEYS, CSV_KEYS, INLINE_KEYS } from '../../../src/spec/validate-data';
import { DENSE_KEYS, DROPOUT_KEYS, LAYER_TYPES } from '../../../src/spec/validate-layers';
import { TOP_LEVEL_KEYS } from '../../../src/spec/validate-spec';
import { DIAGNOSTICS_KEYS, OPTIMIZER_KEYS, TRAINING_KEYS } from '../../../src/spec/validate-training';
import { REPO_ROOT, specsIn } from '../helpers';
import { baseSpec } from './helpers';
import { Schema, schemaErrors } from './mini-schema';

const schema: Schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'src/spec/nn-spec.schema.json'), 'utf8'));
const top = schema.properties;
const [builtin, csv, inline] = top.data.oneOf as Schema[];
const [dense, dropout] = top.layers.items.oneOf as Schema[];
const [initName, initObject] = dense.properties.init.oneOf as Schema[];

const keys = (s: Schema) => Object.keys(s.properties).sort();
const sorted = (list: readonly string[]) => [...list].sort();

describe('nn-spec.schema.json', () => {
  it('is draft-07 and closed at every level', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    for (const s of [schema, builtin, csv, inline, inline.properties.inline, dense, dropout, initObject, top.optimizer, top.training, top.diagnostics]) {
      assert.equal(s.additionalProperties, false);
    }
  });

  it('lists the same names as the types', () => {
    assert.deepEqual(dense.properties.activation.enum, [...ACTIVATIONS]);
    assert.deepEqual(initName.enum, [...INITS]);
    assert.deepEqual(initObject.properties.name.enum, [...INITS]);
    assert.deepEqual(top.loss.enum, [...LOSSES]);
    assert.deepEqual(top.optimizer.properties.type.enum, [...OPTIMIZERS]);
    assert.deepEqual(builtin.properties.builtin.enum, [...BUILTIN_DATASETS]);
    for (const source of [builtin, csv, inline]) assert.deepEqual(source.properties.normalize.enum, [...NORMALIZATIONS]);
    assert.deepEqual([dense.properties.type.const, dropout.properties.type.const], [...LAYER_TYPES]);
  });

  it('allows the same keys as the validator', () => {
    assert.deepEqual(keys(schema), sorted(TOP_LEVEL_KEYS));
    assert.deepEqual(keys(builtin), sorted(BUILTIN_KEYS));
    assert.deepEqual(keys(csv), sorted(CSV_KEYS));
    assert.deepEqual(keys(inline), sorted(INLINE_KEYS));
    assert.deepEqual(keys(dense), sorted(DENSE_KEYS));
    assert.deepEqual(keys(dropout), sorted(DROPOUT_KEYS));
    assert.deepEqual(keys(top.optimizer), sorted(OPTIMIZER_KEYS));
    assert.deepEqual(keys(top.training), sorted(TRAINING_KEYS));
    assert.deepEqual(keys(top.diagnostics), sorted(DIAGNOSTICS_KEYS));
    assert.deepEqual(schema.required, ['data', 'layers', 'loss']);
  });

  it('documents the same defaults and limits as the parser', () => {
    assert.equal(top.seed.default, defaults.DEFAULT_SEED);
    assert.equal(top.maxParams.default, defaults.DEFAULT_MAX_PARAMS);
    assert.equal(builtin.properties.samples.default, defaults.DEFAULT_SAMPLES);
    assert.equal(builtin.properties.samples.maximum, defaults.MAX_SAMPLES);
    assert.equal(builtin.properties.noise.default, defaults.DEFAULT_NOISE);
    assert.equal(builtin.properties.noise.maximum, defaults.MAX_NOISE);
    assert.equal(builtin.properties.classes.default, defaults.DEFAULT_CLASSES);
    assert.equal(builtin.properties.classes.maximum, defaults.MAX_CLASSES);
    assert.equal(dense.properties.activation.default, defaults.DEFAULT_ACTIVATION);
    assert.equal(dense.properties.bias.default, defaults.DEFAULT_BIAS);
    assert.deepEqual([initObject.properties.std.default, initObject.properties.limit.default, initObject.properties.value.default], [
      defaults.DEFAULT_INIT_STD,
      defaults.DEFAULT_INIT_LIMIT,
      defaults.DEFAULT_INIT_VALUE,
    ]);
    assert.equal(top.optimizer.properties.type.default, defaults.DEFAULT_OPTIMIZER);
    for (const [key, value] of Object.entries(defaults.DEFAULT_TRAINING)) assert.equal(top.training.properties[key].default, value, key);
    for (const [key, value] of Object.entries(DEFAULT_DIAGNOSTICS)) assert.equal(top.diagnostics.properties[key].default, value, key);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const visit = (s: Schema, where: string) => {
      for (const [key, child] of Object.entries<Schema>(s.properties ?? {})) {
        if (typeof child.description !== 'string' || child.description.length < 10) missing.push(`${where}/${key}`);
        visit(child, `${where}/${key}`);
        (child.oneOf ?? []).forEach((branch: Schema, i: number) => visit(branch, `${where}/${key}/oneOf/${i}`));
      }
    };
    [schema, builtin, csv, inline, dense, dropout].forEach((s, i) => visit(s, String(i)));
    assert.deepEqual(missing, []);
  });

  it('accepts every example and fixture spec that the parser accepts', () => {
    const files = [...specsIn('examples'), ...specsIn('test/fixtures/healthy'), ...specsIn('test/fixtures/faults')];
    for (const file of files) {
      const source = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      if (!parseSpec(source).spec) continue;
      assert.deepEqual(schemaErrors(schema, JSON.parse(source)), [], file);
    }
  });

  it('agrees with the parser on valid and invalid variants', () => {
    const variants: Record<string, (s: Record<string, any>) => void> = {
      base: () => {},
      'csv data': (s) => (s.data = { csv: 'a.csv', target: ['y', 'z'], features: ['a'], normalize: 'standard' }),
      'inline labels': (s) => (s.data = { inline: { x: [[1], [2]], y: ['a', 'b'] } }),
      'inline rows': (s) => (s.data = { inline: { x: [[1], [2]], y: [[1, 2], [3, 4]] } }),
      'init object': (s) => (s.layers[0].init = { name: 'normal', std: 0.1 }),
      'init with sibling': (s) => Object.assign(s.layers[0], { init: 'uniform', limit: 0.3 }),
      dropout: (s) => s.layers.splice(1, 0, { type: 'dropout', rate: 0.5 }),
      'full optimizer': (s) => (s.optimizer = { type: 'sgd', lr: 0.1, momentum: 0.5, nesterov: true, weightDecay: 0, clipNorm: 1 }),
      'bad units': (s) => (s.layers[0].units = 0),
      'fractional units': (s) => (s.layers[0].units = 1.5),
      'bad activation': (s) => (s.layers[0].activation = 'swish'),
      'unknown key': (s) => (s.layers[0].activaton = 'relu'),
      'two sources': (s) => (s.data.csv = 'a.csv'),
      'no source': (s) => (s.data = { normalize: 'none' }),
      'no layers': (s) => (s.layers = []),
      'missing loss': (s) => delete s.loss,
      'rate 1': (s) => s.layers.splice(1, 0, { type: 'dropout', rate: 1 }),
      'zero lr': (s) => (s.optimizer = { lr: 0 }),
      'momentum 1': (s) => (s.optimizer = { type: 'sgd', momentum: 1 }),
      'split 1': (s) => (s.training = { validationSplit: 1 }),
      'zero epochs': (s) => (s.training = { epochs: 0 }),
      'too many samples': (s) => (s.data.samples = 2_000_000),
      'one class': (s) => (s.data = { builtin: 'blobs', classes: 1 }),
      'negative noise': (s) => (s.data.noise = -0.1),
      'huge noise': (s) => (s.data.noise = 1e308),
      'patience 0': (s) => (s.diagnostics = { patience: 0 }),
      'ratio 1': (s) => (s.diagnostics = { explodingRatio: 1 }),
      'zero std': (s) => (s.layers[0].init = { name: 'normal', std: 0 }),
      'init object without name': (s) => (s.layers[0].init = { std: 0.1 }),
      'empty name': (s) => (s.name = ''),
      'fractional seed': (s) => (s.seed = 0.5),
      'empty target list': (s) => (s.data = { csv: 'a.csv', target: [] }),
    };
    for (const [name, change] of Object.entries(variants)) {
      const spec = baseSpec() as Record<string, any>;
      change(spec);
      const parserValid = parseSpec(JSON.stringify(spec)).spec !== undefined;
      const schemaValid = schemaErrors(schema, spec).length === 0;
      assert.equal(schemaValid, parserValid, `${name}: parser says ${parserValid}, schema says ${schemaValid}`);
    }
  });
});
