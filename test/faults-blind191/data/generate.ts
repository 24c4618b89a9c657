/** Writes the CSVs of fault set blind191 (beekeepers and honey houses), seeded from 191. Run once: npx tsx data/generate.ts */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');

// hives.csv: autumn inspections of 420 colonies; target survived the winter (0/1).
{
  const r = rng(191001);
  const lines = ['hive_id,inspected,frames_bees,brood_frames,varroa_per_100,weight_kg,weight_lb,queen_age_months,altitude_m,lid_colour,survived'];
  const gaps = [lines[0]];
  for (let i = 0; i < 420; i++) {
    const frames = clamp(normal(r, 6.5, 2), 1, 10);
    const brood = clamp(frames * 0.55 + normal(r, 0, 0.8), 0, 8);
    const varroa = Math.min(30, Math.exp(normal(r, 0.8, 0.9)));
    const kg = clamp(normal(r, 38 + frames * 1.5, 7), 18, 75);
    const queen = Math.floor(clamp(normal(r, 16, 9), 2, 48));
    const alt = Math.round(clamp(normal(r, 420, 200), 40, 1100));
    const lid = Math.floor(r() * 5);
    const z = 0.55 * (frames - 6.5) + 0.09 * (kg - 45) - 0.35 * (varroa - 3) - 0.04 * (queen - 16) - 0.0015 * (alt - 420) + 1.2 + normal(r, 0, 0.6);
    const y = r() < sigmoid(z) ? 1 : 0;
    const month = 9 + Math.floor(r() * 2), day = 1 + Math.floor(r() * 28);
    const row = [`H-${String(1000 + i)}`, `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, frames.toFixed(1), brood.toFixed(1), varroa.toFixed(2), kg.toFixed(1), (kg * 2.20462).toFixed(1), queen, alt, lid, y];
    lines.push(row.join(','));
    const g = row.map(String);
    if (r() < 0.07) g[4] = 'NA';
    if (r() < 0.05) g[5] = '';
    if (r() < 0.03) g[2] = 'n/a';
    gaps.push(g.join(','));
  }
  write('hives.csv', lines);
  write('hives-gaps.csv', gaps);
}

// extraction.csv: 360 honey-house extraction batches; target honey_kg (regression, raw kg).
{
  const r = rng(191002);
  const lines = ['batch,supers,frames_extracted,cap_moisture_pct,room_temp_c,flow_days,spinner_rpm,honey_kg'];
  const tab = ['batch\tsupers\tframes_extracted\tcap_moisture_pct\troom_temp_c\tflow_days\tspinner_rpm\thoney_kg'];
  for (let i = 0; i < 360; i++) {
    const supers = 1 + Math.floor(r() * 12);
    const frames = Math.round(clamp(supers * 9 - r() * 4, 5, 110));
    const moist = clamp(normal(r, 18, 1.1), 15.5, 22);
    const temp = clamp(normal(r, 27, 3), 18, 36);
    const flow = Math.round(clamp(normal(r, 25, 10), 3, 60));
    const rpm = Math.round(clamp(normal(r, 300, 40), 180, 420));
    const kg = clamp(frames * (1.9 + 0.015 * flow) - 2.2 * (moist - 18) + 0.25 * (temp - 27) + normal(r, 0, 6), 3, 400);
    const row = [`X${23000 + i}`, supers, frames, moist.toFixed(1), temp.toFixed(1), flow, rpm, kg.toFixed(1)];
    lines.push(row.join(','));
    tab.push(row.join('\t'));
  }
  write('extraction.csv', lines);
  write('extraction-tab.csv', tab);
}

// grading.csv: 390 lab-graded honey lots; target floral source (4 string classes, manuka rare).
{
  const r = rng(191003);
  const lines = ['lot,colour_pfund_mm,moisture_pct,conductivity_ms,pollen_k_per_g,viscosity_poise,ph,floral'];
  const eu = ['lot;colour_pfund_mm;moisture_pct;conductivity_ms;pollen_k_per_g;viscosity_poise;ph;floral'];
  const classes = [
    { name: 'clover', p: 0.4, col: 30, cond: 0.25, pollen: 40, visc: 90, ph: 3.9 },
    { name: 'wildflower', p: 0.33, col: 70, cond: 0.45, pollen: 70, visc: 110, ph: 4.1 },
    { name: 'heather', p: 0.19, col: 105, cond: 0.8, pollen: 30, visc: 230, ph: 4.4 },
    { name: 'manuka', p: 0.08, col: 95, cond: 0.6, pollen: 150, visc: 180, ph: 3.8 },
  ];
  for (let i = 0; i < 390; i++) {
    let u = r(), c = classes[0];
    for (const k of classes) { if (u < k.p) { c = k; break; } u -= k.p; }
    const col = clamp(normal(r, c.col, 14), 5, 150);
    const moist = clamp(normal(r, 17.8, 0.9), 15, 21);
    const cond = clamp(normal(r, c.cond, 0.09), 0.05, 1.6);
    const pollen = Math.exp(normal(r, Math.log(c.pollen), 0.35));
    const visc = clamp(normal(r, c.visc + 8 * (18 - moist), 22), 30, 400);
    const ph = clamp(normal(r, c.ph, 0.15), 3.3, 5);
    const label = r() < 0.05 ? classes[Math.floor(r() * 4)].name : c.name;
    const vals = [col.toFixed(1), moist.toFixed(1), cond.toFixed(3), pollen.toFixed(1), visc.toFixed(0), ph.toFixed(2)];
    lines.push([`L${5000 + i}`, ...vals, label].join(','));
    eu.push([`L${5000 + i}`, ...vals.map((v) => v.replace('.', ',')), label].join(';'));
  }
  write('grading.csv', lines);
  write('grading-eu.csv', eu);
}
