/** The faulty specs of this set, keyed by file name without `.nn.json` (`<code>.<slug>`). */
import { churn, energy, defects, dense, dropout, spec } from './shapes';

const relu16 = (more = {}) => dense(16, 'relu', more);
const sig1 = dense(1, 'sigmoid');
const lin1 = dense(1, 'linear');
const soft3 = dense(3, 'softmax');
const adam = (lr: number, more = {}) => ({ type: 'adam', lr, ...more });
const sgd = (lr: number, more = {}) => ({ type: 'sgd', lr, ...more });
const rms = (lr: number, more = {}) => ({ type: 'rmsprop', lr, ...more });
const run = (epochs: number, batchSize = 32, more = {}) => ({ epochs, batchSize, validationSplit: 0.2, ...more });

const churnBase = (name: string, layers: unknown[], optimizer: Record<string, unknown>, training = run(200), data: unknown = churn()) =>
  spec(name, 32, data, layers, 'bce', optimizer, training);
const energyBase = (name: string, layers: unknown[], optimizer: Record<string, unknown>, training = run(200), data: unknown = energy()) =>
  spec(name, 32, data, layers, 'mse', optimizer, training);
const defectsBase = (name: string, layers: unknown[], optimizer: Record<string, unknown>, training = run(200), data: unknown = defects()) =>
  spec(name, 32, data, layers, 'cce', optimizer, training);

const TRAILING_COMMA = `{
  "name": "churn-trailing-comma",
  "seed": 32,
  "data": { "csv": "../data/churn.csv", "target": "churned", "normalize": "standard",
            "features": ["tenure_months", "monthly_charge", "support_calls", "data_gb", "age"] },
  "layers": [
    { "type": "dense", "units": 16, "activation": "relu" },
    { "type": "dense", "units": 1, "activation": "sigmoid" },
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.001 },
  "training": { "epochs": 200, "batchSize": 32, "validationSplit": 0.2 }
}
`;

