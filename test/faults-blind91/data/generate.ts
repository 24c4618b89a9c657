/**
 * Writes the CSVs of the ninety-first blind fault set (theme parks and amusement rides), seeded so
 * every run gives the same files: `npx tsx test/faults-blind91/data/generate.ts`.
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

const RIDES = ['COASTER-1', 'COASTER-2', 'LOG-FLUME', 'CAROUSEL', 'DROP-TOWER', 'GHOST-TRAIN', 'TEACUPS', 'RAPIDS', 'WHEEL', 'SWING-TOWER'];
const CAPACITY = [1400, 1200, 900, 1800, 700, 1100, 1500, 1000, 2400, 1300];

/** queues.csv: queue observations at the rides: posted wait in minutes. */
function queues(): void {
  const next = rng(9101);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  for (let i = 0; i < 760; i++) {
    const r = Math.floor(next() * RIDES.length);
    const ts = 1717200000 + i * 5400 + Math.floor(next() * 3000);
    const visitors = Math.round(clamp(Math.exp(normal(next, 7.3, 0.75)), 30, 30000));
    const temp = r1(clamp(normal(next, 24, 6), 4, 40));
    const lanes = 1 + Math.floor(next() * 3);
    const fastpass = r2(clamp(normal(next, 0.18, 0.09), 0, 0.45));
    const weekend = next() < 0.3 ? 1 : 0;
    const rain = next() < 0.75 ? 0 : r1(clamp(Math.exp(normal(next, 1, 0.9)), 0.1, 40));
    const wait = Math.round(clamp(4 + 0.011 * visitors - 0.012 * (CAPACITY[r] - 1300) + 0.9 * (temp - 24) - 6 * (lanes - 2) - 30 * fastpass
      + 9 * weekend - 0.8 * rain + normal(next, 0, 4), 0, 240));
    const row: (string | number)[] = [RIDES[r], 3, ts, visitors, CAPACITY[r], temp, lanes, fastpass, weekend, rain, wait];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 17) na[5] = 'NA';
    naRows.push(na);
  }
  const header = ['ride_code', 'park_id', 'obs_ts', 'visitors_per_hour', 'capacity_per_hour', 'temperature_c', 'open_lanes', 'fastpass_share',
    'weekend', 'rain_mm', 'wait_min'];
  write('queues.csv', header, rows);
  write('queues-export-na.csv', header, naRows);
}

/** ride-sensors.csv: hourly maintenance readings: a rare "ride shutdown" flag. */
function sensors(): void {
  const next = rng(9102);
  const rows: (string | number)[][] = [];
  let shut = 0;
  for (let i = 0; i < 720; i++) {
    const r = Math.floor(next() * RIDES.length);
    const ts = 1717200000 + i * 3600 + Math.floor(next() * 600);
    const vib = r2(clamp(Math.exp(normal(next, 0.9, 0.55)), 0.3, 30));
    const bearing = r1(clamp(normal(next, 42 + 2.2 * vib, 5), 15, 110));
    const cycles = Math.round(clamp(Math.exp(normal(next, 7.4, 0.8)), 50, 25000));
    const wind = r1(clamp(Math.exp(normal(next, 2.6, 0.5)), 1, 90));
    const load = r1(clamp(normal(next, 70, 18), 5, 100));
    const age = Math.round(clamp(normal(next, 14, 8), 1, 45));
    const ambient = r1(clamp(normal(next, 22, 7), -2, 40));
    const z = -7.0 + 1.0 * vib + 0.09 * (bearing - 48) + 0.9 * Math.log(cycles / 1600) + 0.09 * (wind - 14) + normal(next, 0, 0.3);
    const flag = next() < sigmoid(z) ? 1 : 0;
    shut += flag;
    rows.push([RIDES[r], ts, vib, bearing, cycles, wind, load, age, ambient, flag]);
  }
  write('ride-sensors.csv', ['ride_code', 'reading_ts', 'vibration_mm_s', 'bearing_temp_c', 'cycles_since_service', 'wind_kmh', 'load_pct',
    'ride_age_years', 'ambient_temp_c', 'shutdown'], rows);
  console.log(`sensors shutdown ${shut}/720`);
}

