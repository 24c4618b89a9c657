/**
 * Writes the CSVs of the ninety-third blind fault set (railways and rail operations), seeded so every run
 * gives the same files: `npx tsx test/faults-blind93/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** services.csv: passenger train services: arrival delay in minutes. */
function services(): void {
  const next = rng(9301);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  const letters = 'ABCDEFGHJKLMNPRSTW';
  for (let i = 0; i < 720; i++) {
    const headcode = `${1 + (i % 9)}${letters[Math.floor(next() * letters.length)]}${String(10 + Math.floor(next() * 89))}`;
    const ts = 1711929600 + i * 1800 + Math.floor(next() * 1500);
    const distance = Math.round(clamp(Math.exp(normal(next, 4.4, 0.8)), 8, 700));
    const stops = Math.round(clamp(distance / 18 + normal(next, 0, 3), 0, 40));
    const passengers = Math.round(clamp(Math.exp(normal(next, 5.6, 1.2)), 4, 4500));
    const carriages = [2, 3, 4, 5, 8, 10, 12][Math.floor(next() * 7)];
    const peak = next() < 0.3 ? 1 : 0;
    const singleTrack = r2(clamp(normal(next, 0.15, 0.15), 0, 0.9));
    const rain = r1(clamp(Math.exp(normal(next, 0.3, 1.1)) - 1, 0, 45));
    const delay = r1(clamp(1 + 0.012 * distance + 0.35 * stops + 0.0015 * passengers + 4 * peak + 12 * singleTrack + 0.25 * rain
      + 0.3 * (12 - carriages) + normal(next, 0, 1.2), 0, 120));
    const row: (string | number)[] = [headcode, 7, ts, distance, stops, passengers, carriages, peak, singleTrack, rain, delay];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[5] = 'NA';
    naRows.push(na);
  }
  const header = ['headcode', 'route_id', 'departure_ts', 'distance_km', 'stops', 'passengers', 'carriages', 'peak_hour', 'single_track_share',
    'rain_mm', 'delay_min'];
  write('services.csv', header, rows);
  write('services-export-na.csv', header, naRows);
}

/** sections.csv: track section inspections: a geometry index in mm and a rare "signal failure" flag. */
function sections(): void {
  const next = rng(9302);
  const rows: (string | number)[][] = [];
  let failures = 0;
  for (let i = 0; i < 640; i++) {
    const section = `ELR-${['ECM', 'WCM', 'MML', 'GWM'][i % 4]}${String(100 + i).padStart(4, '0')}`;
    const ts = 1704067200 + i * 5400 + Math.floor(next() * 5000);
    const railTemp = r1(normal(next, 22, 11));
    const gauge = r2(normal(next, 0, 2.2));
    const cant = r2(normal(next, 0, 3.0));
    const twist = r2(Math.abs(normal(next, 0, 1.6)));
    const sleeperAge = Math.round(clamp(normal(next, 22, 10), 0, 60));
    const tonnage = Math.round(clamp(Math.exp(normal(next, 16.5, 0.7)), 1e6, 9e7));
    const cableAge = r1(clamp(normal(next, 18, 9), 0, 50));
    const flooded = next() < 0.12 ? 1 : 0;
    const geometry = r2(clamp(0.8 + 0.3 * Math.abs(gauge) + 0.2 * Math.abs(cant) + 0.4 * twist + 0.03 * sleeperAge + 0.25 * Math.log(tonnage / 1.5e7)
      + 0.02 * Math.abs(railTemp - 20) + normal(next, 0, 0.2), 0.1, 10));
    const z = -12.5 + 0.3 * cableAge + 4.5 * flooded + 0.15 * Math.max(0, railTemp - 28) + 1.5 * Math.log(tonnage / 1.5e7) + normal(next, 0, 0.3);
    const fail = next() < sigmoid(2.5 * z + 3) ? 1 : 0;
    failures += fail;
    rows.push([section, ts, railTemp, gauge, cant, twist, sleeperAge, tonnage, cableAge, flooded, geometry, fail]);
  }
  write('sections.csv', ['section_id', 'inspected_ts', 'rail_temp_c', 'gauge_dev_mm', 'cant_dev_mm', 'twist_mm', 'sleeper_age_years',
    'annual_gross_tonnes', 'signal_cable_age_years', 'flooding_history', 'geometry_index_mm', 'signal_failure'], rows);
  console.log(`signal failures ${failures}/640`);
}

