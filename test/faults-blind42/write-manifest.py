"""Files each observed candidate under faulty/ or healthy/ and writes manifest.json from observed.txt.
The verdicts below were decided by reading observed.txt / observed-curves.txt (bare engine only)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    m = re.match(r'\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line.strip()

F = [  # candidate, code, slug, stage, catches, fault
 ('churn-batch_size-key', 'invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'], 'training block written with "batch_size" (Keras/PyTorch habit) instead of batchSize'),
 ('housing-lr-string', 'invalid-spec', 'lr-quoted-string', 'static', ['invalid-spec'], 'learning rate written as the string "1e-2" (copied from a config file)'),
 ('churn-export-na', 'data-error', 'crm-export-na-cells', 'static', ['data-error'], 'CRM export with "n/a" and empty cells in monthly_charge and data_gb'),
 ('churn-target-typo', 'data-error', 'target-capitalised', 'static', ['data-error'], 'target written "Churn" but the column is "churn"'),
 ('inline-ragged-rows', 'data-error', 'inline-ragged-row', 'static', ['data-error', 'invalid-spec'], 'inline table with one row missing its humidity value'),
 ('housing-two-outputs', 'shape-mismatch', 'regression-two-outputs', 'static', ['shape-mismatch'], 'price regression (one target) with a 2-unit output layer'),
 ('spirals-two-outputs', 'shape-mismatch', 'spirals3-two-softmax-units', 'static', ['shape-mismatch'], '3-class spirals with a 2-unit softmax output (classes knob changed, output not)'),
 ('churn-softmax-output-bce', 'loss-activation-mismatch', 'one-unit-softmax-bce', 'static', ['loss-activation-mismatch'], 'binary churn with a 1-unit softmax output under bce: the output is always 1, nothing learns'),
 ('housing-sigmoid-output', 'loss-activation-mismatch', 'price-sigmoid-output', 'static', ['loss-activation-mismatch', 'saturated-activation'], 'price regression (targets ~1-9) through a sigmoid output under mse: cannot exceed 1'),
 ('moons-linear-output-bce', 'loss-activation-mismatch', 'moons-linear-output-bce', 'static', ['loss-activation-mismatch'], 'bce on a linear output (sigmoid forgotten on the last layer)'),
 ('sine-sigmoid-output', 'loss-activation-mismatch', 'sine-sigmoid-output', 'static', ['loss-activation-mismatch', 'saturated-activation'], 'sine regression (targets in -1..1) through a sigmoid output: the negative half is unreachable'),
 ('spirals-sigmoid-output-cce', 'loss-activation-mismatch', 'spirals-sigmoid-output-cce', 'static', ['loss-activation-mismatch'], 'cce on 3 sigmoid outputs: loss driven to ~0 by saturating every output at 1 while accuracy stays at chance'),
 ('churn-init-constant', 'init-symmetry', 'churn-constant-0.1', 'static', ['init-symmetry'], 'hidden weights all initialised to the constant 0.1: every unit of a layer stays identical'),
 ('housing-init-zeros', 'init-symmetry', 'housing-all-zeros', 'static', ['init-symmetry', 'dead-relu'], 'every layer initialised to zeros (relu hidden layers)'),
 ('churn-init-normal-std3', 'init-scale', 'churn-normal-std3', 'static', ['init-scale', 'exploding-gradient'], 'normal init with std 3 on all layers (meant 0.3?)'),
 ('circles-relu-normal-std4-deep', 'init-scale', 'circles-normal-std4-deep', 'static', ['init-scale', 'exploding-gradient', 'dead-relu'], 'three 32-unit relu layers with normal std 4 init'),
 ('housing-linear-stack', 'no-nonlinearity', 'housing-linear-hidden', 'static', ['no-nonlinearity'], 'hidden activations left at linear (activation omitted): the 3-layer net is one linear map'),
 ('spirals-linear-stack', 'no-nonlinearity', 'spirals-linear-hidden', 'static', ['no-nonlinearity'], '3-class spirals with linear hidden layers'),
 ('churn-adam-lr5', 'lr-out-of-range', 'adam-lr5', 'static', ['lr-out-of-range', 'lr-too-high', 'dead-relu'], 'top rung of an Adam learning-rate ladder: lr 5'),
 ('housing-sgd-lr1e-7', 'lr-out-of-range', 'sgd-lr1e-7', 'static', ['lr-out-of-range', 'lr-too-low'], 'bottom rung of an SGD ladder: lr 1e-7'),
 ('moons-rmsprop-lr10', 'lr-out-of-range', 'rmsprop-lr10', 'static', ['lr-out-of-range', 'lr-too-high', 'saturated-activation'], 'RMSprop with lr 10'),
 ('churn-adam-lr0.3', 'lr-too-high', 'churn-adam-lr0.3', 'probe', ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'Adam lr 0.3 on the churn base (lr 0.003 trains)'),
 ('housing-sgd-lr0.2', 'lr-too-high', 'housing-sgd-momentum-lr0.2', 'probe', ['lr-too-high', 'dead-relu', 'exploding-gradient'], 'SGD momentum 0.9 with lr 0.2 on the housing base (0.01 trains)'),
 ('circles-sgd-lr1.5', 'lr-too-high', 'circles-sgd-momentum-lr1.5', 'probe', ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'SGD momentum 0.9 with lr 1.5 on circles (0.05 trains)'),
 ('churn-adam-lr1e-4', 'lr-too-low', 'churn-adam-lr1e-4', 'probe', ['lr-too-low', 'loss-plateau'], 'Adam lr 1e-4 for only 150 epochs: ends at the class-prior loss'),
 ('moons-sgd-lr1e-4', 'lr-too-low', 'moons-sgd-lr1e-4', 'probe', ['lr-too-low', 'loss-plateau'], 'plain SGD lr 1e-4 on moons, 120 epochs'),
 ('spirals-adam-lr1e-5', 'lr-too-low', 'spirals-adam-lr1e-5', 'probe', ['lr-too-low', 'lr-out-of-range', 'loss-plateau'], 'Adam lr 1e-5 on 3-class spirals, 300 epochs'),
 ('housing-target-eur-adam', 'lr-too-low', 'price-in-euros-adam', 'training', ['lr-too-low', 'loss-plateau'], 'target switched to price in euros (~1e5-9e5) with Adam lr 1e-3: steps of ~1e-3 cannot reach the scale, loss creeps down from 2.22e11 to ~1.13e11 (see observed-curves.txt)'),
 ('housing-sgd-lr0.05', 'dead-relu', 'housing-sgd-lr0.05', 'training', ['dead-relu', 'lr-too-high'], 'SGD momentum 0.9 lr 0.05 (one rung above the healthy 0.01): the second relu layer dies'),
 ('housing-batch1-lr0.01', 'dead-relu', 'housing-batch1', 'training', ['dead-relu', 'lr-too-high', 'exploding-gradient'], 'batch size 1 with the base SGD momentum lr 0.01: the second relu layer dies in the first epoch'),
 ('churn-sigmoid-deep5-sgd', 'vanishing-gradient', 'churn-sigmoid-deep5-sgd', 'probe', ['vanishing-gradient', 'loss-plateau'], 'five 16-unit sigmoid hidden layers with plain SGD lr 0.01'),
 ('sine-sigmoid-deep5-sgd', 'vanishing-gradient', 'sine-sigmoid-deep5-sgd', 'probe', ['vanishing-gradient', 'loss-plateau'], 'five 24-unit sigmoid hidden layers with plain SGD lr 0.01 on sine'),
 ('housing-normalize-none', 'exploding-gradient', 'housing-raw-features', 'probe', ['exploding-gradient', 'dead-relu', 'lr-too-high'], 'normalize dropped from the housing base (area up to 260 m2) with SGD momentum: loss 3.4e27 in epoch 1, then every relu dead'),
 ('housing-deep5-lr0.03', 'exploding-gradient', 'housing-deep5-sgd-lr0.03', 'probe', ['exploding-gradient', 'dead-relu', 'lr-too-high'], 'five 32-unit relu layers, SGD momentum 0.9 lr 0.03: loss 8.5e33 in epoch 1, then all dead'),
 ('churn-tanh-normalize-none', 'saturated-activation', 'churn-tanh-raw-features', 'probe', ['saturated-activation'], 'tanh hidden layers on unnormalized churn features (charges 18-120, tenure 0-72)'),
 ('churn-sigmoid-normalize-none', 'saturated-activation', 'churn-sigmoid-raw-features', 'probe', ['saturated-activation'], 'sigmoid hidden layers on unnormalized churn features'),
 ('housing-tanh-normalize-none', 'saturated-activation', 'housing-tanh-raw-features', 'probe', ['saturated-activation'], 'tanh hidden layers on unnormalized housing features (area up to 260)'),
 ('circles-wd0.5', 'loss-plateau', 'circles-weight-decay-0.5', 'training', ['loss-plateau', 'dead-relu'], 'top rung of a weight-decay ladder: 0.5 (coupled L2) pins the weights near zero'),
 ('churn-wd0.1', 'loss-plateau', 'churn-weight-decay-0.1', 'training', ['loss-plateau'], 'Adam weight decay 0.1 on churn: predicts the majority class (acc 0.783 = prior)'),
 ('moons-dropout0.9', 'loss-plateau', 'moons-dropout-0.9', 'training', ['loss-plateau'], 'dropout rate 0.9 twice (keep-probability confused with rate): loss flat ~0.42 from epoch 7 (dropout 0.2 reaches 0.16)'),
 ('sine-adam-lr0.1-batch4', 'oscillating-loss', 'sine-adam-lr0.1-batch4', 'training', ['oscillating-loss', 'lr-too-high', 'saturated-activation'], 'Adam lr 0.1 with batch 4 on sine: loss swings 0.12-1.38 (see observed-curves.txt)'),
 ('housing-adam-lr0.1-batch8', 'oscillating-loss', 'housing-adam-lr0.1-batch8', 'training', ['oscillating-loss', 'lr-too-high', 'dead-relu'], 'Adam lr 0.1 with batch 8 on housing: loss swings 0.19-0.69 for 200 epochs (see observed-curves.txt)'),
 ('iris-sgd-lr1-momentum', 'oscillating-loss', 'iris-sgd-lr1-momentum', 'training', ['oscillating-loss', 'lr-too-high'], 'SGD momentum 0.9 lr 1 on iris: loss jumps 0.21-1.45 early and never settles below 0.27 (lr 0.01 Adam reaches 0.03)'),
 ('housing-target-eur', 'nan-loss', 'price-in-euros-sgd', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'target switched to price in euros with the base SGD momentum lr 0.01: NaN in epoch 1'),
 ('sine-sgd-lr0.5-momentum', 'nan-loss', 'sine-sgd-momentum-lr0.5', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high', 'lr-out-of-range'], 'SGD momentum 0.9 lr 0.5 on sine: NaN in epoch 1'),
]
H = {
 'blobs-single-layer': 'blobs 300 noise 0.2, one sigmoid unit (logistic regression), sgd 0.1, batch 10, 60 epochs',
 'blobs4-rmsprop': 'blobs 4 classes 400 noise 0.3, [16 relu, 4 softmax], rmsprop 0.003, batch 40, 80 epochs',
 'churn-adam-lr3e-4': 'churn.csv standard, [16 relu, 8 relu, 1 sigmoid], adam 3e-4 (small but fine), batch 32, 150 epochs, val 0.2',
 'churn-adam-lr1e-3': 'churn base with adam 1e-3',
 'churn-adam-lr3e-3': 'churn base (adam 3e-3, batch 32, 150 epochs, val 0.2)',
 'churn-batch1': 'churn base with batch 1, 40 epochs',
 'churn-batch8': 'churn base with batch 8',
 'churn-batch128': 'churn base with batch 128, 300 epochs',
 'churn-batch-full': 'churn base with full batch (420), 600 epochs',
 'churn-dropout0.3-wd': 'churn, [32 relu, dropout 0.3, 16 relu, 1 sigmoid], adam 0.002 weightDecay 5e-4',
 'churn-elu': 'churn base with elu hidden layers',
 'churn-leaky-batchnorm': 'churn base with leaky_relu + batchNorm hidden layers',
 'churn-normalize-minmax': 'churn base with minmax normalization',
 'circles-wd0': 'circles 400 noise 0.08, [8 relu, 8 relu, 1 sigmoid], sgd momentum 0.9 lr 0.05, batch 20, 150 epochs',
 'circles-wd1e-3': 'circles base with weight decay 1e-3',
 'housing-batch-full-adam': 'housing.csv price_100k standard, [32 relu, 16 relu, 1 linear], adam 0.01 full batch (360), 800 epochs',
 'housing-depth1': 'housing base with one 64-unit relu layer',
 'housing-depth4-wd': 'housing, 4 relu hidden layers, sgd momentum lr 0.005, weight decay 1e-4',
 'housing-rmsprop-long': 'housing base with rmsprop 0.001, batch 32, 600 epochs',
 'housing-sgd-lr0.05-clip': 'housing base with sgd momentum lr 0.05 and clipNorm 1 (large but fine with clipping)',
 'housing-sgd-lr1e-2': 'housing base (sgd momentum 0.9 lr 0.01, batch 16, 200 epochs)',
 'housing-sgd-lr1e-3': 'housing base with sgd lr 1e-3',
 'housing-sgd-lr1e-4': 'housing base with sgd lr 1e-4 (small but fine with momentum)',
 'inline-thermostat': 'inline 12-row table (temperature, humidity -> heating on), standard, [6 tanh, 1 sigmoid], adam 0.02, batch 4, 300 epochs',
 'iris-adam-small': 'iris standard, [12 relu, 3 softmax], adam 0.01, batch 16, 150 epochs, val 0.2',
 'iris-sgd-full-batch': 'iris minmax, [10 tanh, 3 softmax], sgd momentum 0.9 lr 0.3 full batch, 400 epochs',
 'moons-adam-lr1e-3-small': 'moons 500 noise 0.25, [16 tanh, 16 tanh, 1 sigmoid], adam 1e-3, batch 50, 400 epochs',
 'moons-dropout0.2': 'moons, [32 tanh, dropout 0.2, 32 tanh, 1 sigmoid], rmsprop 0.005',
 'moons-rmsprop-lr5e-3': 'moons base (rmsprop 0.005, batch 25, 120 epochs)',
 'moons-sgd-momentum': 'moons base with sgd nesterov momentum 0.9 lr 0.1',
 'sine-samples1000-batchnorm': 'sine 1000 noise 0.1, [32 relu+bn, 32 relu+bn, 1 linear], adam 0.01, batch 64, 100 epochs',
 'sine-sgd-lr0.02': 'sine 300 noise 0.05, [32 tanh, 32 tanh, 1 linear], sgd momentum 0.9 lr 0.02, batch 10, 400 epochs',
 'sine-tanh-adam': 'sine base (adam 0.01, batch 16, 300 epochs)',
 'spirals-samples300-lr1e-2': 'spirals 3 classes 300 noise 0.05, [64 relu, 64 relu, 3 softmax], adam 0.01, batch 32, 400 epochs',
 'xor-deep-narrow-leaky': 'xor 300, four 8-unit leaky_relu layers + sigmoid (depth 5), adam 0.005, batch 16, 200 epochs',
 'xor-samples400-noise0.2': 'xor 400 noise 0.2, [16 relu, 16 relu, 1 sigmoid], adam 0.01, batch 32, 150 epochs',
}
faults, healthy = [], []
for cand, code, slug, stage, catches, text in F:
    file = f'faulty/{code}.{slug}.nn.json'
    src = os.path.join(HERE, 'candidates', cand + '.nn.json')
    if os.path.exists(src): os.rename(src, os.path.join(HERE, file))
    faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs[cand]})', 'stage': stage, 'catches': catches})
for cand, covers in H.items():
    file = f'healthy/{cand}.nn.json'
    src = os.path.join(HERE, 'candidates', cand + '.nn.json')
    if os.path.exists(src): os.rename(src, os.path.join(HERE, file))
    healthy.append({'file': file, 'covers': f'{covers} (observe: {obs[cand]})'})
about = ('Forty-second fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
 'Theme: hyperparameter sweeps as practitioners write them: six base models (churn.csv classification, housing.csv regression, moons 500/0.25, spirals 3 classes, sine, circles 400/0.08) copied into specs that change one knob (learning-rate, batch-size, depth/width, init, optimizer, normalization, weight-decay, dropout, epochs), each filed faulty or healthy by what it did on the bare engine. '
 'Each "fault"/"covers" carries the line of test/faults/observe.ts --summary (observed.txt); curves of the oscillating/plateau/lr ones in observed-curves.txt. No diagnosis code involved. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
print(len(faults), 'faults', len(healthy), 'healthy; left in candidates/:', sorted(os.listdir(os.path.join(HERE, 'candidates'))))
