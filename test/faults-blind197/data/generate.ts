/**
 * Writes this set's CSVs (mobile phone repair shops), seeded from 197: `npx tsx data/generate.ts`.
 * repairs.csv: one row per repair ticket: text id and timestamp, device facts on natural scales
 * (age in months, battery cycles collinear with age, drop height, hours wet, parts cost in EUR skewed),
 * technician experience, queue length (no effect); targets: repair_minutes (regression),
 * beyond_repair (0/1, rare ~15%), fault_type (screen/battery/port/board, board rare).
 * repairs-export.csv: the same tickets as the till software exports them (semicolons, decimal commas).
 * repairs-gaps.csv: a copy with NA / empty / "?" markers. bench.csv: a small bench-test table
 * (voltage and current draw under load -> board_fault) with a brand text column.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(197 * 1000 + 1);
const N = 420;
const header = ['ticket_id', 'received_at', 'device_age_months', 'battery_cycles', 'screen_in', 'drop_height_cm', 'hours_wet', 'parts_cost_eur', 'tech_years', 'queue_len', 'repair_minutes', 'beyond_repair', 'fault_type'];
const rows: (string | number)[][] = [];
for (let i = 0; i < N; i++) {
  const age = clamp(Math.round(Math.exp(normal(r, 3.0, 0.6))), 1, 96);
  const cycles = Math.round(clamp(age * 14 + normal(r, 0, 60), 5, 1600));
  const screen = +(clamp(normal(r, 6.2, 0.4), 4.7, 7.2)).toFixed(1);
  const drop = +(clamp(Math.exp(normal(r, 4.2, 0.7)), 10, 400)).toFixed(0);
  const wet = r() < 0.2 ? +(Math.exp(normal(r, 0.5, 1.0))).toFixed(2) : 0;
  const tech = +(clamp(normal(r, 5, 3), 0.5, 20)).toFixed(1);
  const queue = Math.floor(r() * 12);
  // fault type from the device's history
  const sScreen = 0.012 * drop + 0.3 * normal(r, 0, 1);
  const sBattery = cycles / 450 + 0.3 * normal(r, 0, 1);
  const sBoard = 1.1 * wet - 0.4 + 0.3 * normal(r, 0, 1);
  const sPort = 1.2 + 0.2 * normal(r, 0, 1);
  const scores = [sScreen, sBattery, sPort, sBoard];
  const names = ['screen', 'battery', 'port', 'board'];
  const k = scores.indexOf(Math.max(...scores));
  const ft = names[k];
  const baseCost = [65, 35, 25, 110][k];
  const cost = +(baseCost * Math.exp(normal(r, 0, 0.35)) * (screen / 6.2)).toFixed(2);
  const minutes = +(clamp(25 + 0.45 * cost + 18 * wet + 0.05 * age - 2.2 * tech + normal(r, 0, 8), 10, 400)).toFixed(0);
  const pBeyond = sigmoid(-3.2 + 1.3 * wet + 0.018 * age + 0.006 * (cost - 60));
  const beyond = r() < pBeyond ? 1 : 0;
  const day = 1 + Math.floor(r() * 28), hh = 9 + Math.floor(r() * 9), mm = Math.floor(r() * 60);
  const ts = `2025-03-${String(day).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  rows.push([`RJ-${String(10400 + i)}`, ts, age, cycles, screen, drop, wet, cost, tech, queue, minutes, beyond, ft]);
}
fs.writeFileSync(path.join(dir, 'repairs.csv'), [header.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');
const dec = (v: string | number) => (typeof v === 'number' ? String(v).replace('.', ',') : v);
fs.writeFileSync(path.join(dir, 'repairs-export.csv'), [header.join(';'), ...rows.map((x) => x.map(dec).join(';'))].join('\n') + '\n');
const gaps = rows.map((x) => x.map((v, j) => (j >= 2 && j <= 9 && r() < 0.05 ? ['NA', '', '?'][Math.floor(r() * 3)] : v)));
fs.writeFileSync(path.join(dir, 'repairs-gaps.csv'), [header.join(','), ...gaps.map((x) => x.join(','))].join('\n') + '\n');

// bench tests: charger-port voltage, idle and load current, boot time, temperature -> board fault
const b = rng(197 * 1000 + 2);
const brands = ['Samsung', 'Apple', 'Xiaomi', 'Oppo', 'Motorola'];
const bh = ['brand', 'volts', 'idle_ma', 'load_ma', 'boot_s', 'temp_c', 'board_fault'];
const br: (string | number)[][] = [];
for (let i = 0; i < 300; i++) {
  const volts = +(clamp(normal(b, 5.0, 0.25), 4.2, 5.6)).toFixed(2);
  const idle = Math.round(clamp(normal(b, 180, 60), 20, 600));
  const load = Math.round(idle * 3 + normal(b, 200, 150));
  const boot = +(clamp(normal(b, 28, 8), 8, 90)).toFixed(1);
  const temp = +(clamp(normal(b, 31, 4), 20, 55)).toFixed(1);
  const z = 0.015 * (idle - 180) + 0.25 * (temp - 31) + 0.08 * (boot - 28) - 0.5;
  const fault = b() < sigmoid(2.5 * z) ? 1 : 0;
  br.push([brands[Math.floor(b() * 5)], volts, idle, load, boot, temp, fault]);
}
fs.writeFileSync(path.join(dir, 'bench.csv'), [bh.join(','), ...br.map((x) => x.join(','))].join('\n') + '\n');
