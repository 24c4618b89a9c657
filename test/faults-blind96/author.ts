/**
 * Writes every candidate spec of the ninety-sixth blind fault set (call centres and customer support)
 * into candidates/: `npx tsx test/faults-blind96/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });

function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: extra.seed ?? 96, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const CALL = ['hour_of_day', 'queue_length', 'hold_time_s', 'agent_tenure_months', 'transfers', 'issue_complexity', 'repeat_caller', 'customer_tier'];
const handle = (extra: Json = {}): Json => ({ csv: '../data/calls.csv', target: 'handle_time_s', features: CALL, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const escal = (extra: Json = {}): Json => ({ csv: '../data/calls.csv', target: 'escalated_to_manager', features: CALL, normalize: 'standard', ...extra });
const TKT = ['message_words', 'invoice_mentions', 'error_codes', 'login_failures', 'sentiment', 'account_age_days', 'same_day_tickets'];
const cat = (extra: Json = {}): Json => ({ csv: '../data/tickets.csv', target: 'category', features: TKT, normalize: 'standard', ...extra });
const HRS = ['hour_of_day', 'weekday', 'lines_open', 'marketing_emails_sent', 'outage_minutes', 'billing_run', 'web_visits', 'agents_on_shift'];
const volume = (extra: Json = {}): Json => ({ csv: '../data/hourly.csv', target: 'calls_offered', features: HRS, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const REF = ['order_value_usd', 'lifetime_spend_usd', 'days_since_purchase', 'prior_contacts', 'premium_plan', 'defect_reported'];
const refund = (extra: Json = {}): Json => ({ csv: '../data/refunds.csv', target: 'refund_usd', features: REF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const AGT = ['tenure_months', 'calls_handled', 'avg_hold_s', 'training_hours', 'fcr_rate_pct', 'after_call_work_s', 'absences'];
const csat = (extra: Json = {}): Json => ({ csv: '../data/agents.csv', target: 'csat_score', features: AGT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const cband = (extra: Json = {}): Json => ({ csv: '../data/agents.csv', target: 'csat_band', features: AGT, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adadelta', 'handle-time', handle(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adadelta', lr: 1 }, tr(80));
add('invalid-spec.activation-swish', 'ticket-category', cat(), [d(32, 'swish'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-huber', 'calls-offered', volume(), [d(24, 'relu'), d(1)], 'huber', adam(0.003), tr(80));
add('invalid-spec.layer-lstm', 'csat-score', csat(), [{ type: 'lstm', units: 16 }, d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('data-error.csv-path-call', 'handle-time', handle({ csv: '../data/call.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-hold-export', 'handle-time-export', handle({ csv: '../data/calls-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.call-id-as-feature', 'escalation', escal({ features: ['call_id', ...CALL] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-refund', 'refund-amount', refund({ target: 'refund_amount' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.site-code-as-feature', 'calls-offered', volume({ features: ['site_code', ...HRS] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.category-head-three', 'ticket-category', cat(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.cband-head-two', 'csat-band', cband(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.volume-head-two-units', 'calls-offered', volume(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.category-softmax-five', 'ticket-category', cat(), [d(24, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.relu-head-bce-escalation', 'escalation', escal(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-refund', 'refund-amount', refund(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-cce-cband', 'csat-band', cband(), [d(24, 'relu'), d(3, 'tanh')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-head-mse-csat', 'csat-score', csat(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-handle', 'handle-time', handle(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-cband', 'csat-band', cband(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.constant-relu-volume', 'calls-offered', volume(), [d(24, 'relu', init('constant', { value: 0.3 })), d(12, 'relu', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-leaky-category', 'ticket-category', cat(), [d(32, 'leaky_relu', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));

add('init-scale.normal-std-four-csat', 'csat-score', csat(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-volume', 'calls-offered', volume(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-five-category', 'ticket-category', cat(), [d(32, 'relu', init('normal', { std: 5 })), d(32, 'relu', init('normal', { std: 5 })), d(4, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-handle', 'handle-time', handle(), [d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(1, 'linear', init('uniform', { limit: 0.0002 }))], 'mse', mom(0.01), tr(80));

add('no-nonlinearity.xor-shift-pattern', 'shift-pattern', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-queue-zone-linear', 'queue-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-routing-linear', 'routing-pattern', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', rms(0.005), tr(200));

add('lr-out-of-range.adam-five', 'refund-amount', refund(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'escalation', escal(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.sgd-zero', 'ticket-category', cat(), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-handle', 'handle-time', handle(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-lifetime-sgd-refund', 'refund-amount-raw-features', refund({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('dead-relu.rmsprop-high-csat', 'csat-score', csat(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-seven-cband', 'csat-band', cband(), [d(24, 'relu', { bias: -7 }), d(12, 'relu', { bias: -7 }), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));

add('exploding-gradient.raw-emails-features', 'calls-offered-raw-features', volume({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'csat-score', csat(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-hold-seconds-sgd', 'handle-time-raw-features', handle({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('exploding-gradient.deep-leaky-normal-volume', 'calls-offered', volume(), [d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(60));

add('vanishing-gradient.deep-sigmoid-escalation', 'escalation', escal(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-category', 'ticket-category', cat(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-refund', 'refund-amount', refund(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-volume-target', 'calls-offered-raw', volume({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.sgd-batch-one-csat', 'csat-score', csat(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.sgd-raw-refund-target', 'refund-amount-raw', refund({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-category', 'ticket-category', cat(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-cband', 'csat-band', cband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-category', 'ticket-category', cat(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.momentum-1-escalation', 'escalation', escal(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.adam-0.2-cband', 'csat-band', cband(), [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));
add('lr-too-high.rmsprop-0.05-handle', 'handle-time', handle(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(80, 16));

add('lr-too-low.sgd-1e-5-handle', 'handle-time', handle(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-category', 'ticket-category', cat(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-refund', 'refund-amount', refund(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-cband', 'csat-band', cband(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-ticket-words', 'ticket-category-raw', cat({ normalize: 'none' }), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-hold-escalation', 'escalation-raw', escal({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-lifetime-refund', 'refund-amount-raw-features', refund({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-web-visits', 'calls-offered-raw-features', volume({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'routing-pattern', SPIRALS, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-cband', 'csat-band', cband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.centre-constant-only', 'escalation', escal({ features: ['centre_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.product-code-only-category', 'ticket-category', cat({ features: ['product_code'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-handle', 'handle-time', handle(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 800));
add('oscillating-loss.rmsprop-full-batch-refund', 'refund-amount', refund(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 500));
add('oscillating-loss.momentum-0.99-full-batch-volume', 'calls-offered', volume(), [d(24, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 600));
add('oscillating-loss.rmsprop-0.1-full-batch-csat', 'csat-score', csat(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(100, 520));

// ---------------------------------------------------------------- healthy candidates
add('ok.handle-adam-relu', 'handle-time', handle(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.handle-rmsprop-elu-minmax', 'handle-time', handle({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.handle-momentum-tanh', 'handle-time', handle(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.handle-batchnorm-leaky-val', 'handle-time', handle(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.handle-full-batch-rmsprop-small', 'handle-time', handle(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 800));
add('ok.escalation-adam-relu', 'escalation', escal(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.escalation-rmsprop-tanh', 'escalation', escal(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.escalation-dropout-clipnorm', 'escalation', escal(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.escalation-he-normal-full-batch', 'escalation', escal(), [d(24, 'relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 800));
add('ok.category-adam-relu', 'ticket-category', cat(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.category-rmsprop-tanh-dropout', 'ticket-category', cat(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.category-nesterov-elu', 'ticket-category', cat(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.category-full-batch-adam', 'ticket-category', cat(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 640));
add('ok.category-weight-decay-sgd-batch-4', 'ticket-category', cat(), [d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(0.01, { weightDecay: 0.0001 }), tr(60, 4));
add('ok.volume-adam-relu', 'calls-offered', volume(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.volume-sgd-batch-one', 'calls-offered', volume(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.volume-weight-decay-batchnorm-val', 'calls-offered', volume(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.volume-rmsprop-leaky-minmax', 'calls-offered', volume({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.refund-adam-relu', 'refund-amount', refund(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.refund-momentum-tanh', 'refund-amount', refund(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.refund-adam-batch-8-decay', 'refund-amount', refund(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.refund-he-uniform-sgd', 'refund-amount', refund(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.csat-adam-relu', 'csat-score', csat(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.csat-rmsprop-tanh', 'csat-score', csat(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.csat-clipnorm-sgd', 'csat-score', csat(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.csat-full-batch-adam-elu', 'csat-score', csat(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 520));
add('ok.csat-nesterov-sigmoid', 'csat-score', csat({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(150, 16));
add('ok.cband-adam-relu', 'csat-band', cband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.cband-momentum-elu', 'csat-band', cband(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.cband-rmsprop-dropout', 'csat-band', cband(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.cband-sigmoid-xavier-adam', 'csat-band', cband(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'intent-routing-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-churn-split', 'churn-split', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-queue-zone', 'queue-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-agent-teams', 'agent-teams', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-daily-call-cycle', 'daily-call-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-shift-pattern', 'shift-pattern', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-routing', 'routing-pattern', SPIRALS, [d(32, 'tanh'), d(32, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-callback-pilot', 'callback-pilot', { inline: { x: [[3, 1], [6, 1], [9, 1], [12, 1], [15, 1], [3, 2], [6, 2], [9, 2], [12, 2], [15, 2], [8, 3], [11, 3]], y: [42, 80, 121, 158, 197, 30, 61, 95, 126, 160, 48, 70] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));

// ---------------------------------------------------------------- second round (after the first observation)
add('saturated-activation.tanh-raw-calls-handled-cband', 'csat-band-raw', cband({ normalize: 'none' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
