/** The healthy specs of this set, keyed by file name without `.nn.json`. */
import { churn, energy, defects, dense, dropout, spec } from './shapes';

const opt = (type: string, lr: number, more = {}) => ({ type, lr, ...more });
const run = (epochs: number, batchSize = 32, more = {}) => ({ epochs, batchSize, ...more });
const bn = { batchNorm: true };

/** A small inline regression table: daily kWh of one office from outdoor temperature and occupancy. */
const officeX: number[][] = [], officeY: number[] = [];
for (let i = 0; i < 40; i++) {
  const temp = -5 + (i * 7.3) % 35, occ = 10 + ((i * 13) % 50);
  officeX.push([temp, occ]);
  officeY.push(Math.round((40 + 0.15 * (temp - 18) ** 2 + 0.9 * occ + ((i * 37) % 11) - 5) * 10) / 10);
}
/** A small inline classification table: loan approved from income (k) and debt ratio, a curved boundary, 4 labels flipped. */
const loanX: number[][] = [], loanY: number[] = [];
for (let i = 0; i < 48; i++) {
  const income = 20 + ((i * 17) % 100), debt = ((i * 29) % 60) / 100;
  loanX.push([income, debt]);
  loanY.push((income / 100 - debt * debt * 3 > 0.05 ? 1 : 0) ^ (i % 12 === 5 ? 1 : 0));
}

/** Every healthy spec: file stem → spec. */
export const HEALTHY: Record<string, unknown> = {
  'churn-adam-two-relu': spec('churn-adam', 7, churn(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001, { weightDecay: 1e-4 }), run(300, 32, { validationSplit: 0.2 })),
  'churn-minmax-bn-dropout-clip': spec('churn-bn', 7, churn('minmax'), [dense(32, 'relu', bn), dropout(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { clipNorm: 1 }), run(200, 64, { validationSplit: 0.2 })),
  'churn-tanh-sgd-momentum': spec('churn-tanh', 7, churn(), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), run(400, 32)),
  'churn-elu-rmsprop': spec('churn-elu', 7, churn(), [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), run(150, 128, { validationSplit: 0.25 })),
  'churn-leaky-full-batch-sgd': spec('churn-full-batch', 7, churn(), [dense(8, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.3), run(600, 900)),
  'churn-five-layers-bn': spec('churn-deep', 7, churn(), [dense(32, 'relu', bn), dense(32, 'relu', bn), dropout(0.1), dense(16, 'relu', bn), dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.0005, { weightDecay: 1e-3 }), run(40, 64, { validationSplit: 0.2 })),
  'churn-dropout-half-long': spec('churn-dropout', 7, churn(), [dense(64, 'relu'), dropout(0.5), dense(32, 'relu'), dropout(0.5), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001, { weightDecay: 5e-4, clipNorm: 1 }), run(500, 32, { validationSplit: 0.3 })),
  'churn-rmsprop-small-lr-long': spec('churn-rms-slow', 7, churn(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0003), run(500, 16)),
  'churn-full-batch-no-shuffle': spec('churn-nosh', 7, churn(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), run(600, 900, { shuffle: false })),
  'energy-adam-two-relu': spec('energy-adam', 7, energy(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), run(300, 32, { validationSplit: 0.2 })),
  'energy-minmax-tanh-clip': spec('energy-tanh', 7, energy('minmax'), [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01, { clipNorm: 5 }), run(400, 64)),
  'energy-bn-rmsprop-decay': spec('energy-bn', 7, energy(), [dense(64, 'relu', bn), dense(1, 'linear')], 'mse', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), run(150, 16, { validationSplit: 0.2 })),
  'energy-elu-sgd-clip': spec('energy-sgd', 7, energy(), [dense(32, 'elu'), dropout(0.1), dense(16, 'elu'), dense(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9, clipNorm: 10 }), run(300, 32)),
  'energy-leaky-three-small-lr': spec('energy-leaky', 7, energy(), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(8, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('adam', 0.0005), run(200, 8)),
  'energy-adam-large-lr': spec('energy-adam-fast', 7, energy(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.03), run(200, 128, { validationSplit: 0.2 })),
  'energy-minmax-sgd-tanh': spec('energy-sgd-tanh', 7, energy('minmax'), [dense(32, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), run(300, 32)),
  'defects-adam-relu': spec('defects-adam', 7, defects(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), run(200, 32, { validationSplit: 0.2 })),
  'defects-bn-dropout-decay': spec('defects-bn', 7, defects('minmax'), [dense(32, 'relu', bn), dropout(0.3), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.001, { weightDecay: 1e-4 }), run(300, 32)),
  'defects-tanh-nesterov': spec('defects-tanh', 7, defects(), [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), run(300, 64)),
  'defects-sigmoid-rmsprop': spec('defects-sigmoid', 7, defects(), [dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003), run(250, 32)),
  'defects-softmax-regression-full-batch': spec('defects-linear-model', 7, defects(), [dense(3, 'softmax')], 'cce', opt('sgd', 0.5), run(500, 660)),
  'defects-four-elu-bn-sgd': spec('defects-deep', 7, defects(), [dense(32, 'elu', bn), dense(32, 'elu', bn), dense(16, 'elu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9, weightDecay: 1e-4 }), run(200, 32, { validationSplit: 0.2 })),
  'xor-adam': spec('xor', 7, { builtin: 'xor' }, [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), run(300)),
  'circles-tanh': spec('circles', 7, { builtin: 'circles', samples: 600, noise: 0.1 }, [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), run(300)),
  'moons-elu-sgd-val': spec('moons', 7, { builtin: 'moons', samples: 800, noise: 0.2 }, [dense(16, 'elu'), dense(16, 'elu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), run(200, 16, { validationSplit: 0.2 })),
  'spirals-three-class-long': spec('spirals', 7, { builtin: 'spirals', classes: 3, samples: 600 }, [dense(64, 'relu'), dense(64, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), run(600, 32)),
  'blobs-batch-one': spec('blobs', 7, { builtin: 'blobs', classes: 4, samples: 1000, normalize: 'standard' }, [dense(8, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.01), run(50, 1)),
  'sine-tanh': spec('sine', 7, { builtin: 'sine', samples: 500, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.003), run(400)),
  'iris-bn-val': spec('iris', 7, { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu', bn), dense(3, 'softmax')], 'cce', opt('adam', 0.01), run(300, 16, { validationSplit: 0.2 })),
  'iris-minmax-leaky-rmsprop': spec('iris-rms', 7, { builtin: 'iris', normalize: 'minmax' }, [dense(10, 'leaky_relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.005), run(200, 16)),
  'inline-office-kwh': spec('office-kwh', 7, { inline: { x: officeX, y: officeY }, normalize: 'standard' }, [dense(8, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), run(500, 40)),
  'inline-loan-tanh-sgd': spec('loan', 7, { inline: { x: loanX, y: loanY }, normalize: 'standard' }, [dense(6, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.3), run(300, 8)),
};
