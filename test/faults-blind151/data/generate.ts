/**
 * Writes the CSVs of blind fault set 151 (bakeries and flour mills), seeded so every run gives the
 * same files: `npx tsx test/faults-blind151/data/generate.ts`.
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

/** loaves.csv: bake log -> loaf type (baguette/sourdough/rye/brioche/rare stollen); a copy with "NA" hydration cells. */
function loaves(): void {
  const next = rng(15101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  let t = 1735700000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const u = next();
    const type = u < 0.32 ? 'baguette' : u < 0.6 ? 'sourdough' : u < 0.78 ? 'rye' : u < 0.96 ? 'brioche' : 'stollen';
    counts[type] = (counts[type] ?? 0) + 1;
    const hyd = r1(clamp(type === 'baguette' ? normal(next, 68, 2.5) : type === 'sourdough' ? normal(next, 78, 3) : type === 'rye' ? normal(next, 84, 3) : type === 'brioche' ? normal(next, 58, 3) : normal(next, 55, 3), 45, 95));
    const ovenC = Math.round(clamp(type === 'baguette' ? normal(next, 245, 6) : type === 'sourdough' ? normal(next, 235, 7) : type === 'rye' ? normal(next, 220, 8) : type === 'brioche' ? normal(next, 180, 6) : normal(next, 170, 6), 150, 270));
    const proof = Math.round(clamp(type === 'sourdough' ? normal(next, 300, 60) : type === 'rye' ? normal(next, 150, 30) : type === 'stollen' ? normal(next, 120, 20) : normal(next, 75, 15), 20, 600));
    const protein = r1(clamp(type === 'rye' ? normal(next, 9, 0.8) : type === 'brioche' || type === 'stollen' ? normal(next, 11, 0.7) : normal(next, 12.5, 0.8), 7, 15));
    const sugar = r1(clamp(type === 'brioche' ? normal(next, 12, 2) : type === 'stollen' ? normal(next, 18, 3) : normal(next, 1, 0.7), 0, 30));
    const weight = Math.round(clamp(type === 'baguette' ? normal(next, 350, 20) : normal(next, 800, 120), 200, 1500));
    const oven = 1 + Math.floor(next() * 6);
    const row: (string | number)[] = [`B-${51000 + i}`, stamp(t), `OV-${oven}`, hyd, ovenC, Math.round(ovenC * 9 / 5 + 32), proof, protein, sugar, weight, type];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'baked_at', 'oven_id', 'hydration_pct', 'oven_c', 'oven_f', 'proof_min', 'flour_protein_pct', 'sugar_pct', 'dough_g', 'loaf_type'];
  write('loaves.csv', header, rows);
  write('loaves-na.csv', header, na);
  console.log('loaves', counts);
}

/** burnt.csv: oven runs -> rare burnt batch flag; the tray serial has no effect. */
function burnt(): void {
  const next = rng(15102);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const ovenF = Math.round(clamp(normal(next, 450, 25), 350, 540));
    const bake = Math.round(clamp(normal(next, 35, 8), 12, 70));
    const sugar = r1(clamp(Math.exp(normal(next, 1, 0.9)), 0, 30));
    const shelf = 1 + Math.floor(next() * 5);
    const humidity = Math.round(clamp(normal(next, 55, 15), 15, 95));
    const load = Math.round(clamp(normal(next, 40, 15), 5, 90));
    const z = -4.2 + 0.06 * (ovenF - 450) + 0.12 * (bake - 35) + 0.12 * sugar + 0.5 * (shelf - 3) - 0.02 * (humidity - 55);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`RUN-${90000 + i}`, ovenF, bake, sugar, shelf, humidity, load, 700000 + Math.floor(next() * 99999), y]);
  }
  write('burnt.csv', ['run_id', 'oven_f', 'bake_min', 'sugar_pct', 'shelf', 'humidity_pct', 'tray_load', 'tray_serial', 'burnt'], rows);
  console.log('burnt', pos, '/ 1200');
}

