/**
 * Writes manifest.json from the fault descriptions below and the measured lines of observed.txt /
 * observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind41/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Stage = 'static' | 'probe' | 'training';
const F: [string, string, Stage, string[]][] = [
  ['invalid-spec.lstm-layer', 'a recurrent "lstm" layer asked for in a next-hour temperature forecaster (only dense and dropout exist)', 'static', []],
  ['invalid-spec.mae-loss', 'loss "mae" for a load-ratio regression (Keras habit; the losses are mse, bce, cce)', 'static', []],
  ['invalid-spec.rmsprop-camelcase', 'optimizer type written "RMSprop" as the Keras/PyTorch class name', 'static', []],
  ['invalid-spec.validation-percent', 'validationSplit 20 meaning 20 percent', 'static', []],
  ['data-error.date-column-as-feature', 'sales.csv read without "features", so the ISO date column becomes an input', 'static', []],
  ['data-error.logger-na-gaps', 'sensor-export.csv from a logger that writes NA and empty cells where a sensor dropped out', 'static', []],
  ['data-error.target-typo', 'target "load_nxt" (typo of load_next) not in the header', 'static', []],
  ['shape-mismatch.three-states-two-units', 'machine state has 3 classes (normal/wear/fault) but the softmax output has 2 units', 'static', []],
  ['shape-mismatch.two-horizons-one-output', 'two target columns (temp_next and delta) with a 1-unit output', 'static', []],
  ['shape-mismatch.four-states-counted', '4 softmax units for the 3 machine states (an "unknown" state counted that the data does not have)', 'static', []],
  ['loss-activation-mismatch.sigmoid-on-celsius', 'sigmoid output on a temperature target in °C (0-30) with mse: the output cannot exceed 1', 'static', ['loss-activation-mismatch']],
  ['loss-activation-mismatch.softmax-single-unit-bce', 'single-unit softmax output with bce for rises/falls: the output is constantly 1', 'static', ['loss-activation-mismatch', 'shape-mismatch']],
  ['loss-activation-mismatch.relu-output-on-diffs', 'relu output on week-over-week sales differences, half of which are negative', 'static', ['loss-activation-mismatch', 'dead-relu']],
  ['init-symmetry.zeros-tanh-hidden', 'every layer initialised to zeros (tanh hidden): no gradient reaches the hidden weights', 'static', ['init-symmetry']],
  ['init-symmetry.constant-relu', 'hidden relu layers initialised to constant 0.1: all units identical for the whole run; the same spec with he_normal relu layers reaches last/base 0.08 (observed-comparisons.txt)', 'static', ['init-symmetry']],
  ['init-scale.std-one-relu-64', 'normal std 1.0 on three 64-unit relu layers and the output (activations grow ~8x per layer)', 'static', ['init-scale']],
  ['init-scale.tiny-uniform-deep-sigmoid', 'uniform limit 0.001 on three sigmoid layers and the output, plain sgd', 'static', ['init-scale', 'vanishing-gradient']],
  ['init-scale.std-five-relu', 'normal std 5 on 48- and 24-unit relu layers for a ratio target around 1', 'static', ['init-scale']],
  ['no-nonlinearity.activations-omitted', 'activation left out of both hidden layers (the default is linear), peak-hour classifier from calendar features; with relu hidden layers the same spec reaches last/base 0.07 (observed-comparisons.txt)', 'static', ['no-nonlinearity']],
  ['no-nonlinearity.linear-stack-daily-cycle', 'hidden layers set to "linear" forecasting load from calendar sin/cos and temperature; with relu hidden layers last/base 0.02 instead of 0.09 (observed-comparisons.txt)', 'static', ['no-nonlinearity']],
  ['lr-out-of-range.adam-lr-one', 'adam lr 1 (meant 0.001?)', 'static', ['lr-out-of-range', 'lr-too-high']],
  ['lr-out-of-range.sgd-1e-6', 'plain sgd lr 1e-6 for 300 epochs', 'static', ['lr-out-of-range', 'lr-too-low']],
  ['lr-out-of-range.rmsprop-half', 'rmsprop lr 0.5', 'static', ['lr-out-of-range', 'lr-too-high']],
  ['lr-too-high.rmsprop-0.05', 'rmsprop lr 0.05 on a temperature regression: noisy loss, most relus die (healthy temps-next-hour-adam ends at 0.75)', 'training', ['lr-too-high', 'oscillating-loss', 'dead-relu', 'lr-out-of-range']],
  ['lr-too-high.sgd-momentum-0.3', 'sgd lr 0.3 with momentum 0.9 on a tanh regression: loss jumps step to step then NaN at epoch 5', 'probe', ['lr-too-high', 'nan-loss', 'exploding-gradient', 'oscillating-loss', 'lr-out-of-range']],
  ['lr-too-high.adam-0.1-classifier', 'adam lr 0.1 on the 3-state classifier: loss jitters 0.35-0.55, 84% of layer-2 relus dead (healthy sensor-state-relu-cce 0.49 with dropout)', 'training', ['lr-too-high', 'oscillating-loss', 'dead-relu', 'lr-out-of-range']],
  ['lr-too-low.sgd-plain-1e-4', 'plain sgd 1e-4 on rises/falls: loss still near baseline after 300 epochs', 'training', ['lr-too-low', 'loss-plateau', 'lr-out-of-range']],
  ['lr-too-low.adam-1e-5-raw-target', 'adam 1e-5 on °C targets: 5.6x the baseline after 300 epochs', 'training', ['lr-too-low', 'loss-plateau', 'lr-out-of-range']],
  ['lr-too-low.adam-default-megawatts', 'adam at the default 0.001 on a target in MW (~30000) with bias 0: the output cannot reach the mean in 300 epochs', 'training', ['lr-too-low', 'loss-plateau']],
  ['lr-too-low.sgd-minmax-ratio-slow', 'plain sgd 0.01 on a small-variance ratio target: still creeping down after 300 epochs', 'training', ['lr-too-low', 'loss-plateau']],
  ['dead-relu.negative-bias-init', 'relu layers with bias -3 ("to keep activations sparse")', 'probe', ['dead-relu', 'loss-plateau']],
  ['dead-relu.raw-megawatt-inputs', 'normalize "none" with lag features in MW: the first sgd step kills 97% of the first layer', 'probe', ['dead-relu', 'lr-too-high', 'exploding-gradient']],
  ['vanishing-gradient.five-sigmoid-layers', 'five sigmoid hidden layers of 16 with plain sgd 0.01', 'probe', ['vanishing-gradient', 'loss-plateau']],
  ['vanishing-gradient.tanh-small-normal', 'four tanh layers with normal std 0.01, plain sgd', 'probe', ['vanishing-gradient', 'init-scale', 'loss-plateau']],
  ['exploding-gradient.raw-sales-sgd', 'raw sales lags (thousands) as inputs and raw sales as target, sgd 1e-4', 'probe', ['exploding-gradient', 'lr-too-high', 'nan-loss']],
  ['exploding-gradient.megawatt-target-momentum', 'MW target with sgd 1e-5 and momentum 0.9: gradient norms grow 1e5 to 1e24 in six steps, then NaN', 'probe', ['exploding-gradient', 'nan-loss', 'lr-too-high']],
  ['saturated-activation.tanh-raw-rpm', 'tanh layers fed raw rpm (1500-2900) and temperatures: all first-layer units saturated', 'probe', ['saturated-activation', 'vanishing-gradient', 'loss-plateau']],
  ['saturated-activation.sigmoid-raw-lags', 'sigmoid layer with normal std 0.5 fed raw temperatures and humidity (normalize none)', 'probe', ['saturated-activation', 'init-scale']],
  ['loss-plateau.sigmoid-stack-sgd', 'three sigmoid layers of 8 with plain sgd on sales up/down: loss at ~0.69 for 300 epochs', 'training', ['loss-plateau', 'vanishing-gradient', 'lr-too-low']],
  ['loss-plateau.sigmoid-stack-rises', 'the same habit on temperature rises/falls: flat at ~0.69 for ~90 epochs before it learns', 'training', ['loss-plateau', 'vanishing-gradient', 'lr-too-low']],
  ['oscillating-loss.momentum-0.99', 'sgd 0.02 with momentum 0.99 on temperature deltas: loss swings between 1.1 and 2.9', 'training', ['oscillating-loss', 'lr-too-high']],
  ['oscillating-loss.rmsprop-full-batch', 'full-batch rmsprop 0.03: loss settles then spikes again and again', 'training', ['oscillating-loss', 'lr-too-high']],
  ['nan-loss.raw-sales-sgd-momentum', 'unnormalized sales inputs and target, sgd 0.01 momentum 0.9', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  ['nan-loss.megawatt-sgd-unscaled', 'unnormalized MW inputs and target, sgd 0.001', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
];

function measured(file: string): Map<string, string> {
  const lines = fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n').filter((l) => l.trim());
  const map = new Map<string, string>();
  for (const line of lines) {
    const t = line.trim();
    const name = t.includes('.nn.json') ? t.slice(0, t.indexOf('.nn.json')) : t.slice(0, t.indexOf(':'));
    map.set(name, t);
  }
  return map;
}

const faults = measured('observed.txt'), healthy = measured('observed-healthy.txt');
const manifest = {
  about: 'Forty-first fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets. Theme: forecasting without recurrent layers: lagged-window features of synthetic series (data/generate.ts: sales.csv daily store sales with weekly/yearly seasonality and promotions, targets raw units, 7-day difference, ratio and up/down with 7% flipped labels; temps.csv hourly temperatures, targets °C, delta and rises with 8% flipped; sensor.csv machine vibration with wear, targets vib_next, 3 string states with 8% relabelled, alarm; load.csv hourly grid load in MW with daily and weekly cycles, targets MW, ratio to the day before, peak; sensor-export.csv with NA/empty cells), calendar sin/cos, every builtin and two inline tables. Each "fault" and "covers" carries the bare-engine result of test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); curves in observed-curves.txt, first steps in observed-steps.txt (test/faults/steps.ts), the same specs with relu hidden layers in observed-comparisons.txt. Specs written by author.ts, this manifest by write-manifest.ts. See README.md for what was read.',
  faults: F.map(([name, fault, stage, extra]) => {
    const code = name.slice(0, name.indexOf('.'));
    const evidence = faults.get(name);
    if (!evidence) throw new Error(`no measurement for ${name}`);
    return { file: `faulty/${name}.nn.json`, code, fault: `${fault} (observe: ${evidence})`, stage, catches: extra.length ? extra : [code] };
  }),
  healthy: [...healthy.keys()].map((name) => {
    const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'healthy', `${name}.nn.json`), 'utf8'));
    const layers = spec.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? ' bn' : ''}`)).join(', ');
    const data = spec.data.csv ? `${path.basename(spec.data.csv)} → ${JSON.stringify(spec.data.target)} ${spec.data.normalize}` : spec.data.builtin ? `builtin ${spec.data.builtin}${spec.data.normalize ? ' ' + spec.data.normalize : ''}` : 'inline';
    const o = spec.optimizer;
    const opt = `${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
    const t = spec.training;
    return { file: `healthy/${name}.nn.json`, covers: `${data}, [${layers}], ${spec.loss}, ${opt}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''} (observe: ${healthy.get(name)})` };
  }),
};
if (manifest.faults.length !== faults.size) throw new Error(`observed.txt has ${faults.size} specs, manifest ${manifest.faults.length}`);
fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
