/**
 * Writes the CSVs of blind fault set 132 (hair, beauty and tattoo salons), seeded so every run
 * gives the same files: `npx tsx test/faults-blind132/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** appointments.csv: booking log -> price in dollars and appointment minutes; a copy with "NA" dye volumes. */
function appointments(): void {
  const next = rng(13201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735722000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const stylist = 1 + Math.floor(next() * 14);
    const hair = r1(clamp(normal(next, 25, 14), 1, 80));
    const dye = Math.round(clamp(next() < 0.45 ? normal(next, 60 + hair * 2.5, 25) : 0, 0, 400));
    const years = r1(clamp(normal(next, 7, 4), 0.5, 30));
    const occ = Math.round(clamp(normal(next, 70, 15), 15, 100));
    const weekend = next() < 0.3 ? 1 : 0;
    const minutes = Math.round(clamp(20 + hair * 0.8 + dye * 0.35 + normal(next, 0, 8), 15, 300));
    const price = r2(clamp(15 + minutes * 0.9 + years * 2.5 + dye * 0.2 + weekend * 10 + normal(next, 0, 8), 15, 800));
    out.push(price);
    const row: (string | number)[] = [`APT-${51000 + i}`, stamp(t), `STY-${String(stylist).padStart(2, '0')}`, hair, dye, years, occ, weekend, minutes, price];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['appt_id', 'booked_ts', 'stylist_id', 'hair_length_cm', 'dye_ml', 'stylist_years', 'chair_occupancy_pct', 'weekend', 'appt_min', 'price_usd'];
  write('appointments.csv', header, rows);
  write('appointments-na.csv', header, na);
  console.log('price usd', stats(out));
}

/** service.csv: ticket features -> service type (cut/color/perm/tattoo/nails, rare bridal); chair number has no effect. */
function service(): void {
  const next = rng(13202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'cut' : u < 0.55 ? 'color' : u < 0.67 ? 'perm' : u < 0.8 ? 'tattoo' : u < 0.96 ? 'nails' : 'bridal';
    counts[type] = (counts[type] ?? 0) + 1;
    const mins = Math.round(clamp(type === 'cut' ? normal(next, 40, 10) : type === 'color' ? normal(next, 110, 25) : type === 'perm' ? normal(next, 150, 25) : type === 'tattoo' ? normal(next, 200, 60) : type === 'nails' ? normal(next, 55, 12) : normal(next, 180, 30), 10, 480));
    const dye = Math.round(clamp(type === 'color' ? normal(next, 120, 40) : type === 'bridal' ? normal(next, 40, 20) : type === 'perm' ? normal(next, 15, 10) : 0, 0, 400));
    const ink = r1(clamp(type === 'tattoo' ? normal(next, 12, 5) : 0, 0, 40));
    const products = Math.round(clamp(type === 'nails' ? normal(next, 6, 2) : type === 'bridal' ? normal(next, 9, 2) : normal(next, 2, 1), 0, 15));
    const price = r2(clamp(type === 'cut' ? normal(next, 45, 12) : type === 'tattoo' ? normal(next, 380, 150) : type === 'bridal' ? normal(next, 450, 80) : normal(next, 120, 35), 10, 2000));
    const chair = 1 + Math.floor(next() * 10);
    rows.push([`TKT-${900000 + i}`, chair, mins, dye, ink, products, price, type]);
  }
  write('service.csv', ['ticket_id', 'chair_no', 'service_min', 'dye_ml', 'ink_ml', 'products_used', 'price_usd', 'service_type'], rows);
  console.log('service', counts);
}

/** noshow.csv: bookings -> rare no-show flag; the loyalty card number has no effect. */
function noshow(): void {
  const next = rng(13203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const lead = Math.round(clamp(Math.exp(normal(next, 2, 1)), 0, 120));
    const prior = Math.floor(clamp(Math.exp(normal(next, -1.2, 1)), 0, 8));
    const deposit = next() < 0.4 ? Math.round(clamp(normal(next, 30, 10), 5, 100)) : 0;
    const reminder = next() < 0.6 ? 1 : 0;
    const since = Math.round(clamp(Math.exp(normal(next, 6, 1.2)), 1, 9000));
    const dist = r1(clamp(Math.exp(normal(next, 1.5, 0.7)), 0.3, 60));
    const card = 100000 + Math.floor(next() * 900000);
    const z = -3.6 + 0.03 * lead + 0.9 * prior - 0.06 * deposit - 0.9 * reminder + 0.04 * dist - 0.0002 * since;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([lead, prior, deposit, reminder, since, dist, card, y]);
  }
  write('noshow.csv', ['lead_days', 'prior_noshows', 'deposit_usd', 'reminder_sent', 'client_since_days', 'distance_km', 'loyalty_card_no', 'no_show'], rows);
  console.log('no-show', pos, '/ 1100');
}

/** tips.csv: a till export with semicolons and decimal commas -> skewed tips in dollars. */
function tips(): void {
  const next = rng(13204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const bill = r2(clamp(Math.exp(normal(next, 4.3, 0.6)), 12, 900));
    const mins = Math.round(clamp(bill * 0.6 + normal(next, 20, 10), 10, 400));
    const rating = Math.round(clamp(normal(next, 4.2, 0.8), 1, 5));
    const card = next() < 0.7 ? 1 : 0;
    const regular = next() < 0.35 ? 1 : 0;
    const tip = r2(clamp(bill * (0.04 + 0.03 * rating) * (card ? 1.1 : 0.8) + regular * 4 + Math.exp(normal(next, 0.5, 0.8)), 0, 400));
    out.push(tip);
    rows.push([dc(bill), mins, rating, card, regular, dc(tip)]);
  }
  write('tips.csv', ['bill_usd', 'service_min', 'rating', 'card', 'regular', 'tip_usd'], rows, ';');
  console.log('tips', stats(out));
}

/** stock.csv: a tab-separated weekly stock sheet -> product units sold (skewed counts), and ml used. */
function stock(): void {
  const next = rng(13205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const bookings = Math.round(clamp(normal(next, 180, 60), 20, 400));
    const promo = next() < 0.2 ? 1 : 0;
    const week = 1 + (i % 52);
    const shelf = Math.round(clamp(normal(next, 120, 40), 20, 300));
    const price = r2(clamp(normal(next, 28, 9), 6, 80));
    const season = Math.sin((2 * Math.PI * week) / 52);
    const units = Math.round(clamp(Math.exp(0.5 + 0.006 * bookings + 0.6 * promo - 0.02 * price + 0.25 * season + normal(next, 0, 0.25)), 0, 500));
    const ml = units * 250 + Math.round(normal(next, 0, 100));
    out.push(units);
    rows.push([`SKU-${3000 + (i % 35)}`, week, bookings, promo, shelf, price, units, Math.max(0, ml)]);
  }
  write('stock.csv', ['sku', 'week', 'bookings', 'promo', 'shelf_cm', 'unit_price_usd', 'units_sold', 'product_ml_used'], rows, '\t');
  console.log('units sold', stats(out));
}

appointments();
service();
noshow();
tips();
stock();
