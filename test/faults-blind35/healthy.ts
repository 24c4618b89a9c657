/** The healthy specs of test/faults-blind35 (see specs.ts). */
import { dense, spec, survey, glyphs, digits, tiles, textures, T } from './specs';
import type { Healthy } from './specs';

const b = (builtin: string, extra: Record<string, unknown> = {}) => ({ builtin, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });

/** A 4x4 inline set: 2 classes, "vertical edge" vs "horizontal edge" with a few noisy pixels. */
function inlineEdges(): { x: number[][]; y: number[] } {
  const x: number[][] = [], y: number[] = [];
  for (let n = 0; n < 24; n++) {
    const vertical = n % 2 === 0, px: number[] = [];
    for (let i = 0; i < 16; i++) { const r = i >> 2, c = i & 3; px.push((vertical ? c < 2 : r < 2) ? 0.9 : 0.1); }
    px[(n * 5) % 16] = px[(n * 5) % 16] > 0.5 ? 0.3 : 0.7;
    x.push(px); y.push(vertical ? 1 : 0);
  }
  return { x, y };
}

/** Inline regression: 3 one-hot size classes + 2 numbers -> price. */
function inlinePrices(): { x: number[][]; y: number[] } {
  const x: number[][] = [], y: number[] = [];
  for (let n = 0; n < 30; n++) {
    const k = n % 3, a = ((n * 7) % 10) / 10, c = ((n * 3) % 7) / 7;
    x.push([k === 0 ? 1 : 0, k === 1 ? 1 : 0, k === 2 ? 1 : 0, a, c]);
    y.push(Number((1 + k * 0.8 + 1.5 * a - 0.7 * c + (((n * 13) % 5) - 2) * 0.03).toFixed(3)));
  }
  return { x, y };
}

