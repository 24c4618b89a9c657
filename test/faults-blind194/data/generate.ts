/**
 * Writes this set's CSVs (textile dye works and fabric printers), seeded from 194:
 * `npx tsx test/faults-blind194/data/generate.ts` from the repo root. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// ---- dye_lots.csv: one row per dye lot from the jet/winch dyeing machines ----
const r = rng(194);
const classes = ['reactive', 'disperse', 'acid', 'vat'];
type Lot = Record<string, number | string>;
const lots: Lot[] = [];
for (let i = 0; i < 420; i++) {
  const u = r();
  const cls = u < 0.42 ? 0 : u < 0.74 ? 1 : u < 0.93 ? 2 : 3; // vat is rare (~7%)
  const temp = cls === 0 ? normal(r, 62, 4) : cls === 1 ? normal(r, 128, 3) : cls === 2 ? normal(r, 97, 3) : normal(r, 55, 5);
  const ph = cls === 0 ? normal(r, 10.8, 0.4) : cls === 1 ? normal(r, 4.8, 0.35) : cls === 2 ? normal(r, 5.2, 0.6) : normal(r, 12.6, 0.3);
  const dyeConc = clamp(Math.exp(normal(r, 0.3, 0.7)), 0.05, 8); // % owf, skewed
  const salt = cls === 0 ? clamp(dyeConc * 12 + normal(r, 10, 4), 0, 100) : clamp(normal(r, 3, 2), 0, 20); // collinear with conc for reactive
  const liquor = clamp(normal(r, 10, 3), 4, 30);
  const time = clamp(30 + Math.exp(normal(r, 3.6, 0.5)), 30, 300); // minutes, skewed
  const gsm = clamp(normal(r, 190, 60), 70, 420);
  const shift = Math.floor(r() * 3) + 1; // operator shift: no effect
  // colour difference to the standard (CIE dE2000) after the lot
  const tOpt = [60, 130, 98, 55][cls];
  const dev = Math.abs(temp - tOpt) / 4 + Math.abs(ph - [10.8, 4.8, 5.2, 12.6][cls]) * 0.9 + 0.25 * Math.log(dyeConc + 0.2) ** 2 + (liquor - 10) ** 2 / 40 + 50 / time;
  const dE = clamp(0.25 + 0.55 * dev + normal(r, 0, 0.15), 0.1, 9);
  const pass = sigmoid(3 * (1.6 - dE)) > r() ? 1 : 0;
  const ks = clamp(2 + 6 * Math.log(1 + dyeConc) * (1 - 0.3 / liquor * 10) + normal(r, 0, 0.4), 0.1, 30); // colour strength K/S
  const day = 1 + Math.floor(i / 14);
  lots.push({
    lot_id: `DL-${String(24000 + i * 7)}`,
    dyed_at: `2024-03-${String(((day - 1) % 28) + 1).padStart(2, '0')}T${String(6 + (i % 3) * 8).padStart(2, '0')}:15`,
    temp_c: +temp.toFixed(1), ph: +ph.toFixed(2), dye_conc_pct: +dyeConc.toFixed(3), salt_g_l: +salt.toFixed(1),
    liquor_ratio: +liquor.toFixed(1), time_min: Math.round(time), fabric_gsm: Math.round(gsm), shift,
    dye_class: classes[cls], delta_e: +dE.toFixed(2), k_s: +ks.toFixed(2), shade_pass: pass,
  });
}
const lotCols = Object.keys(lots[0]);
write('dye_lots.csv', [lotCols.join(','), ...lots.map((l) => lotCols.map((c) => l[c]).join(','))].join('\n') + '\n');

// dye_lots_eu.csv: the lab's German-locale export of the same lots (semicolons, decimal commas), no id/time columns
const euCols = lotCols.filter((c) => c !== 'lot_id' && c !== 'dyed_at');
write('dye_lots_eu.csv', [euCols.join(';'), ...lots.map((l) => euCols.map((c) => String(l[c]).replace('.', ',')).join(';'))].join('\n') + '\n');

// dye_lots_gaps.csv: the same lots typed in by hand from the machine cards: NA, n/a and empty cells
const rg = rng(194 * 3 + 1);
write('dye_lots_gaps.csv', [euCols.join(','), ...lots.map((l) => euCols.map((c) => {
  if ((c === 'ph' || c === 'temp_c' || c === 'time_min') && rg() < 0.06) return ['NA', '', 'n/a'][Math.floor(rg() * 3)];
  return l[c];
}).join(','))].join('\n') + '\n');

// ---- print_runs.csv: rotary-screen printing runs ----
const p = rng(1940);
const runs: string[] = [];
const pCols = ['run_no', 'design_code', 'speed_m_min', 'squeegee_bar', 'paste_visc_cps', 'mesh', 'steam_min', 'rh_pct', 'colours', 'defects_per_100m', 'paste_kg', 'grade'];
for (let i = 0; i < 360; i++) {
  const speed = clamp(normal(p, 45, 12), 15, 90);
  const squeegee = clamp(normal(p, 2.2, 0.5), 0.8, 4);
  const visc = clamp(Math.exp(normal(p, Math.log(9000), 0.35)), 2500, 30000); // cP, skewed, large scale
  const mesh = [60, 80, 100, 125, 155][Math.floor(p() * 5)];
  const steam = clamp(normal(p, 9, 2), 4, 16);
  const rh = clamp(normal(p, 58, 12), 25, 90);
  const colours = 1 + Math.floor(p() * 8);
  const z = (speed - 45) / 12, v = (Math.log(visc) - Math.log(9000)) / 0.35, s = (squeegee - 2.2) / 0.5;
  const defects = clamp(1.5 + 0.9 * z * z + 0.8 * Math.abs(v - 0.5 * s) + 0.15 * colours + 0.02 * Math.max(0, rh - 70) * 3 + normal(p, 0, 0.35), 0, 20);
  const paste = clamp(colours * (18 + 0.004 * visc) * (1 + 0.25 * s) + 0.6 * mesh + normal(p, 0, 12), 20, 900);
  const score = 2.2 - 0.9 * defects + 0.3 * (steam - 9) + normal(p, 0, 0.5);
  const grade = score > 0.2 ? 'A' : score > -1.5 ? 'B' : 'C';
  runs.push([`R${5000 + i}`, `D-${['PAIS', 'FLOR', 'GEO', 'STRP'][Math.floor(p() * 4)]}${Math.floor(p() * 90 + 10)}`, speed.toFixed(1), squeegee.toFixed(2), Math.round(visc), mesh, steam.toFixed(1), rh.toFixed(0), colours, defects.toFixed(2), paste.toFixed(1), grade].join(','));
}
write('print_runs.csv', [pCols.join(','), ...runs].join('\n') + '\n');
// print_runs_tab.csv: the same runs as the printing line's MES exports them (tab-separated)
write('print_runs_tab.csv', [pCols.join('\t'), ...runs.map((x) => x.split(',').join('\t'))].join('\n') + '\n');
