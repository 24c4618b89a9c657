/**
 * Writes the CSVs of the ninety-eighth blind fault set (parking and urban mobility), seeded so every
 * run gives the same files: `npx tsx test/faults-blind98/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const iso = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 16);

/** sessions.csv: on-street parking sessions from bay sensors: dwell time in minutes and a rare illegal-parking flag. */
function sessions(): void {
  const next = rng(9801);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let illegal = 0;
  for (let i = 0; i < 800; i++) {
    const id = `PS-${String(4400000 + i * 17)}`;
    const sensor = 20000 + Math.floor(next() * 400);
    const ts = 1709280000 + i * 610 + Math.floor(next() * 600);
    const hour = Math.floor(clamp(normal(next, 13, 3.8), 6, 22));
    const weekday = Math.floor(next() * 7);
    const fee = r2(clamp(normal(next, 2.6, 1.1), 0.5, 6));
    const distance = Math.round(clamp(Math.exp(normal(next, 7.4, 0.9)), 80, 14000));
    const rain = r1(clamp(Math.exp(normal(next, -1.5, 1.6)) - 0.1, 0, 40));
    const temp = r1(normal(next, 12, 7));
    const permit = next() < 0.18 ? 1 : 0;
    const event = next() < 0.1 ? 1 : 0;
    const maxStay = [30, 60, 120, 180, 240][Math.floor(next() * 5)];
    const dwell = Math.round(clamp(20 + 0.55 * maxStay + 85 * permit + 60 * event - 9 * fee + 0.004 * distance + 2.5 * rain
      + (hour < 10 ? 30 : 0) + normal(next, 0, 16), 3, 600));
    const z = -4.6 + 2.0 * event + 0.06 * (dwell - maxStay) + 0.6 * fee - 2.5 * permit + 0.08 * rain + normal(next, 0, 0.3);
    const ill = next() < sigmoid(z) ? 1 : 0;
    illegal += ill;
    const row: (string | number)[] = [id, sensor, ts, iso(ts), hour, weekday, fee, distance, rain, temp, permit, event, maxStay, dwell, ill];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 5) na[8] = 'NA';
    naRows.push(na);
  }
  const header = ['session_id', 'sensor_id', 'entry_ts', 'entry_time', 'hour_of_day', 'weekday', 'fee_per_hour_eur', 'distance_to_centre_m',
    'rain_mm', 'temp_c', 'permit_holder', 'event_nearby', 'max_stay_min', 'dwell_min', 'illegal_parking'];
  write('sessions.csv', header, rows);
  write('sessions-export-na.csv', header, naRows);
  const ds = rows.map((r) => r[13] as number).sort((a, b) => a - b);
  console.log(`illegal ${illegal}/800`, 'dwell', ds[0], ds[400], ds[799]);
}

/** zones.csv: survey of block faces: the zone type (hospital rare) from parking behaviour. */
function zones(): void {
  const next = rng(9802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['residential', 'commercial', 'mixed', 'hospital'];
  for (let i = 0; i < 600; i++) {
    const u = next();
    const latent = u < 0.4 ? 0 : u < 0.72 ? 1 : u < 0.93 ? 2 : 3;
    const survey = 1704067200 + Math.floor(next() * 3e7);
    const dwell = Math.round(clamp(Math.exp(normal(next, [5.2, 3.6, 4.3, 4.8][latent], 0.35)), 5, 1400));
    const turnover = r1(clamp(normal(next, [1.5, 9, 5, 6][latent], 1.6), 0.2, 20));
    const peak = r1(clamp(normal(next, [92, 85, 78, 97][latent], 6), 10, 100));
    const evening = r1(clamp(normal(next, [65, 20, 40, 35][latent], 9), 0, 100));
    const weekend = r2(clamp(normal(next, [1.1, 0.6, 0.9, 0.95][latent], 0.12), 0.1, 2));
    const fee = r2(clamp(normal(next, [0.8, 3.0, 2.0, 2.4][latent], 0.6), 0, 6));
    const distance = Math.round(clamp(Math.exp(normal(next, [8.2, 6.5, 7.3, 7.8][latent], 0.6)), 50, 20000));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`BF-${1200 + i * 3}`, survey, dwell, turnover, peak, evening, weekend, fee, distance, names[k]]);
  }
  write('zones.csv', ['block_id', 'survey_ts', 'avg_dwell_min', 'turnover_per_day', 'peak_occupancy_pct', 'evening_share_pct', 'weekend_ratio',
    'fee_per_hour_eur', 'distance_to_centre_m', 'zone_type'], rows);
  console.log('zones', JSON.stringify(counts));
}

