/**
 * Data of fault set blind205 (fountain-pen and typewriter repairers), seeded from 205.
 * Run once: npx tsx test/faults-blind205/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ---- pens.csv: fountain-pen repair tickets ----
{
  const next = rng(205001);
  const brands = ['Parker', 'Sheaffer', 'Pelikan', 'Waterman', 'Montblanc', 'Esterbrook', 'Conway Stewart'];
  const rows: string[] = ['ticket_id,received,brand,pen_age_years,nib_width_mm,barrel_length_mm,cap_length_mm,sac_hardness,flow_ml_min,drawer_no,repair_type,returned,repair_minutes,quote_eur'];
  for (let i = 0; i < 420; i++) {
    const age = clamp(Math.exp(normal(next, 3.3, 0.6)), 3, 110); // skewed
    const nib = clamp(normal(next, 0.75, 0.25), 0.3, 1.6);
    const barrel = clamp(normal(next, 134, 7), 112, 156);
    const cap = r2(barrel * 0.46 + normal(next, 0, 1.2), 1); // collinear with barrel
    const sac = clamp(25 + 0.6 * age + normal(next, 0, 8), 15, 98);
    const flow = clamp(1.6 - 0.012 * age + normal(next, 0, 0.3), 0.02, 2.4);
    const drawer = 1 + Math.floor(next() * 12); // no effect
    const zs = (sac - 55) / 15 + normal(next, 0, 0.5);
    const zn = (nib - 0.75) / 0.25 * 0.8 + normal(next, 0, 0.7);
    const zc = (1.0 - flow) / 0.35 + normal(next, 0, 0.6);
    let type = zs > zn && zs > zc ? 'sac' : zn > zc ? 'nib' : 'clog';
    if (age > 55 && barrel > 138 && next() < 0.45) type = 'crack'; // rare class
    const returned = next() < sigmoid(-2.2 + 0.035 * (age - 30) + 1.2 * (type === 'crack' ? 1 : 0) - 0.8 * (flow - 1)) ? 1 : 0;
    const minutes = r2(clamp(18 + 0.9 * age + 40 * (type === 'crack' ? 1 : 0) + 25 * (type === 'sac' ? 1 : 0) + 30 * Math.abs(nib - 0.7) + normal(next, 0, 9), 10, 320), 0);
    const quote = r2(12 + minutes * 0.85 + (brands.indexOf('Montblanc') === i % 7 ? 40 : 0) + normal(next, 0, 6), 2);
    const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 700) * 86400000).toISOString().slice(0, 10);
    rows.push([`P-${String(1000 + i)}`, d, brands[i % 7], r2(age, 1), r2(nib, 2), r2(barrel, 1), cap, r2(sac, 0), r2(flow, 3), drawer, type, returned, minutes, quote].join(','));
  }
  fs.writeFileSync(path.join(dir, 'pens.csv'), rows.join('\n') + '\n');
  // A semicolon export with decimal commas (the shop's spreadsheet in German locale), numeric columns only.
  const head = rows[0].split(',');
  const keep = ['pen_age_years', 'nib_width_mm', 'barrel_length_mm', 'sac_hardness', 'flow_ml_min', 'repair_type', 'repair_minutes'].map((c) => head.indexOf(c));
  const eu = rows.slice(0, 301).map((line, k) => {
    const cells = line.split(',');
    return keep.map((j) => (k === 0 ? cells[j] : cells[j].replace('.', ','))).join(';');
  });
  fs.writeFileSync(path.join(dir, 'pens-eu.csv'), eu.join('\n') + '\n');
}

// ---- typewriters.csv: typewriter restorations ----
{
  const next = rng(205002);
  const makes = ['Olympia', 'Olivetti', 'Remington', 'Underwood', 'Smith-Corona', 'Hermes', 'Adler', 'Royal'];
  const rows: string[] = ['serial,make,year_made,weight_kg,stuck_keys,platen_shore,ribbon_age_months,carriage_mm,bench_no,restoration_hours,worth_restoring,verdict'];
  const lines: number[][] = [];
  for (let i = 0; i < 380; i++) {
    const year = Math.round(clamp(normal(next, 1950, 16), 1905, 1988));
    const portable = next() < 0.55;
    const weight = clamp(portable ? normal(next, 5.5, 1.0) : normal(next, 13, 2.2), 3.5, 20);
    const carriage = r2(clamp(160 + 12 * weight + normal(next, 0, 10), 190, 380), 0); // collinear with weight
    const stuck = Math.min(44, Math.floor(Math.exp(normal(next, 1.2 + (1988 - year) / 60, 0.8)))); // skewed count
    const platen = clamp(62 + (1988 - year) * 0.38 + normal(next, 0, 5), 55, 100);
    const ribbon = Math.round(clamp(Math.exp(normal(next, 4.2, 1.0)), 1, 720));
    const bench = 1 + Math.floor(next() * 6);
    const hours = clamp(1.5 + 0.35 * stuck + 0.12 * (platen - 60) + 0.25 * weight + normal(next, 0, 1.4), 0.5, 40);
    const worth = next() < sigmoid(1.6 - 0.09 * stuck + 0.03 * (year - 1950) - 0.05 * (platen - 80) + (portable ? 0.8 : -0.4)) ? 1 : 0;
    const score = 0.08 * stuck + 0.06 * (platen - 75) + normal(next, 0, 0.6);
    const verdict = worth ? 'restore' : score > 1.2 ? 'parts' : 'sell-as-is';
    const serial = `${makes[i % 8].slice(0, 2).toUpperCase()} ${Math.floor(next() * 900000 + 100000)}`;
    rows.push([serial, makes[i % 8], year, r2(weight, 1), stuck, r2(platen, 0), ribbon, carriage, bench, r2(hours, 1), worth, verdict].join(','));
    lines.push([year, r2(weight, 1), stuck, r2(platen, 0), ribbon, carriage, bench, r2(hours, 1), worth]);
  }
  fs.writeFileSync(path.join(dir, 'typewriters.csv'), rows.join('\n') + '\n');
  // A tab-separated copy ("Unicode text" style export), without the text columns.
  const th = 'year_made\tweight_kg\tstuck_keys\tplaten_shore\tribbon_age_months\tcarriage_mm\tbench_no\trestoration_hours\tworth_restoring';
  fs.writeFileSync(path.join(dir, 'typewriters-tab.csv'), [th, ...lines.map((l) => l.join('\t'))].join('\n') + '\n');
  // A copy with missing-value markers from the intake form.
  const gn = rng(205003);
  const gaps = rows.map((line, k) => {
    if (k === 0) return line;
    const cells = line.split(',');
    if (gn() < 0.07) cells[4] = 'NA';
    if (gn() < 0.05) cells[5] = '';
    if (gn() < 0.03) cells[6] = '?';
    return cells.join(',');
  });
  fs.writeFileSync(path.join(dir, 'typewriters-gaps.csv'), gaps.join('\n') + '\n');
}
