/**
 * `npm run bench`: training throughput of our engine against TensorFlow.js (CPU backend) and
 * brain.js, all measured in this run on this machine, so the ratios hold even where timings are noisy.
 * The runners of a network are measured in interleaved rounds (see `measureInterleaved`), so that
 * load from other processes falls on all of them alike.
 */
import * as tf from '@tensorflow/tfjs';
import { performance } from 'perf_hooks';
import { BENCH_CASES, type BenchCaseName } from './cases';
import { brainRunner, ourRunner, Runner, tfjsRunner } from './frameworks';
import { measureIsolated, type IsolatedEntry } from './isolated';
import type { RunnerKind } from './runner-process';

const BUDGET_MS = Number(process.env.BENCH_MS ?? 3000);
/** Rounds per runner on the small network; each runner trains for BUDGET_MS / rounds per round. */
const ROUNDS = Math.max(1, Math.round(Number(process.env.BENCH_ROUNDS ?? 6)));
/** On 784-128-64-10 a TF.js epoch takes ~2.7 s, whole epochs per round, so fewer rounds. */
const BIG_ROUNDS = Math.min(ROUNDS, 3);
/**
 * Each runner in its own process (the default), or all in this one (BENCH_ISOLATE=0): loading
 * TensorFlow.js slows our engine by ~15% in the same process, which no real user of ours pays.
 */
const ISOLATE = process.env.BENCH_ISOLATE !== '0';

/** Final training loss of each measured runner, printed so a runner that does not train shows. */
const finalLosses: Record<string, number> = {};
/** Slowest and fastest round of each runner, samples/s, printed to show the spread. */
const spreads: Record<string, [number, number]> = {};

/** A runner to measure, with the samples one of its epochs trains on. */
interface Entry {
  name: string;
  runner: Runner;
  samplesPerEpoch: number;
}

/**
 * Samples per second of each runner: all warm up (3 epochs each), then in each round every runner
 * in turn trains whole epochs for BUDGET_MS / rounds; a runner's figure is its median round. Measuring one runner for the whole budget and then the next let a burst of load from
 * another process land on one of them only.
 */
function measureInterleaved(entries: Entry[], rounds: number): number[] {
  for (const entry of entries) for (let i = 0; i < 3; i++) entry.runner.epoch();
  const rates = entries.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    entries.forEach((entry, k) => rates[k].push(timeRound(entry, BUDGET_MS / rounds)));
  }
  return entries.map((entry, k) => {
    if (entry.runner.loss) finalLosses[entry.name] = entry.runner.loss();
    entry.runner.dispose?.();
    const sorted = rates[k].sort((a, b) => a - b);
    spreads[entry.name] = [sorted[0], sorted[sorted.length - 1]];
    return median(sorted);
  });
}

/** Samples per second over as many whole epochs as fit in `budgetMs` (at least one). */
function timeRound(entry: Entry, budgetMs: number): number {
  let epochs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs || epochs < 1) {
    entry.runner.epoch();
    epochs++;
    elapsed = performance.now() - start;
  }
  return (epochs * entry.samplesPerEpoch * 1000) / elapsed;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Multiply-adds per training sample, ×6: 2 for the forward product, 4 for the two backward ones. */
function flopsPerSample(widths: number[]): number {
  let macs = 0;
  for (let i = 1; i < widths.length; i++) macs += widths[i - 1] * widths[i];
  return 6 * macs;
}

/** Median samples/s of each runner, measured in separate processes or in this one. */
async function measure(entries: IsolatedEntry[], rounds: number): Promise<number[]> {
  if (!ISOLATE) return measureInterleaved(entries.map((e) => ({ name: e.name, ...inProcessRunner(e.kind, e.caseName) })), rounds);
  const results = await measureIsolated(entries, rounds, BUDGET_MS);
  return results.map((r, k) => {
    spreads[entries[k].name] = [r.slowest, r.fastest];
    if (r.loss !== undefined) finalLosses[entries[k].name] = r.loss;
    return r.median;
  });
}

function inProcessRunner(kind: RunnerKind, caseName: BenchCaseName): { runner: Runner; samplesPerEpoch: number } {
  const { c, oneHot, outputs } = BENCH_CASES[caseName]();
  const runner = kind === 'tfjs' ? tfjsRunner(c, oneHot, outputs) : kind === 'brain' ? brainRunner(c, oneHot, outputs) : ourRunner(c, kind === 'ours');
  return { runner, samplesPerEpoch: c.data.samples };
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const small = BENCH_CASES.small().c.label;
  const big = BENCH_CASES.big().c.label;
  const rows: Record<string, number | string>[] = [];
  const [ours, tfjs, brain] = await measure([
    { name: '2-16-16-1 ours', kind: 'ours', caseName: 'small' },
    { name: '2-16-16-1 TF.js', kind: 'tfjs', caseName: 'small' },
    { name: '2-16-16-1 brain.js', kind: 'brain', caseName: 'small' },
  ], ROUNDS);
  rows.push({ case: small, ours, tfjs, brain, vsTfjs: ours / tfjs, vsBrain: ours / brain });

  const [oursBig, oursBare, tfjsBig] = await measure([
    { name: '784-128-64-10 ours', kind: 'ours', caseName: 'big' },
    { name: '784-128-64-10 ours uninstrumented', kind: 'ours-bare', caseName: 'big' },
    { name: '784-128-64-10 TF.js', kind: 'tfjs', caseName: 'big' },
  ], BIG_ROUNDS);
  const gflops = (oursBig * flopsPerSample(BENCH_CASES.big().c.widths)) / 1e9;
  rows.push({ case: big, ours: oursBig, oursUninstrumented: oursBare, tfjs: tfjsBig, vsTfjs: oursBig / tfjsBig, gflops, instrumentationCost: 1 - oursBig / oursBare });
  report(rows);
}

function report(rows: Record<string, number | string>[]): void {
  const f = (v: number | string | undefined, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : v ?? '-');
  console.log(`\nTraining throughput (samples/s), ${BUDGET_MS} ms per runner in ${ROUNDS} interleaved rounds (${BIG_ROUNDS} on 784-128-64-10), median round, ${ISOLATE ? 'each runner in its own process' : 'all runners in one process (BENCH_ISOLATE=0)'}, node ${process.version}\n`);
  console.log('| network | ours | TF.js (cpu) | brain.js | ours ÷ TF.js | ours ÷ brain.js |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.case} | ${f(r.ours)} | ${f(r.tfjs)} | ${f(r.brain)} | ${f(r.vsTfjs, 1)}× | ${r.vsBrain === undefined ? '-' : f(r.vsBrain, 1) + '×'} |`);
  const big = rows[1];
  console.log(`\n784-128-64-10: ${f(big.gflops, 2)} GFLOP/s on one core; instrumentation costs ${f(100 * (big.instrumentationCost as number), 1)}% (${f(big.oursUninstrumented)} samples/s without it)`);
  console.log(`\nSlowest–fastest round: ${Object.entries(spreads).map(([name, [low, high]]) => `${name} ${low.toFixed(0)}–${high.toFixed(0)}`).join(', ')}`);
  console.log(`\nTraining loss after the measured epochs: ${Object.entries(finalLosses).map(([name, loss]) => `${name} ${loss.toFixed(4)}`).join(', ')}`);
  console.log('\n' + JSON.stringify(rows));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
