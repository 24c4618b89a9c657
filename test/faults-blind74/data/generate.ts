/**
 * Writes the CSVs of test/faults-blind74 (hydrology, water and wastewater), seeded so every run gives
 * the same files: `npx tsx test/faults-blind74/data/generate.ts`.
 *
 * - river.csv: 520 daily gauge records. gauge_id (ID), obs_epoch (unix seconds), day_of_year,
 *   rain_mm (skewed, many dry days), upstream_m3s (log-normal, 3..3000), soil_moist (share 0..1) →
 *   downstream_m3s (regression) and flood_stage (string classes normal/action/minor/major, floods rare).
 * - river-gaps.csv: the same gauge export with logger outages written as "NA" and empty cells.
 * - plant.csv: 600 treatment-plant samples. plant_id (constant: one plant), sample_epoch,
 *   turbidity_ntu (skewed), chlorine_mgl, ph, flow_ls (thousands), temp_c → breach 0/1 (about 5%).
 * - plant-lab.csv: the lab export of the same plant, with censored results written "<0.05".
 * - meters.csv: 480 household meters. meter_id, occupants (1..6), garden (0/1), lot_m2 (hundreds),
 *   night_min_lph (minimum night flow, near 0 unless leaking), month → litres_day (regression) and
 *   leak (0/1, about 9%).
 * - pipes.csv: 560 pipe segments. pipe_id, age_years, mat_ci / mat_ac / mat_pvc (one-hot),
 *   pressure_kpa (hundreds), length_m (skewed), diameter_mm → burst (0/1, about 14%).
 * - reservoir.csv: 420 days. obs_epoch, inflow_m3s, release_m3s, evap_mm, rain_mm →
 *   level_m (regression, 118..135 m above datum) and zone (drought/normal/flood, 3 classes).
 * - reservoir-short.csv: a 4-row extract of the reservoir log.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function river(): (number | string)[][] {
  const next = rng(7401);
  const rows: (number | string)[][] = [];
  const start = 1514764800; // 2018-01-01
  for (let i = 0; i < 520; i++) {
    const gauge = 40100 + Math.floor(next() * 4);
    const day = Math.floor(next() * 365) + 1;
    const epoch = start + i * 86400 * 3 + Math.floor(next() * 3600);
    const wet = next() < 0.45;
    const rain = wet ? -Math.log(Math.max(next(), 1e-9)) * 14 : 0;
    const season = Math.cos((2 * Math.PI * (day - 30)) / 365);
    const upstream = Math.exp(normal(next, 4.2 + 0.6 * season, 0.9));
    const soil = clamp(0.35 + 0.2 * season + 0.01 * rain + normal(next, 0, 0.08), 0.05, 0.98);
    const runoff = rain * (0.4 + 2.6 * soil) * 3.2;
    const downstream = Math.max(1, (1.08 * upstream + runoff + 12) * (1 + normal(next, 0, 0.04)));
    const stage = downstream < 160 ? 'normal' : downstream < 280 ? 'action' : downstream < 450 ? 'minor' : 'major';
    rows.push([gauge, epoch, day, r1(rain), r2(upstream), r3(soil), r2(downstream), stage]);
  }
  return rows;
}

function main(): void {
  const riverHeader = ['gauge_id', 'obs_epoch', 'day_of_year', 'rain_mm', 'upstream_m3s', 'soil_moist', 'downstream_m3s', 'flood_stage'];
  const riverRows = river();
  write('river.csv', riverHeader, riverRows);
  const gapNext = rng(7402);
  write(
    'river-gaps.csv',
    riverHeader,
    riverRows.map((row) => row.map((cell, c) => (c >= 3 && c <= 5 && gapNext() < 0.04 ? (gapNext() < 0.5 ? 'NA' : '') : cell))),
  );

  // Treatment plant: a breach when turbidity is high and chlorine residual low, or pH out of band.
  {
    const next = rng(7403);
    const rows: (number | string)[][] = [];
    const labRows: (number | string)[][] = [];
    for (let i = 0; i < 600; i++) {
      const epoch = 1640995200 + i * 3600 * 6;
      const turbidity = Math.exp(normal(next, -0.9, 0.75));
      const chlorine = clamp(normal(next, 1.0, 0.3), 0.05, 2.2);
      const ph = clamp(normal(next, 7.4, 0.3), 6.3, 8.8);
      const flow = normal(next, 3800, 700);
      const temp = normal(next, 14, 5);
      const score = 2.6 * (turbidity - 1.1) - 4.5 * (chlorine - 0.55) + 6 * Math.max(0, Math.abs(ph - 7.4) - 0.55);
      const breach = sigmoid(3 * score) > 0.5 ? 1 : 0;
      const row = [4711, epoch, r3(turbidity), r3(chlorine), r2(ph), r1(flow), r1(temp), breach];
      rows.push(row);
      labRows.push(row.map((cell, c) => (c === 2 && turbidity < 0.12 ? '<0.12' : c === 3 && chlorine < 0.2 ? '<0.2' : cell)));
    }
    const header = ['plant_id', 'sample_epoch', 'turbidity_ntu', 'chlorine_mgl', 'ph', 'flow_ls', 'temp_c', 'breach'];
    write('plant.csv', header, rows);
    write('plant-lab.csv', header, labRows);
  }

  // Household meters: consumption from occupants, garden and lot; leaks show as a night minimum flow.
  {
    const next = rng(7404);
    const rows: (number | string)[][] = [];
    for (let i = 0; i < 480; i++) {
      const occupants = 1 + Math.min(5, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.6));
      const garden = next() < 0.4 ? 1 : 0;
      const lot = Math.round(Math.exp(normal(next, 6.1, 0.45)));
      const month = 1 + Math.floor(next() * 12);
      const summer = Math.max(0, Math.cos((2 * Math.PI * (month - 7)) / 12));
      const leak = next() < 0.09 ? 1 : 0;
      const night = leak ? 6 + next() * 30 : Math.max(0, normal(next, 0.8, 0.8));
      const litres = (135 * occupants + garden * (0.35 * lot) * summer + 24 * night) * (1 + normal(next, 0, 0.05));
      rows.push([300000 + i * 7, occupants, garden, lot, r1(night), month, Math.round(litres), leak]);
    }
    write('meters.csv', ['meter_id', 'occupants', 'garden', 'lot_m2', 'night_min_lph', 'month', 'litres_day', 'leak'], rows);
  }

  // Pipe bursts: old cast iron and asbestos cement at high pressure burst; PVC rarely.
  {
    const next = rng(7405);
    const rows: (number | string)[][] = [];
    for (let i = 0; i < 560; i++) {
      const u = next();
      const material = u < 0.35 ? 0 : u < 0.6 ? 1 : 2; // ci, ac, pvc
      const age = material === 2 ? next() * 45 : 20 + next() * 80;
      const pressure = clamp(normal(next, 480, 110), 200, 900);
      const length = Math.round(Math.exp(normal(next, 4.6, 0.7)));
      const diameter = [100, 150, 200, 300][Math.floor(next() * 4)];
      const frailty = [1.3, 0.9, -1.2][material];
      const z = 0.055 * (age - 60) + frailty + 0.009 * (pressure - 480) + 0.2 * Math.log(length / 100) - 0.004 * (diameter - 150) - 1.4;
      const burst = sigmoid(2.5 * z) > 0.5 ? 1 : 0;
      rows.push([70000 + i, r1(age), material === 0 ? 1 : 0, material === 1 ? 1 : 0, material === 2 ? 1 : 0, Math.round(pressure), length, diameter, burst]);
    }
    write('pipes.csv', ['pipe_id', 'age_years', 'mat_ci', 'mat_ac', 'mat_pvc', 'pressure_kpa', 'length_m', 'diameter_mm', 'burst'], rows);
  }

  // Reservoir: level from net inflow and season, zone from level.
  {
    const next = rng(7406);
    const rows: (number | string)[][] = [];
    for (let i = 0; i < 420; i++) {
      const epoch = 1577836800 + i * 86400 * 2;
      const inflow = Math.exp(normal(next, 3.6, 0.7));
      const release = clamp(normal(next, 40, 14), 5, 120);
      const evap = clamp(normal(next, 3, 1.5), 0, 9);
      const rain = next() < 0.5 ? 0 : -Math.log(Math.max(next(), 1e-9)) * 8;
      const level = 126 + 7 * Math.tanh((inflow - release) / 45) - 0.35 * evap + 0.05 * rain + normal(next, 0, 0.25);
      const zone = level < 123.5 ? 'drought' : level < 130 ? 'normal' : 'flood';
      rows.push([epoch, r2(inflow), r2(release), r2(evap), r1(rain), r2(level), zone]);
    }
    const header = ['obs_epoch', 'inflow_m3s', 'release_m3s', 'evap_mm', 'rain_mm', 'level_m', 'zone'];
    write('reservoir.csv', header, rows);
    write('reservoir-short.csv', header, rows.slice(0, 4));
  }
}

main();