/** Every fault: file stem → spec (or raw text when the fault is in the JSON itself). */
export const FAULTS: Record<string, unknown> = {
  'invalid-spec.optimizer-adamw': churnBase('churn-adamw', [relu16(), dropout(0.2), dense(8, 'relu'), sig1], { type: 'adamw', lr: 0.001, weightDecay: 0.01 }),
  'invalid-spec.epochs-as-string': energyBase('energy-epochs-string', [dense(32, 'relu'), lin1], adam(0.003), { epochs: '300', batchSize: 32, validationSplit: 0.2 } as never),
  'invalid-spec.trailing-comma': TRAILING_COMMA,
  'data-error.na-text-in-export': churnBase('churn-export', [relu16(), sig1], adam(0.001), run(200),
    { csv: '../data/churn-export.csv', target: 'churned', features: ['tenure_months', 'monthly_charge', 'support_calls', 'data_gb', 'age'], normalize: 'standard' }),
  'data-error.target-column-renamed': churnBase('churn-target-typo', [relu16(), sig1], adam(0.001), run(200), churn('standard', { target: 'churn' })),
  'data-error.csv-from-old-folder': energyBase('energy-old-path', [dense(32, 'relu'), lin1], adam(0.003), run(200), energy('standard', { csv: '../datasets/energy.csv' })),
  'shape-mismatch.two-units-three-classes': defectsBase('defects-two-units', [dense(16, 'relu'), dense(2, 'softmax')], adam(0.003)),
  'shape-mismatch.two-outputs-one-target': energyBase('energy-two-outputs', [dense(32, 'relu'), dense(2, 'linear')], adam(0.003)),
  'loss-activation-mismatch.sigmoid-output-kwh': energyBase('energy-sigmoid-out', [dense(32, 'relu'), dense(16, 'relu'), sig1], adam(0.003), run(200)),
  'loss-activation-mismatch.softmax-single-unit-bce': churnBase('churn-softmax-1', [relu16(), dense(8, 'relu'), dense(1, 'softmax')], adam(0.001)),
  'loss-activation-mismatch.relu-output-cce': defectsBase('defects-relu-out', [dense(16, 'relu'), dense(3, 'relu')], adam(0.003)),
  'init-symmetry.zeros-hidden': churnBase('churn-zeros', [relu16({ init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], adam(0.001), run(200)),
  'init-symmetry.constant-tanh': energyBase('energy-constant', [dense(24, 'tanh', { init: 'constant', value: 0.05 }), dense(12, 'tanh', { init: 'constant', value: 0.05 }), lin1], adam(0.003), run(200)),
  'init-scale.normal-std-2-deep-relu': churnBase('churn-std2', [dense(32, 'relu', { init: 'normal', std: 2 }), dense(32, 'relu', { init: 'normal', std: 2 }), dense(16, 'relu', { init: 'normal', std: 2 }), dense(1, 'sigmoid', { init: 'normal', std: 2 })], adam(0.001)),
  'init-scale.tiny-normal-deep-tanh': defectsBase('defects-tiny-init', [dense(32, 'tanh', { init: 'normal', std: 0.001 }), dense(32, 'tanh', { init: 'normal', std: 0.001 }), dense(32, 'tanh', { init: 'normal', std: 0.001 }), dense(3, 'softmax', { init: 'normal', std: 0.001 })], sgd(0.05, { momentum: 0.9 })),
  'no-nonlinearity.linear-hidden-energy': energyBase('energy-linear', [dense(32, 'linear'), dense(16, 'linear'), lin1], adam(0.003), run(300)),
  'no-nonlinearity.linear-hidden-moons': spec('moons-linear', 32, { builtin: 'moons', samples: 800, noise: 0.15 }, [dense(32, 'linear', { batchNorm: true }), dense(16, 'linear'), sig1], 'bce', adam(0.003), run(300)),
  'lr-out-of-range.adam-lr-5': churnBase('churn-adam-5', [relu16(), dense(8, 'relu'), sig1], adam(5)),
  'lr-out-of-range.sgd-1e-7': energyBase('energy-sgd-tiny', [dense(32, 'relu'), lin1], sgd(1e-7, { momentum: 0.9 })),
  'lr-too-high.sgd-momentum-0.5': churnBase('churn-sgd-hot', [dense(32, 'relu'), relu16(), sig1], sgd(0.5, { momentum: 0.9 })),
  'lr-too-high.sgd-lr-3-churn-tanh': churnBase('churn-sgd-3', [dense(32, 'tanh'), sig1], sgd(3)),
  'lr-too-high.adam-0.5-defects': defectsBase('defects-adam-hot', [dense(64, 'relu'), dense(32, 'relu'), soft3], adam(0.5)),
  'lr-too-low.adam-1e-5-defects': defectsBase('defects-adam-cold', [dense(32, 'relu'), relu16(), soft3], adam(1e-5), run(150)),
  'lr-too-low.sgd-1e-4-churn': churnBase('churn-sgd-cold', [dense(32, 'relu'), relu16(), sig1], sgd(1e-4), run(200, 64)),
  'dead-relu.negative-bias-init': churnBase('churn-neg-bias', [dense(32, 'relu', { bias: -3 }), relu16({ bias: -3 }), sig1], adam(0.001)),
  'dead-relu.sgd-momentum-raw-kwh': energyBase('energy-sgd-momentum', [dense(32, 'relu'), relu16(), lin1], sgd(0.003, { momentum: 0.9 })),
  'vanishing-gradient.five-sigmoid-layers': churnBase('churn-deep-sigmoid', [16, 16, 16, 16, 16].map((u) => dense(u, 'sigmoid')).concat([sig1]), sgd(0.05), run(200)),
  'vanishing-gradient.deep-sigmoid-defects': defectsBase('defects-deep-sigmoid', [32, 32, 32, 32].map((u) => dense(u, 'sigmoid', { init: 'xavier_normal' })).concat([soft3]), sgd(0.02, { momentum: 0.5 }), run(200)),
  'exploding-gradient.raw-floor-area-sgd': energyBase('energy-raw-sgd', [dense(32, 'relu'), relu16(), lin1], sgd(0.001, { momentum: 0.9 }), run(200), energy('none')),
  'exploding-gradient.deep-relu-std-1': energyBase('energy-deep-std1', [32, 32, 32, 32, 32].map((u) => dense(u, 'relu', { init: 'normal', std: 1 })).concat([lin1]), sgd(1e-4), run(150)),
  'saturated-activation.tanh-raw-features': churnBase('churn-tanh-raw', [dense(32, 'tanh'), relu16(), sig1], adam(0.001), run(200), churn('none')),
  'saturated-activation.sigmoid-hidden-bias-6': defectsBase('defects-sigmoid-bias', [dense(32, 'sigmoid', { bias: 6 }), dense(16, 'sigmoid', { bias: 6 }), soft3], sgd(0.01), run(200)),
  'loss-plateau.weight-decay-left-at-0.5': churnBase('churn-heavy-decay', [dense(32, 'relu'), relu16(), sig1], adam(0.001, { weightDecay: 0.5 }), run(300)),
  'loss-plateau.sgd-weight-decay-0.3-defects': defectsBase('defects-heavy-decay', [dense(32, 'relu'), relu16(), soft3], sgd(0.05, { momentum: 0.9, weightDecay: 0.3 }), run(300)),
  'loss-plateau.dropout-0.9-left-on': defectsBase('defects-dropout-09', [dense(32, 'relu'), dropout(0.9), relu16(), dropout(0.9), soft3], adam(0.001), run(300)),
  'oscillating-loss.sgd-momentum-0.99-tanh': churnBase('churn-momentum-99', [dense(32, 'tanh'), dense(16, 'tanh'), sig1], sgd(0.1, { momentum: 0.99 }), run(200)),
  'oscillating-loss.energy-minmax-momentum-0.95': energyBase('energy-momentum-95', [dense(32, 'tanh'), lin1], sgd(0.02, { momentum: 0.95 }), run(200), energy('minmax')),
  'oscillating-loss.rmsprop-batch-4-defects': defectsBase('defects-rms-b4', [dense(32, 'relu'), relu16(), soft3], rms(0.01), run(120, 4)),
  'nan-loss.raw-target-sgd-0.01': energyBase('energy-raw-nan', [dense(32, 'relu'), lin1], sgd(0.01), run(100), energy('none')),
  'nan-loss.minmax-sgd-momentum-0.5': energyBase('energy-minmax-nan', [dense(64, 'relu'), dense(32, 'relu'), lin1], sgd(0.5, { momentum: 0.9 }), run(100), energy('minmax')),
};
