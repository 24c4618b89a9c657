/**
 * Data of fault set blind296 (rickshaw and pedicab operators), seeded from 296:
 * `npx tsx test/faults-blind296/data/generate.ts` writes the CSVs next to this file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// trips.csv: one row per hired ride from the depot's app log.
const r = rng(296);
const header = ['trip_id', 'start_time', 'distance_km', 'duration_min', 'passengers', 'luggage_kg', 'hill_grade_pct', 'temp_c', 'hour', 'driver_age', 'tourist_zone', 'fare_inr', 'tip_given', 'vehicle'];
const rows: (string | number)[][] = [];
for (let i = 0; i < 420; i++) {
  const vr = r();
  const vehicle = vr < 0.55 ? 'e_rickshaw' : vr < 0.9 ? 'cycle_rickshaw' : 'pedicab_tour';
  const dist = clamp(Math.exp(normal(r, vehicle === 'e_rickshaw' ? 1.2 : 0.7, 0.55)), 0.3, 18); // skewed
  const hill = clamp(normal(r, 2, 1.5), 0, 9);
  const pax = 1 + Math.floor(r() * (vehicle === 'pedicab_tour' ? 2 : 3));
  const lug = clamp(Math.exp(normal(r, 1.5, 1.0)), 0, 60);
  const speed = vehicle === 'e_rickshaw' ? 16 : vehicle === 'pedicab_tour' ? 7 : 10;
  const dur = clamp((dist / speed) * 60 * (1 + hill * 0.04) + normal(r, 3, 2), 2, 180); // collinear with distance
  const hour = Math.floor(clamp(normal(r, 14, 4), 5, 23));
  const temp = normal(r, 29 + (hour > 11 && hour < 17 ? 4 : 0), 4);
  const age = Math.floor(clamp(normal(r, 38, 11), 18, 70)); // no effect
  const tourist = vehicle === 'pedicab_tour' ? (r() < 0.9 ? 1 : 0) : r() < 0.25 ? 1 : 0;
  const base = vehicle === 'pedicab_tour' ? 150 : 20;
  const fare = Math.round(base + dist * (vehicle === 'e_rickshaw' ? 12 : 18) + dur * 1.5 + pax * 8 + lug * 0.6 + hill * 6 + (hour >= 21 ? 30 : 0) + normal(r, 0, 12));
  const tipP = sigmoid(-1.2 + 1.6 * tourist + 0.05 * (dur - 20) - 0.08 * (temp - 30) + 0.4 * (pax - 2));
  const tip = r() < tipP ? 1 : 0;
  const day = 1 + (i % 28);
  const t = `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
  rows.push([`TR${String(10000 + i)}`, t, +dist.toFixed(2), +dur.toFixed(1), pax, +lug.toFixed(1), +hill.toFixed(1), +temp.toFixed(1), hour, age, tourist, fare, tip, vehicle]);
}
write('trips.csv', [header.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');

// trips-eu.csv: the same log exported by the Lisbon tour franchise's spreadsheet: semicolons, decimal commas.
write('trips-eu.csv', [header.join(';'), ...rows.map((x) => x.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'))].join('\n') + '\n');

// trips-gaps.csv: the raw app log before cleaning: GPS dropouts as NA, missing luggage as empty, "?" temps.
const g = rng(2961);
write('trips-gaps.csv', [header.join(','), ...rows.map((x) => x.map((v, j) => {
  const u = g();
  if (j === 2 && u < 0.05) return 'NA';
  if (j === 5 && u < 0.08) return '';
  if (j === 7 && u < 0.03) return '?';
  return v;
}).join(','))].join('\n') + '\n');

// battery.tsv: e-rickshaw battery packs at end of shift, exported tab-separated from the charging-shed logger.
const b = rng(2962);
const bh = ['pack_id', 'cycles', 'pack_age_months', 'km_today', 'load_kg_avg', 'ambient_c', 'charge_start_pct', 'shed', 'range_left_km'];
const brows: (string | number)[][] = [];
for (let i = 0; i < 360; i++) {
  const months = Math.floor(clamp(normal(b, 14, 8), 1, 40));
  const cycles = Math.round(clamp(months * 26 + normal(b, 0, 40), 10, 1200)); // collinear with age
  const km = clamp(normal(b, 85, 25), 10, 160);
  const load = clamp(normal(b, 180, 60), 40, 380);
  const amb = normal(b, 30, 5);
  const start = clamp(normal(b, 92, 6), 55, 100);
  const shed = Math.floor(b() * 3) + 1; // no effect
  const health = clamp(1 - cycles / 2500 - Math.max(0, amb - 35) * 0.01, 0.4, 1);
  const range = clamp(start * 1.3 * health - km * 0.8 * (1 + load / 900) + 60 + normal(b, 0, 4), 0, 140);
  brows.push([`PK-${String(100 + (i % 90))}-${i}`, cycles, months, +km.toFixed(1), Math.round(load), +amb.toFixed(1), +start.toFixed(0), shed, +range.toFixed(1)]);
}
write('battery.tsv', [bh.join('\t'), ...brows.map((x) => x.join('\t'))].join('\n') + '\n');

// breakdowns.csv: weekly maintenance sheet per vehicle: did it break down next week (rare, ~12%).
const m = rng(2963);
const mh = ['vehicle_no', 'week', 'km_week', 'chain_wear_mm', 'tyre_psi', 'brake_pad_mm', 'days_since_service', 'rain_days', 'breakdown'];
const mrows: (string | number)[][] = [];
for (let i = 0; i < 400; i++) {
  const km = clamp(normal(m, 320, 110), 40, 700);
  const chain = clamp(normal(m, 0.5, 0.25), 0, 1.4);
  const psi = clamp(normal(m, 42, 7), 18, 60);
  const pad = clamp(normal(m, 3, 1.1), 0.3, 6);
  const days = Math.floor(clamp(Math.exp(normal(m, 3.2, 0.7)), 1, 240));
  const rain = Math.floor(m() * 8);
  const z = -1.6 + 3.0 * (chain - 0.5) + 0.07 * (35 - psi) + 0.8 * (2 - pad) + 0.012 * (days - 25) + 0.002 * (km - 320);
  mrows.push([`DL-1R-${4000 + (i % 60)}`, `2024-W${String(1 + Math.floor(i / 60) * 4 + (i % 4)).padStart(2, '0')}`, Math.round(km), +chain.toFixed(2), +psi.toFixed(1), +pad.toFixed(1), days, rain, m() < sigmoid(z) ? 1 : 0]);
}
write('breakdowns.csv', [mh.join(','), ...mrows.map((x) => x.join(','))].join('\n') + '\n');
