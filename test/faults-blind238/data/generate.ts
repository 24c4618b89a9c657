/**
 * Writes the CSVs of fault set blind238 (taxidermy studios and natural-history mount makers), seeded
 * from 238: `npx tsx test/faults-blind238/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);
const r = rng(238);
const r2 = rng(238 * 7 + 1);
const r3 = rng(238 * 13 + 5);

// mounts.csv: one row per commissioned mount (job sheet export). mass is skewed (shrews to red deer),
// length follows mass^(1/3) (collinear), client_km and humidity_pct have no effect on anything.
const species = ['songbird', 'duck', 'pheasant', 'fox', 'badger', 'roe_deer', 'trout', 'pike', 'owl', 'hare'];
const mountRows: string[] = [];
const mountHeader = 'job_id,received,species_group,mass_kg,length_cm,hide_score,pose_complexity,habitat_base,client_km,humidity_pct,labor_hours,price_eur,late';
for (let i = 0; i < 400; i++) {
  const mass = clamp(Math.exp(normal(r, 1.2, 1.3)), 0.02, 320);
  const length = 28 * Math.cbrt(mass) * (1 + normal(r, 0, 0.06));
  const hide = Math.round(clamp(normal(r, 7, 1.8), 1, 10));
  const pose = 1 + Math.floor(r() * 5);
  const habitat = r() < 0.35 ? 1 : 0;
  const km = Math.round(clamp(Math.exp(normal(r, 3.8, 1.1)), 1, 900));
  const hum = clamp(normal(r, 55, 10), 30, 85);
  const hours = 3 + 7 * Math.log(1 + mass) + 4.5 * pose + 9 * habitat - 1.1 * hide + normal(r, 0, 3);
  const labor = Math.max(2, hours);
  const price = Math.round(90 + 42 * labor + 180 * habitat + normal(r, 0, 60));
  const late = r() < sigmoid(-4.2 + 0.55 * pose + 0.35 * (8 - hide) + 0.25 * Math.log(1 + mass) + 0.8 * habitat) ? 1 : 0;
  const month = 1 + Math.floor(r() * 12), day = 1 + Math.floor(r() * 28);
  mountRows.push([
    `TX-${2021 + (i % 4)}-${String(1000 + i)}`,
    `${2021 + (i % 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    species[Math.floor(r() * species.length)],
    mass.toFixed(3), length.toFixed(1), hide, pose, habitat, km, hum.toFixed(1), labor.toFixed(2), price, late,
  ].join(','));
}
out('mounts.csv', [mountHeader, ...mountRows].join('\n') + '\n');

// mounts-gaps.csv: the same sheet as typed in by the front desk, with NA and empty cells.
const gaps = mountRows.slice(0, 150).map((row, i) => {
  const cells = row.split(',');
  if (i % 11 === 3) cells[3] = 'NA';
  if (i % 17 === 5) cells[5] = '';
  if (i % 23 === 7) cells[4] = 'n/a';
  return cells.join(',');
});
out('mounts-gaps.csv', [mountHeader, ...gaps].join('\n') + '\n');

// hides.csv: tanning-drum batches and how the hide came out. "slip" (hair slip) is the rare class.
const hideHeader = 'batch_id,salt_kg,pickle_ph,tan_hours,drum_temp_c,shave_mm,result';
const hideRows: string[] = [];
const hideRowsEu: string[] = [];
for (let i = 0; i < 360; i++) {
  const salt = clamp(normal(r2, 1.8, 0.55), 0.3, 3.5);
  const ph = clamp(normal(r2, 2.6, 0.5), 1.4, 4.2);
  const tanH = clamp(normal(r2, 48, 18), 10, 100);
  const temp = clamp(normal(r2, 26, 5), 12, 42);
  const shave = clamp(normal(r2, 1.5, 0.5), 0.4, 3.2);
  const slipScore = 0.45 * (temp - 30) - 2.2 * (salt - 1.3);
  const stiffScore = -0.09 * (tanH - 36) + 2.0 * (ph - 2.9) + 1.2 * (shave - 1.8);
  let result = slipScore > 1.2 ? 'slip' : stiffScore > 0 ? 'stiff' : 'supple';
  if (r2() < 0.05) result = ['slip', 'stiff', 'supple'][Math.floor(r2() * 3)];
  const id = `DRUM${String(i % 6 + 1)}-${String(300 + i)}`;
  hideRows.push([id, salt.toFixed(2), ph.toFixed(2), tanH.toFixed(1), temp.toFixed(1), shave.toFixed(2), result].join(','));
  hideRowsEu.push([id, salt.toFixed(2), ph.toFixed(2), tanH.toFixed(1), temp.toFixed(1), shave.toFixed(2), result].map((c) => c.replace('.', ',')).join(';'));
}
out('hides.csv', [hideHeader, ...hideRows].join('\n') + '\n');
// hides-eu.csv: the supplier's export from a German spreadsheet: semicolons, decimal commas.
out('hides-eu.csv', [hideHeader.split(',').join(';'), ...hideRowsEu.slice(0, 240)].join('\n') + '\n');

// skins.tsv: bird-skin preparation log (tab-separated), drying days of a study skin.
const skinHeader = ['skin_id', 'body_g', 'wing_mm', 'fat_score', 'borax_g', 'room_temp_c', 'dry_days'].join('\t');
const skinRows: string[] = [];
for (let i = 0; i < 300; i++) {
  const body = clamp(Math.exp(normal(r3, 3.6, 0.9)), 5, 1500);
  const wing = 22 * Math.cbrt(body) * (1 + normal(r3, 0, 0.05));
  const fat = Math.floor(r3() * 4);
  const borax = clamp(normal(r3, 12, 4), 2, 30);
  const temp = clamp(normal(r3, 20, 3), 12, 28);
  const days = clamp(2 + 1.9 * Math.log(body) + 1.6 * fat - 0.25 * (temp - 20) + normal(r3, 0, 0.8), 1, 40);
  skinRows.push([`SK${5000 + i}`, body.toFixed(1), wing.toFixed(0), fat, borax.toFixed(1), temp.toFixed(1), days.toFixed(1)].join('\t'));
}
out('skins.tsv', [skinHeader, ...skinRows].join('\n') + '\n');
