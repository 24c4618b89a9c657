/**
 * Writes the CSVs of test/faults-blind80 (forestry, timber and wood products), seeded so every run
 * gives the same files: `npx tsx test/faults-blind80/data/generate.ts`.
 *
 * - plots.csv: 400 forest inventory plots: plot_id, survey_epoch, region (constant 3), age_yr,
 *   site_index, height_m, stems_ha (skewed, hundreds), dbh_cm, basal_area, volume_m3 (hundreds),
 *   species (pine/spruce/birch/oak from site index, age and density, 5% relabelled), species_code.
 * - logs.csv: 360 sawmill logs: log_id, length_m, diameter_cm, moisture, saw_speed, blade_hours
 *   (skewed), board_yield_pct.
 * - kiln.csv: 600 kiln batches: batch_id, start_epoch, temp_c, humidity, hours, thickness_mm,
 *   softwood, cracked (0/1, rare: about 4%).
 * - panels.csv: 300 panel pressings: press_id, pressure_bar, glue_gm2, press_temp_c, press_time_s,
 *   density, mor_mpa (bending strength).
 * - plots-gaps.csv: plots with "NA" heights in some rows; logs-short.csv: 4 logs only;
 *   kiln-text.csv: kiln with "n/a" temperatures on some rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;

function write(file: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, file), text);
  console.log(`${file}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function plots(): (string | number)[][] {
  const next = rng(8001);
  const species = ['pine', 'spruce', 'birch', 'oak'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(20 + next() * 100);
    const site = 14 + next() * 16;
    const height = clamp(site * 1.35 * Math.pow(1 - Math.exp(-0.03 * age), 1.3) + normal(next, 0, 1), 4, 45);
    const stems = Math.round(clamp(Math.exp(normal(next, Math.log(480), 0.45)), 100, 2000));
    const dbh = clamp(4 + 1.1 * height * Math.pow(500 / stems, 0.3) + normal(next, 0, 2), 6, 80);
    const ba = stems * Math.PI * (dbh / 200) ** 2;
    const volume = 0.42 * ba * height * (1 + normal(next, 0, 0.05));
    let sp: number;
    if (site > 24 && age < 60) sp = 2;
    else if (site > 21 && age >= 60) sp = 3;
    else if (stems > 520) sp = 1;
    else sp = 0;
    if (next() < 0.05) sp = Math.floor(next() * 4);
    const epoch = 1500000000 + Math.floor(next() * 200000000);
    rows.push([1000 + i, epoch, 3, age, r2(site), r2(height), stems, r2(dbh), r2(ba), r2(volume), species[sp], sp]);
  }
  return rows;
}

function main(): void {
  const plotHeader = ['plot_id', 'survey_epoch', 'region', 'age_yr', 'site_index', 'height_m', 'stems_ha', 'dbh_cm', 'basal_area', 'volume_m3', 'species', 'species_code'];
  const plotRows = plots();
  write('plots.csv', plotHeader, plotRows);
  const gaps = plotRows.map((r, i) => (i % 23 === 7 ? r.map((c, j) => (j === 5 ? 'NA' : c)) : r));
  write('plots-gaps.csv', plotHeader, gaps);

  const nl = rng(8002);
  const logRows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const length = 2.4 + nl() * 3.6;
    const diam = 14 + nl() * 41;
    const moisture = 0.1 + nl() * 0.5;
    const speed = 40 + nl() * 80;
    const blade = Math.min(60, -12 * Math.log(Math.max(nl(), 1e-9)));
    const y = 30 + 25 * (1 - Math.exp(-(diam - 10) / 15)) - 12 * moisture - 0.003 * (speed - 80) ** 2 - 0.15 * blade + 1.0 * length + normal(nl, 0, 1.2);
    logRows.push([50000 + i, r2(length), r2(diam), r3(moisture), r2(speed), r2(blade), r2(y)]);
  }
  const logHeader = ['log_id', 'length_m', 'diameter_cm', 'moisture', 'saw_speed', 'blade_hours', 'board_yield_pct'];
  write('logs.csv', logHeader, logRows);
  write('logs-short.csv', logHeader, logRows.slice(0, 4));

  const nk = rng(8003);
  const kilnRaw: { row: (string | number)[]; z: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const temp = 45 + nk() * 50;
    const hum = 15 + nk() * 70;
    const hours = 24 + nk() * 216;
    const thick = 19 + nk() * 56;
    const soft = nk() < 0.6 ? 1 : 0;
    const z = (temp - 70) / 8 - (hum - 50) / 10 + (thick - 47) / 15 - 0.6 * soft + normal(nk, 0, 0.25);
    const epoch = 1600000000 + Math.floor(nk() * 90000000);
    kilnRaw.push({ row: [7000 + i, epoch, r2(temp), r2(hum), r2(hours), r2(thick), soft], z });
  }
  const cut = [...kilnRaw.map((k) => k.z)].sort((a, b) => b - a)[24];
  const kilnRows = kilnRaw.map((k) => [...k.row, k.z > cut ? 1 : 0]);
  const kilnHeader = ['batch_id', 'start_epoch', 'temp_c', 'humidity', 'hours', 'thickness_mm', 'softwood', 'cracked'];
  write('kiln.csv', kilnHeader, kilnRows);
  write('kiln-text.csv', kilnHeader, kilnRows.map((r, i) => (i % 31 === 5 ? r.map((c, j) => (j === 2 ? 'n/a' : c)) : r)));

  const np = rng(8004);
  const panelRows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const pressure = 10 + np() * 25;
    const glue = 140 + np() * 180;
    const ptemp = 150 + np() * 60;
    const ptime = 60 + np() * 240;
    const density = 580 + np() * 240;
    const mor = 8 + 0.035 * (density - 580) + 6 * (1 - Math.exp(-(glue - 120) / 60)) + 0.25 * pressure + 2 * Math.tanh((ptime - 120) / 60) - 0.0015 * (ptemp - 185) ** 2 + normal(np, 0, 0.8);
    panelRows.push([900 + i, r2(pressure), r2(glue), r2(ptemp), r2(ptime), r2(density), r2(mor)]);
  }
  write('panels.csv', ['press_id', 'pressure_bar', 'glue_gm2', 'press_temp_c', 'press_time_s', 'density', 'mor_mpa'], panelRows);
}

main();
