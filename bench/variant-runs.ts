/**
 * `npx tsx bench/variant-runs.ts <set> <spec file relative to the set> '<json patch>' ...`: the
 * full-run rule for a healthy spec's warning. Trains the spec as written and each variant (the spec
 * deep-merged with a JSON patch: objects by key, arrays by index, e.g. `'{"layers":[{},{"activation":
 * "leaky_relu"}]}'`) for its planned epochs on the bare engine, no detectors, and prints each one's
 * loss (the mean of 5 epochs) at a quarter, half and the end of the run, and the validation loss the
 * same way when the spec holds rows out. A warning whose advice ends the run at least 10% lower (on the
 * validation loss when there is one) is disputed rather than a false alarm (the sets' READMEs).
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusPath, CorpusSet, isCorpusSet, REPO_ROOT } from '../test/faults/corpus';
import { checkSpec } from '../src/diagnosis/check';
import { trainCurves } from './train-curves';

/** `base` with `patch` laid over it: objects merged by key, arrays element by element. */
function merge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) return (base as unknown[]).map((item, i) => (i < patch.length ? merge(item, patch[i]) : item));
  if (patch && typeof patch === 'object') {
    const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(patch)) merged[key] = merge((base as Record<string, unknown> | undefined)?.[key], value);
    return merged;
  }
  return patch;
}

/** The mean loss of the 5 epochs before `end`. */
function meanBefore(losses: readonly number[], end: number): string {
  const tail = losses.slice(Math.max(0, end - 5), end);
  return (tail.reduce((sum, loss) => sum + loss, 0) / tail.length).toPrecision(4);
}

/** The loss (a mean of 5 epochs) at a quarter, half and the end of the run. */
function milestones(losses: readonly number[]): string {
  const n = losses.length;
  return `quarter ${meanBefore(losses, Math.round(n / 4))}\thalf ${meanBefore(losses, Math.round(n / 2))}\tend ${meanBefore(losses, n)}`;
}

function main(): number {
  const [set, file, ...patches] = process.argv.slice(2);
  if (!isCorpusSet(set) || !file) {
    console.error("usage: tsx bench/variant-runs.ts <set> <spec file relative to the set> '<json patch>' ...");
    return 2;
  }
  const absolute = corpusPath(file, set as CorpusSet);
  const written = JSON.parse(fs.readFileSync(absolute, 'utf8'));
  for (const patch of ['{}', ...patches]) {
    const checked = checkSpec(JSON.stringify(merge(written, JSON.parse(patch))), { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT });
    if (!checked.spec || !checked.dataset) {
      console.log(`${patch}: not trainable: ${checked.diagnostics.map((d) => d.message).join('; ')}`);
      continue;
    }
    const { losses, valLosses } = trainCurves(checked.spec, checked.dataset);
    const line = `${patch === '{}' ? 'as written' : patch}\t${milestones(losses)}`;
    // With held-out rows, the validation loss is what judges a fix: a lower training loss may be overfitting.
    console.log(valLosses.length === losses.length ? `${line}\tvalidation ${milestones(valLosses)}` : line);
  }
  return 0;
}

process.exitCode = main();