/** fleet.csv: rolling stock units: the class (hst rare). */
function fleet(): void {
  const next = rng(9303);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['emu', 'dmu', 'loco_hauled', 'hst'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.42 ? 0 : k0 < 0.72 ? 1 : k0 < 0.91 ? 2 : 3;
    const unit = 100000 + Math.floor(next() * 899999);
    const maxSpeed = Math.round(clamp(normal(next, [160, 120, 140, 200][latent], 12), 60, 230));
    const length = r1(clamp(normal(next, [80, 48, 220, 230][latent], 14), 18, 300));
    const tare = Math.round(clamp(normal(next, [150, 95, 520, 420][latent], 40), 30, 800));
    const seats = Math.round(clamp(normal(next, [260, 150, 480, 560][latent], 50), 40, 900));
    const power = Math.round(clamp(Math.exp(normal(next, [7.5, 6.4, 8.1, 8.5][latent], 0.18)), 200, 9000));
    const pantograph = next() < [0.95, 0.03, 0.4, 0.02][latent] ? 1 : 0;
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`UNIT-${unit}`, unit % 1000, maxSpeed, length, tare, seats, power, pantograph, names[k]]);
  }
  write('fleet.csv', ['unit_number', 'depot_code', 'max_speed_kmh', 'length_m', 'tare_tonnes', 'seats', 'traction_kw', 'pantograph', 'stock_class'], rows);
  console.log('stock class', JSON.stringify(counts));
}

/** freight.csv: freight trains: net tonnage hauled (skewed, hundreds to thousands of tonnes). */
function freight(): void {
  const next = rng(9304);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const trainNo = `6M${String(10 + (i % 80)).padStart(2, '0')}`;
    const ts = 1706745600 + i * 7200 + Math.floor(next() * 6000);
    const wagons = Math.round(clamp(Math.exp(normal(next, 3.0, 0.5)), 4, 60));
    const axleLoad = r1(clamp(normal(next, 20, 3.5), 10, 25.5));
    const axlesPerWagon = next() < 0.7 ? 4 : 2;
    const length = Math.round(wagons * (axlesPerWagon === 4 ? 19 : 12) + 22 + normal(next, 0, 8));
    const distance = Math.round(clamp(Math.exp(normal(next, 5.3, 0.7)), 20, 1200));
    const gradient = r1(clamp(normal(next, 6, 3), 0, 15));
    const aggregates = next() < 0.35 ? 1 : 0;
    const tonnage = Math.round(clamp(wagons * axlesPerWagon * axleLoad * (aggregates ? 0.75 : 0.55) - 9 * gradient + normal(next, 0, 60), 60, 5000));
    rows.push([trainNo, ts, wagons, axleLoad, axlesPerWagon, length, distance, gradient, aggregates, tonnage]);
  }
  write('freight.csv', ['train_number', 'departure_ts', 'wagons', 'axle_load_t', 'axles_per_wagon', 'train_length_m', 'distance_km',
    'ruling_gradient_permille', 'aggregates', 'net_tonnes'], rows);
}

/** possessions.csv: track maintenance possessions: metres of track renewed and a priority band (urgent rare). */
function possessions(): void {
  const next = rng(9305);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const worksOrder = `WO${String(880000 + i * 7)}`;
    const crew = Math.round(clamp(normal(next, 14, 4), 4, 30));
    const hours = [4, 6, 8, 8, 10, 27, 54][Math.floor(next() * 7)];
    const railTemp = r1(normal(next, 18, 9));
    const mgt = Math.round(clamp(Math.exp(normal(next, 16.3, 0.8)), 5e5, 8e7));
    const sinceGrind = Math.round(clamp(Math.exp(normal(next, 10.3, 0.7)), 2000, 250000));
    const machine = next() < 0.4 ? 1 : 0;
    const metres = Math.round(clamp(20 * crew + 25 * hours + 180 * machine - 4 * Math.abs(railTemp - 18) + normal(next, 0, 60), 10, 3000));
    const score = 2 + 0.9 * Math.log(mgt / 1.2e7) + 1.1 * Math.log(sinceGrind / 30000) + 0.06 * Math.max(0, railTemp - 25) + 0.04 * crew + normal(next, 0, 0.15);
    const band = score < 2.3 ? 'routine' : score < 3.9 ? 'planned' : 'urgent';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([worksOrder, crew, hours, railTemp, mgt, sinceGrind, machine, metres, band]);
  }
  write('possessions.csv', ['works_order', 'crew_size', 'possession_hours', 'rail_temp_c', 'annual_gross_tonnes', 'tonnes_since_grind_k',
    'tamper_machine', 'track_renewed_m', 'priority_band'], rows);
  console.log('priority band', JSON.stringify(counts));
}

services();
sections();
fleet();
freight();
possessions();
