/**
 * Writes the CSVs of blind fault set 117 (elevators and escalators in tall buildings), seeded so every
 * run gives the same files: `npx tsx test/faults-blind117/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** trips.csv: elevator trips -> motor current in amps; load in kg and lb (the same thing twice), ids, call timestamps. Copy with "NA" load cells. */
function trips(): void {
  const next = rng(11701);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const ts = 1730419200 + i * 611 + Math.floor(next() * 400);
    const from = Math.floor(next() * 62);
    let to = Math.floor(next() * 62);
    if (to === from) to = (from + 7) % 62;
    const floors = Math.abs(to - from);
    const loadKg = Math.round(clamp(Math.exp(normal(next, 5.6, 0.6)), 60, 1600));
    const loadLb = Math.round(loadKg * 2.20462);
    const stops = Math.min(9, Math.floor(next() * 1.2 * (1 + floors / 10)));
    const doorCycles = Math.round(clamp(normal(next, 420000, 160000), 20000, 1100000));
    const ambient = r1(normal(next, 24, 4));
    const up = to > from ? 1 : 0;
    const amps = r1(clamp(38 + 0.045 * loadKg * (up ? 1 : -0.4) + 0.35 * floors + 3 * stops + 0.000006 * doorCycles + normal(next, 0, 3), 8, 160));
    out.push(amps);
    const row: (string | number)[] = [`EL-${String(1 + (i % 12)).padStart(2, '0')}`, ts, from, to, floors, up, loadKg, loadLb, stops, doorCycles, ambient, amps];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[6] = 'NA';
    na.push(n);
  }
  const header = ['elevator_id', 'call_ts', 'floor_from', 'floor_to', 'floors_travelled', 'going_up', 'load_kg', 'load_lb', 'intermediate_stops', 'door_cycles', 'machine_room_c', 'motor_current_a'];
  write('trips.csv', header, rows);
  write('trips-na.csv', header, na);
  console.log('amps', stats(out));
}

/** alarms.csv: daily car health readings -> rare entrapment alarm (0/1). */
function alarms(): void {
  const next = rng(11702);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const vib = r2(clamp(Math.exp(normal(next, 0.4, 0.5)), 0.2, 25));
    const reopen = Math.floor(clamp(Math.exp(normal(next, 1.2, 0.8)), 0, 200));
    const levelling = r1(clamp(normal(next, 4, 3), 0, 30));
    const dips = Math.floor(next() * next() * 6);
    const current = r1(clamp(normal(next, 62, 12), 20, 140));
    const cycles = Math.round(clamp(normal(next, 2400, 700), 200, 6000));
    const z = -5.2 + 0.9 * Math.log(vib / 1.5) * 1.5 + 0.06 * reopen + 0.18 * levelling + 0.7 * dips;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`EL-${String(1 + (i % 30)).padStart(2, '0')}`, new Date((1725148800 + i * 86400 / 30) * 1000).toISOString().slice(0, 10), vib, reopen, levelling, dips, current, cycles, y]);
  }
  write('alarms.csv', ['elevator_id', 'day', 'vibration_mm_s', 'door_reopens', 'levelling_error_mm', 'power_dips', 'motor_current_a', 'daily_door_cycles', 'entrapment'], rows);
  console.log('entrapment', pos, 'of 1100');
}

