/**
 * Writes the CSVs of fault set blind216 (wedding planners and caterers), seeded from 216.
 * Run once from the repo root: npx tsx test/faults-blind216/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(216);
const N = 420;
const packages = ['buffet', 'plated', 'family_style', 'food_truck'];
interface Row { [k: string]: string | number }
const rows: Row[] = [];
for (let i = 0; i < N; i++) {
  const guests = Math.round(clamp(Math.exp(normal(r, Math.log(120), 0.45)), 25, 420));
  const budget = Math.round(clamp(guests * normal(r, 190, 45) + normal(r, 6000, 2500), 4000, 140000));
  const lead = Math.round(clamp(Math.exp(normal(r, Math.log(240), 0.5)), 30, 720));
  const distance = Math.round(clamp(Math.exp(normal(r, Math.log(18), 0.9)), 1, 260) * 10) / 10;
  const peak = r() < 0.55 ? 1 : 0;
  const courses = 2 + Math.floor(r() * 4);
  const staff = Math.round(guests / 12 + normal(r, 0, 1.2));
  const weekday = Math.floor(r() * 7); // no effect
  const bar = r() < 0.6 ? 1 : 0;
  const cost = Math.round(guests * (38 + 14 * courses + 22 * bar) * (peak ? 1.12 : 1) + distance * 6 + staff * 180 + normal(r, 0, 900));
  const cancelZ = -2.0 + 2.2 * (lead < 90 ? 1 : 0) - 0.00002 * budget + 0.012 * distance - 0.6 * peak + normal(r, 0, 0.6);
  const cancelled = r() < sigmoid(cancelZ) ? 1 : 0;
  let pkgScore = [0.006 * guests, 0.004 * (budget / guests) + 0.15 * (courses - 3), 0.35 + (courses >= 4 ? 0.35 : 0), -0.3 + (bar ? 0 : 0.5) + 0.004 * distance];
  pkgScore = pkgScore.map((s) => s + normal(r, 0, 0.25));
  const pkg = packages[pkgScore.indexOf(Math.max(...pkgScore))];
  const month = 1 + Math.floor(r() * 12);
  rows.push({
    booking_id: `WED-${2023 + (i % 3)}-${String(1000 + i)}`,
    event_date: `${2023 + (i % 3)}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    guest_count: guests, budget_eur: budget, lead_time_days: lead, venue_distance_km: distance, peak_season: peak,
    menu_courses: courses, service_staff: staff, weekday_code: weekday, open_bar: bar,
    catering_cost_eur: cost, cancelled, package: pkg,
  });
}
const cols = Object.keys(rows[0]);
fs.writeFileSync(path.join(dir, 'bookings.csv'), [cols.join(','), ...rows.map((row) => cols.map((c) => row[c]).join(','))].join('\n') + '\n');

// The venue's spreadsheet export: semicolons and decimal commas, a subset of columns.
const eu = ['booking_id', 'guest_count', 'budget_eur', 'venue_distance_km', 'menu_courses', 'open_bar', 'catering_cost_eur'];
fs.writeFileSync(path.join(dir, 'bookings-eu.csv'), [eu.join(';'), ...rows.slice(0, 300).map((row) => eu.map((c) => String(row[c]).replace('.', ',')).join(';'))].join('\n') + '\n');

// A copy with gaps: NA, empty cells and "n/a" where the planner did not fill them in.
const gaps = rows.map((row) => ({ ...row }));
for (const row of gaps) {
  if (r() < 0.06) row.venue_distance_km = 'NA';
  if (r() < 0.04) row.budget_eur = '';
  if (r() < 0.03) row.lead_time_days = 'n/a';
}
fs.writeFileSync(path.join(dir, 'bookings-gaps.csv'), [cols.join(','), ...gaps.map((row) => cols.map((c) => row[c]).join(','))].join('\n') + '\n');

// Cake tastings, tab-separated from the patisserie's sheet: sweetness 1-10, tiers, fondant share, price per slice; chosen 0/1.
const tcols = ['tasting_id', 'sweetness', 'tiers', 'fondant_pct', 'price_per_slice', 'gluten_free', 'chosen'];
const trows: string[] = [tcols.join('\t')];
for (let i = 0; i < 260; i++) {
  const sweet = Math.round(clamp(normal(r, 6, 1.8), 1, 10));
  const tiers = 1 + Math.floor(r() * 5);
  const fondant = Math.round(clamp(normal(r, 40, 25), 0, 100));
  const price = Math.round((3 + tiers * 0.9 + fondant * 0.02 + normal(r, 0, 0.6)) * 100) / 100;
  const gf = r() < 0.15 ? 1 : 0;
  const z = -0.9 * (sweet - 6) ** 2 / 3 + 1.1 - 0.03 * (fondant - 30) - 0.25 * (price - 6) + 0.3 * gf + normal(r, 0, 0.5);
  trows.push([`T${500 + i}`, sweet, tiers, fondant, price, gf, r() < sigmoid(z * 1.5) ? 1 : 0].join('\t'));
}
fs.writeFileSync(path.join(dir, 'tastings.csv'), trows.join('\n') + '\n');
