/**
 * Writes this set's specs and draft manifest entries (run: npx tsx test/faults-blind25/author.ts).
 * Every "fault" text here is the intent; write-manifest.ts appends the measured observe line.
 */
import * as fs from 'fs';
import * as path from 'path';

import { FAULTS } from './faults-list';
import { HEALTHY } from './healthy-list';

function main(): void {
  const dir = __dirname;
  const faults = FAULTS.map((f) => {
    const file = `faulty/${f.code}.${f.slug}.nn.json`;
    fs.writeFileSync(path.join(dir, file), typeof f.spec === 'string' ? f.spec : JSON.stringify(f.spec, null, 2) + '\n');
    return { file, code: f.code, fault: f.fault, stage: f.stage, catches: f.catches };
  });
  const healthy = HEALTHY.map((h) => {
    const file = `healthy/${h.slug}.nn.json`;
    fs.writeFileSync(path.join(dir, file), JSON.stringify(h.spec, null, 2) + '\n');
    return { file, covers: h.covers };
  });
  fs.writeFileSync(path.join(dir, 'draft.json'), JSON.stringify({ faults, healthy }, null, 1) + '\n');
  console.log(`${faults.length} faults, ${healthy.length} healthy`);
}

if (require.main === module) main();
