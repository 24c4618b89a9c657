/**
 * Writes this set's CSVs (seeded from 214): a riding-mower / small-engine repair shop's exports.
 * Run once: npx tsx test/faults-blind214/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(214);
const BRANDS = ['Husqvarna', 'Cub Cadet', 'John Deere', 'Toro', 'Craftsman', 'Troy-Bilt', 'Snapper'];
const TYPES = ['tune_up', 'carburetor', 'electrical', 'deck_spindle', 'hydrostatic'];

interface Ticket { id: string; date: string; brand: string; hp: number; deck: number; hours: number; age: number; fuel: number; blades: number; psi: number; labor: number; carb: number; type: string }
const tickets: Ticket[] = [];
for (let i = 0; i < 420; i++) {
  const hp = clamp(normal(r, 20, 3), 12, 27);
  const deck = Math.round(clamp(30 + 1.2 * hp + normal(r, 0, 2), 38, 62));
  const age = clamp(Math.round(1 + r() * 19), 1, 20);
  const hours = Math.round(clamp(Math.exp(normal(r, 5.2 + 0.05 * age, 0.7)), 20, 3000));
  const fuel = Math.round(clamp(Math.exp(normal(r, 3.6, 1.0)), 1, 420));
  const blades = Math.floor(r() * 7);
  const psi = Math.round(clamp(150 - 0.025 * hours + normal(r, 0, 9), 60, 185));
  const labor = Math.max(0.5, +(0.6 + 0.0011 * hours + 0.006 * fuel + 0.03 * (150 - psi) + 0.04 * age + normal(r, 0, 0.35)).toFixed(2));
  const carb = r() < sigmoid(-3.2 + 0.018 * fuel + 0.08 * age) ? 1 : 0;
  const s = [
    1.5 - 0.002 * hours - 0.01 * fuel,
    -0.5 + 0.02 * fuel,
    -1.2 + 0.18 * age - 0.001 * hours,
    -1.0 + 0.12 * (deck - 48) + 0.0015 * hours,
    -2.6 + 0.004 * hours,
  ].map((v) => v + normal(r, 0, 0.45));
  const type = TYPES[s.indexOf(Math.max(...s))];
  const day = 1 + Math.floor(r() * 365);
  const d = new Date(Date.UTC(2023, 0, day, 7 + Math.floor(r() * 10), Math.floor(r() * 60)));
  tickets.push({ id: `RT-${String(10231 + i)}`, date: d.toISOString().slice(0, 16).replace('T', ' '), brand: BRANDS[Math.floor(r() * BRANDS.length)], hp: +hp.toFixed(1), deck, hours, age, fuel, blades, psi, labor, carb, type });
}
const head = 'ticket_id,intake_date,brand,engine_hp,deck_in,engine_hours,age_yrs,fuel_age_days,blade_sharpenings,compression_psi,labor_hours,carb_rebuild,repair_type';
const row = (t: Ticket) => [t.id, t.date, t.brand, t.hp, t.deck, t.hours, t.age, t.fuel, t.blades, t.psi, t.labor, t.carb, t.type].join(',');
fs.writeFileSync(path.join(dir, 'tickets.csv'), [head, ...tickets.map(row)].join('\n') + '\n');

// The same tickets as a gap-ridden export from the counter PC: NA, empty cells and "?" where the tech skipped a field.
const gaps = tickets.map((t) => {
  const cells = row(t).split(',');
  if (r() < 0.08) cells[5] = 'NA';
  if (r() < 0.06) cells[7] = '';
  if (r() < 0.04) cells[9] = '?';
  return cells.join(',');
});
fs.writeFileSync(path.join(dir, 'tickets-gaps.csv'), [head, ...gaps].join('\n') + '\n');

// The dealer-network export: semicolons, decimal commas, a subset of columns.
const eu = tickets.slice(0, 300).map((t) => [t.hp, t.deck, t.hours, t.fuel, t.psi, t.labor, t.carb].map((v) => String(v).replace('.', ',')).join(';'));
fs.writeFileSync(path.join(dir, 'tickets-eu.csv'), ['engine_hp;deck_in;engine_hours;fuel_age_days;compression_psi;labor_hours;carb_rebuild', ...eu].join('\n') + '\n');

// Invoices from the billing system, tab-separated, dollars raw.
const inv: string[] = ['job_no\tengine_hours\tparts_cost_usd\tlabor_hrs\tshop_rate_usd\tdeck_in\tpickup_miles\tinvoice_usd'];
for (let i = 0; i < 360; i++) {
  const hours = Math.round(clamp(Math.exp(normal(r, 5.6, 0.8)), 20, 3000));
  const parts = +clamp(Math.exp(normal(r, 4.3, 0.9)), 8, 1400).toFixed(2);
  const labor = +clamp(0.5 + 0.0012 * hours + normal(r, 1.2, 0.7), 0.5, 9).toFixed(1);
  const rate = [85, 95, 110][Math.floor(r() * 3)];
  const deck = Math.round(clamp(normal(r, 48, 5), 38, 62));
  const miles = Math.round(r() * 30);
  const total = +(parts * 1.15 + labor * rate + 0.6 * deck + normal(r, 0, 20)).toFixed(2);
  inv.push([`J-23-${String(i + 1).padStart(4, '0')}`, hours, parts, labor, rate, deck, miles, total].join('\t'));
}
fs.writeFileSync(path.join(dir, 'invoices.csv'), inv.join('\n') + '\n');

// Dyno bench log: carburetor idle tune, raw rpm and vacuum; target idle_ok 0/1 (rare-ish) and a regression target fuel_flow_gph.
const dyno: string[] = ['run_id,rpm,vacuum_inhg,mixture_turns,spark_gap_in,head_temp_f,fuel_flow_gph,idle_ok'];
for (let i = 0; i < 300; i++) {
  const rpm = Math.round(clamp(normal(r, 1700, 350), 900, 3600));
  const turns = +clamp(normal(r, 1.5, 0.5), 0.25, 3).toFixed(2);
  const gap = +clamp(normal(r, 0.030, 0.004), 0.02, 0.04).toFixed(3);
  const vac = +clamp(18 - 3 * Math.abs(turns - 1.5) + normal(r, 0, 1), 8, 22).toFixed(1);
  const temp = Math.round(clamp(normal(r, 260 + 0.04 * (rpm - 1700), 25), 150, 400));
  const flow = +clamp(0.12 + 0.00011 * rpm + 0.05 * turns + normal(r, 0, 0.02), 0.05, 0.9).toFixed(3);
  const ok = r() < sigmoid(2.5 - 3.5 * Math.abs(turns - 1.5) - 0.002 * Math.abs(rpm - 1650) + 0.2 * (vac - 17)) ? 1 : 0;
  dyno.push([`D${1000 + i}`, rpm, vac, turns, gap, temp, flow, ok].join(','));
}
fs.writeFileSync(path.join(dir, 'dyno.csv'), dyno.join('\n') + '\n');
