/**
 * Writes this set's specs (`npx tsx test/faults-blind32/author.ts`): each fault as a practitioner would
 * plausibly write it into an inherited team config, and the healthy specs beside them. Written blind
 * (README.md): nothing here was chosen from the product's rules or output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FAULTS } from './author-faults';
import { HEALTHY } from './author-healthy';

const ROOT = __dirname;

function writeAll(folder: string, specs: Record<string, unknown>): void {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, spec] of Object.entries(specs)) {
    const text = typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2) + '\n';
    fs.writeFileSync(path.join(dir, `${file}.nn.json`), text);
  }
}

writeAll('faulty', FAULTS);
writeAll('healthy', HEALTHY);
console.log(`${Object.keys(FAULTS).length} faulty, ${Object.keys(HEALTHY).length} healthy`);
