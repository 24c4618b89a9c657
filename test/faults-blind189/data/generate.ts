/**
 * Writes the CSVs of blind fault set 189 (canal boat hire and lock keepers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind189/data/generate.ts`.
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

/** hire.csv: bookings -> skewed hire totals in pounds; a copy with "NA" fuel cells (office spreadsheet gaps). */
function hire(): void {
  const next = rng(18901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1709251200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 9000);
    const length = Math.round(clamp(normal(next, 52, 10), 30, 70));
    const berths = clamp(Math.round(2 + (length - 30) / 8 + normal(next, 0, 0.8)), 2, 8);
    const nights = Math.round(clamp(Math.exp(normal(next, 1.6, 0.45)), 2, 21));
    const month = new Date(t * 1000).getUTCMonth() + 1;
    const peak = month >= 6 && month <= 8 ? 1 : 0;
    const locks = Math.round(clamp(nights * normal(next, 6, 2.5), 0, 250));
    const hours = r1(clamp(nights * normal(next, 4.5, 1.2), 2, 160));
    const fuel = r1(clamp(hours * (1.1 + 0.02 * (length - 50)) * Math.exp(normal(next, 0, 0.08)), 2, 400));
    const total = Math.round(nights * (95 + 3.2 * (length - 30) + 18 * berths) * (peak ? 1.45 : 1) * Math.exp(normal(next, 0, 0.06)) + 1.6 * fuel);
    out.push(total);
    const row: (string | number)[] = [`BK-${30500 + i}`, stamp(t), `NB-${String(1 + Math.floor(next() * 40)).padStart(3, '0')}`, length, berths, nights, locks, hours, fuel, peak, total];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[8] = 'NA';
    na.push(n);
  }
  const header = ['booking_id', 'booked_at', 'boat_id', 'boat_length_ft', 'berths', 'nights', 'locks_planned', 'cruising_hours', 'fuel_l', 'peak_season', 'hire_total_gbp'];
  write('hire.csv', header, rows);
  write('hire-na.csv', header, na);
  console.log('hire gbp', stats(out));
}

/** route.csv: trip log -> route (four rings and a rare summit crossing); the lock keeper's badge number has no effect. */
function route(): void {
  const next = rng(18902);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const R: Record<string, [number, number, number, number]> = {
    // locks, miles, tunnels, aqueducts (means)
    four_counties: [95, 110, 1, 1],
    cheshire_ring: [92, 97, 3, 2],
    avon_ring: [130, 108, 0, 0],
    llangollen: [22, 46, 2, 2],
    summit: [60, 30, 4, 0],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const r = u < 0.3 ? 'four_counties' : u < 0.55 ? 'cheshire_ring' : u < 0.75 ? 'avon_ring' : u < 0.96 ? 'llangollen' : 'summit';
    counts[r] = (counts[r] ?? 0) + 1;
    const [lk, mi, tu, aq] = R[r];
    const locks = Math.round(clamp(normal(next, lk, 8), 0, 200));
    const miles = r1(clamp(normal(next, mi, 8), 5, 200));
    const tunnels = Math.max(0, Math.round(normal(next, tu, 0.4)));
    const aqueducts = Math.max(0, Math.round(normal(next, aq, 0.4)));
    const hours = r1(clamp(miles / 3 + locks * 0.25 + normal(next, 0, 2), 5, 200));
    const badge = 1000 + Math.floor(next() * 9000);
    rows.push([`TRIP-${77000 + i}`, locks, miles, tunnels, aqueducts, hours, badge, r]);
  }
  write('route.csv', ['trip_id', 'locks', 'miles', 'tunnels', 'aqueducts', 'cruising_hours', 'keeper_badge', 'route'], rows);
  console.log('routes', counts);
}

/** grounding.csv: passages -> a rare grounding flag; the boat's hull serial has no effect. */
function grounding(): void {
  const next = rng(18903);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const level = Math.round(clamp(normal(next, 140, 18), 80, 200));
    const draft = Math.round(clamp(normal(next, 60, 8), 40, 90));
    const length = Math.round(clamp(normal(next, 52, 10), 30, 70));
    const speed = r1(clamp(normal(next, 3.5, 0.8), 1, 7));
    const dry = Math.round(clamp(Math.exp(normal(next, 2, 0.8)), 0, 90));
    const hull = 200000 + Math.floor(next() * 700000);
    const z = -3.4 - 0.09 * (level - 140) + 0.12 * (draft - 60) + 0.9 * (speed - 3.5) + 0.03 * (dry - 8);
    const g = next() < sigmoid(z) ? 1 : 0;
    pos += g;
    rows.push([1711929600 + i * 5400, level, draft, length, speed, dry, hull, g]);
  }
  write('grounding.csv', ['passage_epoch', 'water_level_cm', 'draft_cm', 'boat_length_ft', 'speed_mph', 'dry_days', 'hull_serial', 'grounded'], rows);
  console.log('grounded', pos, '/ 1200');
}

/** level.csv: semicolon export with decimal commas -> next-morning pound water level in cm (lock keeper's log). */
function level(): void {
  const next = rng(18904);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const now = r1(clamp(normal(next, 140, 15), 90, 190));
    const rain = r1(clamp(Math.exp(normal(next, 1, 1.1)) - 1, 0, 80));
    const ops = Math.round(clamp(normal(next, 40, 15), 0, 120));
    const sluice = next() < 0.3 ? 1 : 0;
    const pump = Math.round(clamp(normal(next, 1200, 500), 0, 3000));
    const lvl = r1(now + 0.9 * rain - 0.35 * ops + 8 - 9 * sluice + 0.004 * pump + normal(next, 0, 1.5));
    out.push(lvl);
    rows.push([`LK-${String(1 + (i % 12)).padStart(2, '0')}`, dc(now), dc(rain), ops, sluice, pump, dc(lvl)]);
  }
  write('level.csv', ['lock_id', 'level_now_cm', 'rain_mm', 'lock_operations', 'sluice_open', 'backpump_m3', 'level_next_cm'], rows, ';');
  console.log('level cm', stats(out));
}

/** fuel.csv: tab-separated pump-out log -> fuel litres (and the same in gallons). */
function fuel(): void {
  const next = rng(18905);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 3, 0.5)), 3, 150));
    const length = Math.round(clamp(normal(next, 52, 10), 30, 70));
    const locks = Math.round(clamp(hours * normal(next, 1.5, 0.5), 0, 300));
    const hp = Math.round(clamp(normal(next, 38, 6), 20, 60));
    const heating = next() < 0.35 ? 1 : 0;
    const weekday = 1 + Math.floor(next() * 7);
    const litres = r1(clamp(hours * (0.6 + 0.012 * length + 0.008 * hp) + 0.05 * locks + 12 * heating + normal(next, 0, 2), 1, 500));
    out.push(litres);
    rows.push([`PO-${4400 + i}`, weekday, hours, length, locks, hp, heating, litres, r2(litres * 0.219969)]);
  }
  write('fuel.csv', ['pumpout_id', 'weekday', 'engine_hours', 'boat_length_ft', 'locks', 'engine_hp', 'diesel_heating', 'fuel_l', 'fuel_gal'], rows, '\t');
  console.log('fuel l', stats(out));
}

hire();
route();
grounding();
level();
fuel();