/** faults.csv: service call readings -> fault type (door_operator, brake, encoder, rope_wear, rare controller_board). */
function faults(): void {
  const next = rng(11703);
  const types = ['door_operator', 'brake', 'encoder', 'rope_wear', 'controller_board'];
  const weights = [0.36, 0.22, 0.2, 0.16, 0.06];
  const mean: number[][] = [
    // door_time_s, brake_temp_c, position_error_mm, rope_stretch_mm, vibration_mm_s, current_ripple_pct
    [9.5, 48, 3, 40, 1.6, 4],
    [4.2, 88, 4, 45, 2.4, 6],
    [4.4, 52, 18, 42, 1.9, 5],
    [4.3, 55, 6, 95, 3.4, 5],
    [5.0, 58, 10, 50, 2.0, 17],
  ];
  const sd = [1.2, 9, 3, 12, 0.5, 2.2];
  const rows: (string | number)[][] = [];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 950; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    counts[k]++;
    const f = mean[k].map((m, j) => r2(Math.max(0, normal(next, m, sd[j]))));
    const cost = r2(clamp(Math.exp(normal(next, 6.5, 0.9)), 80, 60000));
    rows.push([`SC-${90000 + i}`, `EL-${String(1 + (i % 40)).padStart(2, '0')}`, ...f, cost, types[k]]);
  }
  write('faults.csv', ['ticket_id', 'elevator_id', 'door_time_s', 'brake_temp_c', 'position_error_mm', 'rope_stretch_mm', 'vibration_mm_s', 'current_ripple_pct', 'repair_cost_usd', 'fault_type'], rows);
  console.log('fault types', counts);
}

/** maintenance.csv: yearly maintenance cost per unit in USD; semicolon export with decimal commas. */
function maintenance(): void {
  const next = rng(11704);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 780; i++) {
    const age = r1(clamp(normal(next, 18, 9), 1, 45));
    const floors = Math.floor(clamp(normal(next, 30, 15), 6, 110));
    const starts = Math.round(clamp(Math.exp(normal(next, 12.2, 0.45)), 40000, 900000));
    const calls = Math.floor(clamp(Math.exp(normal(next, 1.3, 0.6)), 0, 60));
    const speed = r2(clamp(normal(next, 2.5, 1.2), 1, 8));
    const hydraulic = next() < 0.15 ? 1 : 0;
    const cost = r2(clamp(3500 + 210 * age + 55 * floors + 0.006 * starts + 900 * calls + 700 * speed + 2500 * hydraulic + normal(next, 0, 1200), 1500, 90000));
    out.push(cost);
    rows.push([`U${4000 + i}`, String(age).replace('.', ','), floors, starts, calls, String(speed).replace('.', ','), hydraulic, String(cost).replace('.', ',')]);
  }
  write('maintenance.csv', ['unit_id', 'age_years', 'floors_served', 'motor_starts_per_year', 'callbacks', 'rated_speed_m_s', 'hydraulic', 'maintenance_cost_usd'], rows, ';');
  console.log('cost', stats(out));
}

/** escalators.csv: hourly escalator logs -> lobby wait in seconds at the elevator bank (skewed). */
function escalators(): void {
  const next = rng(11705);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 840; i++) {
    const hour = i % 24;
    const rush = Math.exp(-((hour - 8.5) ** 2) / 3) + 0.8 * Math.exp(-((hour - 17.5) ** 2) / 3);
    const pax = Math.round(clamp(Math.exp(normal(next, 5.5 + 1.6 * rush, 0.35)), 10, 9000));
    const cars = 2 + Math.floor(next() * 5);
    const handrail = r2(clamp(normal(next, 0, 1.5), -6, 6));
    const chain = r2(clamp(normal(next, 3, 1.2), 0, 9));
    const temp = r1(normal(next, 21, 3));
    const wait = r1(clamp(8 + 0.012 * pax / cars * 4 + 4 * rush + 0.8 * chain + normal(next, 0, 2.5), 2, 400));
    out.push(wait);
    rows.push([`ES-${1 + (i % 6)}`, 1727740800 + i * 3600, hour, r2(rush), pax, cars, handrail, chain, temp, wait]);
  }
  write('escalators.csv', ['escalator_id', 'hour_ts', 'hour', 'rush_index', 'passengers_per_hour', 'cars_in_service', 'handrail_speed_diff_pct', 'step_chain_elongation_mm', 'pit_temp_c', 'lobby_wait_s'], rows);
  console.log('wait', stats(out));
}

trips();
alarms();
faults();
maintenance();
escalators();
