/** Writes the CSVs of fault set blind196 (hot-air balloon operators), seeded from 196. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(196);
const N = 480;
const head = ['flight_id', 'launch_date', 'wind_kts', 'gust_kts', 'temp_c', 'pressure_hpa', 'passengers', 'basket_kg', 'envelope_hours', 'pilot_years', 'burner_fuel_l', 'moon_phase', 'cancelled', 'fuel_used_l', 'landing'];
const rows: (string | number)[][] = [];
for (let i = 0; i < N; i++) {
  const wind = clamp(Math.abs(normal(r, 6, 3.5)), 0, 20);
  const gust = wind + Math.abs(normal(r, 2, 2));
  const temp = normal(r, 14, 6);
  const pressure = normal(r, 1016, 7);
  const pax = Math.floor(2 + r() * 15);
  const basket = 180 + pax * 78 + normal(r, 0, 25);
  const envH = Math.exp(normal(r, 5.3, 0.8));
  const pilot = clamp(Math.round(Math.abs(normal(r, 9, 7))), 0, 40);
  const loaded = Math.round(clamp(normal(r, 160, 25), 80, 240));
  const moon = Math.round(r() * 28);
  const cancelled = r() < sigmoid(-4.2 + 0.45 * (gust - 6) + 0.02 * (1016 - pressure) * 3) ? 1 : 0;
  const fuel = 35 + 3.1 * pax + 2.2 * wind - 1.4 * (temp - 14) + 0.012 * envH + normal(r, 0, 6);
  const score = 0.35 * wind - 0.09 * pilot + 0.08 * pax + normal(r, 0, 0.7);
  const landing = score > 3.3 ? 'drag' : score > 1.5 ? 'bumpy' : 'smooth';
  const d = new Date(Date.UTC(2025, 3, 1) + i * 12 * 3600e3);
  rows.push([`FL-${String(1000 + i)}`, d.toISOString().slice(0, 10), +wind.toFixed(1), +gust.toFixed(1), +temp.toFixed(1), +pressure.toFixed(1), pax, +basket.toFixed(0), +envH.toFixed(0), pilot, loaded, moon, cancelled, +fuel.toFixed(1), landing]);
}
fs.writeFileSync(path.join(dir, 'flights.csv'), [head.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');
// The office laptop's export: semicolons and decimal commas.
fs.writeFileSync(path.join(dir, 'flights-eu.csv'), [head.join(';'), ...rows.map((x) => x.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'))].join('\n') + '\n');
// The pilots' logbook copy: missing readings as NA or blank.
const gaps = rows.map((x, i) => x.map((v, j) => (j >= 2 && j <= 5 && i % 23 === j ? (i % 2 ? 'NA' : '') : v)));
fs.writeFileSync(path.join(dir, 'flights-gaps.csv'), [head.join(','), ...gaps.map((x) => x.join(','))].join('\n') + '\n');
// Envelope inspections: tab-separated from the maintenance app; porosity test seconds, fabric age, fails (0/1).
const r2 = rng(1960);
const eh = ['envelope', 'fabric_age_years', 'hours', 'max_temp_c', 'porosity_s', 'repairs', 'grab_test_kg', 'fail'];
const er: (string | number)[][] = [];
for (let i = 0; i < 300; i++) {
  const age = clamp(normal(r2, 6, 3), 0.5, 16);
  const hours = clamp(age * 70 + normal(r2, 0, 60), 10, 1400);
  const tmax = normal(r2, 105, 8);
  const poro = clamp(Math.exp(normal(r2, 4.2, 0.7) - 0.08 * age), 2, 500);
  const rep = Math.floor(Math.abs(normal(r2, age / 3, 1.2)));
  const grab = normal(r2, 26 - 0.6 * age, 3);
  const fail = r2() < sigmoid(-2 - 0.025 * (poro - 40) + 0.12 * (tmax - 105) + 0.25 * (age - 6)) ? 1 : 0;
  er.push([`G-B${String(100 + (i % 40))}`, +age.toFixed(1), +hours.toFixed(0), +tmax.toFixed(1), +poro.toFixed(0), rep, +grab.toFixed(1), fail]);
}
fs.writeFileSync(path.join(dir, 'envelopes.tsv.csv'), [eh.join('\t'), ...er.map((x) => x.join('\t'))].join('\n') + '\n');