/** garages.csv: hourly occupancy of multi-storey garages: a midday peak, events and price. */
function garages(): void {
  const next = rng(9803);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const garage = ['GAR-NORD', 'GAR-HBF', 'GAR-MESSE', 'GAR-ALT'][i % 4];
    const ts = 1711929600 + i * 3600 * 5;
    const hour = (i * 5) % 24;
    const weekday = Math.floor((i * 5) / 24) % 7;
    const capacity = [420, 1800, 2400, 150][i % 4];
    const price = r2(clamp(normal(next, 2.5, 0.8), 0.8, 5));
    const attendance = next() < 0.12 ? Math.round(clamp(Math.exp(normal(next, 9.5, 0.8)), 500, 60000)) : 0;
    const temp = r1(normal(next, 11, 7));
    const rain = r1(clamp(Math.exp(normal(next, -1.5, 1.5)) - 0.1, 0, 30));
    const occ = r1(clamp(12 + 62 * Math.exp(-((hour - 13) ** 2) / 10) + 10 * (weekday < 5 ? 1 : 0) + 0.0007 * attendance - 4 * (price - 2.5)
      + 0.8 * rain + normal(next, 0, 4), 0, 100));
    rows.push([garage, ts, hour, weekday, capacity, price, attendance, temp, rain, occ]);
  }
  write('garages.csv', ['garage_code', 'hour_ts', 'hour_of_day', 'weekday', 'capacity_spaces', 'price_per_hour_eur', 'event_attendance', 'temp_c',
    'rain_mm', 'occupancy_pct'], rows);
  const os = rows.map((r) => r[9] as number).sort((a, b) => a - b);
  console.log('occupancy', os[0], os[350], os[699]);
}

/** docks.csv: bike-share station-hours: departures in the next hour (a count, skewed). */
function docks(): void {
  const next = rng(9804);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 640; i++) {
    const station = `ST${String(100 + (i % 80)).padStart(4, '0')}`;
    const ts = 1714521600 + i * 2700;
    const hour = Math.floor(next() * 24);
    const temp = r1(normal(next, 15, 6));
    const rain = r1(clamp(Math.exp(normal(next, -1.6, 1.5)) - 0.1, 0, 30));
    const capacity = [15, 20, 24, 30, 40, 60][Math.floor(next() * 6)];
    const bikesPerDock = r2(clamp(normal(next, 0.5, 0.22), 0, 1));
    const elevation = Math.round(clamp(normal(next, 60, 35), 0, 210));
    const metro = Math.round(clamp(Math.exp(normal(next, 6.0, 0.9)), 20, 5000));
    const commute = hour >= 7 && hour <= 9 ? 1 : hour >= 16 && hour <= 19 ? 1 : 0;
    const dep = Math.round(clamp(2 + 0.45 * capacity * bikesPerDock + 14 * commute + 0.5 * temp - 1.2 * rain - 0.04 * elevation - 0.003 * metro
      + normal(next, 0, 2.2), 0, 80));
    rows.push([station, ts, hour, commute, temp, rain, capacity, bikesPerDock, elevation, metro, dep]);
  }
  write('docks.csv', ['station_code', 'hour_ts', 'hour_of_day', 'commute_peak', 'temp_c', 'rain_mm', 'dock_capacity', 'bikes_per_dock', 'elevation_m',
    'distance_to_metro_m', 'departures_next_hour'], rows);
  const ds = rows.map((r) => r[10] as number).sort((a, b) => a - b);
  console.log('departures', ds[0], ds[320], ds[639]);
}

