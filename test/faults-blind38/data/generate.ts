/**
 * Writes this set's CSVs (seeded, so every run gives the same files):
 * `npx tsx test/faults-blind38/data/generate.ts`. Messy real-world shapes on purpose: log-normal
 * prices and durations, Poisson counts, outliers, a near-constant and a duplicated column, label
 * noise, class imbalance.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(DIR, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function poisson(next: () => number, mean: number): number {
  let k = 0, p = Math.exp(-mean), s = p;
  const u = next();
  while (u > s && k < 200) { k++; p *= mean / k; s += p; }
  return k;
}

/** Houses: log-normal price (k$) from sqft, rooms, age, lot, distance; a duplicated column (sqm) and a near-constant one. */
function houses(): (string | number)[][] {
  const next = rng(3801);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const sqft = Math.exp(normal(next, 7.4, 0.35));
    const rooms = Math.max(1, Math.round(sqft / 450 + normal(next, 0, 0.8)));
    const age = Math.max(0, normal(next, 35, 22));
    const lot = Math.exp(normal(next, 8.8, 0.9)) * (next() < 0.02 ? 20 : 1);
    const dist = Math.exp(normal(next, 2.2, 0.7));
    const logPrice = 5.2 + 0.9 * Math.log(sqft / 1600) - 0.004 * age - 0.25 * Math.log(dist) + 0.06 * Math.log(lot) + 0.15 * Math.sin(age / 12) + normal(next, 0, 0.12);
    const city = next() < 0.99 ? 1 : 2;
    rows.push([i + 1, r3(sqft), r3(sqft * 0.0929), rooms, r3(age), r3(lot), r3(dist), city, r3(Math.exp(logPrice))]);
  }
  return rows;
}

/** Churn: ~15% churners, 8% labels flipped; tenure, charges, support calls (Poisson), session seconds (log-normal). */
function churn(): (string | number)[][] {
  const next = rng(3802);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const tenure = Math.min(72, Math.max(1, Math.round(Math.exp(normal(next, 2.8, 0.9)))));
    const charges = Math.max(18, normal(next, 65, 28));
    const calls = poisson(next, 1.2 + (charges > 90 ? 1.5 : 0));
    const session = Math.exp(normal(next, 5.5, 1.1));
    const score = -3 - 0.12 * (tenure - 20) + 0.06 * (charges - 65) + 0.9 * calls - 0.6 * (Math.log(session) - 5.5) + 1.5 * (calls >= 4 && tenure < 12 ? 1 : 0);
    let y = next() < sigmoid(score) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([100000 + i, tenure, r3(charges), calls, r3(session), y]);
  }
  return rows;
}

/** Support tickets: 3 string priorities, imbalanced (low common), 12% relabelled; counts and durations. */
function tickets(): (string | number)[][] {
  const next = rng(3803);
  const names = ['low', 'medium', 'high'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 390; i++) {
    const words = Math.round(Math.exp(normal(next, 4, 0.8)));
    const replies = poisson(next, 2);
    const waitHours = Math.exp(normal(next, 1.5, 1.2));
    const customerYears = Math.max(0, normal(next, 4, 3));
    const z = 0.8 * (Math.log(words) - 4) + 0.5 * (replies - 2) + 0.6 * (Math.log(waitHours) - 1.5) + normal(next, 0, 0.25);
    let c = z < 0.3 ? 0 : z < 1.3 ? 1 : 2;
    if (next() < 0.12) c = Math.floor(next() * 3);
    rows.push([words, replies, r3(waitHours), r3(customerYears), names[c]]);
  }
  return rows;
}

const h = houses();
write('houses.csv', ['id', 'sqft', 'sqm', 'rooms', 'age', 'lot', 'dist_km', 'city', 'price_k', 'log_price'], h.map((r) => [...r, r3(Math.log(r[8] as number))]));
write('houses-usd.csv', ['id', 'sqft', 'sqm', 'rooms', 'age', 'lot', 'dist_km', 'city', 'price_usd'], h.map((r) => [...r.slice(0, 8), Math.round((r[8] as number) * 1000)]));
const c = churn();
write('churn.csv', ['customer_id', 'tenure', 'charges', 'calls', 'session_s', 'churned'], c);
write('churn-export.csv', ['customer_id', 'tenure', 'charges', 'calls', 'session_s', 'churned'], c.map((r, i) => (i % 37 === 5 ? [r[0], r[1], 'NA', r[3], r[4], r[5]] : i % 53 === 9 ? [r[0], r[1], r[2], r[3], '', r[5]] : r)));
write('tickets.csv', ['words', 'replies', 'wait_h', 'customer_years', 'priority'], tickets());
