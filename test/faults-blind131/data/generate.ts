/**
 * Writes the CSVs of blind fault set 131 (auction houses and second-hand marketplaces), seeded so every
 * run gives the same files: `npx tsx test/faults-blind131/data/generate.ts`.
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
const comma = (x: number) => String(x).replace('.', ',');

/** hammer.csv: auction lots -> hammer price in dollars and cents; a copy with "NA" reserve prices. */
function hammer(): void {
  const next = rng(13101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const seller = 1 + Math.floor(Math.exp(normal(next, 3, 1.2)));
    const estimate = r2(clamp(Math.exp(normal(next, 6.2, 0.9)), 20, 60000));
    const reserve = r2(estimate * clamp(normal(next, 0.7, 0.1), 0.3, 1));
    const age = r1(clamp(Math.exp(normal(next, 3.2, 0.8)), 0.5, 300));
    const kg = r2(clamp(Math.exp(normal(next, 1.5, 1.0)), 0.05, 400));
    const condition = 1 + Math.floor(next() * 5);
    const bids = Math.max(0, Math.round(Math.exp(normal(next, 1.8 + 0.15 * (condition - 3), 0.5)) - 1));
    const logp = Math.log(estimate) + 0.06 * (bids - 5) + 0.08 * (condition - 3) + 0.002 * age + normal(next, 0, 0.12);
    const price = r2(clamp(Math.exp(logp), 5, 250000));
    out.push(price);
    const row: (string | number)[] = [`LOT-${5100 + i}`, stamp(t), `SLR-${String(seller).padStart(4, '0')}`, estimate, reserve, bids, age, kg, r2(kg * 2.20462), condition, price];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['lot_id', 'listing_ts', 'seller_id', 'estimate_usd', 'reserve_usd', 'bid_count', 'lot_age_y', 'weight_kg', 'weight_lb', 'condition', 'hammer_usd'];
  write('hammer.csv', header, rows);
  write('hammer-na.csv', header, na);
  console.log('hammer usd', stats(out));
}

/** category.csv: listing features -> category furniture/jewelry/art/electronics/rare coins; the auction room number has no effect. */
function category(): void {
  const next = rng(13102);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const cat = u < 0.32 ? 'furniture' : u < 0.54 ? 'jewelry' : u < 0.74 ? 'art' : u < 0.95 ? 'electronics' : 'coins';
    counts[cat] = (counts[cat] ?? 0) + 1;
    const kg = r2(clamp(cat === 'furniture' ? normal(next, 35, 12) : cat === 'electronics' ? normal(next, 4, 2) : cat === 'art' ? normal(next, 6, 3) : cat === 'coins' ? normal(next, 0.05, 0.03) : normal(next, 0.1, 0.05), 0.005, 150));
    const age = r1(clamp(cat === 'electronics' ? normal(next, 6, 4) : cat === 'coins' ? normal(next, 120, 50) : cat === 'art' ? normal(next, 60, 35) : normal(next, 45, 30), 0.5, 400));
    const est = Math.round(clamp(Math.exp(normal(next, cat === 'jewelry' ? 7.5 : cat === 'art' ? 7 : cat === 'coins' ? 6.5 : 5.5, 0.6)), 10, 90000));
    const longest = Math.round(clamp(cat === 'furniture' ? normal(next, 140, 40) : cat === 'art' ? normal(next, 70, 25) : cat === 'electronics' ? normal(next, 40, 15) : normal(next, 3, 1.5), 1, 300));
    const photos = Math.round(clamp(normal(next, cat === 'art' ? 9 : 5, 2), 1, 20));
    const room = 1 + Math.floor(next() * 8);
    rows.push([`LOT-${70000 + i * 3}`, kg, age, est, longest, photos, room, cat]);
  }
  write('category.csv', ['lot_id', 'weight_kg', 'age_y', 'estimate_usd', 'longest_cm', 'photo_count', 'auction_room', 'category'], rows);
  console.log('categories', counts);
}

