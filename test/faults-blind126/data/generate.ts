/**
 * Writes the CSVs of blind fault set 126 (opticians and hearing-aid shops), seeded so every run
 * gives the same files: `npx tsx test/faults-blind126/data/generate.ts`.
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
const q25 = (x: number) => Math.round(x * 4) / 4;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** lens.csv: eye exams -> prescribed sphere in dioptres; a copy with "NA" axial lengths (biometer not used). */
function lens(): void {
  const next = rng(12601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704095400;
  for (let i = 0; i < 1000; i++) {
    t += 900 + Math.floor(next() * 5400);
    const store = 1 + Math.floor(next() * 7);
    const age = Math.round(clamp(normal(next, 38, 16), 8, 85));
    const axial = r2(clamp(normal(next, 23.9, 1.0), 21.5, 27.5));
    const k = r2(clamp(normal(next, 43.5, 1.4), 39.5, 48));
    const screen = r1(clamp(normal(next, 6, 2.5), 0, 14));
    const outdoor = r1(clamp(Math.exp(normal(next, 0.3, 0.6)), 0, 8));
    const parents = Math.floor(next() * 3);
    const sph = q25(clamp(-2.4 * (axial - 23.9) - 0.35 * (k - 43.5) - 0.12 * (screen - 6) + 0.25 * (outdoor - 1.5) - 0.4 * parents + 0.015 * (age - 38) + normal(next, 0, 0.3), -12, 8));
    out.push(sph);
    const row: (string | number)[] = [`EX-${310000 + i}`, stamp(t), `OPT-${String(store).padStart(2, '0')}`, age, axial, k, screen, outdoor, parents, sph];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['exam_id', 'exam_ts', 'store_id', 'age_y', 'axial_length_mm', 'keratometry_d', 'screen_h_day', 'outdoor_h_day', 'myopic_parents', 'sphere_d'];
  write('lens.csv', header, rows);
  write('lens-na.csv', header, na);
  console.log('sphere d', stats(out));
}

/** product.csv: customer profile -> product line (single vision / varifocal / contacts / hearing aid / rare cochlear referral); the till number has no effect. */
function product(): void {
  const next = rng(12602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const line = u < 0.34 ? 'single_vision' : u < 0.58 ? 'varifocal' : u < 0.78 ? 'contacts' : u < 0.96 ? 'hearing_aid' : 'cochlear_referral';
    counts[line] = (counts[line] ?? 0) + 1;
    const age = Math.round(clamp(line === 'varifocal' ? normal(next, 58, 8) : line === 'contacts' ? normal(next, 28, 7) : line === 'single_vision' ? normal(next, 35, 14) : line === 'hearing_aid' ? normal(next, 71, 8) : normal(next, 66, 12), 6, 95));
    const loss = Math.round(clamp(line === 'hearing_aid' ? normal(next, 52, 10) : line === 'cochlear_referral' ? normal(next, 88, 6) : normal(next, 14, 7), 0, 120));
    const sphere = r2(line === 'hearing_aid' || line === 'cochlear_referral' ? normal(next, 0, 0.5) : normal(next, line === 'contacts' ? -3.5 : -1.5, 1.5));
    const add = line === 'varifocal' ? r2(clamp(normal(next, 2.0, 0.4), 0.75, 3.5)) : 0;
    const invoice = Math.round(clamp(line === 'hearing_aid' ? normal(next, 240000, 60000) : line === 'cochlear_referral' ? normal(next, 9000, 3000) : line === 'varifocal' ? normal(next, 52000, 15000) : line === 'contacts' ? normal(next, 9000, 3000) : normal(next, 21000, 8000), 1500, 600000));
    const fitting = Math.round(clamp(line === 'hearing_aid' ? normal(next, 75, 15) : line === 'cochlear_referral' ? normal(next, 40, 10) : line === 'contacts' ? normal(next, 35, 8) : normal(next, 20, 6), 5, 180));
    const till = 1 + Math.floor(next() * 6);
    rows.push([`CU-${52000 + i * 3}`, age, loss, sphere, add, invoice, fitting, till, line]);
  }
  write('product.csv', ['customer_id', 'age_y', 'hearing_loss_db', 'sphere_d', 'near_add_d', 'invoice_cents', 'fitting_min', 'till_no', 'product_line'], rows);
  console.log('product lines', counts);
}

/** returned.csv: hearing-aid fittings -> a rare "returned device" flag within the trial; the device serial has no effect. */
function returned(): void {
  const next = rng(12603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const age = Math.round(clamp(normal(next, 72, 9), 45, 98));
    const loss = Math.round(clamp(normal(next, 50, 12), 20, 95));
    const fitting = Math.round(clamp(normal(next, 70, 20), 20, 160));
    const battery = r1(clamp(normal(next, 120, 40), 10, 250));
    const followups = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const price = Math.round(clamp(Math.exp(normal(next, 12.3, 0.4)), 60000, 900000));
    const first = next() < 0.55 ? 1 : 0;
    const serial = 4000000 + Math.floor(next() * 5000000);
    const z = -3.4 + 0.9 * first - 0.03 * (fitting - 70) - 0.012 * (battery - 120) - 0.7 * followups + 0.04 * (loss - 50) + 0.9 * (Math.log(price) - 12.3);
    const ret = next() < sigmoid(z) ? 1 : 0;
    pos += ret;
    rows.push([`HA-${String(1 + (i % 7)).padStart(2, '0')}`, 1704095400 + i * 4100, age, loss, fitting, battery, followups, price, first, serial, ret]);
  }
  write('returned.csv', ['store_id', 'appointment_epoch', 'age_y', 'hearing_loss_db', 'fitting_min', 'battery_h', 'follow_ups', 'price_cents', 'first_aid', 'device_serial', 'returned'], rows);
  console.log('returned', pos, '/ 1100');
}

/** invoice.csv: semicolon export with decimal commas -> invoice amount in cents (skewed). */
function invoice(): void {
  const next = rng(12604);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const frames = 1 + (next() < 0.2 ? 1 : 0);
    const idx = [1.5, 1.6, 1.67, 1.74][Math.floor(clamp(Math.exp(normal(next, 0, 0.6)) - 0.5, 0, 3.99))];
    const coating = Math.floor(next() * 3);
    const vari = next() < 0.35 ? 1 : 0;
    const framePrice = Math.round(clamp(Math.exp(normal(next, 4.6, 0.5)), 29, 900));
    const insurance = r2(clamp(next() < 0.4 ? normal(next, 0.5, 0.15) : 0, 0, 0.9));
    const cents = Math.round(clamp(100 * (frames * framePrice + (60 + 220 * (idx - 1.5) * 4) * (1 + 1.6 * vari) + 35 * coating) * (1 - 0.3 * insurance) * Math.exp(normal(next, 0, 0.05)), 2000, 500000));
    out.push(cents);
    rows.push([`INV-${90000 + i}`, frames, dc(idx), coating, vari, framePrice, dc(insurance), cents]);
  }
  write('invoice.csv', ['invoice_id', 'frames', 'lens_index', 'coating_tier', 'varifocal', 'frame_price_eur', 'insurance_share', 'invoice_cents'], rows, ';');
  console.log('invoice cents', stats(out));
}

/** waiting.csv: tab-separated store-day log -> frames sold per day and skewed waiting days for an audiology slot. */
function waiting(): void {
  const next = rng(12605);
  const rows: (string | number)[][] = [], wd: number[] = [], fr: number[] = [];
  for (let i = 0; i < 900; i++) {
    const store = 1 + Math.floor(next() * 7);
    const dow = Math.floor(next() * 6);
    const staff = 1 + Math.floor(next() * 5);
    const audiologists = Math.floor(next() * 3) + (next() < 0.3 ? 1 : 0);
    const footfall = Math.round(clamp(normal(next, 120 + 30 * (dow === 5 ? 1 : 0), 35), 20, 300));
    const promo = next() < 0.2 ? 1 : 0;
    const referrals = Math.round(clamp(Math.exp(normal(next, 2, 0.5)), 1, 60));
    const frames = Math.round(clamp(0.06 * footfall * (1 + 0.5 * promo) + 1.2 * staff + normal(next, 0, 0.8), 0, 60));
    const wait = r1(clamp(Math.exp(0.6 + 0.9 * Math.log(referrals) - 0.6 * audiologists + normal(next, 0, 0.12)), 0.5, 120));
    wd.push(wait); fr.push(frames);
    rows.push([`OPT-${String(store).padStart(2, '0')}`, `2024-${String(1 + Math.floor(i / 75)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, dow, staff, audiologists, footfall, promo, referrals, frames, wait]);
  }
  write('waiting.csv', ['store_id', 'date', 'weekday', 'staff', 'audiologists', 'footfall', 'promo', 'referrals', 'frames_sold', 'waiting_days'], rows, '\t');
  console.log('waiting days', stats(wd), 'frames', stats(fr));
}

lens();
product();
returned();
invoice();
waiting();
