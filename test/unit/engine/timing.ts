/**
 * Local timing of the engine alone (not a test: no assertions, not matched by mocha's *.test.ts).
 *   npx tsx test/unit/engine/timing.ts [milliseconds per measurement, default 3000]
 * Prints samples/s for the two networks of `npm run bench` (bench/cases.ts) in float32, instrumented
 * and bare, and GFLOP/s counted as 6 flops per weight per sample (the convention of
 * bench/throughput.ts). No framework is loaded; the comparison with them lives in bench/.
 */
import { performance } from 'perf_hooks';
import { BENCH_CASES, type BenchCaseName } from '../../../bench/cases';
import { ourRunner } from '../../../bench/our-runner';

const BUDGET_MS = Number(process.argv[2] ?? 3000);

function samplesPerSecond(name: BenchCaseName, instrument: boolean): number {
  const { c } = BENCH_CASES[name]();
  const runner = ourRunner(c, instrument);
  for (let i = 0; i < 3; i++) runner.epoch();
  let epochs = 0;
  const start = performance.now();
  while (performance.now() - start < BUDGET_MS || epochs < 3) {
    runner.epoch();
    epochs++;
  }
  return (epochs * c.data.samples * 1000) / (performance.now() - start);
}

for (const name of Object.keys(BENCH_CASES) as BenchCaseName[]) {
  const { c } = BENCH_CASES[name]();
  const weights = c.widths.slice(1).reduce((sum, units, i) => sum + c.widths[i] * units, 0);
  const instrumented = samplesPerSecond(name, true), bare = samplesPerSecond(name, false);
  console.log(
    `${c.label}: ${instrumented.toFixed(0)} samples/s instrumented (${((instrumented * 6 * weights) / 1e9).toFixed(2)} GFLOP/s), ` +
      `${bare.toFixed(0)} bare, instrumentation cost ${(100 * (1 - instrumented / bare)).toFixed(1)}%`,
  );
}
