/**
 * Data of fault set blind263 (Christmas-tree farms), seeded from 263: run once with
 * `npx tsx test/faults-blind263/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// lots.csv: one row per cut tree sold off the lot. Price in EUR from height, fullness, species premium.
{
  const next = rng(263);
  const prem = [1.0, 0.9, 1.25, 0.8];
  const rows: string[] = ['tag_id,cut_date,species_code,age_years,height_cm,height_ft,fullness_score,needle_retention_pct,fertilizer_kg_ha,rainfall_mm,soil_ph,row_number,price_eur'];
  for (let i = 0; i < 320; i++) {
    const sp = Math.floor(next() * 4);
    const age = Math.round(clamp(normal(next, 8, 2), 4, 13));
    const height = clamp(age * 24 + normal(next, 0, 22), 90, 340);
    const full = clamp(normal(next, 6.5, 1.5), 1, 10);
    const ret = clamp(normal(next, 88, 6), 60, 100);
    const fert = Math.exp(normal(next, 4, 0.7)); // skewed
    const rain = clamp(normal(next, 780, 120), 450, 1200);
    const ph = clamp(normal(next, 5.6, 0.4), 4.5, 7);
    const price = prem[sp] * (10 + 0.22 * height + 3.2 * full + 0.25 * (ret - 88)) + normal(next, 0, 4);
    const day = 1 + Math.floor(next() * 23);
    rows.push([`NT-${String(10000 + i * 7)}`, `2023-12-${String(day).padStart(2, '0')}T${String(8 + Math.floor(next() * 9)).padStart(2, '0')}:00`, sp, age, r2(height, 1), r2(height / 30.48, 2), r2(full, 1), r2(ret, 1), r2(fert, 1), Math.round(rain), r2(ph, 2), i + 1, r2(price, 2)].join(','));
  }
  write('lots.csv', rows);
  // lots-gaps.csv: the same export with the field crew's missing markers.
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 3) return line;
    const c = line.split(',');
    c[7] = i % 2 ? 'NA' : '';
    if (i % 3 === 0) c[9] = '?';
    return c.join(',');
  });
  write('lots-gaps.csv', gaps);
}

// grades.csv: grading-shed inspection, three string grades, 'cull' rare.
{
  const next = rng(263 * 2 + 1);
  const rows: string[] = ['tree_id,taper_ratio,density_score,symmetry_pct,color_index,height_cm,bare_patches,grade'];
  const semi: string[] = ['tree_id;taper_ratio;density_score;symmetry_pct;color_index;height_cm;bare_patches;grade'];
  for (let i = 0; i < 300; i++) {
    const taper = clamp(normal(next, 0.62, 0.1), 0.3, 0.95);
    const dens = clamp(normal(next, 6, 1.8), 0, 10);
    const sym = clamp(normal(next, 80, 10), 40, 100);
    const color = clamp(normal(next, 0.7, 0.15), 0.1, 1);
    const h = clamp(normal(next, 190, 40), 90, 320);
    const bare = Math.max(0, Math.round(normal(next, 1, 1.2)));
    const q = 1.1 * (dens - 6) + 0.09 * (sym - 80) + 4 * (color - 0.7) - 0.9 * (bare - 1) - 4 * Math.abs(taper - 0.62) + normal(next, 0, 0.6);
    const grade = q < -2.6 ? 'cull' : q > 0.3 ? 'premium' : 'standard';
    const vals = [r2(taper, 3), r2(dens, 2), r2(sym, 1), r2(color, 3), r2(h, 1), bare];
    rows.push([`G${2300 + i}`, ...vals, grade].join(','));
    semi.push([`G${2300 + i}`, ...vals.map((v) => String(v).replace('.', ',')), grade].join(';'));
  }
  write('grades.csv', rows);
  write('grades-export.csv', semi); // the office PC's Excel export: semicolons, decimal commas
}

// needlecast.csv: per-block scouting, 1 = needlecast infection found (about a fifth of blocks).
{
  const next = rng(263 * 3 + 7);
  const rows: string[] = ['block\tscout_date\thumidity_pct\tdays_since_spray\tcanopy_density\trainfall_mm\tstand_age\tslope_deg\tinfected'];
  for (let i = 0; i < 360; i++) {
    const hum = clamp(normal(next, 74, 9), 45, 99);
    const days = Math.round(Math.exp(normal(next, 3, 0.6)));
    const canopy = clamp(normal(next, 0.6, 0.15), 0.1, 1);
    const rain = clamp(normal(next, 65, 25), 5, 160);
    const age = Math.round(clamp(normal(next, 6, 2.5), 1, 12));
    const slope = r2(clamp(normal(next, 6, 4), 0, 25), 1);
    const z = -1.8 + 0.11 * (hum - 74) + 0.04 * (days - 20) + 4 * (canopy - 0.6) + 0.015 * (rain - 65) + normal(next, 0, 0.4);
    const y = next() < sigmoid(2 * z) ? 1 : 0;
    rows.push([`B${String(i % 40).padStart(2, '0')}-${Math.floor(i / 40)}`, `2024-0${1 + (i % 9)}-1${i % 10}`, r2(hum, 1), days, r2(canopy, 3), r2(rain, 1), age, slope, y].join('\t'));
  }
  write('needlecast.csv', rows);
}

// sales-ledger.csv: the shop's ledger, prices typed with a euro sign (text in a numeric column).
{
  const next = rng(263 * 5);
  const rows: string[] = ['height_cm,fullness_score,price'];
  for (let i = 0; i < 80; i++) {
    const h = clamp(normal(next, 190, 40), 90, 320), f = clamp(normal(next, 6.5, 1.5), 1, 10);
    rows.push([r2(h, 1), r2(f, 1), `€${(10 + 0.22 * h + 3 * f).toFixed(2)}`].join(','));
  }
  write('sales-ledger.csv', rows);
  // wreaths.csv: monthly wreath/tree revenue with thousands separators the sheet kept.
  const w: string[] = ['month,visitors,trees_sold,revenue_eur'];
  for (let i = 0; i < 60; i++) {
    const v = Math.round(800 + next() * 3000), t = Math.round(v * 0.3);
    w.push(`${i + 1},"${v.toLocaleString('en-US')}",${t},"${(t * 55).toLocaleString('en-US')}"`);
  }
  write('wreaths.csv', w);
}
