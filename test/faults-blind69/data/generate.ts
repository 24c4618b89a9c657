/**
 * Writes this set's CSVs (automotive and vehicle telematics), seeded so every run gives the same files:
 * `npx tsx test/faults-blind69/data/generate.ts`. Every record comes from a simple generative rule so a
 * small dense network can learn it; the bad files copy a good one and break it the way real exports break.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Telematics snapshots: a rare coolant/overheat fault code (about 4%) and fuel consumption in L/100 km. */
function telematics(): (string | number)[][] {
  const next = rng(6901);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const mode = next();
    const speed = clamp(mode < 0.25 ? normal(next, 12, 8) : mode < 0.6 ? normal(next, 45, 12) : normal(next, 108, 14), 0, 175);
    const rpm = clamp(750 + speed * 24 + normal(next, 0, 250), 650, 6200);
    const throttle = clamp(8 + 0.4 * speed + normal(next, 0, 9), 0, 100);
    const odometer = Math.round(5000 + next() * 375000);
    const overheating = next() < 0.045;
    const coolant = overheating ? normal(next, 113, 3) : normal(next, 90, 3.5);
    const ambient = normal(next, 14, 9);
    // The fault code: an overheating engine (coolant above ~104 °C), worse on high-mileage engines.
    const z = (coolant - 104) * 1.4 + (odometer - 200000) / 120000;
    const fault = next() < sigmoid(z * 2) ? 1 : 0;
    const fuel = 4.6 + 0.0006 * (speed - 75) ** 2 + 0.025 * throttle + 0.000004 * odometer + 0.03 * Math.max(0, 10 - ambient) + normal(next, 0, 0.35);
    rows.push([
      481200 + i * 7,
      1714000000 + i * 613 + Math.floor(next() * 300),
      17,
      r1(speed),
      Math.round(rpm),
      r1(throttle),
      r1(coolant),
      r1(ambient),
      odometer,
      fault,
      r2(Math.max(2.5, fuel)),
    ]);
  }
  return rows;
}
const TELEMATICS_HEADER = ['vehicle_id', 'ts_epoch', 'fleet_id', 'speed_kmh', 'engine_rpm', 'throttle_pct', 'coolant_c', 'ambient_c', 'odometer_km', 'fault_code', 'fuel_l100'];

/** Trip logs: distance, duration, hard braking, night share → a risk band (4 classes) and a risk score. */
function trips(): (string | number)[][] {
  const next = rng(6902);
  const rows: (string | number)[][] = [];
  const bands = ['low', 'moderate', 'high', 'severe'];
  for (let i = 0; i < 640; i++) {
    const distance = clamp(Math.exp(normal(next, 2.8, 0.7)), 1, 220);
    const avgSpeed = clamp(normal(next, 52, 14), 15, 115);
    const duration = Math.round((distance / avgSpeed) * 3600);
    const aggression = next();
    const brakes = Math.max(0, Math.round(Math.exp(normal(next, -0.4 + 2.2 * aggression, 0.35)) - 0.5));
    const night = clamp(next() < 0.55 ? normal(next, 0.05, 0.05) : next(), 0, 1);
    const maxSpeed = clamp(avgSpeed * 1.4 + 25 * aggression + normal(next, 0, 6), 30, 200);
    const z = 1.3 * Math.log1p(brakes) + 1.6 * night + 0.03 * (maxSpeed - 100);
    const score = 40 + 14 * z + normal(next, 0, 2.5);
    const band = z < 1.1 ? 0 : z < 1.9 ? 1 : z < 2.7 ? 2 : 3;
    rows.push([900000 + i, 1714500000 + i * 1871, r1(distance), duration, brakes, r2(night), r1(maxSpeed), r1(score), bands[band]]);
  }
  return rows;
}
const TRIPS_HEADER = ['trip_id', 'start_epoch', 'distance_km', 'duration_s', 'hard_brakes', 'night_share', 'max_speed_kmh', 'risk_score', 'risk_band'];

