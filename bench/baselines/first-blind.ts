/**
 * NN Debugger at each set's first blind measurement, read back from the set's `results/run1-*.md`:
 * the faults its per-code table lists as missed and the healthy specs it lists as warned. dev was never
 * blind, and heldout's first record holds dev's report beside its own, so neither is read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir, type CorpusSet } from '../../test/faults/corpus';

/** The names (file names without `.nn.json`) a set's first measurement missed or warned on. */
export interface FirstBlindRecord {
  missed: Set<string>;
  warned: Set<string>;
}

/** The last column of the per-code table: the missed faults' names, comma-separated. */
function missedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cells = line.split('|');
    for (const name of (cells[8] ?? '').split(',')) if (name.trim()) names.add(name.trim());
  }
  return names;
}

/** The `  - name: stage code@path` lines under "Healthy specs:". */
function warnedNames(text: string): Set<string> {
  const block = /- Healthy specs:.*\n((?: {2}- .*\n)*)/.exec(text)?.[1] ?? '';
  return new Set(block.split('\n').filter((line) => line.trim()).map((line) => line.trim().slice(2).split(':')[0]));
}

/** The set's first blind record, or undefined when it has none that can be read alone. */
export function firstBlindRecord(set: string): FirstBlindRecord | undefined {
  if (set === 'dev' || set === 'heldout') return undefined;
  const dir = path.join(corpusDir(set as CorpusSet), 'results');
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^run1-.*\.md$/.test(f)).sort()[0] : undefined;
  if (!file) return undefined;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return { missed: missedNames(text), warned: warnedNames(text) };
}
