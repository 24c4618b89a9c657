/**
 * Writes the CSVs of blind fault set 110 (car rental and fleet maintenance), seeded so every run
 * gives the same files: `npx tsx test/faults-blind110/data/generate.ts`.
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
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';
function plate(next: () => number): string {
  const l = () => letters[Math.floor(next() * letters.length)];
  return `${l()}${l()}-${100 + Math.floor(next() * 900)}-${l()}${l()}`;
}

/** rentals.csv: rental returns at the desk -> extra charge in euros (fuel refill, excess km, late return); a copy with "NA" fuel readings. */
function rentals(): void {
  const next = rng(11001);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  const desks = ['AIRPORT-T1', 'AIRPORT-T2', 'CENTRAL', 'STATION'];
  for (let i = 0; i < 900; i++) {
    const ts = 1711929600 + i * 3100 + Math.floor(next() * 2000);
    const days = Math.round(clamp(Math.exp(normal(next, 1.2, 0.7)), 1, 30));
    const km = Math.round(clamp(days * Math.exp(normal(next, 4.9, 0.5)), 15, 9000));
    const fuelOut = Math.round(clamp(normal(next, 92, 8), 50, 100));
    const fuelIn = Math.round(clamp(fuelOut - Math.abs(normal(next, 0, 25)), 5, 100));
    const lateH = Math.round(clamp(Math.exp(normal(next, 0, 1.2)) - 1, 0, 48));
    const age = Math.round(clamp(normal(next, 41, 13), 19, 82));
    const oneWay = next() < 0.15 ? 1 : 0;
    const excess = Math.max(0, km - 250 * days);
    const charge = r2(clamp(0.6 * (fuelOut - fuelIn) + 0.02 * excess + 6 * lateH + 45 * oneWay + normal(next, 0, 6), 0, 2000));
    out.push(charge);
    const row: (string | number)[] = [`R${770000 + i}`, plate(next), desks[i % 4], isoDay(ts), ts, days, km, fuelOut, fuelIn, lateH, age, oneWay, charge];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[8] = 'NA';
    na.push(n);
  }
  const header = ['rental_id', 'plate', 'desk', 'pickup_date', 'pickup_ts', 'rental_days', 'km_driven', 'fuel_out_pct', 'fuel_in_pct', 'late_hours', 'driver_age', 'one_way', 'extra_charge_eur'];
  write('rentals.csv', header, rows);
  write('rentals-na.csv', header, na);
  console.log('extra charge', stats(out));
}

/** fleet.csv: the fleet register -> vehicle class (economy / compact / suv / van / a rare luxury; 3% mislabelled). */
function fleet(): void {
  const next = rng(11002);
  const rows: (string | number)[][] = [];
  const names = ['economy', 'compact', 'suv', 'van', 'luxury'];
  const weights = [0.34, 0.28, 0.2, 0.13, 0.05];
  const counts = [0, 0, 0, 0, 0];
  // per class: engine cc, seats, mass kg, doors, daily rate cents, co2 g/km, boot litres
  const proto = [[1000, 5, 1050, 5, 3200, 105, 280], [1400, 5, 1300, 5, 4500, 125, 380], [2000, 5, 1750, 5, 7800, 165, 520], [2200, 8, 2100, 4, 9000, 190, 1800], [3000, 5, 1900, 4, 24000, 210, 480]];
  for (let i = 0; i < 760; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k];
    const cc = Math.round(clamp(normal(next, p[0], p[0] * 0.12), 800, 4500) / 10) * 10;
    const seats = Math.round(clamp(p[1] + (next() < 0.15 ? (k === 3 ? 1 : -1) : 0), 2, 9));
    const mass = Math.round(clamp(normal(next, p[2], 140), 800, 3000));
    const doors = next() < 0.1 ? (p[3] === 5 ? 3 : 5) : p[3];
    const rate = Math.round(clamp(normal(next, p[4], p[4] * 0.15), 1500, 60000));
    const co2 = Math.round(clamp(normal(next, p[5], 18), 0, 320));
    const boot = Math.round(clamp(normal(next, p[6], p[6] * 0.15), 150, 3000));
    let label = k;
    if (next() < 0.03) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([plate(next), 2016 + Math.floor(next() * 9), cc, seats, mass, doors, rate, co2, boot, names[label]]);
  }
  write('fleet.csv', ['plate', 'model_year', 'engine_cc', 'seats', 'mass_kg', 'doors', 'daily_rate_cents', 'co2_g_km', 'boot_litres', 'vehicle_class'], rows);
  console.log('classes', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** returns.csv: checked-in returns -> a rare accident damage flag (logistic) and the damage claim in cents (0 unless damaged, skewed). */
function returns(): void {
  const next = rng(11003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  const claims: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const ts = 1714521600 + i * 2600 + Math.floor(next() * 1500);
    const days = Math.round(clamp(Math.exp(normal(next, 1.3, 0.7)), 1, 28));
    const miles = Math.round(clamp(days * Math.exp(normal(next, 4.3, 0.55)), 10, 6000));
    const odo = Math.round(clamp(normal(next, 38000, 22000), 300, 140000));
    const age = Math.round(clamp(normal(next, 40, 14), 18, 85));
    const night = next() < 0.2 ? 1 : 0;
    const prior = Math.min(9, Math.floor(Math.exp(normal(next, -1.2, 1.1))));
    const rain = r1(clamp(Math.exp(normal(next, 0.5, 1.2)) - 1, 0, 60));
    const z = -4.1 + 1.5 * (age < 25 ? 1 : 0) + 0.05 * (25 - Math.min(age, 25)) + 0.9 * night + 0.55 * prior + 0.35 * Math.log1p(miles / 100) + 0.04 * rain - 0.5;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    const claim = flag ? Math.round(clamp(Math.exp(normal(next, 12.3, 0.9)), 15000, 4500000)) : 0;
    if (flag) claims.push(claim);
    rows.push([`CHK-${300000 + i}`, plate(next), new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' '), ts, days, miles, odo, age, night, prior, rain, flag, claim]);
  }
  write('returns.csv', ['checkin_id', 'plate', 'return_time', 'return_ts', 'rental_days', 'miles_driven', 'odometer_miles', 'driver_age', 'night_return', 'prior_claims', 'rain_mm', 'accident_damage', 'damage_claim_cents'], rows);
  console.log('accident', pos, 'of 1000; claims', stats(claims));
}

