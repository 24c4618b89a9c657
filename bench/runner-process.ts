/**
 * One benchmark runner in a process of its own: `fork`ed by bench/throughput.ts with the framework
 * and network as arguments, it builds the runner and answers the parent's requests one at a time.
 * Isolation matters because loading a large library changes how V8 runs everything else in the
 * process: our engine trains ~15% slower in a process that has merely loaded TensorFlow.js (measured
 * with bench/step-phases.ts), while neither the CLI nor the extension's worker ever loads it. Only
 * one process computes at a time (the parent waits for each answer), so the runners never compete.
 */
import { performance } from 'perf_hooks';
import { BENCH_CASES, type BenchCaseName } from './cases';
import type { Runner } from './our-runner';

/** A request from the parent. */
export type RunnerRequest = { kind: 'round'; budgetMs: number } | { kind: 'warmup'; epochs: number } | { kind: 'finish' };

/** The answer: samples/s of a round, or the final loss. */
export type RunnerReply = { kind: 'ready' } | { kind: 'rate'; samplesPerSec: number } | { kind: 'done'; loss?: number };

/** Which runner a process measures. */
export type RunnerKind = 'ours' | 'ours-bare' | 'tfjs' | 'brain';

async function makeRunner(kind: RunnerKind, caseName: BenchCaseName): Promise<{ runner: Runner; samples: number }> {
  const { c, oneHot, outputs } = BENCH_CASES[caseName]();
  if (kind === 'ours' || kind === 'ours-bare') {
    const { ourRunner } = await import('./our-runner');
    return { runner: ourRunner(c, kind === 'ours'), samples: c.data.samples };
  }
  const frameworks = await import('./frameworks');
  if (kind === 'brain') return { runner: frameworks.brainRunner(c, oneHot, outputs), samples: c.data.samples };
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  return { runner: frameworks.tfjsRunner(c, oneHot, outputs), samples: c.data.samples };
}

function timeRound(runner: Runner, samples: number, budgetMs: number): number {
  let epochs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs || epochs < 1) {
    runner.epoch();
    epochs++;
    elapsed = performance.now() - start;
  }
  return (epochs * samples * 1000) / elapsed;
}

async function serve(): Promise<void> {
  const [kind, caseName] = process.argv.slice(2) as [RunnerKind, BenchCaseName];
  const { runner, samples } = await makeRunner(kind, caseName);
  const reply = (message: RunnerReply) => process.send?.(message);
  process.on('message', (request: RunnerRequest) => {
    if (request.kind === 'warmup') {
      for (let i = 0; i < request.epochs; i++) runner.epoch();
      reply({ kind: 'ready' });
    } else if (request.kind === 'round') {
      reply({ kind: 'rate', samplesPerSec: timeRound(runner, samples, request.budgetMs) });
    } else {
      const loss = runner.loss?.();
      runner.dispose?.();
      reply({ kind: 'done', loss });
      process.disconnect?.();
    }
  });
  reply({ kind: 'ready' });
}

if (require.main === module) void serve();
