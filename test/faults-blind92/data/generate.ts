/**
 * Writes the CSVs of the ninety-second blind fault set (postal services and parcel delivery), seeded so
 * every run gives the same files: `npx tsx test/faults-blind92/data/generate.ts`.
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

/** parcels.csv: parcels tracked through a carrier's network: delivery delay in hours and a rare "lost" flag. */
function parcels(): void {
  const next = rng(9201);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let lost = 0;
  for (let i = 0; i < 720; i++) {
    const tracking = `JD${String(14000000 + i * 137).padStart(10, '0')}GB`;
    const ts = 1709251200 + i * 3300 + Math.floor(next() * 3000);
    const weight = Math.round(clamp(Math.exp(normal(next, 7.3, 1.1)), 50, 30000));
    const distance = Math.round(clamp(Math.exp(normal(next, 5.0, 0.9)), 2, 1800));
    const handovers = Math.min(6, Math.floor(distance / 250 + next() * 2));
    const rural = next() < 0.25 ? 1 : 0;
    const weekend = next() < 0.2 ? 1 : 0;
    const customs = next() < 0.1 ? 1 : 0;
    const insured = r2(clamp(Math.exp(normal(next, 4.2, 1.3)), 0, 20000));
    const delay = r1(clamp(8 + 0.015 * distance + 0.25 * (weight / 1000) + 9 * rural + 12 * weekend + 18 * customs + 2.5 * handovers + normal(next, 0, 3), 2, 150));
    const z = -8.2 + 4.0 * customs + 2.0 * rural + 1.6 * handovers + 1.6 * Math.log(distance / 150) + normal(next, 0, 0.3);
    const isLost = next() < sigmoid(z) ? 1 : 0;
    lost += isLost;
    const row: (string | number)[] = [tracking, 14, ts, weight, distance, handovers, rural, weekend, customs, insured, delay, isLost];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 9) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['tracking_id', 'depot_id', 'scan_ts', 'weight_g', 'distance_km', 'handovers', 'rural_destination', 'weekend_dispatch',
    'customs_check', 'insured_value_gbp', 'delay_hours', 'lost_parcel'];
  write('parcels.csv', header, rows);
  write('parcels-export-na.csv', header, naRows);
  console.log(`parcels lost ${lost}/720`);
}

/** shipments.csv: counter shipments: the service class chosen (same_day rare). */
function shipments(): void {
  const next = rng(9202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['economy', 'standard', 'express', 'same_day'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.42 ? 0 : k0 < 0.72 ? 1 : k0 < 0.9 ? 2 : 3;
    const postcode = 1000 + Math.floor(next() * 8999);
    const weightKg = r2(clamp(Math.exp(normal(next, [0.9, 0.2, -0.5, -1.2][latent], 0.4)), 0.05, 30));
    const distance = Math.round(clamp(Math.exp(normal(next, [5.8, 4.9, 5.3, 2.8][latent], 0.4)), 1, 1500));
    const declared = r2(clamp(Math.exp(normal(next, [3.0, 3.9, 5.2, 5.8][latent], 0.45)), 1, 15000));
    const signature = next() < [0.05, 0.2, 0.6, 0.8][latent] ? 1 : 0;
    const hour = Math.round(clamp(normal(next, [14, 13, 11, 9][latent], 2.2), 7, 20));
    const business = next() < [0.15, 0.3, 0.55, 0.75][latent] ? 1 : 0;
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`CN${700000 + i * 13}`, postcode, weightKg, distance, declared, signature, hour, business, names[k]]);
  }
  write('shipments.csv', ['consignment_id', 'postcode_district', 'weight_kg', 'distance_km', 'declared_value_gbp', 'signature_required', 'drop_off_hour', 'business_sender', 'service_class'], rows);
  console.log('service class', JSON.stringify(counts));
}

