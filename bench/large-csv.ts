/**
 * `npm run bench:csv`: the static check of a spec on a large CSV, the first time and again. Writes
 * an MNIST-shaped file (60,000 rows of a label and 784 pixel columns, 0-255, mostly 0; about 110 MB)
 * to a temporary folder, then times in one process:
 * - parsing its text (src/spec/csv.ts);
 * - the editor's check of the spec with an empty cache (read, parse, build, normalize, lint) and the
 *   checks after it, which find the load kept (the editor re-checks after every pause in typing);
 * - Train's start in the training worker (dist/worker.js, built by the npm script), from the run's
 *   creation to its `started` message: reading the file itself, and given the host's kept load.
 * `--rows N` writes a smaller file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkSpec } from '../src/diagnosis/check';
import { Random } from '../src/engine/random';
import { parseCsv } from '../src/spec/csv';
import { clearDataCache } from '../src/spec/data';
import { keptDataOf, RunSource, TrainingRun } from '../src/training/training-run';

const WORKER = path.join(__dirname, '..', 'dist', 'worker.js');

/** Milliseconds from a training run's creation to its `started` message; the run is then stopped. */
function trainStart(source: RunSource, withKeptLoad: boolean): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let ms: number | undefined;
    const run: TrainingRun = new TrainingRun(WORKER, source, {
      onStarted: () => {
        ms = performance.now() - started;
        void run.stop().then(() => resolve(ms!));
      },
      onFinished: (_, message) => {
        if (ms === undefined) reject(new Error(`the run did not start: ${message}`));
      },
    }, { kept: withKeptLoad ? keptDataOf(source) : undefined });
  });
}

const PIXELS = 784;

function writeCsv(file: string, rows: number): void {
  const rng = new Random(1);
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, `label,${Array.from({ length: PIXELS }, (_, i) => `p${i}`).join(',')}\n`);
  const cells = new Array<number>(PIXELS);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < PIXELS; i++) cells[i] = rng.next() < 0.8 ? 0 : rng.int(256);
    fs.writeSync(out, `${r % 10},${cells.join(',')}\n`);
  }
  fs.closeSync(out);
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

async function main(): Promise<void> {
  const rowsFlag = process.argv.indexOf('--rows');
  const rows = rowsFlag >= 0 ? Number(process.argv[rowsFlag + 1]) : 60_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-large-csv-'));
  try {
    const file = path.join(dir, 'digits.csv');
    writeCsv(file, rows);
    const text = fs.readFileSync(file, 'utf8');
    console.log(`${rows} rows × ${PIXELS + 1} columns, ${(text.length / 1e6).toFixed(0)} MB`);
    (globalThis as { gc?: () => void }).gc?.();
    const parse = timed(() => parseCsv(text).problems.length).ms;
    console.log(`parse: ${(parse / 1000).toFixed(2)} s`);
    const spec = JSON.stringify({
      data: { csv: 'digits.csv', target: 'label', normalize: 'minmax' },
      layers: [{ type: 'dense', units: 128, activation: 'relu' }, { type: 'dense', units: 64, activation: 'relu' }, { type: 'dense', units: 10, activation: 'softmax' }],
      loss: 'cce',
    });
    const check = () => checkSpec(spec, { specDir: dir, workspaceRoot: dir });
    clearDataCache();
    (globalThis as { gc?: () => void }).gc?.();
    const cold = timed(check);
    if (!cold.result.dataset) throw new Error(`the spec did not load: ${cold.result.diagnostics.map((d) => d.message).join('; ')}`);
    const warm = Array.from({ length: 20 }, () => timed(check).ms).sort((a, b) => a - b);
    console.log(`check: first ${(cold.ms / 1000).toFixed(2)} s, again p50 ${warm[10].toFixed(1)} ms, max ${warm[19].toFixed(1)} ms over 20 (${(cold.ms / warm[10]).toFixed(0)}× faster)`);
    const source = { specText: spec, specDir: dir, workspaceRoot: dir, defaultName: 'digits' };
    const reading: number[] = [];
    const given: number[] = [];
    for (let round = 0; round < 3; round++) {
      reading.push(await trainStart(source, false));
      given.push(await trainStart(source, true));
    }
    const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[1];
    console.log(`Train's start (3 runs each, median): reading the file ${(median(reading) / 1000).toFixed(2)} s, given the host's load ${(median(given) / 1000).toFixed(2)} s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
