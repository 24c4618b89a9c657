/**
 * Writes every candidate spec of blind set 291 (karaoke bars) into candidates/. Run: `npx tsx author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out);

type Obj = Record<string, unknown>;
const S = ['group_size', 'hours', 'start_hour', 'drinks', 'songs', 'mic_gain_db'];
const G = ['tempo_bpm', 'duration_s', 'key_shift', 'singer_age', 'pitch_error_cents', 'crowd_db', 'lyric_words'];
const spend = (extra: Obj = {}): Obj => ({ csv: '../data/sessions.csv', target: 'spend_eur', features: S, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const rebook = (extra: Obj = {}): Obj => ({ csv: '../data/sessions.csv', target: 'rebooked', features: S, normalize: 'standard', ...extra });
const genre = (extra: Obj = {}): Obj => ({ csv: '../data/songs.csv', target: 'genre', features: G, normalize: 'standard', ...extra });
const score = (extra: Obj = {}): Obj => ({ csv: '../data/songs.csv', target: 'score', features: G, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let seed = 2910;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, more: Obj = {}): void {
  const body = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', rebook(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(60, 32));
spec('invalid-spec.gelu-activation', genre(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.dropout-rate-percent', score(), [d(32, 'relu'), drop(20), d(1)], 'mse', opt('adam', 0.002), tr(80, 32));
spec('invalid-spec.loss-mae', spend(), [d(16, 'relu'), d(1)], 'mae', opt('rmsprop', 0.001), tr(60, 16));
spec('invalid-spec.batch-zero', rebook(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 0));
// data-error
spec('data-error.missing-export', spend({ csv: '../data/sessions-march.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.target-typo', rebook({ target: 'rebook' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.room-label-feature', spend({ features: [...S, 'room'] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.gaps-export', rebook({ csv: '../data/sessions-gaps.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.pos-share-path', spend({ csv: '../../../../../../mnt/pos/sessions.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.four-genres', genre(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', { csv: '../data/songs.csv', target: ['score', 'duration_s'], features: ['tempo_bpm', 'key_shift', 'singer_age', 'pitch_error_cents', 'crowd_db'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.spend-three-heads', spend(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.iris-two-units', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
// loss-activation-mismatch
spec('loss-activation-mismatch.genre-sigmoid-cce', genre(), [d(24, 'relu'), d(5, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.bce-linear-head', rebook(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.softmax-mse-score', score(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.tanh-head-raw-spend', spend({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(80, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', rebook(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(80, 32));
spec('init-symmetry.constant-relu', genre(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('init-symmetry.two-zero-layers', score(), [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], 'mse', opt('rmsprop', 0.001), tr(80, 32));
spec('init-symmetry.constant-sigmoid', spend(), [d(12, 'sigmoid', { init: 'constant', value: 0.5 }), d(1, 'linear', { init: 'constant', value: 0.5 })], 'mse', opt('sgd', 0.05), tr(80, 16));
// init-scale
spec('init-scale.std-five-tanh', genre(), [d(64, 'tanh', { init: 'normal', std: 5 }), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('init-scale.uniform-limit-20', score(), [d(32, 'relu', { init: 'uniform', limit: 20 }), d(32, 'relu', { init: 'uniform', limit: 20 }), d(1)], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.tiny-std-deep', rebook(), [d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(1, 'sigmoid', { init: 'normal', std: 1e-4 })], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('init-scale.std-50-relu', spend(), [d(32, 'relu', { init: 'normal', std: 50 }), d(1, 'linear', { init: 'normal', std: 50 })], 'mse', opt('adam', 0.001), tr(80, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 400, noise: 0.1 }, [d(32), d(32), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('no-nonlinearity.linear-genre', genre(), [d(64), d(32), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('no-nonlinearity.linear-sine', { builtin: 'sine', samples: 300 }, [d(32), d(32), d(1)], 'mse', opt('adam', 0.01), tr(200, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', rebook(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), tr(60, 32));
spec('lr-out-of-range.sgd-lr-80', spend(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 80), tr(60, 32));
spec('lr-out-of-range.rmsprop-1e-9', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(80, 32));
spec('lr-out-of-range.adam-1e-8', score(), [d(32, 'elu'), d(1)], 'mse', opt('adam', 1e-8), tr(80, 16));
// dead-relu
spec('dead-relu.negative-bias', rebook(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('dead-relu.sgd-blowout-raw-cents', { csv: '../data/sessions.csv', target: 'rebooked', features: ['group_size', 'hours', 'drinks', 'songs', 'tab_cents'] }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 16));
spec('dead-relu.deep-negative-bias', score(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('dead-relu.adam-hot-start', genre(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.3), tr(60, 32));
// exploding-gradient
spec('exploding-gradient.raw-spend-deep', { csv: '../data/sessions.csv', target: 'spend_eur', features: S }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(40, 32));
spec('exploding-gradient.raw-cents-features', { csv: '../data/sessions.csv', target: 'spend_eur', features: ['tab_cents', 'group_size', 'hours'], normalizeTarget: 'standard' }, [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(40, 32));
spec('exploding-gradient.std-one-deep', score(), [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(40, 32));
spec('exploding-gradient.raw-score-target', { csv: '../data/songs.csv', target: 'score', features: G, normalize: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(40, 16));
// vanishing-gradient
spec('vanishing-gradient.sigmoid-tower', rebook(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.tanh-small-init-deep', genre(), Array.from({ length: 8 }, () => d(32, 'tanh', { init: 'normal', std: 0.02 })).concat([d(5, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-deep-score', score(), Array.from({ length: 10 }, () => d(24, 'sigmoid', { init: 'xavier_normal' })).concat([d(1)]), 'mse', opt('sgd', 0.02, { momentum: 0.5 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-deep-moons', { builtin: 'moons', samples: 300 }, Array.from({ length: 7 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('rmsprop', 0.0002), tr(80, 32));
// nan-loss
spec('nan-loss.raw-cents-target', { csv: '../data/sessions.csv', target: 'tab_cents', features: S }, [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(40, 32));
spec('nan-loss.sgd-lr-3-raw', { csv: '../data/sessions.csv', target: 'spend_eur', features: S }, [d(16, 'relu'), d(1)], 'mse', opt('sgd', 3), tr(40, 32));
spec('nan-loss.huge-init-raw-target', { csv: '../data/songs.csv', target: 'score', features: G }, [d(64, 'relu', { init: 'normal', std: 10 }), d(64, 'relu', { init: 'normal', std: 10 }), d(1, 'linear', { init: 'normal', std: 10 })], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(40, 32));
spec('nan-loss.momentum-raw-features', { csv: '../data/sessions.csv', target: 'spend_eur', features: ['tab_cents', 'drinks', 'songs'], normalizeTarget: 'standard' }, [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(40, 8));
// lr-too-high
spec('lr-too-high.adam-0.3-genre', genre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('adam', 0.3), tr(100, 32));
spec('lr-too-high.sgd-2-rebook', rebook(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2.5, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.rmsprop-0.1-score', score(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.1), tr(100, 32));
spec('lr-too-high.nesterov-1.5-spend', spend(), [d(24, 'elu'), d(1)], 'mse', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(100, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5', rebook(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(60, 32));
spec('lr-too-low.adam-1e-6-genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-3e-7-score', score(), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 3e-7), tr(80, 32));
spec('lr-too-low.momentum-1e-6-spend', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), tr(80, 64));
// saturated-activation
spec('saturated-activation.sigmoid-raw-features', { csv: '../data/sessions.csv', target: 'rebooked', features: ['group_size', 'hours', 'drinks', 'songs', 'tab_cents'] }, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('saturated-activation.tanh-std-4', genre(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(5, 'softmax')], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.sigmoid-bias-12', score(), [d(24, 'sigmoid', { bias: 12 }), d(1)], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.tanh-raw-songs', { csv: '../data/songs.csv', target: 'genre', features: G }, [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.0005), tr(80, 32));
// loss-plateau
spec('loss-plateau.weight-decay-huge', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.dropout-0.9-tiny', rebook(), [d(4, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('loss-plateau.xor-one-unit', { builtin: 'xor', samples: 300 }, [d(1, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('loss-plateau.clip-tiny-sgd', score(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(100, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.99-spend', spend(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.adam-batch1', rebook(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(60, 1));
spec('oscillating-loss.rmsprop-batch2', score(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.03), tr(60, 2));
spec('oscillating-loss.sgd-full-batch-edge', spend(), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.9), tr(100, 480));

// ---------------- healthy ----------------
spec('ok.spend-adam-relu', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('ok.spend-sgd-momentum-tanh', spend(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 16));
spec('ok.spend-rmsprop-elu-minmax', spend({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 32));
spec('ok.spend-eu-export', spend({ csv: '../data/sessions-eu.csv' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(100, 32));
spec('ok.spend-nesterov-bn', spend(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.spend-full-batch-adam', spend(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 480));
spec('ok.spend-batch1-sgd', spend(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.003), tr(40, 1));
spec('ok.spend-linear-regression', spend(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.rebook-adam-relu', rebook(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.rebook-sgd-momentum-dropout', rebook(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.rebook-rmsprop-tanh-val', rebook(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.rebook-logistic', rebook(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2), tr(150, 64));
spec('ok.rebook-eu-minmax', rebook({ csv: '../data/sessions-eu.csv', normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(120, 32));
spec('ok.rebook-weight-decay-clip', rebook(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(120, 32));
spec('ok.genre-adam-relu', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.genre-tab-export', genre({ csv: '../data/songs-tab.csv' }), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(120, 32));
spec('ok.genre-sgd-nesterov-tanh', genre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.genre-rmsprop-bn-dropout', genre(), [d(64, 'relu', { batchNorm: true }), drop(0.3), d(5, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(120, 32, { validationSplit: 0.15 }));
spec('ok.genre-softmax-regression', genre(), [d(5, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 64));
spec('ok.genre-deep-leaky', genre(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('adam', 0.001), tr(100, 16));
spec('ok.score-adam-relu', score(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('ok.score-sgd-batch4', score(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01), tr(60, 4));
spec('ok.score-rmsprop-sigmoid-hidden', score(), [d(32, 'sigmoid'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 32));
spec('ok.score-elu-wide-clip', score(), [d(128, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), tr(100, 32));
spec('ok.score-minmax-target', score({ normalizeTarget: 'minmax', normalize: 'minmax' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.score-deep-narrow-he', score(), [d(12, 'relu', { init: 'he_uniform' }), d(12, 'relu', { init: 'he_uniform' }), d(12, 'relu', { init: 'he_uniform' }), d(12, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.002), tr(150, 32));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('ok.iris-sgd-full-batch', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.9 }), tr(300, 150));
spec('ok.moons-relu-rmsprop', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32));
spec('ok.circles-tanh-adam', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-sgd', { builtin: 'blobs', samples: 400, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.xor-sigmoid-hidden-sgd', { builtin: 'xor', samples: 300 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.0, { momentum: 0.9 }), tr(300, 32));
spec('ok.inline-song-keys', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.2, 0.1], [0.8, 0.9]], y: ['duet', 'solo', 'solo', 'duet', 'solo', 'solo', 'duet', 'duet'] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(300, 8));
spec('ok.inline-room-price', { inline: { x: [[2, 1], [4, 2], [6, 1.5], [8, 3], [10, 2], [3, 4], [5, 1], [12, 2.5], [7, 3.5], [9, 1]], y: [30, 75, 80, 190, 160, 95, 45, 240, 200, 75] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 10));
spec('ok.spend-lecun-selu-like', spend(), [d(48, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', opt('adam', 0.001), tr(120, 8));
spec('ok.rebook-unshuffled-batch-128', rebook(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 128, { shuffle: false }));
spec('ok.genre-xavier-normal-sgd-lr-0.3', genre(), [d(24, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', opt('sgd', 0.3), tr(150, 64));
spec('ok.score-rmsprop-batch1', score(), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(30, 1));
spec('ok.moons-sgd-small-batch', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(100, 8));
console.log(`${fs.readdirSync(out).length} candidates`);

// ---------------- second pass (added after the first observation, before any decision) ----------------
spec('exploding-gradient.raw-spend-adam-deep', { csv: '../data/sessions.csv', target: 'spend_eur', features: S, normalize: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(60, 32));
spec('exploding-gradient.raw-cents-rmsprop', { csv: '../data/sessions.csv', target: 'spend_eur', features: ['tab_cents', 'group_size', 'hours', 'drinks'], normalizeTarget: 'standard' }, [d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 32));
spec('exploding-gradient.raw-score-clip', { csv: '../data/songs.csv', target: 'score', features: G, normalize: 'minmax' }, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { clipNorm: 1000 }), tr(60, 32));
spec('exploding-gradient.raw-features-adam-wide', { csv: '../data/sessions.csv', target: 'spend_eur', features: ['tab_cents', 'songs', 'drinks', 'group_size'], normalizeTarget: 'standard' }, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(60, 32));
spec('oscillating-loss.adam-0.05-batch4-genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 4));
spec('oscillating-loss.rmsprop-0.01-batch1', rebook(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(60, 1));
spec('oscillating-loss.sgd-0.6-full-batch', spend(), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.45), tr(100, 480));
spec('oscillating-loss.nesterov-0.3-batch8', score(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), tr(80, 8));
