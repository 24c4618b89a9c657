/**
 * Writes every candidate spec of the fifty-fifth blind fault set into candidates/ (theme: cybersecurity
 * and IT operations): `npx tsx test/faults-blind55/author.ts`. Names starting with a code are written as
 * faulty candidates, the others as healthy ones; the verdicts and filing are in write-manifest.py, decided
 * from what test/faults/observe.ts showed (observed.txt, observed-curves.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const LOGIN_F = ['failed_1h', 'hour', 'new_device', 'distance_km'];
const FLOW_F = ['bytes_sent_m', 'bytes_recv_m', 'packets', 'duration_ms', 'dst_port', 'proto_tcp', 'proto_udp', 'proto_icmp'];
const SRV_F = ['cpu_pct', 'mem_mb', 'disk_kbps', 'latency_ms', 'errors_5m', 'connections'];
const PHISH_F = ['n_links', 'n_attachments', 'n_suspicious_words', 'domain_age_days', 'has_html', 'subject_len', 'reply_to_mismatch'];
const TICKET_F = ['text_len', 'n_error_kw', 'n_outage_kw', 'n_security_kw', 'users_affected', 'n_replies', 'hour'];
const ONEHOT = ['is_normal', 'is_scan', 'is_bruteforce', 'is_exfil'];

const csv = (file: string, target: string | string[], features?: string[], normalize?: string): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  ...(normalize ? { normalize } : {}),
});
const logins = (normalize?: string, features: string[] | undefined = LOGIN_F) => csv('logins.csv', 'takeover', features, normalize);
const flows = (normalize?: string, features: string[] | undefined = FLOW_F) => csv('flows.csv', 'label', features, normalize);
const servers = (target: string, normalize?: string, features: string[] | undefined = SRV_F) => csv('servers.csv', target, features, normalize);
const phishing = (normalize?: string, features: string[] | undefined = PHISH_F) => csv('phishing.csv', 'is_phish', features, normalize);
const tickets = (normalize?: string, features: string[] | undefined = TICKET_F) => csv('tickets.csv', 'severity', features, normalize);

const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const specs: Record<string, Json> = {};
const add = (file: string, s: Json) => {
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = s;
};

// ---------------------------------------------------------------- healthy candidates
add('logins-takeover-adam', spec('login takeover, adam', 11, logins('standard'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(150)));
add('logins-takeover-rmsprop-minmax', spec('login takeover, rmsprop on minmax', 12, logins('minmax'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), train(150, 64)));
add('logins-takeover-momentum-dropout', spec('login takeover, momentum + dropout', 13, logins('standard'), [d(24, 'relu'), drop(0.2), d(12, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.03), train(120)));
add('logins-takeover-batchnorm-val', spec('login takeover, batch norm, held-out 20%', 14, logins('standard'), [d(16, 'relu', { batchNorm: true }), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), train(120, 32, { validationSplit: 0.2 })));
add('logins-takeover-sgd-small', spec('login takeover, plain sgd', 15, logins('standard'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1), train(250, 16)));
add('flows-class-adam', spec('flow classes, adam', 21, flows('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), train(100)));
add('flows-onehot-rmsprop-elu', spec('flow classes one-hot target, rmsprop', 22, csv('flows-onehot.csv', ONEHOT, FLOW_F, 'standard'), [d(24, 'elu'), d(4, 'softmax')], 'cce', rms(0.002), train(100)));
add('flows-class-sgd-batchnorm', spec('flow classes, batch norm + momentum', 23, flows('standard'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', mom(0.05), train(80)));
add('flows-class-leaky-weightdecay', spec('flow classes, leaky relu + weight decay', 24, flows('standard'), [d(20, 'leaky_relu'), d(20, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.002, { weightDecay: 1e-4 }), train(100, 32, { validationSplit: 0.2 })));
add('flows-class-big-batch', spec('flow classes, batch 128', 25, flows('standard'), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), train(200, 128)));
add('flows-onehot-momentum-tanh', spec('flow classes one-hot, momentum tanh', 26, csv('flows-onehot.csv', ONEHOT, FLOW_F, 'standard'), [d(16, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', mom(0.05, 0.9, { nesterov: true }), train(100)));
add('servers-log-latency-adam', spec('next-minute log latency, adam', 31, servers('log_next_latency', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('servers-log-latency-rmsprop', spec('next-minute log latency, rmsprop', 32, servers('log_next_latency', 'standard'), [d(24, 'elu'), d(1)], 'mse', rms(0.01), train(250)));
add('servers-incident-adam', spec('incident flag, adam', 33, servers('incident', 'standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), train(120)));
add('servers-incident-rmsprop-clip', spec('incident flag, rmsprop + clip', 34, servers('incident', 'minmax'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003, { clipNorm: 1 }), train(150)));
add('servers-log-latency-from-load-momentum', spec('log latency from cpu/conns, momentum clip', 35, servers('log_next_latency', 'standard', ['cpu_pct', 'mem_mb', 'connections', 'errors_5m']), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 1 }), train(250)));
add('phishing-adam', spec('phishing, adam', 41, phishing('standard'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('phishing-nesterov-tanh', spec('phishing, nesterov tanh', 42, phishing('standard'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { nesterov: true }), train(100)));
add('phishing-rmsprop-dropout', spec('phishing, rmsprop + dropout', 43, phishing('standard'), [d(32, 'relu', { init: 'he_uniform' }), drop(0.3), d(1, 'sigmoid')], 'bce', rms(0.002), train(100)));
add('phishing-minmax-elu-momentum', spec('phishing, minmax elu', 44, phishing('minmax'), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.1), train(200)));
add('phishing-weightdecay-lecun', spec('phishing, weight decay, lecun init', 45, phishing('standard'), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.003, { weightDecay: 5e-4 }), train(100, 64, { validationSplit: 0.25 })));
add('tickets-severity-adam', spec('ticket severity classes, adam', 51, tickets('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), train(120)));
add('tickets-severity-regression', spec('ticket severity as a number', 52, tickets('standard'), [d(16, 'relu'), d(1)], 'mse', adam(0.005), train(150)));
add('tickets-severity-rmsprop-tanh', spec('ticket severity, rmsprop tanh', 53, tickets('standard'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), train(120)));
add('tickets-severity-batchnorm', spec('ticket severity, batch norm', 54, tickets('standard'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), train(120)));
add('traffic-daily-cycle-sine-adam', spec('daily request-rate cycle (sine)', 61, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), train(300)));
add('traffic-daily-cycle-sine-momentum', spec('daily cycle, momentum', 62, { builtin: 'sine', samples: 240 }, [d(24, 'tanh'), d(1)], 'mse', mom(0.05), train(400)));
add('host-clusters-blobs-sgd', spec('host clusters (blobs 4)', 63, { builtin: 'blobs', classes: 4, samples: 400 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), train(100)));
add('anomaly-ring-circles-rmsprop', spec('anomaly ring (circles)', 64, { builtin: 'circles', samples: 400 }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), train(200)));
add('firewall-xor-adam', spec('firewall rule xor', 65, { builtin: 'xor', samples: 300 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), train(200)));
add('beacon-moons-momentum', spec('beacon vs browsing (moons)', 66, { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), train(200)));
add('lateral-spirals-adam', spec('lateral movement (spirals 3)', 67, { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(64, 'leaky_relu'), d(64, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.005), train(500, 32)));
add('cpu-latency-inline', spec('latency (s) vs cpu, inline sample', 68, {
  inline: {
    x: [[10], [15], [20], [25], [30], [35], [40], [45], [50], [55], [60], [65], [70], [75], [80], [85], [90], [95]],
    y: [0.031, 0.033, 0.034, 0.037, 0.04, 0.044, 0.048, 0.054, 0.061, 0.069, 0.078, 0.089, 0.101, 0.115, 0.13, 0.148, 0.168, 0.19],
  },
  normalize: 'standard',
}, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), train(400, 6)));
add('servers-log-latency-sgd-minmax', spec('next log latency, sgd momentum on minmax', 38, servers('log_next_latency', 'minmax'), [d(16, 'leaky_relu'), d(1)], 'mse', mom(0.03, 0.9, { clipNorm: 5 }), train(200)));
add('logins-takeover-leaky-rmsprop', spec('login takeover, leaky relu rmsprop', 16, logins('standard'), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.001), train(100, 64)));
add('flows-class-rmsprop-valsplit', spec('flow classes, rmsprop val', 27, flows('minmax'), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), train(150, 32, { validationSplit: 0.2 })));
add('servers-incident-momentum-dropout', spec('incident, momentum dropout', 37, servers('incident', 'standard'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.02), train(150)));
add('tickets-severity-sgd', spec('ticket severity, sgd', 55, tickets('standard'), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), train(200, 16)));

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.optimiser-british', { ...spec('takeover', 101, logins('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)), optimizer: undefined, optimiser: adam(0.003) });
add('invalid-spec.loss-keras-name', spec('phishing', 102, phishing('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), train(100)));
add('invalid-spec.lr-as-string', spec('flows', 103, flows('standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: '3e-4' }, train(100)));
add('invalid-spec.batch-size-snake-case', spec('next latency', 104, servers('next_latency_ms', 'standard'), [d(16, 'relu'), d(1)], 'mse', adam(0.01), { epochs: 100, batch_size: 64 }));
add('invalid-spec.activation-gelu', spec('tickets', 105, tickets('standard'), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.003), train(100)));
add('invalid-spec.normalize-zscore', spec('incident', 106, servers('incident', 'zscore'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
// data-error
add('data-error.target-renamed', spec('takeover', 111, csv('logins.csv', 'is_takeover', LOGIN_F, 'standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('data-error.dotted-ip-feature', spec('flows export', 112, csv('flows-export.csv', 'label', ['src_ip', ...FLOW_F], 'standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), train(100)));
add('data-error.missing-file', spec('flows', 113, csv('netflow.csv', 'label', FLOW_F, 'standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), train(100)));
add('data-error.na-cells-export', spec('next latency', 114, csv('servers-gaps.csv', 'next_latency_ms', SRV_F, 'standard'), [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(100)));
add('data-error.pasted-sample', spec('takeover', 115, csv('logins-sample.csv', 'takeover', LOGIN_F, 'standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('data-error.feature-typo', spec('incident', 116, servers('incident', 'standard', ['cpu_percent', 'mem_mb', 'disk_kbps', 'latency_ms', 'errors_5m']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
// shape-mismatch
add('shape-mismatch.forgot-exfil-class', spec('flows', 121, flows('standard'), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), train(100)));
add('shape-mismatch.two-sigmoid-outputs', spec('takeover', 122, logins('standard'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('shape-mismatch.severity-five-classes', spec('tickets', 123, tickets('standard'), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), train(100)));
add('shape-mismatch.latency-two-outputs', spec('next latency', 124, servers('next_latency_ms', 'standard'), [d(16, 'relu'), d(2)], 'mse', adam(0.01), train(100)));
add('shape-mismatch.onehot-three-units', spec('flows one-hot', 125, csv('flows-onehot.csv', ONEHOT, FLOW_F, 'standard'), [d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), train(100)));
// loss-activation-mismatch
add('loss-activation-mismatch.softmax-mse', spec('flows', 131, flows('standard'), [d(32, 'relu'), d(4, 'softmax')], 'mse', adam(0.003), train(100)));
add('loss-activation-mismatch.linear-bce', spec('phishing', 132, phishing('standard'), [d(16, 'relu'), d(1)], 'bce', adam(0.003), train(100)));
add('loss-activation-mismatch.sigmoid-latency', spec('next latency', 133, servers('next_latency_ms', 'standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.01), train(150)));
add('loss-activation-mismatch.relu-output-cce', spec('tickets', 134, tickets('standard'), [d(32, 'relu'), d(4, 'relu')], 'cce', adam(0.003), train(100)));
// init-symmetry
add('init-symmetry.zeros-hidden', spec('takeover', 141, logins('standard'), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('init-symmetry.constant-hidden', spec('flows', 142, flows('standard'), [d(32, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', adam(0.003), train(100)));
add('init-symmetry.zeros-tanh-regression', spec('next latency', 143, servers('next_latency_ms', 'standard'), [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], 'mse', rms(0.005), train(150)));
// init-scale
add('init-scale.normal-std-5', spec('phishing', 151, phishing('standard'), [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('init-scale.uniform-tiny-deep', spec('flows', 152, flows('standard'), [d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 0.001 } })], 'cce', mom(0.01), train(100)));
add('init-scale.tanh-std-10', spec('tickets', 153, tickets('standard'), [d(24, 'tanh', { init: { name: 'normal', std: 10 } }), d(4, 'softmax')], 'cce', sgd(0.05), train(100)));
// no-nonlinearity
add('no-nonlinearity.anomaly-ring-no-activation', spec('anomaly ring', 161, { builtin: 'circles', samples: 400 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', adam(0.01), train(200)));
add('no-nonlinearity.daily-cycle-linear', spec('daily cycle', 162, { builtin: 'sine', samples: 300 }, [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.01), train(300)));
add('no-nonlinearity.firewall-xor-linear', spec('firewall xor', 163, { builtin: 'xor', samples: 300 }, [d(8, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.02), train(200)));
add('no-nonlinearity.log-latency-linear-stack', spec('next log latency', 164, servers('log_next_latency', 'standard'), [d(32), d(16), d(1)], 'mse', adam(0.01), train(200)));
// lr-out-of-range
add('lr-out-of-range.adam-10', spec('takeover', 171, logins('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(10), train(100)));
add('lr-out-of-range.sgd-negative', spec('next latency', 172, servers('next_latency_ms', 'standard'), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), train(100)));
add('lr-out-of-range.rmsprop-5', spec('phishing', 173, phishing('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(5), train(100)));
add('lr-out-of-range.momentum-zero', spec('flows', 174, flows('standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(0), train(100)));
// dead-relu
add('dead-relu.negative-bias-sparsify', spec('flows', 181, flows('standard'), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', adam(0.001), train(100)));
add('dead-relu.raw-memory-sgd', spec('incident', 182, servers('incident', undefined), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), train(100)));
add('dead-relu.adam-lr-0.1-deep', spec('phishing', 183, phishing('standard'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), train(100)));
add('dead-relu.raw-users-affected', spec('tickets', 184, tickets(undefined), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.01), train(100)));
// exploding-gradient
add('exploding-gradient.epoch-ts-adam', spec('takeover all columns', 191, csv('logins.csv', 'takeover'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), train(100)));
add('init-scale.deep-normal-std-1', spec('flows deep', 192, flows('standard'), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(4, 'softmax')], 'cce', adam(0.001), train(60)));
add('exploding-gradient.raw-bytes-rmsprop', spec('flows raw', 193, flows(undefined), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.001), train(100)));
add('exploding-gradient.raw-latency-target-clip', spec('next latency raw', 194, servers('next_latency_ms', undefined), [d(32, 'relu'), d(1)], 'mse', adam(0.001, { clipNorm: 1e6 }), train(100)));
// nan-loss
add('dead-relu.all-columns-sgd', spec('takeover all columns sgd', 201, csv('logins.csv', 'takeover'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), train(100)));
add('nan-loss.raw-latency-sgd', spec('next latency raw sgd', 202, servers('next_latency_ms', undefined), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), train(100)));
add('saturated-activation.raw-flows-tanh-momentum', spec('flows raw momentum', 203, flows(undefined), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.01), train(100)));
add('nan-loss.tickets-regression-raw', spec('severity raw sgd', 204, tickets(undefined), [d(16, 'relu'), d(1)], 'mse', mom(0.01), train(100)));
// lr-too-high
add('lr-too-high.adam-0.5-flows', spec('flows', 211, flows('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), train(100)));
add('nan-loss.momentum-0.5-log-latency', spec('next log latency', 215, servers('log_next_latency', 'standard'), [d(16, 'relu'), d(1)], 'mse', mom(0.5), train(100)));
add('lr-too-high.adam-0.3-tickets', spec('tickets', 216, tickets('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.3), train(100)));
add('lr-too-high.rmsprop-0.1-logins', spec('takeover', 213, logins('standard'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.1), train(100)));
add('lr-too-high.sgd-3-phishing', spec('phishing', 214, phishing('standard'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), train(100)));
// lr-too-low
add('lr-too-low.sgd-1e-5-logins', spec('takeover', 221, logins('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-5), train(100)));
add('lr-too-low.adam-1e-6-flows', spec('flows', 222, flows('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(1e-6), train(100)));
add('lr-too-low.rmsprop-1e-6-tickets', spec('tickets', 223, tickets('standard'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(1e-6), train(100)));
add('lr-too-low.sgd-1e-7-latency', spec('next latency', 224, servers('next_latency_ms', 'standard'), [d(16, 'relu'), d(1)], 'mse', sgd(1e-7), train(150)));
// saturated-activation
add('saturated-activation.raw-distance-tanh', spec('takeover raw', 231, logins(undefined), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('saturated-activation.raw-metrics-sigmoid', spec('incident raw', 232, servers('incident', undefined), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), train(100)));
add('saturated-activation.raw-domain-age-tanh', spec('phishing raw', 233, phishing(undefined), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), train(100)));
// vanishing-gradient
add('vanishing-gradient.deep-sigmoid-flows', spec('flows deep sigmoid', 241, flows('standard'), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.05), train(100)));
add('vanishing-gradient.deep-sigmoid-tickets', spec('tickets deep sigmoid', 242, tickets('standard'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.01), train(100)));
add('vanishing-gradient.small-init-deep-tanh', spec('incident deep tanh', 243, servers('incident', 'standard'), [d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], 'bce', sgd(0.05), train(100)));
// loss-plateau
add('loss-plateau.rare-takeover-sigmoid-sgd', spec('takeover sigmoid sgd', 251, logins('standard'), [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.01), train(100)));
add('loss-plateau.xor-firewall-small-init', spec('firewall xor small init', 252, { builtin: 'xor', samples: 300 }, [d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', sgd(0.05), train(200)));
add('dead-relu.log-latency-negative-bias', spec('next log latency', 253, servers('log_next_latency', 'standard'), [d(16, 'relu', { bias: -4 }), d(1)], 'mse', sgd(0.01), train(150)));
add('loss-plateau.circles-sigmoid-sgd', spec('anomaly ring', 254, { builtin: 'circles', samples: 400 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), train(200)));
// oscillating-loss
add('oscillating-loss.sgd-1-batch-4-phishing', spec('phishing', 261, phishing('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1), train(100, 4)));
add('oscillating-loss.rmsprop-0.05-batch-8-flows', spec('flows', 262, flows('standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.05), train(100, 8)));
add('oscillating-loss.adam-0.1-sine', spec('daily cycle', 263, { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(1)], 'mse', adam(0.1), train(200, 8)));
add('nan-loss.momentum-0.99-log-latency', spec('next log latency', 264, servers('log_next_latency', 'standard'), [d(16, 'relu'), d(1)], 'mse', mom(0.05, 0.99), train(150)));

add('oscillating-loss.sgd-0.5-batch-8-tickets', spec('tickets', 265, tickets('standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.5), train(100, 8)));
add('oscillating-loss.adam-0.05-batch-4-logins', spec('takeover', 266, logins('standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), train(100, 4)));
add('lr-too-high.adam-0.2-incident', spec('incident', 218, servers('incident', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.2), train(100)));
add('oscillating-loss.rmsprop-0.02-batch-8-tickets', spec('tickets', 267, tickets('standard'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.02), train(100, 8)));
add('lr-too-high.momentum-0.95-phishing', spec('phishing', 268, phishing('standard'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.2, 0.95), train(100, 16)));
add('oscillating-loss.rmsprop-0.1-batch-16-tickets', spec('tickets', 269, tickets('standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.1), train(100, 16)));
add('oscillating-loss.adam-0.05-batch-8-log-latency', spec('next log latency', 270, servers('log_next_latency', 'standard'), [d(32, 'relu'), d(1)], 'mse', adam(0.05), train(150, 8)));
add('oscillating-loss.momentum-0.9-lr-0.3-flows', spec('flows', 271, flows('standard'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.3), train(100, 16)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
