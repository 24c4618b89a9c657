/**
 * Writes the CSVs of blind fault set 133 (bus and coach operators), seeded so every run gives the
 * same files: `npx tsx test/faults-blind133/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** boardings.csv: stop observations -> skewed boardings per stop; a copy with "NA" headways (AVL export gaps). */
function boardings(): void {
  const next = rng(13301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1730000000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const hour = new Date(t * 1000).getUTCHours();
    const peak = (hour >= 7 && hour <= 9) || (hour >= 16 && hour <= 18) ? 1 : 0;
    const headway = Math.round(clamp(Math.exp(normal(next, peak ? 2.2 : 2.7, 0.4)), 4, 60));
    const pop = Math.round(clamp(Math.exp(normal(next, 7.5, 0.6)), 200, 12000));
    const school = next() < 0.15 ? 1 : 0;
    const shelter = next() < 0.55 ? 1 : 0;
    const km = r2(clamp(Math.exp(normal(next, 1.3, 0.7)), 0.2, 30));
    const lam = Math.exp(0.6 + 0.5 * Math.log(pop / 1800) + 0.6 * peak - 0.025 * (headway - 12) + 0.5 * school + 0.15 * shelter - 0.06 * km + normal(next, 0, 0.15));
    const b = Math.round(lam * 4);
    out.push(b);
    const row: (string | number)[] = [`STP-${String(100 + Math.floor(next() * 800)).padStart(4, '0')}`, `R${1 + Math.floor(next() * 40)}`, stamp(t), hour, peak, headway, pop, school, shelter, km, b];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['stop_id', 'route_id', 'obs_ts', 'hour', 'peak', 'headway_min', 'population_500m', 'school_nearby', 'shelter', 'dist_centre_km', 'boardings'];
  write('boardings.csv', header, rows);
  write('boardings-na.csv', header, na);
  console.log('boardings', stats(out));
}

/** fuel.csv: semicolon export with decimal commas, trip log -> fuel litres per 100 km; speed in km/h and mph; odometer huge. */
function fuel(): void {
  const next = rng(13302);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const speed = r1(clamp(normal(next, 28, 10), 8, 95));
    const pax = Math.round(clamp(normal(next, 30, 18), 0, 90));
    const stops = r2(clamp(normal(next, 2.2, 0.9), 0.1, 5));
    const grad = r1(clamp(normal(next, 1.5, 1.2), -2, 7));
    const ac = next() < 0.45 ? 1 : 0;
    const age = Math.round(clamp(normal(next, 8, 4), 0, 22));
    const odo = Math.round(clamp(age * 62000 + normal(next, 0, 40000), 2000, 1600000));
    const l100 = r1(clamp(22 + 0.09 * pax + 4.0 * stops + 2.2 * grad + 3 * ac + 0.35 * age + 0.004 * (speed - 40) ** 2 + normal(next, 0, 1.5), 12, 90));
    out.push(l100);
    rows.push([`BUS-${3000 + Math.floor(next() * 180)}`, stamp(1730000000 + i * 5100).slice(0, 10), dc(speed), dc(r1(speed * 0.621371)), pax, dc(stops), dc(grad), ac, age, odo, dc(l100)]);
  }
  write('fuel.csv', ['vehicle_id', 'trip_date', 'avg_speed_kmh', 'avg_speed_mph', 'passengers', 'stops_per_km', 'gradient_pct', 'ac_on', 'vehicle_age_y', 'odometer_km', 'fuel_l_100km'], rows, ';');
  console.log('fuel l/100km', stats(out));
}

