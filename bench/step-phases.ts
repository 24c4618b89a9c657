/**
 * `npx tsx bench/step-phases.ts [--with-tfjs]`: where the time of one training step of the
 * benchmark's 2-16-16-1 network goes (issue #2), phase by phase. Each phase is timed on its own,
 * many times over on the buffers of a network trained for a while, best of 9 repetitions; the whole
 * step is timed through Trainer.trainEpoch. Phases timed alone run a little faster than inside a
 * step (warm caches and branch history), so their sum falls short of the step by the per-step
 * bookkeeping and that effect.
 *
 * `--with-tfjs` loads TensorFlow.js first, as `npm run bench` does (its runners share the process).
 * Our code alone then runs ~15% slower: the same happens after loading any large module (the
 * TypeScript compiler does it too), with no change in V8's inlining and none from where our buffers
 * lie, so it seems to come from where the machine code lands; the training worker and the CLI do not
 * load such modules.
 */
import { performance } from 'perf_hooks';
import { Trainer } from '../src/engine';
import { assemble } from '../src/engine/assemble';
import { countCorrect } from '../src/engine/losses';
import { Optimizer } from '../src/engine/optimizers';
import { allocate, type FloatArray } from '../src/engine/tensor';
import { BENCH_CASES, specFor } from './cases';

const ROWS = 32;
const WARM_EPOCHS = 300;

/** Best per-call time in µs of `body` over 9 repetitions of `calls` calls. */
function time(body: () => void, calls = 20_000): number {
  for (let i = 0; i < calls; i++) body();
  let best = Infinity;
  for (let rep = 0; rep < 9; rep++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) body();
    best = Math.min(best, ((performance.now() - start) * 1000) / calls);
  }
  return best;
}

function main(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (process.argv.includes('--with-tfjs')) require('@tensorflow/tfjs');
  const { c } = BENCH_CASES.small();
  const spec = specFor(c);

  // The whole step, as the benchmark measures it (instrumented, shuffled, epoch bookkeeping included).
  const trainer = new Trainer(spec, c.data);
  for (let e = 0; e < WARM_EPOCHS; e++) trainer.trainEpoch();
  const step = time(() => trainer.trainEpoch(), 200) / trainer.stepsPerEpoch;

  // The same network's pieces, driven one at a time.
  const { network, source } = assemble(spec, c.data, 'float32');
  const optimizer = new Optimizer(spec.optimizer, network.params, 'float32');
  const x = allocate(network.storage, ROWS * 2), y = allocate('float32', ROWS), labels = new Int32Array(ROWS);
  const trainOneStep = (start: number) => {
    source.gather(source.train, start, ROWS, x, y, labels);
    network.forward(x, ROWS, 'train');
    network.loss(y, ROWS, true);
    network.backward(ROWS);
    optimizer.step(false);
    network.weightsChanged();
  };
  for (let e = 0; e < WARM_EPOCHS; e++) for (let s = 0; s < 64; s++) trainOneStep(s * ROWS);
  const [l1, l2, l3] = network.dense;
  const seed = Float64Array.from(l3.gradOutput);
  const phases: [string, number][] = [
    ['gather a batch', time(() => source.gather(source.train, 0, ROWS, x, y, labels))],
    ['forward 2→16 (product, bias, sigmoid)', time(() => l1.forward(x, ROWS, 'train'))],
    ['forward 16→16', time(() => l2.forward(l1.output, ROWS, 'train'))],
    ['forward 16→1', time(() => l3.forward(l2.output, ROWS, 'train'))],
    ['mse through the output sigmoid', time(() => network.loss(y, ROWS, true))],
    ['accuracy count', time(() => countCorrect(l3.output, labels, ROWS, 1, 2))],
    ['backward 16→1 (dW, dX with 16→16 sigmoid′ and db)', time(() => { l3.gradOutput.set(seed); l3.backward(l2.output, ROWS, l2.gradOutput); })],
    ['backward 16→16 (dW, dX with 2→16 sigmoid′ and db)', time(() => l2.backward(l1.output, ROWS, l1.gradOutput))],
    ['backward 2→16 (dW)', time(() => l1.backward(x, ROWS, undefined))],
    ['SGD update of 337 parameters', time(() => optimizer.step(false))],
  ];
  const total = phases.reduce((sum, [, us]) => sum + us, 0);
  const inContext = timeInContext(source, network, optimizer, x, y, labels);
  const loaded = process.argv.includes('--with-tfjs') ? ', TensorFlow.js loaded' : '';
  console.log(`One step of 2-16-16-1, batch ${ROWS}, float32 (µs), node ${process.version}${loaded}\n`);
  for (const [name, us] of phases) console.log(`${name.padEnd(52)} ${us.toFixed(2).padStart(6)}`);
  console.log(`${'sum of the phases'.padEnd(52)} ${total.toFixed(2).padStart(6)}`);
  console.log(`${'whole step (Trainer.trainEpoch ÷ 64)'.padEnd(52)} ${step.toFixed(2).padStart(6)}  → ${((ROWS * 1e6) / step / 1e6).toFixed(2)} M samples/s`);
  console.log('\nIn context (64 batches in a row, as the trainer calls them, SGD fused into backward):');
  for (const [name, us] of inContext) console.log(`${name.padEnd(52)} ${us.toFixed(2).padStart(6)}`);
}

/**
 * Cumulative per-step times of the real sequence over an epoch's 64 batches: where a phase timed
 * alone (same buffers, same data every call) runs faster than between the others, this shows it.
 */
function timeInContext(source: ReturnType<typeof assemble>['source'], network: ReturnType<typeof assemble>['network'], optimizer: Optimizer, x: FloatArray, y: FloatArray, labels: Int32Array): [string, number][] {
  const update = optimizer.fusedUpdate();
  if (!update) throw new Error('step-phases: the benchmark network should take the fused SGD update');
  const steps = (upTo: 'forward' | 'loss' | 'all') => () => {
    for (let s = 0; s < 64; s++) {
      source.gather(source.train, s * ROWS, ROWS, x, y, labels);
      const out = network.forward(x, ROWS, 'train');
      if (upTo === 'forward') continue;
      network.loss(y, ROWS, true);
      countCorrect(out, labels, ROWS, 1, 2);
      if (upTo === 'loss') continue;
      network.backward(ROWS, update);
      optimizer.countFusedStep();
      network.weightsChanged();
    }
  };
  const forward = time(steps('forward'), 200) / 64, loss = time(steps('loss'), 200) / 64, all = time(steps('all'), 200) / 64;
  return [['gather + forward', forward], ['… + mse + accuracy', loss], ['… + backward with the SGD update (one whole step)', all], ['  of which backward and update', all - loss]];
}

main();
