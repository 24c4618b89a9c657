/**
 * Writes the CSVs of the eighty-second blind fault set (museums, libraries and cultural heritage),
 * seeded so every run gives the same files: `npx tsx test/faults-blind82/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** visitors.csv: daily museum visitor log, attendance in the thousands and a visitor segment. */
function visitors(): void {
  const next = rng(8201);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  const prices = [0, 8, 12, 15, 20];
  for (let i = 0; i < 480; i++) {
    const day = 1672531200 + i * 86400;
    const weekend = (i % 7 === 5 || i % 7 === 6) ? 1 : 0;
    const holiday = next() < 0.22 ? 1 : 0;
    const price = prices[Math.floor(next() * prices.length)];
    const temp = r2(normal(next, 14, 8));
    const age = Math.floor(next() * 365);
    const exhibit = 100 + Math.floor(next() * 12);
    const v = 1500 + 900 * holiday + 700 * weekend - 45 * price - 2.5 * (temp - 20) ** 2 + 1400 * Math.exp(-age / 60) + normal(next, 0, 120);
    const count = Math.round(clamp(v, 150, 6000));
    let segment: string;
    if (price === 0) segment = 'local';
    else if (holiday === 1) segment = 'family';
    else if (weekend === 0 && temp < 14) segment = 'school';
    else segment = 'tourist';
    if (next() < 0.04) segment = ['local', 'family', 'school', 'tourist'][Math.floor(next() * 4)];
    const row = [day, 3, exhibit, price, holiday, weekend, temp, age, count, segment];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[6] = 'NA';
    naRows.push(na);
  }
  const header = ['day_epoch', 'building_id', 'exhibit_id', 'ticket_price', 'school_holiday', 'weekend', 'temp_c', 'exhibition_age_days', 'visitors', 'segment'];
  write('visitors.csv', header, rows);
  write('visitors-export-na.csv', header, naRows);
}

/** loans.csv: weekly library loans per title. */
function loans(): void {
  const next = rng(8202);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const branch = 1 + Math.floor(next() * 6);
    const copies = 1 + Math.floor(next() * 20);
    const holds = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 12);
    const year = 1950 + Math.floor(next() * 75);
    const pages = Math.round(clamp(normal(next, 320, 140), 60, 950));
    const recency = Math.exp(-(2024 - year) / 30);
    const demand = copies * 0.7 * (0.4 + holds / (holds + 10)) * (0.3 + recency) * (1 - 0.0004 * pages);
    const weekly = Math.max(0, Math.round(demand * 3 + normal(next, 0, 1.2)));
    rows.push([7000 + i, branch, copies, holds, year, pages, weekly]);
  }
  write('loans.csv', ['title_id', 'branch_id', 'copies', 'holds_queue', 'pub_year', 'page_count', 'weekly_loans'], rows);
}

/** conservation.csv: object condition survey, damage risk flag is rare (about 4%). */
function conservation(): void {
  const next = rng(8203);
  const rows: (string | number)[][] = [];
  let positives = 0;
  for (let i = 0; i < 900; i++) {
    const rh = r2(clamp(normal(next, 52, 8), 30, 80));
    const lux = Math.round(clamp(normal(next, 40000, 18000), 2000, 95000));
    const age = Math.round(20 + -Math.log(Math.max(next(), 1e-9)) * 90);
    const cased = next() < 0.5 ? 1 : 0;
    const z = -5.2 + 0.32 * (rh - 52) + 9e-5 * (lux - 40000) + 0.006 * (age - 100) - 1.2 * cased;
    const damage = next() < sigmoid(z) ? 1 : 0;
    positives += damage;
    rows.push([50000 + i, 12, rh, lux, age, cased, damage]);
  }
  write('conservation.csv', ['object_id', 'gallery_id', 'rel_humidity', 'lux_hours', 'object_age_years', 'in_display_case', 'damage_risk'], rows);
  console.log(`conservation positives ${positives}/900`);
}

/** digitization.csv: scanning throughput per shift. */
function digitization(): void {
  const next = rng(8204);
  const rows: (string | number)[][] = [];
  const dpis = [300, 400, 600];
  for (let i = 0; i < 360; i++) {
    const scanner = 1 + Math.floor(next() * 4);
    const hours = r2(2 + next() * 6);
    const pages = Math.round(clamp(Math.exp(normal(next, 4, 0.9)), 2, 900));
    const dpi = dpis[Math.floor(next() * 3)];
    const fragile = next() < 0.3 ? 1 : 0;
    const speed = scanner === 4 ? 1.4 : 1;
    const itemsPerHour = speed * 40 / Math.sqrt(pages) * (300 / dpi) * (fragile ? 0.55 : 1);
    const items = r2(Math.max(0.2, hours * itemsPerHour + normal(next, 0, 0.6)));
    rows.push([1700000000 + i * 28800, scanner, hours, pages, dpi, fragile, items]);
  }
  write('digitization.csv', ['shift_epoch', 'scanner_id', 'staff_hours', 'pages_per_item', 'scan_dpi', 'fragile', 'items_digitized'], rows);
}

/** donations.csv: donor records, gift amount in currency units and a three-level donor tier. */
function donations(): void {
  const next = rng(8205);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(clamp(normal(next, 52, 15), 20, 90));
    const visits = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5);
    const member = next() < 0.4 ? 1 : 0;
    const years = member ? Math.floor(next() * 25) : 0;
    const amount = Math.round(Math.exp(3 + 0.025 * (age - 20) + 0.08 * Math.min(visits, 20) + 0.9 * member + 0.04 * years + normal(next, 0, 0.25)));
    const score = 0.025 * (age - 20) + 0.08 * Math.min(visits, 20) + 0.9 * member + 0.04 * years;
    const tier = score < 1.2 ? 'friend' : score < 2.3 ? 'patron' : 'benefactor';
    rows.push([90000 + i, age, visits, member, years, amount, tier]);
  }
  write('donations.csv', ['donor_id', 'donor_age', 'visits_per_year', 'member', 'years_member', 'gift_amount', 'tier'], rows);
}

visitors();
loans();
conservation();
digitization();
donations();