/** trips.csv: e-scooter and bike trips, exported by a European operator (semicolons, decimal commas). */
function trips(): void {
  const next = rng(9805);
  const rows: (string | number)[][] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 700; i++) {
    const ts = 1717200000 + i * 900 + Math.floor(next() * 800);
    const distance = Math.round(clamp(Math.exp(normal(next, 7.6, 0.8)), 150, 24000));
    const elevation = Math.round(clamp(normal(next, distance / 200, 8), 0, 250));
    const ebike = next() < 0.4 ? 1 : 0;
    const member = next() < 0.55 ? 1 : 0;
    const temp = r1(normal(next, 16, 6));
    const hour = Math.floor(clamp(normal(next, 14, 4), 0, 23));
    const duration = r1(clamp(2 + distance / (ebike ? 330 : 240) + 0.12 * elevation * (ebike ? 0.3 : 1) + normal(next, 0, 2), 1, 180));
    const fare = r2(clamp((member ? 0 : 1) + duration * (member ? 0.12 : 0.25) * (ebike ? 1.5 : 1) + normal(next, 0, 0.2), 0, 80));
    rows.push([`TR${900000 + i}`, ts, distance, elevation, ebike, member, dec(temp), hour, dec(duration), dec(fare)]);
  }
  write('trips.csv', ['trip_id', 'start_ts', 'distance_m', 'elevation_gain_m', 'e_bike', 'member', 'temp_c', 'hour_of_day', 'duration_min', 'fare_eur'],
    rows, ';');
  console.log('trips written');
}

/** fines.csv: parking fines issued by enforcement officers: the fine in euros (skewed), plus an Excel export with thousands separators. */
function fines(): void {
  const next = rng(9806);
  const rows: (string | number)[][] = [];
  const excel: string[] = [];
  const header = ['fine_no', 'issued_ts', 'officer_id', 'overstay_min', 'prior_fines', 'vehicle_value_eur', 'zone_level', 'blocking_hydrant',
    'disabled_bay', 'fine_eur'];
  for (let i = 0; i < 600; i++) {
    const ts = 1706745600 + i * 4000 + Math.floor(next() * 3000);
    const officer = 700 + Math.floor(next() * 45);
    const overstay = Math.round(clamp(Math.exp(normal(next, 3.2, 1.1)), 1, 1440));
    const prior = Math.min(30, Math.floor(Math.exp(normal(next, 0, 1.1))));
    const vehicle = Math.round(clamp(Math.exp(normal(next, 9.6, 0.7)), 800, 250000));
    const level = 1 + Math.floor(next() * 4);
    const hydrant = next() < 0.06 ? 1 : 0;
    const disabled = next() < 0.05 ? 1 : 0;
    const fine = Math.round(clamp(15 + 10 * level + 0.6 * overstay + 35 * prior + 180 * hydrant + 320 * disabled + normal(next, 0, 12), 15, 5000));
    rows.push([`F${24000000 + i * 7}`, ts, officer, overstay, prior, vehicle, level, hydrant, disabled, fine]);
    const th = (x: number) => (x >= 1000 ? `"${Math.floor(x / 1000)},${String(x % 1000).padStart(3, '0')}"` : String(x));
    excel.push([`F${24000000 + i * 7}`, ts, officer, overstay, prior, th(vehicle), level, hydrant, disabled, th(fine)].join(','));
  }
  write('fines.csv', header, rows);
  fs.writeFileSync(path.join(DIR, 'fines-excel-export.csv'), [header.join(','), ...excel].join('\n') + '\n');
  const fs2 = rows.map((r) => r[9] as number).sort((a, b) => a - b);
  console.log('fine', fs2[0], fs2[300], fs2[599]);
}

sessions();
zones();
garages();
docks();
trips();
fines();
