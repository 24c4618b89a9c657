/**
 * Writes the CSVs of blind fault set 140 (funeral homes and cemeteries), seeded so every run gives the
 * same files: `npx tsx test/faults-blind140/data/generate.ts`.
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

/** attendance.csv: services -> attendance (people); a copy with "NA" obituary views (web-counter gaps). */
function attendance(): void {
  const next = rng(14001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 30000);
    const branch = 1 + Math.floor(next() * 7);
    const age = Math.round(clamp(normal(next, 76, 13), 18, 104));
    const family = Math.round(clamp(Math.exp(normal(next, 2.3, 0.5)), 2, 60));
    const views = Math.round(clamp(Math.exp(normal(next, 6, 0.9)), 20, 40000));
    const days = Math.round(clamp(Math.exp(normal(next, 1.9, 0.4)), 2, 30));
    const church = next() < 0.45 ? 1 : 0;
    const weekend = next() < 0.3 ? 1 : 0;
    const stream = next() < 0.35 ? 1 : 0;
    const att = Math.round(clamp(15 + 2.2 * family + 14 * Math.log(views) - 0.35 * (age - 76) + 25 * church + 18 * weekend - 12 * stream + normal(next, 0, 8), 5, 900));
    out.push(att);
    const row: (string | number)[] = [`SVC-${31000 + i}`, stamp(t), `BR-${String(branch).padStart(2, '0')}`, age, family, views, days, church, weekend, stream, att];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['service_id', 'booked_at', 'branch_id', 'age_at_death', 'family_size', 'obituary_views', 'days_to_service', 'church', 'weekend', 'livestream', 'attendance'];
  write('attendance.csv', header, rows);
  write('attendance-na.csv', header, na);
  console.log('attendance', stats(out));
}

/** service.csv: arrangement features -> service type (burial/cremation/memorial/green/rare repatriation); hymn number has no effect. */
function service(): void {
  const next = rng(14002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.34 ? 'burial' : u < 0.72 ? 'cremation' : u < 0.88 ? 'memorial' : u < 0.96 ? 'green' : 'repatriation';
    counts[type] = (counts[type] ?? 0) + 1;
    const kg = r1(clamp(type === 'burial' ? normal(next, 85, 12) : type === 'green' ? normal(next, 25, 6) : type === 'repatriation' ? normal(next, 110, 10) : type === 'cremation' ? normal(next, 18, 5) : normal(next, 2, 2), 0, 160));
    const plot = Math.round(clamp(type === 'burial' ? normal(next, 4200, 1200) : type === 'green' ? normal(next, 2600, 600) : type === 'cremation' ? normal(next, 300, 250) : 0, 0, 12000));
    const urn = type === 'cremation' ? (next() < 0.9 ? 1 : 0) : type === 'memorial' ? (next() < 0.5 ? 1 : 0) : 0;
    const embalm = type === 'burial' || type === 'repatriation' ? (next() < 0.85 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    const flights = type === 'repatriation' ? 1 + Math.floor(next() * 3) : next() < 0.03 ? 1 : 0;
    const hymn = 1 + Math.floor(next() * 700);
    rows.push([`ARR-${50000 + i * 3}`, r1(clamp(normal(next, 74, 14), 0, 105)), kg, r1(kg * 2.20462), plot, urn, embalm, flights, hymn, type]);
  }
  write('service.csv', ['arrangement_id', 'age_at_death', 'casket_kg', 'casket_lb', 'plot_price_usd', 'urn', 'embalming', 'flights', 'hymn_number', 'service_type'], rows);
  console.log('service types', counts);
}

/** complaint.csv: services -> a rare complaint flag; the ledger page has no effect. */
function complaint(): void {
  const next = rng(14003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const wait = r1(clamp(Math.exp(normal(next, 2.2, 0.6)), 1, 180));
    const days = Math.round(clamp(Math.exp(normal(next, 1.9, 0.45)), 2, 40));
    const staff = 2 + Math.floor(next() * 6);
    const invoice = r2(clamp(Math.exp(normal(next, 8.9, 0.45)), 1500, 60000));
    const hearseLate = next() < 0.08 ? 1 : 0;
    const nameError = next() < 0.04 ? 1 : 0;
    const ledger = 1000 + Math.floor(next() * 9000);
    const z = -3.4 + 0.06 * (wait - 10) + 0.1 * (days - 7) - 0.35 * (staff - 4) + 2.2 * hearseLate + 3.0 * nameError + 0.6 * (Math.log(invoice) - 8.9);
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([`BR-${String(1 + (i % 7)).padStart(2, '0')}`, 1704100000 + i * 26000, wait, days, staff, invoice, hearseLate, nameError, ledger, c]);
  }
  write('complaint.csv', ['branch_id', 'service_epoch', 'wait_min', 'days_to_service', 'staff_on_duty', 'invoice_usd', 'hearse_late', 'name_misspelt', 'ledger_page', 'complaint'], rows);
  console.log('complaints', pos, '/ 1200');
}

/** plots.csv: semicolon export with decimal commas -> cemetery plot price in dollars. */
function plots(): void {
  const next = rng(14004);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const area = r2(clamp(normal(next, 2.8, 0.7), 1.2, 6));
    const gate = Math.round(clamp(Math.exp(normal(next, 5, 0.7)), 10, 2000));
    const shade = r2(next());
    const depth = next() < 0.25 ? 2 : 1;
    const section = 1 + Math.floor(next() * 12);
    const year = 2015 + Math.floor(next() * 10);
    const price = Math.round(clamp(area * 900 * depth * (1 + 0.4 * shade) * Math.exp(-0.0005 * gate) * (1 + 0.03 * (year - 2015)) * Math.exp(normal(next, 0, 0.06)), 400, 40000));
    out.push(price);
    rows.push([`PLT-${section}-${100 + i}`, dc(area), gate, dc(shade), depth, section, year, price]);
  }
  write('plots.csv', ['plot_ref', 'area_m2', 'distance_to_gate_m', 'shade', 'depth_slots', 'section', 'year_sold', 'price_usd'], rows, ';');
  console.log('plot usd', stats(out));
}

/** invoice.csv: tab-separated billing export -> skewed invoice totals in dollars and cents (and integer cents). */
function invoice(): void {
  const next = rng(14005);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const kg = r1(clamp(normal(next, 60, 30), 5, 140));
    const cars = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const flowers = r2(clamp(Math.exp(normal(next, 5.5, 0.7)), 0, 5000));
    const embalm = next() < 0.55 ? 1 : 0;
    const hours = r1(clamp(normal(next, 3, 1.5), 0, 10));
    const usd = r2(clamp(1800 + 28 * kg + 450 * cars + 1.1 * flowers + 700 * embalm + 180 * hours + normal(next, 0, 250), 900, 30000));
    out.push(usd);
    rows.push([`INV-${880000 + i}`, kg, r1(kg * 2.20462), cars, flowers, embalm, hours, usd, Math.round(usd * 100)]);
  }
  write('invoice.csv', ['invoice_no', 'casket_kg', 'casket_lb', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours', 'total_usd', 'total_cents'], rows, '\t');
  console.log('invoice usd', stats(out));
}

attendance();
service();
complaint();
plots();
invoice();
