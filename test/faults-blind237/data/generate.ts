/**
 * Writes the CSVs of blind set 237 (seaweed harvesters and kelp processors), seeded from 237.
 * Run once: npx tsx test/faults-blind237/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// harvest.csv: one row per longline harvest at a kelp farm (sugar kelp), wet yield in kg per line.
function harvest() {
  const next = rng(237001);
  const sites = ['NORTHCOVE', 'SKERRY', 'BAYHEAD', 'OUTERSOUND'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const site = sites[Math.floor(next() * sites.length)];
    const lineLen = r2(clamp(normal(next, 200, 70), 50, 400), 0);
    const depth = r2(clamp(normal(next, 6, 2.5), 1.5, 15), 1);
    const days = Math.round(clamp(normal(next, 140, 30), 60, 210));
    const temp = r2(clamp(normal(next, 11, 2.2), 6, 18), 1);
    const nitrate = r2(Math.exp(normal(next, 1.6, 0.7)), 2); // skewed, µmol/L
    const wave = r2(clamp(Math.exp(normal(next, -0.2, 0.5)), 0.1, 5), 2);
    const salinity = r2(normal(next, 32, 1), 2); // no effect
    const ropeWeight = r2(lineLen * 0.42 + normal(next, 0, 3), 1); // collinear with line length
    const perM = 18 * sigmoid((days - 110) / 25) * (1 + 0.08 * Math.log(nitrate + 1)) * Math.exp(-((temp - 11) ** 2) / 40) * (1 - 0.06 * wave) * (1 - 0.02 * Math.abs(depth - 5));
    const yieldKg = r2(Math.max(5, lineLen * perM * (1 + normal(next, 0, 0.08))), 1);
    const month = 3 + Math.floor(next() * 4);
    const day = 1 + Math.floor(next() * 28);
    rows.push([`HV-${2300 + i}`, `2024-0${month}-${String(day).padStart(2, '0')}`, site, lineLen, depth, days, temp, nitrate, wave, salinity, ropeWeight, yieldKg]);
  }
  const header = ['batch_id', 'harvest_date', 'site', 'line_length_m', 'depth_m', 'days_since_seeding', 'water_temp_c', 'nitrate_umol', 'wave_height_m', 'salinity_psu', 'rope_weight_kg', 'wet_yield_kg'];
  write('harvest.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // The same log with the logger's gaps: NA, empty cells, -999 sentinel left as text "n/a".
  const gaps = rows.map((r, i) => {
    const c = [...r];
    if (i % 17 === 3) c[7] = 'NA';
    if (i % 23 === 5) c[8] = '';
    if (i % 29 === 7) c[6] = 'n/a';
    return c;
  });
  write('harvest-gaps.csv', [header.join(','), ...gaps.map((r) => r.join(','))].join('\n') + '\n');
  // A version where the lab wrote "<0.5" for nitrate below detection.
  const lab = rows.map((r, i) => {
    const c = [...r];
    if (Number(c[7]) < 1.2 || i % 41 === 0) c[7] = '<0.5';
    return c;
  });
  write('harvest-lab.csv', [header.join(','), ...lab.map((r) => r.join(','))].join('\n') + '\n');
}

// grade.csv: processor intake lots graded A / B / C / reject (rare) after drying.
function grade() {
  const next = rng(237002);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const moisture = r2(clamp(normal(next, 14, 4), 5, 30), 1); // % after drying
    const hours = r2(clamp(Math.exp(normal(next, 1.3, 0.6)), 0.5, 30), 1); // hours shore to dryer, skewed
    const dryerTemp = r2(normal(next, 55, 6), 1);
    const sand = r2(Math.exp(normal(next, 1.0, 0.8)), 2); // g/kg, skewed
    const thickness = r2(clamp(normal(next, 0.9, 0.2), 0.3, 1.6), 2);
    const colorL = r2(normal(next, 38, 5) - 0.6 * hours, 1);
    const iodine = Math.round(Math.exp(normal(next, 7.5, 0.5))); // mg/kg, huge scale, weak effect
    const bales = Math.round(normal(next, 12, 3)); // no effect
    const score = 1.2 - 0.18 * (moisture - 14) - 0.35 * (hours - 4) - 0.5 * (sand - 3) + 0.12 * (colorL - 36) + normal(next, 0, 0.6);
    let g = score > 1.3 ? 'A' : score > -0.2 ? 'B' : score > -2.6 ? 'C' : 'reject';
    if (next() < 0.05) g = ['A', 'B', 'C'][Math.floor(next() * 3)];
    rows.push([`LOT${String(i + 1).padStart(4, '0')}`, moisture, hours, dryerTemp, sand, thickness, colorL, iodine, bales, g]);
  }
  const header = ['lot_id', 'moisture_pct', 'hours_to_dryer', 'dryer_temp_c', 'sand_g_per_kg', 'blade_thickness_mm', 'colour_L', 'iodine_mg_per_kg', 'bales', 'grade'];
  write('grade.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // The Norwegian plant's export: semicolons and decimal commas.
  const semi = rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  write('grade-semicolon.csv', [header.join(';'), ...semi].join('\n') + '\n');
}

// fouling.csv: per line inspection, fouled (epiphytes / bryozoan) yes=1, rare-ish.
function fouling() {
  const next = rng(237003);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const temp = r2(clamp(normal(next, 12, 2.5), 6, 20), 1);
    const light = r2(Math.exp(normal(next, 5.5, 0.5)), 0); // µmol photons, skewed
    const current = r2(clamp(normal(next, 0.25, 0.1), 0.01, 0.7), 3); // m/s
    const weeks = Math.round(clamp(normal(next, 16, 5), 4, 30));
    const turbidity = r2(Math.exp(normal(next, 1.2, 0.5)), 2);
    const buoyDepth = r2(normal(next, 2, 0.5), 2); // no effect
    const z = -2.2 + 0.6 * (temp - 12) + 0.25 * (weeks - 16) - 6 * (current - 0.25) + normal(next, 0, 0.5);
    const fouled = next() < sigmoid(2.2 * z) ? 1 : 0;
    rows.push([`L${i + 1}`, temp, light, current, weeks, turbidity, buoyDepth, fouled]);
  }
  const header = ['line_tag', 'water_temp_c', 'par_umol', 'current_ms', 'weeks_in_water', 'turbidity_ntu', 'buoy_depth_m', 'fouled'];
  write('fouling.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
}

// dryer.tsv-style: alginate extraction batches, tab-separated, yield % and viscosity (two targets).
function alginate() {
  const next = rng(237004);
  const rows: number[][] = [];
  for (let i = 0; i < 300; i++) {
    const ph = r2(normal(next, 10.5, 0.6), 2);
    const tempC = r2(normal(next, 60, 8), 1);
    const minutes = Math.round(clamp(normal(next, 120, 35), 30, 240));
    const naco3 = r2(clamp(normal(next, 3, 0.8), 1, 5.5), 2); // % Na2CO3
    const particle = r2(Math.exp(normal(next, 0.5, 0.4)), 2); // mm
    const yieldPct = r2(22 + 2.5 * (ph - 10.5) + 0.08 * (tempC - 60) + 0.03 * (minutes - 120) + 1.5 * (naco3 - 3) - 2 * (particle - 1.7) + normal(next, 0, 1.2), 2);
    const visc = r2(900 - 6 * (tempC - 60) - 2.2 * (minutes - 120) + 40 * (naco3 - 3) + normal(next, 0, 60), 0); // mPa·s
    rows.push([ph, tempC, minutes, naco3, particle, yieldPct, visc]);
  }
  const header = ['extract_ph', 'extract_temp_c', 'extract_min', 'na2co3_pct', 'particle_mm', 'alginate_yield_pct', 'viscosity_mpas'];
  write('alginate.csv', [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
}

harvest();
grade();
fouling();
alginate();