/** fare.csv: validator taps -> fare type (adult/child/senior/student/rare staff); validator serial has no effect. */
function fare(): void {
  const next = rng(13303);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.42 ? 'adult' : u < 0.56 ? 'child' : u < 0.76 ? 'senior' : u < 0.96 ? 'student' : 'staff';
    counts[type] = (counts[type] ?? 0) + 1;
    const age = Math.round(clamp(type === 'child' ? normal(next, 10, 3) : type === 'senior' ? normal(next, 72, 6) : type === 'student' ? normal(next, 20, 3) : normal(next, 42, 11), 4, 95));
    const hour = Math.round(clamp(type === 'student' || type === 'child' ? normal(next, 10, 4) : type === 'staff' ? normal(next, 5.5, 1) : normal(next, 13, 5), 0, 23));
    const km = r1(clamp(Math.exp(normal(next, type === 'senior' ? 1.2 : 1.7, 0.6)), 0.3, 60));
    const balance = Math.round(clamp(type === 'staff' ? normal(next, 0, 50) : Math.exp(normal(next, type === 'adult' ? 7.5 : 6.5, 0.8)), 0, 50000));
    const weekday = next() < 0.72 ? 1 : 0;
    const serial = 400000 + Math.floor(next() * 500000);
    rows.push([`TAP-${9000000 + i * 13}`, age, hour, km, balance, weekday, serial, type]);
  }
  write('fare.csv', ['tap_id', 'rider_age', 'hour', 'trip_km', 'card_balance_cents', 'weekday', 'validator_serial', 'fare_type'], rows);
  console.log('fare types', counts);
}

/** breakdown.csv: vehicle days -> rare breakdown flag; GPS epoch and depot id ride along. */
function breakdown(): void {
  const next = rng(13304);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const age = r1(clamp(normal(next, 9, 4.5), 0.5, 24));
    const since = Math.round(clamp(Math.exp(normal(next, 8.6, 0.6)), 300, 40000));
    const temp = r1(clamp(normal(next, 18, 9), -12, 42));
    const engine = r1(clamp(normal(next, 88 + 0.15 * (temp - 18), 4), 70, 115));
    const doors = Math.round(clamp(normal(next, 900, 300), 100, 2500));
    const odo = Math.round(clamp(age * 60000 + normal(next, 0, 30000), 1000, 1600000));
    const z = -4.6 + 0.35 * (age - 9) + 2.2 * (Math.log(since) - 8.6) + 0.4 * (engine - 88) + 0.002 * (doors - 900);
    const br = next() < sigmoid(z) ? 1 : 0;
    pos += br;
    rows.push([`BUS-${3000 + (i % 180)}`, `DEPOT-${['N', 'S', 'E', 'W'][i % 4]}`, 1730000000 + i * 4300, age, odo, since, temp, engine, doors, br]);
  }
  write('breakdown.csv', ['vehicle_id', 'depot', 'gps_epoch', 'vehicle_age_y', 'odometer_km', 'km_since_service', 'ambient_c', 'engine_temp_c', 'door_cycles', 'breakdown'], rows);
  console.log('breakdowns', pos, '/ 1200');
}

/** delay.csv: tab-separated route runs -> skewed delay seconds (and minutes); speed in mph. */
function delay(): void {
  const next = rng(13305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 950; i++) {
    const len = r1(clamp(normal(next, 14, 6), 2, 45));
    const stops = Math.round(clamp(len * 2.2 + normal(next, 0, 4), 3, 120));
    const hour = Math.floor(next() * 24);
    const peak = (hour >= 7 && hour <= 9) || (hour >= 16 && hour <= 18) ? 1 : 0;
    const rain = r1(next() < 0.7 ? 0 : clamp(Math.exp(normal(next, 1, 1)), 0.1, 60));
    const mph = r1(clamp(normal(next, 15 - 4 * peak, 3), 4, 40));
    const buslane = next() < 0.3 ? 1 : 0;
    const secs = Math.round(clamp(Math.exp(4.2 + 0.03 * len + 0.008 * stops + 0.6 * peak + 0.25 * Math.log1p(rain) - 0.04 * (mph - 15) - 0.5 * buslane + normal(next, 0, 0.2)), 0, 7200));
    out.push(secs);
    rows.push([`RUN-${600000 + i}`, `R${1 + (i % 40)}`, hour, len, stops, peak, rain, mph, buslane, secs, r2(secs / 60)]);
  }
  write('delay.csv', ['run_id', 'route_id', 'hour', 'route_km', 'stops', 'peak', 'rain_mm', 'speed_mph', 'bus_lane', 'delay_s', 'delay_min'], rows, '\t');
  console.log('delay s', stats(out));
}

boardings();
fuel();
fare();
breakdown();
delay();
