/**
 * Writes the CSVs of blind fault set 163 (tyre shops and retreading plants), seeded so every run
 * gives the same files: `npx tsx test/faults-blind163/data/generate.ts`.
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

/** tread.csv: shop inspections -> remaining tread depth in mm (also in 32nds); a copy with "NA" pressures. */
function tread(): void {
  const next = rng(16301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1714550400;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const shop = 1 + Math.floor(next() * 7);
    const km = Math.round(clamp(Math.exp(normal(next, 10.2, 0.6)), 1000, 95000));
    const psi = r1(clamp(normal(next, 33, 4), 20, 45));
    const load = 80 + Math.floor(next() * 30);
    const align = next() < 0.25 ? 1 : 0;
    const mm = r2(clamp(8.5 - km / 11000 - 0.06 * Math.abs(psi - 34) - 1.2 * align - 0.02 * (load - 90) + normal(next, 0, 0.35), 1.2, 9));
    out.push(mm);
    const row: (string | number)[] = [`INSP-${31000 + i}`, stamp(t), `SHOP-${String(shop).padStart(2, '0')}`, km, psi, r1(psi * 6.89476), load, align, mm, Math.round(mm / 0.79375)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['inspection_id', 'inspected_at', 'shop_id', 'km_since_fit', 'pressure_psi', 'pressure_kpa', 'load_index', 'misaligned', 'tread_mm', 'tread_32nds'];
  write('tread.csv', header, rows);
  write('tread-na.csv', header, na);
  console.log('tread mm', stats(out));
}

/** sizes.csv: fitment records -> tyre size class (seven, one rare); the bay number has no effect. */
function sizes(): void {
  const next = rng(16302);
  const classes = [
    ['195/65R15', 0.24, 1250, 15, 195], ['205/55R16', 0.22, 1350, 16, 205], ['225/45R17', 0.16, 1450, 17, 225],
    ['235/65R17', 0.14, 1900, 17, 235], ['265/70R16', 0.1, 2200, 16, 265], ['275/55R20', 0.1, 2500, 20, 275], ['LT315/75R16', 0.04, 3200, 16, 315],
  ] as const;
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1200; i++) {
    let u = next(), k = 0;
    while (k < classes.length - 1 && u > classes[k][1]) { u -= classes[k][1]; k++; }
    const [name, , kg, rim, width] = classes[k];
    counts[name] = (counts[name] ?? 0) + 1;
    const mass = Math.round(clamp(normal(next, kg, kg * 0.08), 800, 4500));
    const wheel = r1(rim + normal(next, 0, 0.15));
    const tread = Math.round(width + normal(next, 0, 6));
    const price = r2(clamp(normal(next, 60 + width * 0.5 + rim * 4, 15), 40, 600));
    const bay = 1 + Math.floor(next() * 8);
    rows.push([`FIT-${500000 + i * 3}`, mass, wheel, tread, price, bay, name]);
  }
  write('sizes.csv', ['fitment_id', 'vehicle_kg', 'rim_in', 'section_mm', 'unit_price_usd', 'bay', 'tyre_size'], rows);
  console.log('sizes', counts);
}

/** casing.csv: retread plant casing inspections -> rare casing failure flag; the barcode has no effect. */
function casing(): void {
  const next = rng(16303);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const age = Math.round(clamp(Math.exp(normal(next, 6.8, 0.5)), 60, 4000));
    const retreads = Math.floor(next() * 4);
    const cure = Math.round(clamp(normal(next, 150, 25), 80, 260));
    const temp = r1(clamp(normal(next, 120, 6), 100, 145));
    const kpa = Math.round(clamp(normal(next, 830, 60), 600, 1000));
    const crack = r1(clamp(Math.exp(normal(next, 0, 0.8)), 0, 30));
    const barcode = 4000000 + Math.floor(next() * 5000000);
    const z = -4 + 0.0012 * (age - 900) + 0.7 * retreads + 0.015 * (cure - 150) + 0.12 * (temp - 120) + 0.18 * crack;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([`CAS-${String(i).padStart(5, '0')}`, 1717200000 + i * 2600, age, retreads, cure, temp, kpa, crack, barcode, fail]);
  }
  write('casing.csv', ['casing_id', 'received_epoch', 'casing_age_days', 'retreads', 'cure_min', 'cure_temp_c', 'inflation_kpa', 'crack_len_mm', 'barcode', 'casing_failure'], rows);
  console.log('casing failure', pos, '/ 1100');
}

/** invoice.csv: semicolon export with decimal commas -> skewed invoice totals in dollars. */
function invoice(): void {
  const next = rng(16304);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const tyres = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3);
    const fleet = next() < 0.2 ? 1 : 0;
    const unit = r2(clamp(Math.exp(normal(next, 5.1, 0.35)), 60, 700));
    const labour = r1(clamp(normal(next, 0.4 * tyres + 0.5, 0.3), 0.2, 30));
    const align = next() < 0.3 ? 1 : 0;
    const total = r2(clamp((tyres * unit + labour * 95 + align * 120) * (fleet ? 0.85 : 1) * Math.exp(normal(next, 0, 0.04)), 80, 60000));
    out.push(total);
    rows.push([`INV-${90000 + i}`, tyres, fleet, dc(unit), dc(labour), align, dc(total), Math.round(total * 100)]);
  }
  write('invoice.csv', ['invoice_no', 'tyres', 'fleet', 'unit_price_usd', 'labour_h', 'alignment', 'total_usd', 'total_cents'], rows, ';');
  console.log('invoice usd', stats(out));
}

/** cure.csv: tab-separated press log -> cure minutes (hundreds); the press operator has no effect. */
function cure(): void {
  const next = rng(16305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const depth = r1(clamp(normal(next, 16, 3), 8, 26));
    const width = Math.round(clamp(normal(next, 290, 25), 215, 385));
    const temp = r1(clamp(normal(next, 125, 5), 110, 140));
    const compound = Math.floor(next() * 3);
    const op = 1 + Math.floor(next() * 15);
    const mins = Math.round(clamp(40 + 7.5 * depth + 0.15 * width - 3 * (temp - 125) + 15 * compound + normal(next, 0, 6), 60, 500));
    out.push(mins);
    rows.push([`PRS-${String(1 + (i % 6))}`, depth, width, temp, compound, op, mins]);
  }
  write('cure.csv', ['press', 'tread_depth_32nds', 'casing_width_mm', 'mould_temp_c', 'compound', 'operator', 'cure_min'], rows, '\t');
  console.log('cure min', stats(out));
}

tread();
sizes();
casing();
invoice();
cure();
