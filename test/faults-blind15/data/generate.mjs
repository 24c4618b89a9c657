// Writes the set's CSVs with a seeded generator so they never change between runs.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const normal = (r, m, s) => m + s * Math.sqrt(-2 * Math.log(Math.max(r(), 1e-12))) * Math.cos(2 * Math.PI * r());
const sig = (z) => 1 / (1 + Math.exp(-z));
const write = (name, header, rows) => writeFileSync(join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');

// houses.csv: flat prices (kEUR) from area, rooms, age, distance; noise sd 25 kEUR.
{ const r = rng(1501), rows = [];
  for (let i = 0; i < 300; i++) {
    const area = Math.round(35 + r() * 110), rooms = Math.max(1, Math.round(area / 30 + normal(r, 0, 0.7))), age = Math.round(r() * 80), dist = +(0.5 + r() * 14).toFixed(1);
    const price = 60 + 2.6 * area + 12 * rooms - 0.9 * age - 7 * dist + normal(r, 0, 25);
    rows.push([area, rooms, age, dist, price.toFixed(1)]);
  }
  write('houses.csv', ['area', 'rooms', 'age', 'distance_km', 'price'], rows); }

// churn.csv: subscription churn (0/1) from a logistic score, then 8% of labels flipped.
{ const r = rng(1502), rows = [];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.round(r() * 60), monthly = +(20 + r() * 80).toFixed(2), tickets = Math.floor(-Math.log(Math.max(r(), 1e-9)) * 1.5), contract = r() < 0.4 ? 1 : 0;
    let churn = r() < sig(-0.06 * tenure + 0.03 * monthly + 0.5 * tickets - 1.5 * contract - 0.8) ? 1 : 0;
    if (r() < 0.08) churn = 1 - churn;
    rows.push([tenure, monthly, tickets, contract, churn]);
  }
  write('churn.csv', ['tenure_months', 'monthly_fee', 'support_tickets', 'annual_contract', 'churned'], rows);
  // churn-na.csv: the same file as exported by a spreadsheet with blanks written as "NA".
  const na = rows.map((row, i) => (i % 37 === 5 ? [row[0], 'NA', ...row.slice(2)] : row));
  write('churn-na.csv', ['tenure_months', 'monthly_fee', 'support_tickets', 'annual_contract', 'churned'], na); }

// wines.csv: three grape classes (string labels) from four overlapping chemical measurements.
{ const r = rng(1503), rows = [], names = ['merlot', 'syrah', 'riesling'];
  const centers = [[13.2, 3.1, 2.4, 110], [13.8, 2.2, 2.7, 95], [12.1, 1.6, 2.2, 88]];
  for (let i = 0; i < 360; i++) {
    const k = i % 3, c = centers[k];
    let label = names[k];
    if (r() < 0.05) label = names[Math.floor(r() * 3)];
    rows.push([normal(r, c[0], 0.5).toFixed(2), normal(r, c[1], 0.5).toFixed(2), normal(r, c[2], 0.25).toFixed(2), Math.round(normal(r, c[3], 12)), label]);
  }
  write('wines.csv', ['alcohol', 'phenols', 'ash', 'magnesium', 'grape'], rows); }
