/**
 * Writes every candidate spec of blind set 214 (riding-mower and small-engine repair shops) into candidates/.
 * Run: npx tsx test/faults-blind214/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const D = (units: number, activation?: string, init?: unknown, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...(init !== undefined ? { init } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const TF = ['engine_hp', 'deck_in', 'engine_hours', 'age_yrs', 'fuel_age_days', 'blade_sharpenings', 'compression_psi'];
const IF = ['engine_hours', 'parts_cost_usd', 'labor_hrs', 'shop_rate_usd', 'deck_in', 'pickup_miles'];
const DF = ['rpm', 'vacuum_inhg', 'mixture_turns', 'spark_gap_in', 'head_temp_f'];
const EF = ['engine_hp', 'deck_in', 'engine_hours', 'fuel_age_days', 'compression_psi'];
const tickets = (target: string, normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/tickets.csv', target, features: TF, normalize, ...extra });
const invoices = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/invoices.csv', target: 'invoice_usd', features: IF, normalize, ...extra });
const dyno = (target: string, normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/dyno.csv', target, features: DF, normalize, ...extra });
const eu = (target: string, normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/tickets-eu.csv', target, features: EF, normalize, ...extra });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let count = 0;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 214): void {
  const name = file;
  const body = { name, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  count++;
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
  count++;
}

// ---------------- invalid-spec ----------------
spec('invalid-spec.adamw-optimizer', tickets('labor_hours'), [D(16, 'relu'), D(1)], 'mse', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.relu-capitalised', tickets('carb_rebuild'), [D(12, 'ReLU'), D(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.keras-loss-name', tickets('carb_rebuild'), [D(12, 'relu'), D(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.dropout-percent', tickets('repair_type'), [D(32, 'relu'), drop(30), D(5, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.glorot-init', dyno('idle_ok'), [D(10, 'tanh', 'glorot_uniform'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 16));
spec('invalid-spec.momentum-one', invoices('standard', { normalizeTarget: 'standard' }), [D(16, 'relu'), D(1)], 'mse', opt('sgd', 0.01, { momentum: 1.0 }), tr(100, 32));

// ---------------- data-error ----------------
spec('data-error.last-year-file', { csv: '../data/tickets-2022.csv', target: 'labor_hours', features: TF, normalize: 'standard' }, [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.brand-text-feature', { csv: '../data/tickets.csv', target: 'carb_rebuild', features: [...TF, 'brand'], normalize: 'standard' }, [D(12, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('data-error.british-labour-column', { csv: '../data/tickets.csv', target: 'labour_hours', features: TF, normalize: 'standard' }, [D(16, 'elu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.gaps-export', { csv: '../data/tickets-gaps.csv', target: 'labor_hours', features: TF, normalize: 'standard' }, [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.counter-pc-share', { csv: '../../../../../shop-share/tickets.csv', target: 'labor_hours', features: TF, normalize: 'standard' }, [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.intake-date-feature', { csv: '../data/tickets.csv', target: 'labor_hours', features: ['intake_date', 'engine_hours', 'fuel_age_days', 'compression_psi'], normalize: 'standard' }, [D(8, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.four-repair-types', tickets('repair_type'), [D(24, 'relu'), D(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('shape-mismatch.iris-two-outputs', { builtin: 'iris', normalize: 'standard' }, [D(8, 'tanh'), D(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('shape-mismatch.two-targets-one-unit', { csv: '../data/dyno.csv', target: ['fuel_flow_gph', 'vacuum_inhg'], features: ['rpm', 'mixture_turns', 'spark_gap_in', 'head_temp_f'], normalize: 'standard', normalizeTarget: 'standard' }, [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.spirals-three-arms-two-units', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.1 }, [D(32, 'relu'), D(32, 'relu'), D(2, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('shape-mismatch.carb-flag-two-sigmoids', tickets('carb_rebuild'), [D(12, 'relu'), D(2, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.softmax-mse-repair', tickets('repair_type'), [D(24, 'relu'), D(5, 'softmax')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.bce-linear-head', dyno('idle_ok'), [D(12, 'relu'), D(1)], 'bce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', tickets('repair_type'), [D(24, 'relu'), D(5, 'sigmoid')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.tanh-head-labor', tickets('labor_hours'), [D(16, 'relu'), D(1, 'tanh')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.relu-head-carb-bce', tickets('carb_rebuild'), [D(12, 'relu'), D(1, 'relu')], 'bce', opt('adam', 0.003), tr(100, 32));

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden-labor', tickets('labor_hours'), [D(16, 'tanh', 'zeros'), D(1, 'linear', 'zeros')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-hidden-repair', tickets('repair_type'), [D(24, 'relu', { name: 'constant', value: 0.1 }), D(24, 'relu', { name: 'constant', value: 0.1 }), D(5, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('init-symmetry.zeros-sigmoid-dyno', dyno('idle_ok'), [D(12, 'sigmoid', 'zeros'), D(12, 'sigmoid', 'zeros'), D(1, 'sigmoid', 'zeros')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
spec('init-symmetry.constant-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'tanh', { name: 'constant', value: 0.05 }), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));

// ---------------- init-scale ----------------
spec('init-scale.normal-std-8', tickets('carb_rebuild'), [D(32, 'relu', { name: 'normal', std: 8 }), D(32, 'relu', { name: 'normal', std: 8 }), D(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-scale.uniform-limit-25', tickets('labor_hours'), [D(24, 'tanh', { name: 'uniform', limit: 25 }), D(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-scale.tiny-std-deep', tickets('repair_type'), [D(16, 'tanh', { name: 'normal', std: 1e-5 }), D(16, 'tanh', { name: 'normal', std: 1e-5 }), D(16, 'tanh', { name: 'normal', std: 1e-5 }), D(5, 'softmax', { name: 'normal', std: 1e-5 })], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.normal-std-3-sigmoid', dyno('idle_ok'), [D(20, 'sigmoid', { name: 'normal', std: 3 }), D(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [D(16, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.default-activation-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [D(32), D(32), D(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-hidden-repair', tickets('repair_type'), [D(32, 'linear'), D(16, 'linear'), D(5, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('no-nonlinearity.linear-xor', { builtin: 'xor', samples: 200, noise: 0.1 }, [D(8, 'linear'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 16));

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.zero-rate', tickets('labor_hours'), [D(16, 'relu'), D(1)], 'mse', opt('adam', 0), tr(100, 32));
spec('lr-out-of-range.negative-rate', tickets('carb_rebuild'), [D(12, 'relu'), D(1, 'sigmoid')], 'bce', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32));
spec('lr-out-of-range.adam-lr-30', dyno('idle_ok'), [D(12, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 30), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-percent', tickets('repair_type'), [D(24, 'relu'), D(5, 'softmax')], 'cce', opt('rmsprop', 10), tr(100, 32));

// ---------------- dead-relu ----------------
spec('dead-relu.negative-bias-init', tickets('labor_hours'), [D(32, 'relu', 'he_normal', { bias: -6 }), D(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('dead-relu.deep-bias-minus-three', tickets('carb_rebuild'), [D(24, 'relu', 'he_normal', { bias: -3 }), D(24, 'relu', 'he_normal', { bias: -3 }), D(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-spike-raw-hours', tickets('labor_hours', 'none'), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', opt('sgd', 0.001), tr(100, 16));
spec('dead-relu.dyno-bias-minus-five', dyno('idle_ok'), [D(16, 'relu', 'he_uniform', { bias: -5 }), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 32));

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-invoice-dollars', invoices('none'), [D(16, 'relu'), D(1)], 'mse', opt('sgd', 1e-6), tr(100, 32));
spec('exploding-gradient.deep-large-init', tickets('labor_hours'), [D(32, 'linear', { name: 'normal', std: 1.5 }), D(32, 'leaky_relu', { name: 'normal', std: 1.5 }), D(32, 'leaky_relu', { name: 'normal', std: 1.5 }), D(32, 'leaky_relu', { name: 'normal', std: 1.5 }), D(1)], 'mse', opt('sgd', 1e-5), tr(60, 32));
spec('exploding-gradient.raw-rpm-dyno-flow', dyno('fuel_flow_gph', 'none'), [D(16, 'elu'), D(16, 'elu'), D(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.invoice-adam-raw-target', invoices('standard'), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', opt('adam', 0.001), tr(150, 32));

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.eight-sigmoid-layers', tickets('carb_rebuild'), [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-sigmoid-small-init', tickets('repair_type'), [D(24, 'sigmoid', { name: 'normal', std: 0.01 }), D(24, 'sigmoid', { name: 'normal', std: 0.01 }), D(24, 'sigmoid', { name: 'normal', std: 0.01 }), D(24, 'sigmoid', { name: 'normal', std: 0.01 }), D(24, 'sigmoid', { name: 'normal', std: 0.01 }), D(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.tanh-tiny-init-tall', dyno('idle_ok'), [D(12, 'tanh', { name: 'normal', std: 0.02 }), D(12, 'tanh', { name: 'normal', std: 0.02 }), D(12, 'tanh', { name: 'normal', std: 0.02 }), D(12, 'tanh', { name: 'normal', std: 0.02 }), D(12, 'tanh', { name: 'normal', std: 0.02 }), D(12, 'tanh', { name: 'normal', std: 0.02 }), D(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(120, 32));
spec('vanishing-gradient.sigmoid-stack-labor', tickets('labor_hours'), [D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(20, 'sigmoid', { name: 'uniform', limit: 0.02 }), D(1)], 'mse', opt('sgd', 0.01), tr(100, 32));

// ---------------- nan-loss ----------------
spec('nan-loss.raw-invoice-sgd', invoices('none'), [D(16, 'relu'), D(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('nan-loss.raw-hours-momentum', tickets('labor_hours', 'none'), [D(16, 'relu'), D(16, 'relu'), D(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('nan-loss.rmsprop-raw-dyno', dyno('fuel_flow_gph', 'none'), [D(16, 'linear', { name: 'normal', std: 2 }), D(16, 'leaky_relu', { name: 'normal', std: 2 }), D(1)], 'mse', opt('sgd', 0.1), tr(100, 32));
spec('nan-loss.eu-export-raw-sgd', eu('labor_hours', 'none'), [D(12, 'elu'), D(1)], 'mse', opt('sgd', 0.02), tr(100, 8));

// ---------------- lr-too-high ----------------
spec('lr-too-high.sgd-rate-4-carb', tickets('carb_rebuild'), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('sgd', 4), tr(100, 32));
spec('lr-too-high.adam-half-repair', tickets('repair_type'), [D(32, 'relu'), D(32, 'relu'), D(5, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32));
spec('lr-too-high.rmsprop-0p3-labor', tickets('labor_hours'), [D(24, 'tanh'), D(1)], 'mse', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.nesterov-rate-2-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9, nesterov: true }), tr(100, 32));

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-5-labor', tickets('labor_hours'), [D(16, 'relu'), D(1)], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-repair', tickets('repair_type'), [D(24, 'relu'), D(5, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-dyno', dyno('idle_ok'), [D(12, 'tanh'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), tr(120, 32));
spec('lr-too-low.momentum-1e-6-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('sgd', 1e-6, { momentum: 0.9 }), tr(150, 32));

// ---------------- saturated-activation ----------------
spec('saturated-activation.raw-hours-sigmoid', tickets('carb_rebuild', 'none'), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.raw-rpm-tanh', dyno('idle_ok', 'none'), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('saturated-activation.big-init-tanh-labor', tickets('labor_hours'), [D(24, 'tanh', { name: 'normal', std: 4 }), D(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('saturated-activation.raw-invoice-sigmoid', invoices('none', { normalizeTarget: 'standard' }), [D(16, 'sigmoid'), D(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));

// ---------------- loss-plateau ----------------
spec('loss-plateau.weight-decay-one', tickets('labor_hours'), [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003, { weightDecay: 1.0 }), tr(150, 32));
spec('loss-plateau.heavy-dropout-repair', tickets('repair_type'), [D(16, 'relu'), drop(0.9), D(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.3 }), tr(120, 32));
spec('loss-plateau.clipnorm-tiny-sgd', dyno('idle_ok'), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(120, 32));
spec('loss-plateau.one-unit-spirals', { builtin: 'spirals', samples: 300, noise: 0.1 }, [D(1, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.batch-one-sgd-labor', tickets('labor_hours'), [D(16, 'tanh'), D(1)], 'mse', opt('sgd', 0.15), tr(60, 1));
spec('oscillating-loss.momentum-099-carb', tickets('carb_rebuild'), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.99 }), tr(150, 32));
spec('oscillating-loss.rmsprop-batch-two-dyno', dyno('fuel_flow_gph', 'standard', { normalizeTarget: 'standard' }), [D(16, 'relu'), D(1)], 'mse', opt('rmsprop', 0.05), tr(80, 2));
spec('oscillating-loss.adam-0p1-full-batch-iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', opt('adam', 0.3), tr(150, 150));

spec('oscillating-loss.invoice-momentum-095-full-batch', invoices('standard', { normalizeTarget: 'standard' }), [D(16, 'tanh'), D(1)], 'mse', opt('sgd', 0.08, { momentum: 0.95 }), tr(150, 360));
spec('oscillating-loss.labor-sgd-0p3-batch-8', tickets('labor_hours', 'standard', { normalizeTarget: 'standard' }), [D(16, 'tanh'), D(1)], 'mse', opt('sgd', 0.3), tr(80, 8));
spec('oscillating-loss.dyno-adam-0p05-batch-4', dyno('idle_ok'), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(80, 4));

// ---------------- healthy ----------------
spec('ok.labor-adam-relu', tickets('labor_hours'), [D(16, 'relu'), D(8, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.labor-sgd-momentum-tanh', tickets('labor_hours'), [D(24, 'tanh'), D(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.labor-nesterov-elu-valsplit', tickets('labor_hours'), [D(16, 'elu'), D(16, 'elu'), D(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.labor-rmsprop-minmax', tickets('labor_hours', 'minmax'), [D(32, 'relu'), D(1)], 'mse', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.labor-batchnorm-deep', tickets('labor_hours'), [D(32, 'relu', 'he_normal', { batchNorm: true }), D(32, 'relu', 'he_normal', { batchNorm: true }), D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('ok.labor-plain-sgd-full-batch', tickets('labor_hours'), [D(12, 'tanh'), D(1)], 'mse', opt('sgd', 0.1), tr(400, 420));
spec('ok.labor-target-normalised', tickets('labor_hours', 'standard', { normalizeTarget: 'standard' }), [D(16, 'leaky_relu'), D(16, 'leaky_relu'), D(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4 }), tr(120, 32));
spec('ok.carb-adam-dropout', tickets('carb_rebuild'), [D(32, 'relu'), drop(0.2), D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32, { validationSplit: 0.15 }));
spec('ok.carb-sgd-momentum-sigmoid-hidden', tickets('carb_rebuild'), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(150, 32));
spec('ok.carb-rmsprop-batch-8', tickets('carb_rebuild'), [D(12, 'tanh'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 8));
spec('ok.carb-logistic-only', tickets('carb_rebuild'), [D(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(200, 64));
spec('ok.repair-type-adam', tickets('repair_type'), [D(32, 'relu'), D(16, 'relu'), D(5, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.repair-type-nesterov-tanh', tickets('repair_type'), [D(32, 'tanh'), D(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.repair-type-rmsprop-bn-dropout', tickets('repair_type'), [D(48, 'relu', 'he_uniform', { batchNorm: true }), drop(0.2), D(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.repair-type-elu-clip', tickets('repair_type', 'minmax'), [D(24, 'elu'), D(24, 'elu'), D(5, 'softmax')], 'cce', opt('adam', 0.005, { clipNorm: 1 }), tr(150, 32));
spec('ok.invoice-target-normalised', invoices('standard', { normalizeTarget: 'standard' }), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.invoice-linear-regression', invoices('standard', { normalizeTarget: 'standard' }), [D(1)], 'mse', opt('sgd', 0.05), tr(200, 32));
spec('ok.invoice-rmsprop-minmax-tanh', invoices('minmax', { normalizeTarget: 'minmax' }), [D(16, 'tanh'), D(1)], 'mse', opt('rmsprop', 0.003), tr(200, 16));
spec('ok.invoice-nesterov-batch-full', invoices('standard', { normalizeTarget: 'standard' }), [D(16, 'elu'), D(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(400, 360));
spec('ok.dyno-idle-adam', dyno('idle_ok'), [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.dyno-idle-tanh-sgd', dyno('idle_ok'), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.8 }), tr(200, 16));
spec('ok.dyno-flow-leaky', dyno('fuel_flow_gph', 'standard', { normalizeTarget: 'standard' }), [D(16, 'leaky_relu'), D(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.dyno-idle-rmsprop-wd', dyno('idle_ok', 'minmax'), [D(24, 'elu'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 1e-3 }), tr(150, 32));
spec('ok.eu-labor-adam', eu('labor_hours'), [D(16, 'relu'), D(1)], 'mse', opt('adam', 0.005), tr(150, 16));
spec('ok.eu-carb-sgd', eu('carb_rebuild'), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.9 }), tr(150, 32));
spec('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.05 }, [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.05 }, [D(48, 'relu'), D(48, 'relu'), D(48, 'relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-sgd-batch-1', { builtin: 'iris', normalize: 'standard' }, [D(8, 'tanh'), D(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 1));
spec('ok.iris-adam-full-batch', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 150));
spec('ok.blobs-four-classes', { builtin: 'blobs', classes: 4, samples: 300, noise: 0.1 }, [D(12, 'relu'), D(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [D(24, 'tanh'), D(24, 'tanh'), D(1)], 'mse', opt('adam', 0.005), tr(300, 16));
spec('ok.xor-sigmoid-hidden', { builtin: 'xor', samples: 200, noise: 0.1 }, [D(8, 'sigmoid'), D(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 16));
spec('ok.xor-lecun-elu', { builtin: 'xor', samples: 200, noise: 0.1 }, [D(12, 'elu', 'lecun_normal'), D(1, 'sigmoid', 'xavier_normal')], 'bce', opt('rmsprop', 0.005), tr(200, 16));
spec('ok.inline-belt-wear', { inline: { x: [[12, 0.5], [40, 1.2], [80, 2.0], [150, 3.1], [220, 4.0], [300, 5.2], [25, 0.8], [60, 1.5], [110, 2.6], [180, 3.5], [260, 4.6], [340, 5.9]], y: [0.2, 0.5, 0.9, 1.5, 2.1, 2.7, 0.3, 0.7, 1.2, 1.8, 2.4, 3.0] }, normalize: 'standard', normalizeTarget: 'standard' }, [D(8, 'tanh'), D(1)], 'mse', opt('adam', 0.01), tr(300, 12));
spec('ok.inline-spark-plug-class', { inline: { x: [[0.028, 1.0], [0.030, 1.2], [0.035, 3.5], [0.040, 4.1], [0.025, 0.8], [0.031, 1.1], [0.038, 3.9], [0.042, 4.4], [0.027, 1.3], [0.036, 3.2], [0.029, 0.9], [0.041, 4.0]], y: ['ok', 'ok', 'replace', 'replace', 'ok', 'ok', 'replace', 'replace', 'ok', 'replace', 'ok', 'replace'] }, normalize: 'standard' }, [D(4, 'tanh'), D(2, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 4));
spec('ok.labor-wide-shallow-sgd-batch-4', tickets('labor_hours'), [D(64, 'relu'), D(1)], 'mse', opt('sgd', 0.005), tr(80, 4));
spec('ok.repair-type-deep-narrow-nesterov', tickets('repair_type'), [D(16, 'elu'), D(12, 'elu'), D(12, 'elu'), D(8, 'elu'), D(5, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.carb-leaky-wd-clip', tickets('carb_rebuild', 'minmax'), [D(24, 'leaky_relu'), D(12, 'leaky_relu'), D(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-3, clipNorm: 5 }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.moons-sgd-plain-tanh', { builtin: 'moons', samples: 300, noise: 0.1 }, [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(300, 32));
spec('ok.invoice-eu-style-no-shuffle', invoices('standard', { normalizeTarget: 'standard' }), [D(24, 'relu'), D(1)], 'mse', opt('rmsprop', 0.002), tr(150, 32, { shuffle: false }));
spec('ok.dyno-flow-sigmoid-hidden-minmax', dyno('fuel_flow_gph', 'minmax', { normalizeTarget: 'standard' }), [D(16, 'sigmoid'), D(1)], 'mse', opt('adam', 0.01), tr(200, 32));

console.log(`wrote ${count} candidates`);
void raw;
