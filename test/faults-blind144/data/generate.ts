/**
 * Writes the CSVs of blind fault set 144 (flooring and carpet retailers), seeded so every run gives the
 * same files: `npx tsx test/faults-blind144/data/generate.ts`.
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

/** quotes.csv: showroom quotes -> quote total in dollars and cents; a copy with "NA" room areas. */
function quotes(): void {
  const next = rng(14401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3100);
    const store = 1 + Math.floor(next() * 14);
    const m2 = r1(clamp(Math.exp(normal(next, 3.3, 0.5)), 6, 140));
    const rooms = 1 + Math.floor(next() * 5);
    const grade = 1 + Math.floor(next() * 5);
    const stairs = Math.floor(clamp(normal(next, 2, 4), 0, 16));
    const underlay = next() < 0.6 ? 1 : 0;
    const usd = r2(clamp(m2 * (18 + 14 * grade) + stairs * 45 + underlay * m2 * 6 + rooms * 60 + normal(next, 0, 60), 120, 30000));
    out.push(usd);
    const row: (string | number)[] = [`Q-${50100 + i}`, stamp(t), `ST-${String(store).padStart(2, '0')}`, m2, r1(m2 * 10.7639), rooms, grade, stairs, underlay, usd];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[3] = 'NA';
    na.push(n);
  }
  const header = ['quote_id', 'quote_ts', 'store_id', 'room_m2', 'room_ft2', 'rooms', 'material_grade', 'stair_treads', 'underlay', 'quote_usd'];
  write('quotes.csv', header, rows);
  write('quotes-na.csv', header, na);
  console.log('quote usd', stats(out));
}

/** material.csv: product specs -> material class (carpet/vinyl/laminate/hardwood/rare cork); the order clerk has no effect. */
function material(): void {
  const next = rng(14402);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const m = u < 0.34 ? 'carpet' : u < 0.58 ? 'vinyl' : u < 0.8 ? 'laminate' : u < 0.955 ? 'hardwood' : 'cork';
    counts[m] = (counts[m] ?? 0) + 1;
    const pile = r1(clamp(m === 'carpet' ? normal(next, 9, 3) : normal(next, 0.2, 0.2), 0, 25));
    const thick = r1(clamp(m === 'carpet' ? normal(next, 12, 3) : m === 'vinyl' ? normal(next, 4, 1) : m === 'laminate' ? normal(next, 9, 1.5) : m === 'hardwood' ? normal(next, 18, 3) : normal(next, 6, 1), 1, 30));
    const price = r2(clamp(m === 'hardwood' ? normal(next, 85, 20) : m === 'cork' ? normal(next, 55, 10) : m === 'laminate' ? normal(next, 28, 8) : m === 'vinyl' ? normal(next, 22, 7) : normal(next, 35, 15), 5, 200));
    const warranty = m === 'hardwood' ? 20 + Math.floor(next() * 15) : m === 'cork' ? 10 + Math.floor(next() * 6) : 5 + Math.floor(next() * 12);
    const water = m === 'vinyl' ? 1 : m === 'laminate' ? (next() < 0.3 ? 1 : 0) : 0;
    const clerk = 1 + Math.floor(next() * 9);
    rows.push([`SKU-${700000 + i * 13}`, pile, thick, price, warranty, water, clerk, m]);
  }
  write('material.csv', ['sku', 'pile_mm', 'thickness_mm', 'price_usd_m2', 'warranty_y', 'waterproof', 'order_clerk', 'material'], rows);
  console.log('materials', counts);
}

/** returns.csv: delivered orders -> a rare "return" flag; the receipt serial has no effect. */
function returns(): void {
  const next = rng(14403);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const colour = r2(clamp(normal(next, 0.8, 0.15), 0, 1));
    const delay = Math.floor(clamp(Math.exp(normal(next, 1.2, 0.8)), 0, 60));
    const m2 = r1(clamp(Math.exp(normal(next, 3.2, 0.6)), 4, 200));
    const sample = next() < 0.5 ? 1 : 0;
    const order = r2(m2 * clamp(normal(next, 40, 15), 10, 120));
    const rating = r1(clamp(normal(next, 4.2, 0.5), 1, 5));
    const serial = 1000000 + Math.floor(next() * 8000000);
    const z = -4.5 - 22 * (colour - 0.8) + 0.3 * (delay - 3) - 3.5 * sample - 2.5 * (rating - 4.2);
    const ret = next() < sigmoid(z) ? 1 : 0;
    pos += ret;
    rows.push([serial, colour, delay, m2, sample, order, rating, ret]);
  }
  write('returns.csv', ['receipt_serial', 'colour_match', 'delivery_delay_d', 'room_m2', 'took_sample', 'order_usd', 'installer_rating', 'returned'], rows);
  console.log('returns', pos, '/ 1200');
}

/** install.csv (tab-separated): jobs -> skewed days to install, and the same in hours. */
function install(): void {
  const next = rng(14404);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const backlog = Math.floor(clamp(Math.exp(normal(next, 2.3, 0.6)), 0, 80));
    const m2 = r1(clamp(Math.exp(normal(next, 3.3, 0.5)), 6, 140));
    const prep = next() < 0.3 ? 1 : 0;
    const stairs = next() < 0.25 ? 1 : 0;
    const km = r1(clamp(Math.exp(normal(next, 2.5, 0.7)), 1, 150));
    const days = Math.round(clamp(Math.exp(0.6 + 0.07 * backlog + 0.008 * m2 + 0.5 * prep + 0.3 * stairs + 0.004 * km + normal(next, 0, 0.08)), 1, 120));
    out.push(days);
    rows.push([`JOB-${31000 + i}`, backlog, m2, prep, stairs, km, days, days * 24]);
  }
  write('install.csv', ['job_id', 'backlog_jobs', 'room_m2', 'subfloor_prep', 'stairs', 'distance_km', 'days_to_install', 'hours_to_install'], rows, '\t');
  console.log('install days', stats(out));
}

/** fitting.csv: semicolon export with decimal commas -> fitting hours for a crew. */
function fitting(): void {
  const next = rng(14405);
  const rows: (string | number)[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const m2 = r1(clamp(Math.exp(normal(next, 3.3, 0.5)), 6, 140));
    const pattern = next() < 0.35 ? 1 : 0;
    const moves = Math.floor(next() * 8);
    const removal = next() < 0.45 ? 1 : 0;
    const pile = r1(clamp(normal(next, 7, 4), 0, 20));
    const crew = 1 + Math.floor(next() * 3);
    const hours = r2(clamp((m2 * 0.09 * (1 + 0.4 * pattern) + moves * 0.35 + removal * m2 * 0.05 + pile * 0.04 + 0.8) / Math.sqrt(crew) + normal(next, 0, 0.25), 0.5, 60));
    out.push(hours);
    rows.push([c(m2), pattern, moves, removal, c(pile), crew, c(hours)]);
  }
  write('fitting.csv', ['room_m2', 'pattern_match', 'furniture_moves', 'old_floor_removal', 'pile_mm', 'crew', 'fitting_hours'], rows, ';');
  console.log('fitting hours', stats(out));
}

quotes();
material();
returns();
install();
fitting();
