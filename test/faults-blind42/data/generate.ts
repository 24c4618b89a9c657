/**
 * Writes this set's CSVs (seeded, identical on every run): `npx tsx test/faults-blind42/data/generate.ts`.
 * churn.csv: 420 telecom customers, 6 features of very different scales, churned 0/1 from a nonlinear
 * latent score with 7% of labels flipped. housing.csv: 360 flats, 5 features, price both in units of
 * 100k (price_100k, ~1-9) and in euros (price_eur, ~1e5-9e5), ~8% multiplicative noise.
 * churn-export.csv: churn as exported by a CRM, with "n/a" and empty cells in two feature columns.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const next = rng(4242);
const round = (x: number, d: number) => Number(x.toFixed(d));

function churnRows(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < 420; i++) {
    const tenure = Math.floor(next() * 72);
    const monthly = round(clamp(normal(next, 70, 25), 18, 120), 2);
    const calls = Math.floor(clamp(normal(next, 2, 2), 0, 10));
    const age = Math.floor(clamp(normal(next, 45, 14), 18, 85));
    const dataGb = round(clamp(normal(next, 15, 10), 0, 60), 1);
    const contract = Math.floor(next() * 3);
    const score = -0.06 * tenure + 0.035 * (monthly - 70) + 0.5 * (calls - 2) + 0.0008 * (age - 45) ** 2 - 0.9 * contract + 0.9 + 0.25 * Math.sin(dataGb / 4);
    let churn = next() < sigmoid(2 * score) ? 1 : 0;
    if (next() < 0.07) churn = 1 - churn;
    rows.push([tenure, monthly, calls, age, dataGb, contract, churn].map(String));
  }
  return rows;
}

function housingRows(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < 360; i++) {
    const area = round(clamp(normal(next, 95, 40), 25, 260), 1);
    const rooms = clamp(Math.round(area / 28 + normal(next, 0, 0.7)), 1, 8);
    const age = Math.floor(next() * 90);
    const distance = round(0.5 + next() * 29.5, 2);
    const floor = Math.floor(next() * 13);
    const base = 0.035 * area * (1 + 0.6 * Math.exp(-distance / 6)) + 0.15 * rooms - 0.012 * age + 0.04 * Math.min(floor, 6) + 0.6;
    const price = Math.max(0.6, base * (1 + normal(next, 0, 0.08)));
    rows.push([area, rooms, age, distance, floor, round(price, 3), Math.round(price * 100000)].map(String));
  }
  return rows;
}

function write(name: string, header: string[], rows: string[][]): void {
  fs.writeFileSync(path.join(__dirname, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
}

const churnHeader = ['tenure_months', 'monthly_charge', 'support_calls', 'age', 'data_gb', 'contract', 'churn'];
const churn = churnRows();
write('churn.csv', churnHeader, churn);
write('housing.csv', ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor', 'price_100k', 'price_eur'], housingRows());
const exported = churn.slice(0, 200).map((r, i) => r.map((cell, c) => (c === 1 && i % 37 === 5 ? 'n/a' : c === 4 && i % 53 === 11 ? '' : cell)));
write('churn-export.csv', churnHeader, exported);
