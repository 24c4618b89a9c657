/**
 * Writes the CSVs of fault set blind258 (sea-salt pans and salt refiners), seeded from 258.
 * Run once: npx tsx test/faults-blind258/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. pans.csv: daily records of evaporation pans on a salt marsh (one row per pan-day).
{
  const next = rng(258001);
  const rows: string[] = ['pan_id,date,air_temp_c,wind_kmh,humidity_pct,sun_hours,evap_mm,brine_depth_cm,brine_baume,rain_mm,sluice_gate,harvest_kg_m2,harvest_kg'];
  const start = Date.UTC(2023, 4, 1);
  for (let i = 0; i < 480; i++) {
    const pan = `P${String(1 + Math.floor(next() * 24)).padStart(2, '0')}`;
    const day = new Date(start + Math.floor(next() * 150) * 86400000).toISOString().slice(0, 10);
    const temp = clamp(normal(next, 24, 5), 10, 38);
    const wind = clamp(Math.exp(normal(next, 2.3, 0.6)), 1, 70); // skewed
    const hum = clamp(normal(next, 68, 12), 30, 98);
    const sun = clamp(normal(next, 9, 2.5), 0, 14);
    const evap = clamp(0.22 * temp + 0.45 * sun + 0.07 * wind - 0.06 * hum + normal(next, 0, 0.6), 0.2, 20); // collinear with the weather
    const depth = clamp(normal(next, 7, 2.5), 2, 16);
    const baume = clamp(normal(next, 25.5, 2), 18, 30);
    const rain = next() < 0.8 ? 0 : Math.exp(normal(next, 1.2, 1)); // mostly zero, skewed
    const gate = 1 + Math.floor(next() * 6); // no effect
    const crystallising = sigmoid((baume - 25) / 1.2);
    const yieldKg = clamp(0.35 * evap * crystallising * (1 + 0.04 * (depth - 7)) - 0.08 * Math.sqrt(rain) * 3 + normal(next, 0, 0.15), 0, 10);
    const area = 1800 + Math.floor(next() * 5) * 300;
    rows.push([pan, day, r2(temp, 1), r2(wind, 1), r2(hum, 1), r2(sun, 1), r2(evap), r2(depth, 1), r2(baume, 1), r2(rain, 1), gate, r2(yieldKg, 3), Math.round(yieldKg * area)].join(','));
  }
  write('pans.csv', rows.join('\n') + '\n');
  // Copy with the logger's missing-value markers, as the field tablets export it.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (i % 17 === 3) cells[3] = 'NA';
    if (i % 23 === 5) cells[5] = '';
    if (i % 41 === 7) cells[8] = '-';
    return cells.join(',');
  });
  write('pans-gaps.csv', gaps.join('\n') + '\n');
}

// 2. grades.csv: refinery lab assays of salt lots, graded into four commercial grades (fleur de sel rare).
{
  const next = rng(258002);
  const rows: string[] = ['lot_id,moisture_pct,nacl_pct,insoluble_ppm,calcium_ppm,magnesium_ppm,sulfate_ppm,whiteness,grain_mm,grade'];
  const grades = ['coarse', 'fine', 'fleur_de_sel', 'industrial'];
  for (let i = 0; i < 420; i++) {
    const u = next();
    const g = u < 0.07 ? 2 : u < 0.42 ? 0 : u < 0.78 ? 1 : 3;
    const moisture = clamp(normal(next, [3.5, 0.4, 6.5, 2][g], [0.9, 0.15, 1.2, 1.2][g]), 0.05, 10);
    const nacl = clamp(normal(next, [98.2, 99.5, 97.6, 96.5][g], [0.5, 0.2, 0.5, 0.9][g]), 93, 99.9);
    const insol = clamp(Math.exp(normal(next, [4.5, 3, 4, 6][g], 0.6)), 5, 5000); // skewed
    const ca = clamp(normal(next, [900, 300, 1300, 1600][g], 250), 50, 3000);
    const mg = clamp(0.6 * ca + normal(next, [200, 50, 900, 600][g], 150), 20, 4000); // collinear with calcium
    const so4 = clamp(normal(next, [2500, 900, 3500, 4200][g], 700), 100, 8000);
    const white = clamp(normal(next, [86, 94, 90, 74][g], 3.5), 55, 99);
    const grain = clamp(Math.exp(normal(next, [1.0, -1.1, 0.3, 0.6][g], 0.35)), 0.1, 8);
    let label = g;
    if (next() < 0.06) label = Math.floor(next() * 4);
    rows.push([`L23-${String(1000 + i)}`, r2(moisture), r2(nacl), Math.round(insol), Math.round(ca), Math.round(mg), Math.round(so4), r2(white, 1), r2(grain), grades[label]].join(','));
  }
  write('grades.csv', rows.join('\n') + '\n');
  // The lab PC's spreadsheet export: semicolons and decimal commas.
  write('grades-export.csv', rows.map((l) => l.split(',').map((c) => c.replace('.', ',')).join(';')).join('\n') + '\n');
}

// 3. dryer.csv (tab-separated, as the dryer's SCADA logger writes): did the bagged lot cake in storage?
{
  const next = rng(258003);
  const rows: string[] = ['timestamp\tdryer_temp_c\tbelt_speed_m_min\tfeed_moisture_pct\tanticaking_ppm\tambient_rh_pct\tbag_kg\tcaked'];
  const start = Date.UTC(2023, 0, 2, 6);
  for (let i = 0; i < 400; i++) {
    const ts = new Date(start + i * 3 * 3600000).toISOString().slice(0, 16).replace('T', ' ');
    const temp = clamp(normal(next, 140, 18), 90, 190);
    const belt = clamp(normal(next, 3, 0.8), 1, 6);
    const feed = clamp(normal(next, 4, 1.3), 1, 9);
    const anti = next() < 0.15 ? 0 : clamp(normal(next, 10, 3), 2, 20);
    const rh = clamp(normal(next, 70, 12), 35, 99);
    const bag = 25 + Math.round(normal(next, 0, 0.08) * 100) / 100; // no effect
    const residual = feed * Math.exp(-(temp - 90) / 60) * (0.6 + 0.15 * belt);
    const z = 2.2 * (residual - 1.2) + 0.06 * (rh - 70) - 0.25 * (anti - 8) + 0.8 * (residual > 1.6 && rh > 75 ? 1 : 0);
    const caked = next() < sigmoid(z) ? 1 : 0;
    rows.push([ts, r2(temp, 1), r2(belt), r2(feed), r2(anti, 1), r2(rh, 1), bag, caked].join('\t'));
  }
  write('dryer.csv', rows.join('\n') + '\n');
}
console.log('written');