/** counterfeit.csv: marketplace listings -> a rare counterfeit flag; the listing sequence number has no effect. */
function counterfeit(): void {
  const next = rng(13103);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const ratio = r2(clamp(normal(next, 0.85, 0.25), 0.1, 2));
    const sellerDays = Math.round(clamp(Math.exp(normal(next, 5.5, 1.3)), 1, 6000));
    const feedback = Math.round(clamp(Math.exp(normal(next, 3.5, 1.6)), 0, 90000));
    const photos = Math.round(clamp(normal(next, 6, 2.5), 1, 24));
    const abroad = next() < 0.3 ? 1 : 0;
    const desc = Math.round(clamp(Math.exp(normal(next, 5.5, 0.7)), 20, 8000));
    const seq = 3000000 + Math.floor(next() * 900000);
    const z = -3.7 - 5 * (ratio - 0.85) - 0.7 * (Math.log(sellerDays) - 5.5) - 0.15 * (photos - 6) + 1.6 * abroad;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([seq, ratio, sellerDays, feedback, photos, abroad, desc, flag]);
  }
  write('counterfeit.csv', ['listing_seq', 'price_to_market', 'seller_age_days', 'feedback_count', 'photo_count', 'ships_abroad', 'description_chars', 'counterfeit'], rows);
  console.log('counterfeit', pos, '/ 1200');
}

/** days.csv: semicolon export with decimal commas -> skewed days to sell. */
function days(): void {
  const next = rng(13104);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const ask = r2(clamp(Math.exp(normal(next, 4, 1)), 2, 5000));
    const vsMedian = r2(clamp(normal(next, 1.05, 0.25), 0.4, 2.5));
    const photos = Math.round(clamp(normal(next, 5, 2), 0, 15));
    const watchers = Math.round(clamp(Math.exp(normal(next, 1.5, 0.9)), 0, 300));
    const shipping = r2(clamp(normal(next, 8, 4), 0, 40));
    const ld = 1.8 + 2.2 * (vsMedian - 1.05) - 0.08 * (photos - 5) - 0.25 * Math.log1p(watchers) + 0.03 * (shipping - 8) + normal(next, 0, 0.15);
    const d = r1(clamp(Math.exp(ld), 0.2, 365));
    out.push(d);
    rows.push([`AD-${900000 + i * 11}`, comma(ask), comma(vsMedian), photos, watchers, comma(shipping), comma(d)]);
  }
  write('days.csv', ['ad_id', 'ask_eur', 'price_vs_median', 'photos', 'watchers', 'shipping_eur', 'days_to_sell'], rows, ';');
  console.log('days', stats(out));
}

/** bids.tsv-as-csv: tab-separated online auctions -> bid counts (skewed) and final bid. */
function bids(): void {
  const next = rng(13105);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1709000000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(next() * 4000);
    const start = r2(clamp(Math.exp(normal(next, 3, 1.1)), 0.99, 2000));
    const watchers = Math.round(clamp(Math.exp(normal(next, 2, 0.8)), 0, 400));
    const hours = Math.round(clamp(normal(next, 120, 50), 24, 240));
    const featured = next() < 0.15 ? 1 : 0;
    const rating = r1(clamp(normal(next, 4.6, 0.3), 1, 5));
    const lam = Math.exp(0.5 + 0.45 * Math.log1p(watchers) - 0.25 * (Math.log(start) - 3) + 0.004 * (hours - 120) + 0.5 * featured + 0.3 * (rating - 4.6));
    const count = Math.round(lam * Math.exp(normal(next, 0, 0.12)));
    out.push(count);
    rows.push([t, start, watchers, hours, featured, rating, count]);
  }
  write('bids.csv', ['end_epoch', 'start_price', 'watchers', 'hours_listed', 'featured', 'seller_rating', 'bid_count'], rows, '\t');
  console.log('bids', stats(out));
}

hammer();
category();
counterfeit();
days();
bids();
