/** Writes every spec file of test/faults-blind35 and entries.json. Run: npx tsx test/faults-blind35/write.ts */
import * as fs from 'fs';
import * as path from 'path';
import { faults } from './specs';
import { healthy } from './healthy';

const out = (rel: string, value: unknown) => fs.writeFileSync(path.join(__dirname, rel), JSON.stringify(value, null, 2) + '\n');
for (const f of faults) out(`faulty/${f.code}.${f.slug}.nn.json`, f.spec);
for (const h of healthy) out(`healthy/${h.slug}.nn.json`, h.spec);
out('entries.json', {
  faults: faults.map((f) => ({ file: `faulty/${f.code}.${f.slug}.nn.json`, code: f.code, fault: f.fault, stage: f.stage, catches: f.catches })),
  healthy: healthy.map((h) => ({ file: `healthy/${h.slug}.nn.json`, covers: h.covers })),
});
console.log(`${faults.length} faulty, ${healthy.length} healthy`);
