/**
 * Writes this set's specs and meta.json (fault/healthy text before measurement):
 * `npx tsx test/faults-blind34/author.ts`. write-manifest.ts later adds the measured observe lines.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const here = __dirname;
const csv = (file: string, target: string | string[], normalize = 'standard', extra: Obj = {}): Obj =>
  ({ csv: `../data/${file}`, target, ...extra, ...(normalize === 'none' ? {} : { normalize }) });
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });
function spec(name: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 34): Obj {
  return { name, seed, data, layers, loss, optimizer, training };
}
const CO2Y = ['co2_t', 'yield_pct'];
const ALL3 = ['energy_kwh', 'co2_t', 'yield_pct'];
const PLANT_X = { features: ['temp_c', 'pressure_kpa', 'flow_lpm', 'humidity', 'rpm'] };

interface Fault { slug: string; code: string; stage: string; catches: string[]; fault: string; spec: Obj }
interface Healthy { slug: string; covers: string; spec: Obj }
const F = (code: string, slug: string, stage: string, extraCatches: string[], fault: string, s: Obj): Fault =>
  ({ slug: `${code}.${slug}`, code, stage, catches: [code, ...extraCatches], fault, spec: s });

const faults: Fault[] = [
  F('invalid-spec', 'loss-keras-name', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the 8-species classifier',
    spec('birds-keras-loss', csv('birds.csv', 'species'), [d(32, 'relu'), d(8, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), tr(100, 32))),
  F('invalid-spec', 'validation-percent', 'static', [], 'validationSplit written 20 (meant 20%) on the plant regression',
    spec('plant-val-percent', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.01), tr(200, 32, { validationSplit: 20 }))),
  F('invalid-spec', 'optimizer-adamw', 'static', [], 'optimizer type "adamw" (PyTorch name), which the spec does not offer',
    spec('parts-adamw', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('adamw', 0.001, { weightDecay: 0.01 }), tr(100, 32))),
  F('data-error', 'target-column-case', 'static', [], 'target "Species" while the CSV header says "species"',
    spec('birds-target-case', csv('birds.csv', 'Species'), [d(32, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('data-error', 'question-mark-gaps', 'static', [], 'parts-gaps.csv marks missing hardness readings with "?" (every 37th row from line 13)',
    spec('parts-gaps', csv('parts-gaps.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('data-error', 'path-from-repo-root', 'static', [], 'csv path written from the set folder ("data/plant.csv") instead of relative to the spec ("../data/plant.csv"): no such file',
    spec('plant-bad-path', { csv: 'data/plant.csv', target: CO2Y, normalize: 'standard' }, [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.01), tr(200, 32))),
  F('shape-mismatch', 'six-of-eight-species', 'static', [], 'softmax output of 6 units for the 8 species (the two rare ones forgotten)',
    spec('birds-six-outputs', csv('birds.csv', 'species'), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('shape-mismatch', 'three-targets-one-output', 'static', [], 'three regression targets (energy, co2, yield) but a single linear output unit',
    spec('plant-one-output', csv('plant.csv', ALL3, 'standard', PLANT_X), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(200, 32))),
  F('shape-mismatch', 'five-defect-classes', 'static', [], 'softmax output of 5 units while defect takes 6 values 0..5 (rare class 5 forgotten)',
    spec('parts-five-outputs', csv('parts.csv', 'defect'), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('loss-activation-mismatch', 'linear-logits-cce', 'static', [], 'cce on a linear 6-unit output (logits habit from frameworks whose loss applies softmax)',
    spec('parts-linear-cce', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'linear')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('loss-activation-mismatch', 'sigmoid-multiclass', 'static', [], 'cce over 8 species on an 8-unit sigmoid output instead of softmax',
    spec('birds-sigmoid-cce', csv('birds.csv', 'species'), [d(32, 'relu'), d(8, 'sigmoid')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('loss-activation-mismatch', 'softmax-single-unit-bce', 'static', [], 'bce on a single softmax unit (always outputs 1) on moons',
    spec('moons-softmax-bce', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(1, 'softmax')], 'bce', opt('adam', 0.01), tr(100, 32))),
  F('init-symmetry', 'zeros-hidden', 'static', [], 'zeros init on both hidden layers of the defect classifier (only biases and output can learn)',
    spec('parts-zeros', csv('parts.csv', 'defect'), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(6, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32))),
  F('init-symmetry', 'constant-all', 'static', [], 'init constant 0.05 on every layer of the plant regression (copied "small positive init" tip): all units stay identical',
    spec('plant-constant', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(24, 'tanh', { init: 'constant', value: 0.05 }), d(24, 'tanh', { init: 'constant', value: 0.05 }), d(2, 'linear', { init: 'constant', value: 0.05 })], 'mse', opt('adam', 0.01), tr(200, 32))),
  F('init-scale', 'normal-std-3', 'probe', ['exploding-gradient', 'dead-relu'], 'init normal std 3 on the relu hidden layers of the species net (std meant for unscaled pixel data)',
    spec('birds-std3', csv('birds.csv', 'species'), [d(64, 'relu', { init: 'normal', std: 3 }), d(64, 'relu', { init: 'normal', std: 3 }), d(8, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32))),
  F('init-scale', 'tiny-uniform-deep-tanh', 'probe', ['vanishing-gradient'], 'uniform init limit 0.001 on four tanh layers: signals and gradients shrink ~1000x per layer',
    spec('parts-tiny-init', csv('parts.csv', 'defect'), [d(32, 'tanh', { init: 'uniform', limit: 0.001 }), d(32, 'tanh', { init: 'uniform', limit: 0.001 }), d(32, 'tanh', { init: 'uniform', limit: 0.001 }), d(32, 'tanh', { init: 'uniform', limit: 0.001 }), d(6, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32))),
  F('no-nonlinearity', 'circles-linear-hidden', 'static', [], 'hidden layers left without activation (linear) on circles: a linear classifier in disguise',
    spec('circles-linear', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32))),
  F('no-nonlinearity', 'plant-linear-stack', 'static', [], 'activation "linear" written on all three hidden layers of the plant regression (yield depends on temp squared)',
    spec('plant-linear', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(2)], 'mse', opt('adam', 0.01), tr(300, 32))),
  F('lr-out-of-range', 'adam-lr-3', 'static', ['lr-too-high', 'nan-loss'], 'adam lr 3 (meant 3e-3) on the species classifier',
    spec('birds-adam-3', csv('birds.csv', 'species'), [d(32, 'relu'), d(16, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 3), tr(100, 32))),
  F('lr-out-of-range', 'sgd-lr-1e-7', 'static', ['lr-too-low', 'loss-plateau'], 'sgd lr 1e-7 (typo, meant 1e-2) on the plant regression',
    spec('plant-sgd-1e-7', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'relu'), d(2)], 'mse', opt('sgd', 1e-7, { momentum: 0.9 }), tr(200, 32))),
  F('lr-too-high', 'adam-0.1-parts', 'training', ['oscillating-loss', 'dead-relu'], 'adam lr 0.1 on the 3-layer defect classifier, batch 16',
    spec('parts-adam-0.1', csv('parts.csv', 'defect'), [d(48, 'relu'), d(24, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.1), tr(100, 16))),
  F('lr-too-high', 'rmsprop-0.05-birds', 'training', ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.05 on the species net (rmsprop is usually run near 1e-3)',
    spec('birds-rmsprop-0.05', csv('birds.csv', 'species'), [d(64, 'relu'), d(32, 'relu'), d(8, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(100, 32))),
  F('lr-too-high', 'sgd-momentum-plant', 'training', ['oscillating-loss', 'exploding-gradient', 'nan-loss'], 'sgd lr 0.2 with momentum 0.9 on the unscaled plant targets (yield ~82)',
    spec('plant-sgd-0.2', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'tanh'), d(2)], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), tr(100, 32))),
  F('lr-too-low', 'sgd-5e-4-parts', 'training', ['loss-plateau'], 'plain sgd lr 5e-4, batch 128, stopped at 40 epochs: barely moves',
    spec('parts-sgd-slow', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('sgd', 0.0005), tr(40, 128))),
  F('lr-too-low', 'adam-3e-5-birds', 'training', ['loss-plateau'], 'adam lr 3e-5 for 60 epochs on the species net',
    spec('birds-adam-slow', csv('birds.csv', 'species'), [d(32, 'relu'), d(16, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.00003), tr(60, 64))),
  F('dead-relu', 'negative-bias', 'probe', [], 'relu hidden layers initialised with bias -5 (misread "bias init" tip) on the plant regression',
    spec('plant-neg-bias', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(2)], 'mse', opt('adam', 0.005), tr(200, 32))),
  F('dead-relu', 'unscaled-birds-adam', 'training', ['lr-too-high'], 'relu net on unscaled bird features (song_hz ~4200, mass up to ~900) with adam 0.05',
    spec('birds-unscaled-relu', csv('birds.csv', 'species', 'none'), [d(32, 'relu'), d(32, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.05), tr(100, 32))),
  F('vanishing-gradient', 'deep-sigmoid-parts', 'training', ['saturated-activation'], 'five sigmoid hidden layers trained with plain sgd 0.05 on the defect classifier',
    spec('parts-deep-sigmoid', csv('parts.csv', 'defect'), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(6, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32))),
  F('vanishing-gradient', 'deep-sigmoid-small-init', 'probe', ['init-scale'], 'four sigmoid layers with init normal std 0.05 on the plant regression, sgd momentum',
    spec('plant-deep-sigmoid', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'sigmoid', { init: 'normal' }), d(32, 'sigmoid', { init: 'normal' }), d(32, 'sigmoid', { init: 'normal' }), d(32, 'sigmoid', { init: 'normal' }), d(2)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32))),
  F('nan-loss', 'unscaled-plant-sgd', 'training', ['exploding-gradient', 'lr-too-high'], 'plant features left unscaled (rpm ~2900, pressure ~1450) with sgd 1e-3 momentum 0.9 on a relu net',
    spec('plant-unscaled-sgd', csv('plant.csv', CO2Y, 'none', PLANT_X), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32))),
  F('nan-loss', 'deep-relu-std-0.5', 'probe', ['init-scale', 'exploding-gradient'], 'five 32-unit relu layers with init normal std 0.5 (twice He): activations grow ~2x per layer, regression of energy',
    spec('plant-deep-wide-init', csv('plant.csv', ALL3, 'standard', PLANT_X), [d(32, 'relu', { init: 'normal', std: 0.5 }), d(32, 'relu', { init: 'normal', std: 0.5 }), d(32, 'relu', { init: 'normal', std: 0.5 }), d(32, 'relu', { init: 'normal', std: 0.5 }), d(32, 'relu', { init: 'normal', std: 0.5 }), d(3)], 'mse', opt('sgd', 0.001), tr(60, 64))),
  F('saturated-activation', 'sigmoid-unscaled-birds', 'probe', ['vanishing-gradient'], 'sigmoid hidden layer on unscaled bird features (song_hz ~4200, altitude ~1000)',
    spec('birds-sigmoid-unscaled', csv('birds.csv', 'species', 'none'), [d(32, 'sigmoid'), d(8, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32))),
  F('saturated-activation', 'tanh-std-1', 'probe', ['init-scale', 'vanishing-gradient'], 'tanh layers with init normal std 1 on 7 standardized features (pre-activations std ~2.6)',
    spec('parts-tanh-std1', csv('parts.csv', 'defect'), [d(48, 'tanh', { init: 'normal', std: 1 }), d(48, 'tanh', { init: 'normal', std: 1 }), d(6, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32))),
  F('loss-plateau', 'heavy-weight-decay', 'training', [], 'weightDecay 0.3 (meant 3e-4) with adam on the species net: pinned near the class prior',
    spec('birds-heavy-wd', csv('birds.csv', 'species'), [d(32, 'relu'), d(16, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 0.3 }), tr(100, 32))),
  F('loss-plateau', 'sigmoid-output-yield', 'training', ['loss-activation-mismatch', 'saturated-activation'], 'sigmoid output for yield_pct (60-95): cannot exceed 1, loss stalls',
    spec('plant-sigmoid-yield', csv('plant.csv', 'yield_pct', 'standard', PLANT_X), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.01), tr(150, 32))),
  F('nan-loss', 'momentum-0.99-batch-4', 'training', ['lr-too-high', 'exploding-gradient', 'oscillating-loss'], 'sgd lr 0.02 momentum 0.99, batch 4 on the co2/yield regression',
    spec('plant-momentum-0.99', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'tanh'), d(2)], 'mse', opt('sgd', 0.02, { momentum: 0.99 }), tr(60, 4))),
  F('oscillating-loss', 'rmsprop-batch-1', 'training', ['lr-too-high'], 'rmsprop lr 0.02 with batch size 1 on the defect classifier',
    spec('parts-rmsprop-b1', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('rmsprop', 0.02), tr(40, 1))),
  F('exploding-gradient', 'unscaled-energy-sgd', 'training', ['nan-loss', 'lr-too-high'], 'all three targets incl. energy_kwh (~420) with unscaled features and sgd lr 0.01',
    spec('plant-energy-nan', csv('plant.csv', ALL3, 'none', PLANT_X), [d(16, 'relu'), d(3)], 'mse', opt('sgd', 0.01), tr(50, 32))),
  F('lr-too-high', 'unscaled-birds-sgd-momentum', 'training', ['nan-loss', 'exploding-gradient', 'dead-relu'], 'unscaled bird features (song_hz ~4200) with sgd lr 0.05 momentum 0.9 on an elu net',
    spec('birds-unscaled-sgd', csv('birds.csv', 'species', 'none'), [d(32, 'elu'), d(8, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(50, 32))),
  F('exploding-gradient', 'unscaled-plant-sgd-small-lr', 'training', ['nan-loss', 'lr-too-high'], 'plant features left unscaled (rpm ~2900) with plain sgd lr 1e-5 "to be safe": gradients still grow',
    spec('plant-unscaled-small-sgd', csv('plant.csv', CO2Y, 'none', PLANT_X), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('sgd', 0.00001), tr(60, 32))),
  F('oscillating-loss', 'adam-0.03-batch-2', 'training', ['lr-too-high'], 'adam lr 0.03 with batch size 2 on the defect classifier',
    spec('parts-adam-b2', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.03), tr(40, 2))),
];

const H = (slug: string, covers: string, s: Obj): Healthy => ({ slug, covers, spec: s });
const healthy: Healthy[] = [
  H('plant-co2-yield-adam', 'plant.csv co2+yield standard, [32 relu, 16 relu, 2 linear], mse, adam 0.01, batch 32, 300 epochs, val 0.2',
    spec('plant-co2-yield-adam', csv('plant.csv', CO2Y, 'standard', PLANT_X), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('adam', 0.01), tr(300, 32, { validationSplit: 0.2 }))),
  H('plant-three-targets-elu', 'plant.csv energy+co2+yield minmax, [32 elu, 32 elu, 3 linear], mse, adam 0.03, batch 64, 600 epochs',
    spec('plant-three-targets-elu', csv('plant.csv', ALL3, 'minmax', PLANT_X), [d(32, 'elu'), d(32, 'elu'), d(3)], 'mse', opt('adam', 0.03), tr(600, 64))),
  H('plant-yield-tanh-rmsprop', 'plant.csv yield standard, [24 tanh, 1 linear], rmsprop 0.01, batch 16, 300 epochs',
    spec('plant-yield-tanh-rmsprop', csv('plant.csv', 'yield_pct', 'standard', PLANT_X), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.01), tr(300, 16))),
  H('plant-co2-leaky-sgd', 'plant.csv co2 standard, [16 leaky_relu, 1 linear], sgd 0.01 momentum 0.9, batch 32, 300 epochs',
    spec('plant-co2-leaky-sgd', csv('plant.csv', 'co2_t', 'standard', PLANT_X), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(300, 32))),
  H('plant-yield-batchnorm-dropout', 'plant.csv yield standard, [32 relu bn, dropout 0.1, 16 relu bn, 1 linear], adam 0.01, batch 64, 300 epochs',
    spec('plant-yield-batchnorm-dropout', csv('plant.csv', 'yield_pct', 'standard', PLANT_X), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.01), tr(300, 64))),
  H('plant-co2-rmsprop-small', 'plant.csv co2 minmax, [16 tanh, 1 linear], rmsprop 0.0005 (small but fine), batch 32, 600 epochs',
    spec('plant-co2-rmsprop-small', csv('plant.csv', 'co2_t', 'minmax', PLANT_X), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(600, 32))),
  H('birds-adam-val', 'birds.csv species (8 string classes, 2 rare) standard, [32 relu, 16 relu, 8 softmax], cce, adam 0.005, batch 32, 150 epochs, val 0.2',
    spec('birds-adam-val', csv('birds.csv', 'species'), [d(32, 'relu'), d(16, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32, { validationSplit: 0.2 }))),
  H('birds-tanh-rmsprop-b128', 'birds.csv standard, [64 tanh, 8 softmax], rmsprop 0.002, batch 128, 300 epochs',
    spec('birds-tanh-rmsprop-b128', csv('birds.csv', 'species'), [d(64, 'tanh'), d(8, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(300, 128))),
  H('birds-elu-nesterov', 'birds.csv minmax, [32 elu, 32 elu, 8 softmax], sgd 0.05 nesterov momentum 0.9, batch 16, 200 epochs',
    spec('birds-elu-nesterov', csv('birds.csv', 'species', 'minmax'), [d(32, 'elu'), d(32, 'elu'), d(8, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 16))),
  H('birds-full-batch-adam', 'birds.csv standard, full batch 640, [24 relu, 24 relu, 8 softmax], adam 0.03, 500 epochs',
    spec('birds-full-batch-adam', csv('birds.csv', 'species'), [d(24, 'relu'), d(24, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.03), tr(500, 640))),
  H('birds-batchnorm-dropout', 'birds.csv standard, [48 relu bn, dropout 0.2, 24 relu, 8 softmax], adam 0.003, batch 64, 120 epochs, val 0.15',
    spec('birds-batchnorm-dropout', csv('birds.csv', 'species'), [d(48, 'relu', { batchNorm: true }), drop(0.2), d(24, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 64, { validationSplit: 0.15 }))),
  H('birds-five-layers-wd', 'birds.csv standard, [32, 32, 24, 16 relu, 8 softmax] (depth 5), adam 0.002 weightDecay 1e-4, batch 32, 200 epochs',
    spec('birds-five-layers-wd', csv('birds.csv', 'species'), [d(32, 'relu'), d(32, 'relu'), d(24, 'relu'), d(16, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 0.0001 }), tr(200, 32))),
  H('birds-short-run', 'birds.csv standard, [32 relu, 8 softmax], adam 0.01, batch 16, stopped at 25 epochs',
    spec('birds-short-run', csv('birds.csv', 'species'), [d(32, 'relu'), d(8, 'softmax')], 'cce', opt('adam', 0.01), tr(25, 16))),
  H('parts-adam', 'parts.csv defect (6 integer classes, class 5 rare) standard, [32 relu, 6 softmax], adam 0.01, batch 32, 200 epochs',
    spec('parts-adam', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32))),
  H('parts-leaky-sgd-b128', 'parts.csv standard, [48 leaky_relu, 24 leaky_relu, 6 softmax], sgd 0.05 momentum 0.9, batch 128, 400 epochs',
    spec('parts-leaky-sgd-b128', csv('parts.csv', 'defect'), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(6, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(400, 128))),
  H('parts-batch-1-sgd', 'parts.csv standard, [16 tanh, 6 softmax], sgd 0.005, batch 1, 30 epochs',
    spec('parts-batch-1-sgd', csv('parts.csv', 'defect'), [d(16, 'tanh'), d(6, 'softmax')], 'cce', opt('sgd', 0.005), tr(30, 1))),
  H('parts-sigmoid-hidden', 'parts.csv minmax, [32 sigmoid, 6 softmax], adam 0.01, batch 64, 300 epochs',
    spec('parts-sigmoid-hidden', csv('parts.csv', 'defect', 'minmax'), [d(32, 'sigmoid'), d(6, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 64))),
  H('parts-rmsprop-clip-val', 'parts.csv standard, [32 relu, 16 relu, 6 softmax], rmsprop 0.001 clipNorm 1, batch 16, 60 epochs, val 0.15',
    spec('parts-rmsprop-clip-val', csv('parts.csv', 'defect'), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', opt('rmsprop', 0.001, { clipNorm: 1 }), tr(60, 16, { validationSplit: 0.15 }))),
  H('parts-full-batch-large-lr', 'parts.csv standard, full batch 560, [32 relu, 6 softmax], adam 0.05 (large but fine), 300 epochs',
    spec('parts-full-batch-large-lr', csv('parts.csv', 'defect'), [d(32, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.05), tr(300, 560))),
  H('parts-adam-small-lr', 'parts.csv standard, [32 relu, 16 relu, 6 softmax], adam 0.0005 (small but fine), batch 16, 400 epochs',
    spec('parts-adam-small-lr', csv('parts.csv', 'defect'), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.0005), tr(400, 16))),
  H('parts-elu-lecun-wd', 'parts.csv standard, [32 elu lecun_normal, 6 softmax], sgd 0.03 nesterov 0.9 weightDecay 1e-3, batch 32, 150 epochs',
    spec('parts-elu-lecun-wd', csv('parts.csv', 'defect'), [d(32, 'elu', { init: 'lecun_normal' }), d(6, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true, weightDecay: 0.001 }), tr(150, 32))),
  H('xor-tanh-adam', 'builtin xor, [8 tanh, 1 sigmoid], bce, adam 0.05, batch 16, 200 epochs',
    spec('xor-tanh-adam', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 16))),
  H('circles-relu-sgd', 'builtin circles 400, [16 relu, 16 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 32, 200 epochs',
    spec('circles-relu-sgd', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 32))),
  H('moons-elu-rmsprop', 'builtin moons 300 noise 0.2, [12 elu, 1 sigmoid], bce, rmsprop 0.01, batch 8, 100 epochs',
    spec('moons-elu-rmsprop', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(100, 8))),
  H('spirals-three-adam', 'builtin spirals 3 classes 450, [64 relu, 64 relu, 3 softmax], cce, adam 0.01, batch 32, 600 epochs',
    spec('spirals-three-adam', { builtin: 'spirals', samples: 450, classes: 3, noise: 0.1 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(600, 32))),
  H('blobs-five-sgd', 'builtin blobs 5 classes 500, [16 relu, 5 softmax], cce, sgd 0.1, batch 64, 100 epochs',
    spec('blobs-five-sgd', { builtin: 'blobs', samples: 500, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 64))),
  H('blobs-ten-b256', 'builtin blobs 10 classes 800, [32 relu, 10 softmax], cce, adam 0.005, batch 256, 300 epochs',
    spec('blobs-ten-b256', { builtin: 'blobs', samples: 800, classes: 10 }, [d(32, 'relu'), d(10, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 256))),
  H('sine-tanh-adam', 'builtin sine 300, [32 tanh, 32 tanh, 1 linear], mse, adam 0.01, batch 16, 500 epochs',
    spec('sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.1 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(500, 16))),
  H('iris-relu-adam-val', 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 8, 150 epochs, val 0.2',
    spec('iris-relu-adam-val', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 8, { validationSplit: 0.2 }))),
  H('iris-full-batch-rmsprop', 'builtin iris minmax, full batch 150, [10 tanh, 3 softmax], rmsprop 0.01, 400 epochs',
    spec('iris-full-batch-rmsprop', { builtin: 'iris', normalize: 'minmax' }, [d(10, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.01), tr(400, 150))),
  H('inline-two-targets', 'inline 24 rows, 2 regression targets of different scale, [8 tanh, 2 linear], adam 0.02, full batch, 1500 epochs',
    spec('inline-two-targets', { inline: inlineTwoTargets() }, [d(8, 'tanh'), d(2)], 'mse', opt('adam', 0.02), tr(1500, 24))),
  H('inline-onehot-four', 'inline 20 rows one-hot 4 classes, [8 relu, 4 softmax], cce, adam 0.05, batch 5, 300 epochs',
    spec('inline-onehot-four', { inline: inlineOneHot() }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), tr(300, 5))),
];

function inlineTwoTargets(): Obj {
  const x: number[][] = [], y: number[][] = [];
  for (let i = 0; i < 24; i++) {
    const a = -1 + (2 * i) / 23, b = Math.cos(i * 1.7);
    x.push([Math.round(a * 1000) / 1000, Math.round(b * 1000) / 1000]);
    y.push([Math.round((3 * a * a + b) * 1000) / 1000, Math.round((40 + 25 * a - 10 * b) * 10) / 10]);
  }
  return { x, y };
}

function inlineOneHot(): Obj {
  const x: number[][] = [], y: number[][] = [];
  for (let i = 0; i < 20; i++) {
    const k = i % 4, jitter = ((i * 7) % 5) / 10 - 0.2;
    x.push([(k % 2 ? 1 : -1) + jitter, (k < 2 ? 1 : -1) - jitter / 2]);
    y.push([0, 1, 2, 3].map((c) => (c === k ? 1 : 0)));
  }
  return { x, y };
}

for (const f of faults) fs.writeFileSync(path.join(here, 'faulty', `${f.slug}.nn.json`), JSON.stringify(f.spec, null, 2) + '\n');
for (const h of healthy) fs.writeFileSync(path.join(here, 'healthy', `${h.slug}.nn.json`), JSON.stringify(h.spec, null, 2) + '\n');
fs.writeFileSync(path.join(here, 'meta.json'), JSON.stringify({
  faults: faults.map(({ slug, code, stage, catches, fault }) => ({ file: `faulty/${slug}.nn.json`, code, fault, stage, catches })),
  healthy: healthy.map(({ slug, covers }) => ({ file: `healthy/${slug}.nn.json`, covers })),
}, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
