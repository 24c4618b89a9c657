/**
 * Writes the CSVs of blind fault set 154 (elevators and building maintenance), seeded so every run
 * gives the same files: `npx tsx test/faults-blind154/data/generate.ts`.
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

/** trips.csv: daily log per building -> trips per day; a copy with "NA" occupant counts (badge-reader gaps). */
function trips(): void {
  const next = rng(15401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1704067200;
  for (let i = 0; i < 1000; i++) {
    t += 3600 * (2 + Math.floor(next() * 20));
    const bld = 1 + Math.floor(next() * 14);
    const floors = 3 + Math.floor(next() * 38);
    const occupants = Math.round(clamp(floors * normal(next, 60, 18), 50, 6000));
    const office = r2(clamp(next(), 0, 1));
    const weekday = new Date(t * 1000).getUTCDay() % 6 === 0 ? 0 : 1;
    const cars = 1 + Math.floor(floors / 8) + Math.floor(next() * 2);
    const temp = r1(normal(next, 14, 9));
    const tripsDay = Math.round(clamp(occupants * (0.9 + 1.4 * office * weekday + 0.3 * weekday) + floors * 12 + 4 * Math.abs(temp - 18) + normal(next, 0, 180), 20, 20000));
    const row: (string | number)[] = [`LOG-${80000 + i}`, stamp(t), `BLD-${String(bld).padStart(2, '0')}`, floors, occupants, office, weekday, cars, temp, tripsDay];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['log_id', 'logged_at', 'building_id', 'floors', 'occupants', 'office_share', 'weekday', 'cars', 'outdoor_c', 'trips_per_day'];
  write('trips.csv', header, rows);
  write('trips-na.csv', header, na);
}

/** motor.csv: per car per shift -> motor temperature, in °C and °F; load in kg and lb, door cycles. */
function motor(): void {
  const next = rng(15402);
  const rows: (string | number)[][] = [];
  let t = 1706745600;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const car = `CAR-${100 + Math.floor(next() * 40)}`;
    const load = Math.round(clamp(normal(next, 420, 180), 0, 1250));
    const doors = Math.round(clamp(Math.exp(normal(next, 6.3, 0.5)), 60, 4000));
    const runtime = r1(clamp(normal(next, 5, 2), 0.2, 12));
    const ambient = r1(normal(next, 24, 5));
    const vent = next() < 0.3 ? 1 : 0;
    const temp = r1(ambient + 0.025 * load + 2.6 * runtime + 0.004 * doors - 6 * vent + normal(next, 0, 1.5));
    rows.push([car, stamp(t), load, Math.round(load * 2.20462), doors, runtime, ambient, r1(ambient * 1.8 + 32), vent, temp, r1(temp * 1.8 + 32)]);
  }
  write('motor.csv', ['car_id', 'shift_start', 'load_kg', 'load_lb', 'door_cycles', 'runtime_h', 'ambient_c', 'ambient_f', 'vented', 'motor_c', 'motor_f'], rows);
}

/** fault.csv: callout log -> fault type (door/leveling/drive/controller/rare rope); technician number has no effect. */
function fault(): void {
  const next = rng(15403);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.38 ? 'door' : u < 0.6 ? 'leveling' : u < 0.78 ? 'drive' : u < 0.955 ? 'controller' : 'rope';
    const doorCycles = Math.round(clamp(type === 'door' ? normal(next, 2600, 600) : normal(next, 1200, 500), 50, 6000));
    const levelMm = r1(clamp(type === 'leveling' ? normal(next, 22, 6) : type === 'rope' ? normal(next, 14, 5) : normal(next, 4, 3), 0, 60));
    const motorC = r1(type === 'drive' ? normal(next, 78, 8) : normal(next, 52, 8));
    const errCodes = Math.round(clamp(type === 'controller' ? normal(next, 9, 3) : normal(next, 1.5, 1.2), 0, 30));
    const vib = r1(clamp(type === 'rope' ? normal(next, 95, 20) : type === 'drive' ? normal(next, 40, 12) : normal(next, 22, 8), 1, 200));
    const age = Math.round(clamp(normal(next, 18, 9), 1, 50));
    const tech = 1 + Math.floor(next() * 20);
    rows.push([`CO-${5000 + i}`, `CAR-${100 + Math.floor(next() * 40)}`, doorCycles, levelMm, motorC, errCodes, vib, age, tech, type]);
  }
  write('fault.csv', ['callout_id', 'car_id', 'door_cycles', 'level_error_mm', 'motor_c', 'error_codes', 'vibration_mg', 'age_y', 'technician_no', 'fault_type'], rows);
}

/** entrapment.csv: monthly car record -> rare entrapment flag; the panel serial has no effect. */
function entrapment(): void {
  const next = rng(15404);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const doorFaults = Math.round(clamp(Math.exp(normal(next, 0.8, 0.8)), 0, 60));
    const dips = Math.round(clamp(normal(next, 2, 1.8), 0, 15));
    const age = Math.round(clamp(normal(next, 17, 9), 1, 50));
    const tripsM = Math.round(clamp(Math.exp(normal(next, 9, 0.6)), 500, 90000));
    const sinceService = Math.round(clamp(normal(next, 60, 40), 1, 400));
    const loadKg = Math.round(clamp(normal(next, 500, 150), 50, 1300));
    const z = -10.5 + 0.7 * doorFaults + 0.8 * dips + 0.07 * age + 0.025 * sinceService;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`PNL-${Math.floor(next() * 900000) + 100000}`, doorFaults, dips, age, tripsM, sinceService, loadKg, y]);
  }
  write('entrapment.csv', ['panel_serial', 'door_faults', 'power_dips', 'age_y', 'trips_month', 'days_since_service', 'rated_load_kg', 'entrapment'], rows);
  console.log('entrapment positives', pos, '/ 1100');
}

/** repair.csv: semicolon export with decimal commas -> skewed repair cost in dollars. */
function repair(): void {
  const next = rng(15405);
  const rows: (string | number)[][] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 1.3, 0.6)), 0.5, 60));
    const parts = Math.round(clamp(normal(next, 3, 2), 0, 20));
    const age = Math.round(clamp(normal(next, 18, 9), 1, 50));
    const overtime = next() < 0.2 ? 1 : 0;
    const floors = 3 + Math.floor(next() * 38);
    const major = next() < 0.12 ? 1 : 0;
    const cost = r2(Math.exp(5.2 + 0.35 * Math.log(hours + 1) * 2 + 0.12 * parts + 0.015 * age + 0.3 * overtime + 1.8 * major + normal(next, 0, 0.15)));
    rows.push([`WO-${30000 + i}`, dc(hours), parts, age, overtime, floors, major, dc(cost)]);
  }
  write('repair.csv', ['work_order', 'labour_h', 'parts', 'age_y', 'overtime', 'floors', 'major', 'cost_usd'], rows, ';');
}

trips();
motor();
fault();
entrapment();
repair();