/** Used-car listings: age, mileage, engine size, make one-hot → price in euros (log-normal, heavy-tailed). */
function usedcars(): (string | number)[][] {
  const next = rng(6903);
  const rows: (string | number)[][] = [];
  const engines = [1.0, 1.2, 1.4, 1.6, 2.0, 2.5, 3.0];
  for (let i = 0; i < 520; i++) {
    const age = r1(next() * 15);
    const mileage = Math.round(clamp(age * 14000 * (0.5 + next()) + normal(next, 3000, 2000), 50, 400000));
    const engine = engines[Math.floor(next() * engines.length)];
    const make = Math.floor(next() * 3);
    const makeEffect = [0, 0.45, -0.35][make];
    const logPrice = 9.9 - 0.1 * age - 0.0000022 * mileage + 0.32 * engine + makeEffect + normal(next, 0, 0.1);
    rows.push([70000 + i, age, mileage, engine, make === 0 ? 1 : 0, make === 1 ? 1 : 0, make === 2 ? 1 : 0, Math.round(Math.exp(logPrice) / 10) * 10]);
  }
  return rows;
}
const USEDCARS_HEADER = ['listing_id', 'age_years', 'mileage_km', 'engine_l', 'make_vw', 'make_bmw', 'make_dacia', 'price_eur'];

/** EV battery health: charge cycles, cell temperature, fast-charge share → state of health (%) and a degraded flag. */
function evbattery(): (string | number)[][] {
  const next = rng(6904);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const cycles = Math.round(50 + next() * 2400);
    const temp = normal(next, 27, 6);
    const fast = r2(next() * 0.9);
    const months = Math.round(clamp(cycles / 22 + normal(next, 0, 6), 1, 140));
    const soh = 100 - 0.0065 * cycles - 0.35 * Math.max(0, temp - 25) - 6 * fast - 0.02 * months + normal(next, 0, 0.7);
    rows.push([3300 + i, cycles, r1(temp), fast, months, r2(soh), soh < 82 ? 1 : 0]);
  }
  return rows;
}
const EV_HEADER = ['pack_id', 'charge_cycles', 'avg_cell_temp_c', 'fast_charge_share', 'age_months', 'soh_pct', 'degraded'];

/** Warranty claims: vehicle age, odometer, prior claims, labour hours → claim type, one-hot in three columns. */
function warranty(): (string | number)[][] {
  const next = rng(6905);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const months = Math.round(1 + next() * 59);
    const odometer = Math.round(clamp(months * 1500 * (0.4 + next() * 1.2), 100, 200000));
    const prior = Math.max(0, Math.round(Math.exp(normal(next, 0, 0.8)) - 0.7));
    const labour = r1(clamp(normal(next, 2.5, 1.5), 0.2, 12));
    const partCost = Math.round(clamp(Math.exp(normal(next, 5.5, 0.8)), 20, 6000));
    // Powertrain claims come with mileage and labour, electrical ones with young cars and cheap parts, body the rest.
    const s = [0.000025 * odometer + 0.45 * labour + normal(next, 0, 0.15), 2.6 - 0.05 * months + 0.002 * (400 - Math.min(partCost, 1200)) + normal(next, 0, 0.15), 2.1 + normal(next, 0, 0.15)];
    const k = s.indexOf(Math.max(...s));
    rows.push([510000 + i, 4, months, odometer, prior, labour, partCost, k === 0 ? 1 : 0, k === 1 ? 1 : 0, k === 2 ? 1 : 0]);
  }
  return rows;
}
const WARRANTY_HEADER = ['claim_id', 'region_code', 'vehicle_age_months', 'odometer_km', 'prior_claims', 'labour_hours', 'part_cost_eur', 'type_powertrain', 'type_electrical', 'type_body'];

function main(): void {
  const tele = telematics();
  write('telematics.csv', TELEMATICS_HEADER, tele);
  // The same export with sensor dropouts: "NA" and empty cells, as the gateway writes them.
  write('telematics-gaps.csv', TELEMATICS_HEADER, tele.map((r, i) => (i % 53 === 7 ? r.map((c, j) => (j === 6 ? 'NA' : c)) : i % 71 === 3 ? r.map((c, j) => (j === 4 ? '' : c)) : r)));
  const tr = trips();
  write('trips.csv', TRIPS_HEADER, tr);
  // A first export of a new fleet: four trips only.
  write('trips-pilot.csv', TRIPS_HEADER, tr.slice(0, 4));
  const cars = usedcars();
  write('usedcars.csv', USEDCARS_HEADER, cars);
  // Scraped listings where the mileage was kept as shown on the site ("85k").
  write('usedcars-scraped.csv', USEDCARS_HEADER, cars.map((r) => r.map((c, j) => (j === 2 ? `${Math.round(Number(c) / 1000)}k` : c))));
  write('evbattery.csv', EV_HEADER, evbattery());
  write('warranty.csv', WARRANTY_HEADER, warranty());
}

main();