/** orders.csv: semicolon export with decimal commas; wholesale orders in kg, skewed (a few supermarket chains). */
function orders(): void {
  const next = rng(15103);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const shops = Math.round(clamp(Math.exp(normal(next, 1.5, 1.0)), 1, 400));
    const dist = r1(clamp(normal(next, 40, 25), 1, 200));
    const price = r2(clamp(normal(next, 0.85, 0.12), 0.5, 1.4));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const contract = Math.round(clamp(normal(next, 3, 2), 0, 12));
    const kg = Math.round(clamp(shops * 55 * Math.exp(-1.2 * (price - 0.85) + 0.25 * weekend + 0.04 * contract + normal(next, 0, 0.15)), 20, 60000));
    out.push(kg);
    rows.push([`CUST-${3000 + i}`, shops, String(dist).replace('.', ','), String(price).replace('.', ','), weekend, contract, kg]);
  }
  write('orders.csv', ['customer_id', 'shops', 'distance_km', 'price_eur_kg', 'weekend', 'contract_years', 'order_kg'], rows, ';');
  console.log('orders kg', stats(out));
}

/** rise.csv: tab-separated proofing log -> loaf volume in ml (and in litres). */
function rise(): void {
  const next = rng(15104);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const hyd = r1(clamp(normal(next, 70, 6), 55, 90));
    const proof = Math.round(clamp(normal(next, 90, 30), 20, 200));
    const yeast = r1(clamp(normal(next, 10, 3), 2, 20));
    const room = r1(clamp(normal(next, 25, 3), 16, 34));
    const protein = r1(clamp(normal(next, 12, 1), 9, 15));
    const vol = Math.round(clamp(1400 + 22 * (hyd - 70) + 900 * Math.tanh((proof * yeast * (room / 25)) / 900 - 1) + 60 * (protein - 12) + normal(next, 0, 60), 500, 3500));
    out.push(vol);
    rows.push([`P-${i + 1}`, hyd, proof, yeast, room, protein, vol, r2(vol / 1000)]);
  }
  write('rise.csv', ['proof_id', 'hydration_pct', 'proof_min', 'yeast_g', 'room_c', 'flour_protein_pct', 'volume_ml', 'volume_l'], rows, '\t');
  console.log('volume ml', stats(out));
}

/** mill.csv: roller mill log -> flour protein % and extraction rate %; mill speed in rpm, sieve in micrometres. */
function mill(): void {
  const next = rng(15105);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1735700000;
  for (let i = 0; i < 900; i++) {
    t += 3600 + Math.floor(next() * 600);
    const wheatProt = r1(clamp(normal(next, 12, 1.3), 8, 16));
    const moisture = r1(clamp(normal(next, 15, 1), 12, 18));
    const gap = r2(clamp(normal(next, 0.3, 0.08), 0.1, 0.6));
    const rpm = Math.round(clamp(normal(next, 550, 60), 350, 750));
    const sieve = Math.round(clamp(normal(next, 180, 30), 100, 300));
    const ext = r1(clamp(72 + 40 * (gap - 0.3) + 0.05 * (sieve - 180) - 1.5 * (moisture - 15) + 0.01 * (rpm - 550) + normal(next, 0, 0.8), 55, 90));
    const prot = r2(clamp(wheatProt - 0.8 + 0.06 * (ext - 72) + normal(next, 0, 0.2), 6, 16));
    out.push(ext);
    rows.push([stamp(t), `MILL-${1 + (i % 3)}`, wheatProt, moisture, gap, rpm, sieve, ext, prot]);
  }
  write('mill.csv', ['logged_at', 'mill_id', 'wheat_protein_pct', 'moisture_pct', 'roller_gap_mm', 'mill_rpm', 'sieve_um', 'extraction_pct', 'flour_protein_pct'], rows);
  console.log('extraction', stats(out));
}

loaves();
burnt();
orders();
rise();
mill();