/** vans.csv: delivery van days: fuel used in litres. */
function vans(): void {
  const next = rng(9203);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const van = `VN-${300 + (i % 40)}`;
    const ts = 1704067200 + Math.floor(i / 40) * 86400 * 7 + Math.floor(next() * 5) * 86400;
    const routeKm = Math.round(clamp(Math.exp(normal(next, 4.3, 0.6)), 15, 480));
    const stops = Math.round(clamp(Math.exp(normal(next, 4.4, 0.5)), 10, 260));
    const payload = Math.round(clamp(normal(next, 650, 250), 50, 1400));
    const speed = r1(clamp(normal(next, 24 + routeKm / 25, 6), 8, 80));
    const idle = Math.round(clamp(normal(next, 0.35 * stops, 12), 0, 240));
    const temp = r1(normal(next, 11, 7));
    const age = Math.floor(next() * 12);
    const fuel = r1(clamp(2 + 0.095 * routeKm + 0.035 * stops + 0.004 * payload + 0.02 * idle + 0.12 * age + 0.03 * Math.abs(temp - 15) + normal(next, 0, 1.2), 1, 120));
    rows.push([van, ts, routeKm, stops, payload, speed, idle, temp, age, fuel]);
  }
  write('vans.csv', ['van_id', 'day_ts', 'route_km', 'stops', 'payload_kg', 'avg_speed_kmh', 'idle_min', 'ambient_temp_c', 'van_age_years', 'fuel_litres'], rows);
}

/** depots.csv: sorting-centre days: parcels sorted (skewed counts, thousands). */
function depots(): void {
  const next = rng(9204);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const depot = 50 + (i % 20);
    const day = 1706745600 + Math.floor(i / 20) * 86400;
    const households = Math.round(clamp(Math.exp(normal(next, 11.2, 0.7)), 10000, 600000));
    const staff = Math.max(4, Math.round(households / 9000 + normal(next, 0, 4)));
    const machines = 1 + Math.floor(next() * 6);
    const shift = [7.5, 8, 8, 10, 12][Math.floor(next() * 5)];
    const orders = Math.round(clamp(Math.exp(normal(next, 9.0, 0.9)), 500, 120000));
    const peak = next() < 0.15 ? 1 : 0;
    const sorted = Math.round(clamp(0.03 * households + 180 * staff + 2400 * machines + 600 * (shift - 8) + 0.25 * orders + 5000 * peak
      + normal(next, 0, 900), 500, 200000));
    rows.push([depot, day, households, staff, machines, shift, orders, peak, sorted]);
  }
  write('depots.csv', ['depot_id', 'day_ts', 'catchment_households', 'sorting_staff', 'sorting_machines', 'shift_hours', 'online_orders', 'peak_season', 'parcels_sorted'], rows);
}

/** rounds.csv: courier rounds: failed drops and an on-time band (very_late rare). */
function rounds(): void {
  const next = rng(9205);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const courier = `CR${String(40 + i * 3).padStart(5, '0')}`;
    const years = r1(clamp(Math.exp(normal(next, 1.0, 0.8)), 0.1, 30));
    const drops = Math.round(clamp(normal(next, 110, 30), 30, 220));
    const flats = r2(clamp(normal(next, 0.3, 0.15), 0, 0.9));
    const rain = r1(clamp(Math.exp(normal(next, 0.5, 1.1)) - 1, 0, 60));
    const roundKm = r1(clamp(normal(next, 60, 20), 10, 160));
    const parcelValue = Math.round(clamp(Math.exp(normal(next, 9.5, 0.8)), 1000, 250000));
    const failed = r1(clamp(2 + 0.03 * drops + 6 * flats + 0.12 * rain + 0.02 * roundKm - 1.1 * Math.log(years + 1) + 0.4 * Math.log(parcelValue / 13000) + normal(next, 0, 0.5), 0, 40));
    const band = failed < 7 ? 'on_time' : failed < 9.3 ? 'late' : 'very_late';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([courier, years, drops, flats, rain, roundKm, parcelValue, failed, band]);
  }
  write('rounds.csv', ['courier_id', 'years_experience', 'drops', 'flat_share', 'rain_mm', 'round_km', 'parcel_value_gbp', 'failed_drops', 'on_time_band'], rows);
  console.log('on-time band', JSON.stringify(counts));
}

parcels();
shipments();
vans();
depots();
rounds();
