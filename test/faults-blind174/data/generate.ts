/**
 * Writes the CSVs of blind fault set 174 (window cleaners and glaziers), seeded so every run gives the
 * same files: `npx tsx test/faults-blind174/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** jobs.csv: a window-cleaning round's job log -> job minutes; jobs-na.csv has "NA" pane areas. */
function jobs(): void {
  const next = rng(17401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1712000000;
  for (let i = 0; i < 960; i++) {
    t += 600 + Math.floor(next() * 5400);
    const crew = 1 + Math.floor(next() * 12);
    const panes = 4 + Math.floor(Math.exp(normal(next, 2.4, 0.6)));
    const area = r2(clamp(panes * normal(next, 1.1, 0.15), 2, 400));
    const storeys = 1 + Math.floor(next() * next() * 6);
    const ladder = r1(storeys > 1 ? clamp(normal(next, 6 * (storeys - 1), 3), 0, 60) : 0);
    const travel = r2(clamp(Math.exp(normal(next, 1.5, 0.7)), 0.3, 40));
    const rain = r1(next() < 0.75 ? 0 : clamp(Math.exp(normal(next, 0.5, 0.8)), 0.1, 20));
    const pole = next() < 0.4 ? 1 : 0;
    const minutes = r1(clamp(8 + 1.6 * area * (pole ? 0.7 : 1) + 1.2 * ladder + 4 * storeys + 0.8 * rain + normal(next, 0, 4), 5, 900));
    const row: (string | number)[] = [`JOB-${51000 + i}`, `CREW-${String(crew).padStart(2, '0')}`, stamp(t), panes, area, storeys, ladder, travel, rain, pole, minutes];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'crew_id', 'started_ts', 'pane_count', 'pane_area_m2', 'storeys', 'ladder_min', 'travel_km', 'rain_mm', 'water_fed_pole', 'job_min'];
  write('jobs.csv', header, rows);
  write('jobs-na.csv', header, na);
}

/** kind.csv: glazier work orders -> job kind (clean / reglaze / install / survey, rare breakage call-out). */
function kind(): void {
  const next = rng(17402);
  const rows: (string | number)[][] = [];
  const kinds = ['clean', 'reglaze', 'install', 'survey', 'breakage'];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 900; i++) {
    let k: number;
    const u = next();
    k = u < 0.38 ? 0 : u < 0.62 ? 1 : u < 0.82 ? 2 : u < 0.955 ? 3 : 4;
    counts[k]++;
    const glass = [4, 6, 24, 4, 6][k] + Math.floor(next() * 3) * 2 + (k === 2 ? 4 * Math.floor(next() * 2) : 0);
    const area = r2(clamp(normal(next, [12, 3, 8, 20, 1.5][k], [4, 1, 3, 6, 0.6][k]), 0.3, 60));
    const hours = r1(clamp(normal(next, [1.5, 3, 7, 0.8, 2][k], 0.5), 0.2, 14));
    const putty = r2(clamp(normal(next, [0, 0.8, 0.2, 0, 0.4][k], 0.15), 0, 2));
    const urgent = next() < [0.05, 0.15, 0.05, 0.02, 0.9][k] ? 1 : 0;
    const desk = 1 + Math.floor(next() * 6);
    rows.push([`WO-${8800 + i}`, stamp(1714000000 + i * 3517), kinds[k], glass, area, hours, putty, urgent, desk]);
  }
  write('kind.csv', ['order_id', 'booked_ts', 'job_kind', 'glass_mm', 'pane_area_m2', 'labour_h', 'putty_kg', 'urgent', 'desk'], rows);
  console.log('kind', counts.join('/'));
}

/** breakage.csv: jobs on tall buildings -> rare breakage flag; van serial number with no effect. */
function breakage(): void {
  const next = rng(17403);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const storeys = 1 + Math.floor(next() * 8);
    const area = r2(clamp(Math.exp(normal(next, 0.8, 0.5)), 0.4, 12));
    const glass = [3, 4, 4, 6, 6, 8, 10][Math.floor(next() * 7)];
    const wind = r1(clamp(normal(next, 18, 9), 0, 60));
    const years = r1(clamp(Math.exp(normal(next, 1.3, 0.7)), 0.1, 35));
    const ladder = r1(clamp(normal(next, 5 * storeys, 4), 0, 60));
    const z = -5.2 + 0.28 * storeys + 0.55 * area - 0.35 * glass + 0.09 * wind - 0.12 * years + normal(next, 0, 0.3);
    const broke = next() < sigmoid(2 * z) ? 1 : 0;
    pos += broke;
    rows.push([`VAN-${100000 + Math.floor(next() * 899999)}`, storeys, area, glass, wind, years, ladder, broke]);
  }
  write('breakage.csv', ['van_serial', 'storeys', 'pane_area_m2', 'glass_mm', 'wind_kmh', 'crew_years', 'ladder_min', 'breakage'], rows);
  console.log('breakage', pos, '/ 1100');
}

/** invoice.csv: semicolon export with decimal commas -> skewed invoice totals in euros. */
function invoice(): void {
  const next = rng(17404);
  const rows: string[][] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 820; i++) {
    const panes = 2 + Math.floor(Math.exp(normal(next, 2, 0.9)));
    const area = r2(panes * clamp(normal(next, 1.3, 0.3), 0.4, 3));
    const glass = [4, 6, 24, 28, 36][Math.floor(next() * 5)];
    const u = r2(clamp(5.8 - 0.11 * glass + normal(next, 0, 0.15), 0.5, 6));
    const storeys = 1 + Math.floor(next() * 4);
    const scaff = next() < 0.15 ? 1 : 0;
    const eur = r2(clamp(area * (40 + 9 * glass) + 180 * scaff * storeys + 60 * storeys + normal(next, 0, 60), 45, 120000));
    rows.push([`INV-${2024000 + i}`, String(panes), c(area), String(glass), c(u), String(storeys), String(scaff), c(eur)]);
  }
  write('invoice.csv', ['invoice_no', 'panes', 'area_m2', 'glass_mm', 'u_value', 'storeys', 'scaffold', 'total_eur'], rows, ';');
}

/** uvalue.csv: tab-separated lab sheet -> measured U-value (W/m2K) of glazing units, smooth in its inputs. */
function uvalue(): void {
  const next = rng(17405);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const panes = next() < 0.6 ? 2 : 3;
    const gap = Math.round(clamp(normal(next, 14, 4), 6, 24));
    const argon = next() < 0.5 ? 1 : 0;
    const lowE = next() < 0.55 ? 1 : 0;
    const frameW = r1(clamp(normal(next, 70, 12), 40, 110));
    const u = r2(clamp(5.6 / (panes - 0.4) * (1 - 0.35 * lowE) * (1 - 0.12 * argon) * (1 + 4 / gap) * 0.7 + 0.004 * frameW + normal(next, 0, 0.04), 0.4, 6));
    rows.push([`UNIT-${3000 + i}`, panes, gap, argon, lowE, frameW, u]);
  }
  write('uvalue.csv', ['unit_id', 'panes', 'gap_mm', 'argon', 'low_e', 'frame_mm', 'u_value'], rows, '\t');
}

jobs();
kind();
breakage();
invoice();
uvalue();