/** service.csv: garage visits -> labour minutes, and the parts bill in cents (skewed); a copy with empty brake-pad cells. */
function service(): void {
  const next = rng(11004);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  const parts: number[] = [];
  for (let i = 0; i < 720; i++) {
    const ts = 1704153600 + i * 36000 + Math.floor(next() * 3000);
    const odo = Math.round(clamp(normal(next, 85000, 45000), 2000, 260000));
    const kmSince = Math.round(clamp(normal(next, 16000, 6000), 500, 45000));
    const months = Math.round(clamp(normal(next, 11, 4), 1, 30));
    const tread = r1(clamp(normal(next, 4.8, 1.6), 1.2, 8.5));
    const pads = r1(clamp(normal(next, 7, 2.4), 1, 12));
    const oil = Math.round(clamp(100 - kmSince / 220 + normal(next, 0, 8), 0, 100));
    const major = next() < 0.25 ? 1 : 0;
    const minutes = Math.round(clamp(45 + 0.00035 * odo + 0.0025 * kmSince + 22 * Math.max(0, 3 - tread) + 9 * Math.max(0, 4 - pads) + 75 * major + normal(next, 0, 10), 20, 600));
    const partCents = Math.round(clamp(Math.exp(8.6 + 0.000006 * odo + 0.3 * Math.max(0, 3 - tread) + 0.2 * Math.max(0, 4 - pads) + 0.9 * major + normal(next, 0, 0.5)), 900, 9000000));
    out.push(minutes);
    parts.push(partCents);
    const row: (string | number)[] = [`V${4000 + (i % 180)}`, isoDay(ts), ts, odo, kmSince, months, tread, pads, oil, major, minutes, partCents];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 5) n[7] = '';
    na.push(n);
  }
  const header = ['vehicle_id', 'visit_date', 'visit_ts', 'odometer_km', 'km_since_service', 'months_since_service', 'tread_mm', 'brake_pad_mm', 'oil_life_pct', 'major_service', 'labour_minutes', 'parts_cents'];
  write('service.csv', header, rows);
  write('service-blank.csv', header, na);
  console.log('labour minutes', stats(out), 'parts cents', stats(parts));
}

/** tyres.csv: a tab-separated tyre-check export -> remaining tread in mm. */
function tyres(): void {
  const next = rng(11005);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const posn = ['FL', 'FR', 'RL', 'RR'];
  for (let i = 0; i < 640; i++) {
    const p = i % 4;
    const km = Math.round(clamp(Math.exp(normal(next, 9.8, 0.6)), 1000, 80000));
    const bar = r2(clamp(normal(next, 2.3, 0.25), 1.5, 3.2));
    const load = Math.round(clamp(normal(next, 91, 5), 75, 110));
    const winter = next() < 0.4 ? 1 : 0;
    const start = winter ? 9 : 8;
    const front = p < 2 ? 1 : 0;
    const wear = km / 10000 * (0.9 + 0.35 * front + 0.4 * winter) * (1 + 0.6 * Math.abs(bar - 2.4));
    const tread = r1(clamp(start - wear + normal(next, 0, 0.3), 1, 9.5));
    out.push(tread);
    rows.push([`T${60000 + i}`, posn[p], km, bar, load, winter, front, tread]);
  }
  write('tyres.csv', ['tyre_id', 'position', 'km_on_tyre', 'pressure_bar', 'load_index', 'winter_tyre', 'front_axle', 'tread_mm'], rows, '\t');
  console.log('tread', stats(out));
}

rentals();
fleet();
returns();
service();
tyres();
