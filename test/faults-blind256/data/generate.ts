/**
 * Writes this set's CSVs (pearl farms and pearl jewellers), seeded from 256: run once with
 * `npx tsx test/faults-blind256/data/generate.ts`; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// --- oysters.csv: one row per harvested pearl oyster at a farm (Pinctada maxima / margaritifera lines).
{
  const r = rng(256);
  const rows: string[] = ['lot_id,harvest_date,shell_length_mm,shell_weight_g,water_temp_c,salinity_psu,depth_m,days_in_culture,nucleus_mm,plankton_index,moon_phase,pearl_mm,grade,rejected,price_usd'];
  const N = 480;
  const rowsGaps: string[] = [rows[0]];
  const rowsSemi: string[] = [rows[0].replace(/,/g, ';')];
  for (let i = 0; i < N; i++) {
    const len = clamp(normal(r, 112, 12), 80, 150);
    const weight = clamp(len * 3.1 + normal(r, 0, 18), 150, 600); // collinear with length
    const temp = clamp(normal(r, 27.5, 1.3), 23.5, 31);
    const sal = clamp(normal(r, 33.8, 0.9), 30.5, 36.5);
    const depth = clamp(3 + r() * 12, 3, 15);
    const days = Math.round(420 + r() * 380);
    const nucleus = [6, 6.6, 7.3, 8, 8.8][Math.floor(r() * 5)];
    const plankton = Math.exp(normal(r, 0.4, 0.7)); // skewed
    const moon = Math.round(r() * 29); // no effect
    const pearl = nucleus + 0.0022 * (days - 420) + 0.012 * (len - 112) + 0.18 * Math.log(plankton + 0.2) - 0.09 * Math.abs(temp - 27.5) + normal(r, 0, 0.25);
    const q = 0.9 * (pearl - 8) - 0.7 * Math.abs(temp - 27.5) + 0.35 * (sal - 33.8) - 0.06 * (depth - 8) + 0.8 * Math.log(plankton + 0.2) + normal(r, 0, 0.55);
    const grade = q > 1.3 ? 'AAA' : q > -0.1 ? 'A' : 'B';
    const rejected = r() < sigmoid(-2.2 - 1.4 * (q + 0.3) + 0.5 * Math.abs(temp - 27.5)) ? 1 : 0;
    const price = Math.round(Math.max(15, 40 * Math.exp(0.45 * (pearl - 8)) * (grade === 'AAA' ? 3.2 : grade === 'A' ? 1.6 : 0.7) * (rejected ? 0.2 : 1) + normal(r, 0, 12)));
    const d = new Date(Date.UTC(2021, 0, 1) + Math.floor(r() * 1000) * 86400000).toISOString().slice(0, 10);
    const lot = `L${String(1000 + Math.floor(i / 12)).padStart(4, '0')}-${(i % 12) + 1}`;
    const vals = [len.toFixed(1), weight.toFixed(1), temp.toFixed(2), sal.toFixed(2), depth.toFixed(1), String(days), nucleus.toFixed(1), plankton.toFixed(3), String(moon), pearl.toFixed(2), grade, String(rejected), String(price)];
    rows.push([lot, d, ...vals].join(','));
    rowsSemi.push([lot, d, ...vals.map((v) => v.replace('.', ','))].join(';'));
    const gaps = vals.slice();
    if (r() < 0.06) gaps[2] = 'NA';
    if (r() < 0.05) gaps[7] = '';
    if (r() < 0.03) gaps[4] = 'n/a';
    rowsGaps.push([lot, d, ...gaps].join(','));
  }
  write('oysters.csv', rows.join('\n') + '\n');
  write('oysters-export.csv', rowsSemi.join('\n') + '\n'); // a European office's export: semicolons, decimal commas
  write('oysters-gaps.csv', rowsGaps.join('\n') + '\n'); // the diver log copy with NA / blank / n/a readings
}

// --- appraisals.csv: a jeweller's appraisal ledger, tab-separated, one loose pearl per row.
{
  const r = rng(256 * 2 + 1);
  const types = ['akoya', 'freshwater', 'south_sea', 'tahitian'];
  const rows: string[] = ['sku\tdiameter_mm\tluster_score\tnacre_mm\troundness\tblemishes\tweight_ct\tbody_hue\torigin\tappraised_usd'];
  for (let i = 0; i < 400; i++) {
    const u = r();
    const t = u < 0.42 ? 1 : u < 0.72 ? 0 : u < 0.93 ? 3 : 2; // south_sea rare (~7%)
    const diam = t === 0 ? normal(r, 7.3, 0.7) : t === 1 ? normal(r, 8.5, 1.6) : t === 2 ? normal(r, 12.5, 1.4) : normal(r, 10.2, 1.1);
    const nacre = clamp(t === 0 ? normal(r, 0.35, 0.1) : t === 1 ? normal(r, 3.5, 0.9) : t === 2 ? normal(r, 2.2, 0.5) : normal(r, 1.4, 0.35), 0.05, 6);
    const hue = clamp(t === 3 ? normal(r, 0.15, 0.08) : t === 2 ? normal(r, 0.75, 0.1) : normal(r, 0.85, 0.1), 0, 1);
    const luster = clamp(normal(r, t === 0 ? 7.8 : t === 1 ? 5.6 : 7.2, 1.2), 1, 10);
    const round = clamp(normal(r, t === 1 ? 0.78 : 0.9, 0.07), 0.5, 1);
    const blem = Math.floor(-Math.log(Math.max(r(), 1e-9)) * (t === 1 ? 3 : 1.6)); // skewed counts
    const weight = 0.0157 * diam ** 3 * (0.9 + 0.1 * round) / 5 + normal(r, 0, 0.05); // collinear with diameter
    const base = [35, 18, 260, 150][t];
    const price = Math.round(base * Math.exp(0.32 * (diam - 8)) * (0.5 + luster / 10) * (0.4 + round) * Math.exp(-0.08 * blem) * Math.exp(normal(r, 0, 0.12)));
    rows.push([`SKU-${(70000 + i * 7).toString(36).toUpperCase()}`, diam.toFixed(2), luster.toFixed(1), nacre.toFixed(2), round.toFixed(3), String(blem), weight.toFixed(2), hue.toFixed(2), types[t], String(price)].join('\t'));
  }
  write('appraisals.csv', rows.join('\n') + '\n');
}