export const healthy: Healthy[] = [
  { slug: 'glyphs-adam-wide', covers: 'glyphs.csv raw 0..1, [64 relu, 5 softmax], cce, adam 0.002, batch 32, 60 epochs', spec: spec('glyphs adam', glyphs(), [dense(64, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, T(60, 32)) },
  { slug: 'glyphs-sgd-momentum-dropout', covers: 'glyphs.csv, [96 relu, dropout 0.3, 32 relu, 5 softmax], sgd 0.05 momentum 0.9, batch 16', spec: spec('glyphs sgd dropout', glyphs(), [dense(96, 'relu'), drop(0.3), dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(60, 16)) },
  { slug: 'glyphs-rmsprop-tanh', covers: 'glyphs.csv standard, [48 tanh, 5 softmax], rmsprop 0.001, batch 32', spec: spec('glyphs rmsprop tanh', glyphs('standard'), [dense(48, 'tanh'), dense(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(60, 32)) },
  { slug: 'glyphs-elu-batchnorm', covers: 'glyphs.csv, [64 elu batchNorm, 32 elu batchNorm, 5 softmax], adam 0.001', spec: spec('glyphs bn', glyphs(), [dense(64, 'elu', { batchNorm: true }), dense(32, 'elu', { batchNorm: true }), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(50, 32)) },
  { slug: 'glyphs-full-batch-long', covers: 'glyphs.csv, [32 leaky_relu, 5 softmax], adam 0.01, full batch (400), 400 epochs', spec: spec('glyphs full batch', glyphs(), [dense(32, 'leaky_relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(400, 400, 0)) },
  { slug: 'digits-adam-two-layers', covers: 'digits8.csv minmax, [128 relu, 64 relu, 10 softmax], adam 0.001, batch 32', spec: spec('digits adam', digits(), [dense(128, 'relu'), dense(64, 'relu'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(40, 32)) },
  { slug: 'digits-standard-sgd-nesterov', covers: 'digits8.csv standard, [64 relu, 10 softmax], sgd 0.02 nesterov 0.9, weightDecay 1e-4', spec: spec('digits nesterov', digits('standard'), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true, weightDecay: 0.0001 }, T(50, 32)) },
  { slug: 'digits-sigmoid-hidden-adam', covers: 'digits8.csv minmax, [48 sigmoid, 10 softmax], adam 0.005, batch 64', spec: spec('digits sigmoid', digits(), [dense(48, 'sigmoid'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80, 64)) },
  { slug: 'digits-rmsprop-dropout-clip', covers: 'digits8.csv minmax, [96 relu, dropout 0.2, 10 softmax], rmsprop 0.0005, clipNorm 5', spec: spec('digits rmsprop', digits(), [dense(96, 'relu'), drop(0.2), dense(10, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.0005, clipNorm: 5 }, T(50, 32)) },
  { slug: 'digits-deep-he-uniform', covers: 'digits8.csv minmax, 4 hidden relu (64,48,32,16 he_uniform), adam 0.001, 60 epochs', spec: spec('digits deep', digits(), [dense(64, 'relu', { init: 'he_uniform' }), dense(48, 'relu', { init: 'he_uniform' }), dense(32, 'relu', { init: 'he_uniform' }), dense(16, 'relu', { init: 'he_uniform' }), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(60, 32)) },
  { slug: 'survey-adam-small', covers: 'survey.csv one-hot + age/tenure standard, [8 relu, 1 sigmoid], bce, adam 0.002, 30 epochs', spec: spec('survey adam', survey(), [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(30, 32)) },
  { slug: 'survey-minmax-sgd', covers: 'survey.csv minmax, [32 tanh, 1 sigmoid], sgd 0.02 momentum 0.9, batch 16, 30 epochs', spec: spec('survey sgd', survey('minmax'), [dense(32, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(30, 16)) },
  { slug: 'survey-wide-weight-decay', covers: 'survey.csv standard, [128 relu, dropout 0.5, 1 sigmoid], adam 0.001 weightDecay 1e-3', spec: spec('survey wide wd', survey(), [dense(128, 'relu'), drop(0.5), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001, weightDecay: 0.001 }, T(60, 32)) },
  { slug: 'survey-logistic-regression', covers: 'survey.csv standard, [1 sigmoid] (logistic regression, no hidden layer), rmsprop 0.01, full batch', spec: spec('survey logistic', survey(), [dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, T(200, 450, 0)) },
  { slug: 'survey-batch1-short', covers: 'survey.csv standard, [12 leaky_relu, 1 sigmoid], sgd 0.005, batch 1, 10 epochs', spec: spec('survey batch1', survey(), [dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, T(10, 1)) },
  { slug: 'tiles-adam-regression', covers: 'tiles.csv standard, [32 relu, 1 linear], mse, adam 0.003, batch 32, 150 epochs', spec: spec('tiles adam', tiles(), [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32)) },
  { slug: 'tiles-minmax-sgd-clip', covers: 'tiles.csv minmax, [24 tanh, 12 tanh, 1 linear], sgd 0.02 momentum 0.9 clipNorm 1', spec: spec('tiles sgd clip', tiles('minmax'), [dense(24, 'tanh'), dense(12, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, clipNorm: 1 }, T(150, 16)) },
  { slug: 'tiles-linear-model', covers: 'tiles.csv standard, [1 linear] (linear regression is right for a linear target), sgd 0.01', spec: spec('tiles linear', tiles(), [dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32)) },
  { slug: 'tiles-rmsprop-elu-bn', covers: 'tiles.csv standard, [32 elu batchNorm, 16 elu, 1 linear], rmsprop 0.001', spec: spec('tiles rmsprop bn', tiles(), [dense(32, 'elu', { batchNorm: true }), dense(16, 'elu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(120, 32)) },
  { slug: 'textures-adam-tanh', covers: 'textures.csv 0..1, [32 tanh, 3 softmax], adam 0.005, batch 16', spec: spec('textures adam', textures(), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80, 16)) },
  { slug: 'textures-deep-relu-sgd', covers: 'textures.csv standard, [32 relu, 32 relu, 16 relu, 3 softmax], sgd 0.03 momentum 0.9, 30 epochs', spec: spec('textures deep sgd', textures('standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.03, momentum: 0.9 }, T(30, 32)) },
  { slug: 'inline-edges-sgd', covers: 'inline 4x4 edge images (24 rows, 16 features), [8 relu, 1 sigmoid], bce, sgd 0.1, batch 8', spec: spec('inline edges', { inline: inlineEdges() }, [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150, 8, 0)) },
  { slug: 'inline-prices-adam', covers: 'inline one-hot size + 2 numbers -> price (30 rows), [8 elu, 1 linear], mse, adam 0.01', spec: spec('inline prices', { inline: inlinePrices() }, [dense(8, 'elu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(300, 10, 0)) },
  { slug: 'builtin-xor', covers: 'xor 300 noise 0.1, [16 tanh, 1 sigmoid], bce, adam 0.01', spec: spec('xor', b('xor', { samples: 300 }), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32)) },
  { slug: 'builtin-circles-sgd', covers: 'circles 400 noise 0.08, [24 relu, 12 relu, 1 sigmoid], sgd 0.1 momentum 0.9', spec: spec('circles', b('circles', { samples: 400, noise: 0.08 }), [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 32)) },
  { slug: 'builtin-moons-rmsprop', covers: 'moons 300 noise 0.2, [32 leaky_relu, 1 sigmoid], rmsprop 0.003', spec: spec('moons', b('moons', { samples: 300, noise: 0.2 }), [dense(32, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(150, 32)) },
  { slug: 'builtin-spirals-4class', covers: 'spirals 4 classes 400, [64 relu, 64 relu, 4 softmax], adam 0.005, 300 epochs', spec: spec('spirals', b('spirals', { samples: 400, classes: 4, noise: 0.05 }), [dense(64, 'relu'), dense(64, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32)) },
  { slug: 'builtin-blobs-6class', covers: 'blobs 6 classes 360 standard, [16 relu, 6 softmax], sgd 0.05', spec: spec('blobs', b('blobs', { samples: 360, classes: 6, normalize: 'standard' }), [dense(16, 'relu'), dense(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32)) },
  { slug: 'builtin-sine-tanh', covers: 'sine 300, [32 tanh, 32 tanh, 1 linear], mse, adam 0.003', spec: spec('sine', b('sine', { samples: 300 }), [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(300, 32)) },
  { slug: 'builtin-iris-standard', covers: 'iris standard, [16 relu, 3 softmax], adam 0.01, batch 16', spec: spec('iris', b('iris', { normalize: 'standard' }), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16)) },
  { slug: 'builtin-iris-sgd-small-lr-long', covers: 'iris minmax, [10 tanh, 3 softmax], sgd 0.01 momentum 0.9, 600 epochs (small but fine rate)', spec: spec('iris slow', b('iris', { normalize: 'minmax' }), [dense(10, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(600, 16)) },
  { slug: 'digits-adam-large-fine-lr', covers: 'digits8.csv minmax, [64 relu, 10 softmax], adam 0.01 (large but fine), batch 64, 30 epochs', spec: spec('digits adam large lr', digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(30, 64)) },
];