/** attractions.csv: attractions across a chain of parks: the ride category as a class (dark rides rare). */
function attractions(): void {
  const next = rng(9103);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['family', 'thrill', 'water', 'dark_ride'];
  for (let i = 0; i < 620; i++) {
    const k0 = next();
    const latent = k0 < 0.44 ? 0 : k0 < 0.71 ? 1 : k0 < 0.9 ? 2 : 3;
    const height = Math.round(clamp(normal(next, [95, 132, 112, 100][latent], 8), 80, 150));
    const speed = r1(clamp(normal(next, [22, 85, 45, 18][latent], 10), 3, 160));
    const gforce = r2(clamp(normal(next, [1.4, 3.8, 2.2, 1.2][latent], 0.4), 0.8, 6));
    const drop = r1(clamp(normal(next, [4, 38, 16, 2][latent], 6), 0, 120));
    const duration = Math.round(clamp(normal(next, [150, 110, 280, 330][latent], 45), 30, 900));
    const darkness = r2(clamp(normal(next, [0.2, 0.2, 0.1, 0.85][latent], 0.15), 0, 1));
    const cost = Math.round(clamp(Math.exp(normal(next, [15.2, 17.4, 16.6, 16.2][latent], 0.45)), 200000, 150000000));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`ATT-${3000 + i * 7}`, height, speed, gforce, drop, duration, darkness, cost, names[k]]);
  }
  write('attractions.csv', ['attraction_id', 'height_limit_cm', 'top_speed_kmh', 'max_g', 'drop_height_m', 'ride_duration_s', 'darkness_share',
    'build_cost_usd', 'ride_category'], rows);
  console.log('attractions', JSON.stringify(counts));
}

/** park-days.csv: daily ticketing of a park: revenue in USD from hundreds of thousands to millions. */
function parkDays(): void {
  const next = rng(9104);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 540; i++) {
    const ts = 1672531200 + i * 86400;
    const visitors = Math.round(clamp(Math.exp(normal(next, 9.5, 0.6)), 1500, 70000));
    const price = r2(clamp(normal(next, 79, 12), 45, 129));
    const temp = r1(clamp(normal(next, 20, 8), -5, 38));
    const rain = next() < 0.7 ? 0 : r1(clamp(Math.exp(normal(next, 1.2, 1)), 0.1, 60));
    const holiday = next() < 0.25 ? 1 : 0;
    const promo = next() < 0.2 ? Math.round(10 + next() * 20) : 0;
    const event = next() < 0.1 ? 1 : 0;
    const cars = Math.round(clamp(visitors / 3.1 + normal(next, 0, 400), 100, 30000));
    const revenue = Math.round(clamp(visitors * (0.82 * price * (1 - promo / 100) + 14) + 90000 * event + 40000 * holiday + 800 * (temp - 20)
      + normal(next, 0, 25000), 20000, 20000000));
    rows.push([ts, 3, visitors, price, temp, rain, holiday, promo, event, cars, revenue]);
  }
  write('park-days.csv', ['date_ts', 'park_id', 'visitors', 'avg_ticket_usd', 'temperature_c', 'rain_mm', 'school_holiday', 'promo_pct',
    'event_night', 'parking_cars', 'revenue_usd'], rows);
}

/** guests.csv: guests tracked by wristband: spend per guest in USD (skewed) and a spend tier. */
function guests(): void {
  const next = rng(9105);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 600; i++) {
    const id = `G${String(700000 + i * 13).padStart(8, '0')}`;
    const entry = 1719820800 + Math.floor(i / 20) * 86400 + 32400 + Math.floor(next() * 21600);
    const age = Math.round(clamp(normal(next, 34, 14), 4, 80));
    const party = 1 + Math.floor(next() * next() * 7);
    const hours = r1(clamp(normal(next, 6.5, 2), 1, 13));
    const rides = Math.round(clamp(hours * normal(next, 1.6, 0.5), 0, 30));
    const pass = next() < 0.3 ? 1 : 0;
    const hotel = next() < 0.2 ? 1 : 0;
    const distance = Math.round(clamp(Math.exp(normal(next, 4.3, 1.2)), 2, 6000));
    const spend = r2(clamp(12 + 24 * party + 7 * hours + 55 * hotel - 18 * pass + 0.6 * rides + 0.012 * distance + normal(next, 0, 9), 5, 3000));
    const tier = spend < 80 ? 'low' : spend < 200 ? 'medium' : 'high';
    counts[tier] = (counts[tier] ?? 0) + 1;
    rows.push([id, entry, age, party, hours, rides, pass, hotel, distance, spend, tier]);
  }
  write('guests.csv', ['guest_id', 'entry_ts', 'age', 'party_size', 'hours_in_park', 'rides_taken', 'annual_pass', 'hotel_guest',
    'home_distance_km', 'spend_usd', 'spend_tier'], rows);
  console.log('spend tiers', JSON.stringify(counts));
}

queues();
sensors();
attractions();
parkDays();
guests();
