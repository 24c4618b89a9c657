/**
 * Writes the CSVs of blind fault set 139 (dairy processing and cheese making), seeded so every run
 * gives the same files: `npx tsx test/faults-blind139/data/generate.ts`.
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
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');
const dc = (x: number) => String(x).replace('.', ',');

/** collection.csv: tanker collection log -> milk fat %; a copy with "NA" temperatures (probe dropouts). */
function collection(): void {
  const next = rng(13901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1719792000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const tank = 1 + Math.floor(next() * 14);
    const jersey = next() < 0.25 ? 1 : 0;
    const dim = Math.round(clamp(normal(next, 160, 80), 5, 330));
    const herd = Math.round(clamp(Math.exp(normal(next, 4.8, 0.6)), 20, 2500));
    const tc = r1(clamp(normal(next, 4.2, 1.1), 1, 9));
    const scc = Math.round(clamp(Math.exp(normal(next, 5.2, 0.6)), 40, 2500));
    const protein = r2(clamp(3.1 + 0.5 * jersey + 0.0025 * dim + normal(next, 0, 0.12), 2.6, 4.6));
    const fat = r2(clamp(3.6 + 1.2 * jersey + 0.004 * dim + 0.6 * (protein - 3.5) - 0.0002 * scc + normal(next, 0, 0.12), 2.5, 6.5));
    const row: (string | number)[] = [`COL-${51000 + i}`, stamp(t), `TANK-${String(tank).padStart(2, '0')}`, herd, tc, r1(tc * 1.8 + 32), dim, jersey, scc, protein, fat];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['collection_id', 'collected_at', 'tank_id', 'herd_size', 'milk_temp_c', 'milk_temp_f', 'days_in_milk', 'jersey', 'scc_k_per_ml', 'protein_pct', 'fat_pct'];
  write('collection.csv', header, rows);
  write('collection-na.csv', header, na);
}

/** cheese.csv: vat records -> cheese type (cheddar/mozzarella/gouda/brie/rare blue); operator badge has no effect. */
function cheese(): void {
  const next = rng(13902);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'cheddar' : u < 0.58 ? 'mozzarella' : u < 0.78 ? 'gouda' : u < 0.96 ? 'brie' : 'blue';
    const p: Record<string, number[]> = { // vat °C, curd pH, cook min, salt %, ripening days, moisture %
      cheddar: [38.5, 5.35, 45, 1.8, 270, 37], mozzarella: [41, 5.2, 25, 1.2, 3, 52], gouda: [34, 5.6, 35, 2.0, 150, 41],
      brie: [32, 4.7, 10, 1.6, 45, 50], blue: [30.5, 4.9, 15, 3.2, 90, 44],
    };
    const [vt, ph, cook, salt, ripe, moist] = p[type];
    const vat = r1(normal(next, vt, 1.0));
    rows.push([`VAT-${String(1 + (i % 6))}`, r1(vat * 1.8 + 32), vat, r2(normal(next, ph, 0.08)), Math.round(clamp(normal(next, cook, 5), 3, 90)),
      r2(clamp(normal(next, salt, 0.2), 0.5, 4.5)), Math.round(clamp(ripe * Math.exp(normal(next, 0, 0.35)), 1, 900)), r1(normal(next, moist, 2)),
      Math.round(clamp(normal(next, 1800, 600), 200, 4000)), 1000 + Math.floor(next() * 90), type]);
  }
  write('cheese.csv', ['vat_id', 'vat_temp_f', 'vat_temp_c', 'curd_ph', 'cook_min', 'salt_pct', 'ripening_days', 'moisture_pct', 'batch_litres', 'operator_badge', 'cheese_type'], rows);
}

/** listeria.csv: environmental swab lots -> rare listeria_positive; lot number has no effect. */
function listeria(): void {
  const next = rng(13903);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const rlu = Math.round(clamp(Math.exp(normal(next, 5.5, 1.0)), 20, 30000));
    const drain = r1(clamp(normal(next, 9, 3), 2, 20));
    const hum = r1(clamp(normal(next, 78, 8), 45, 99));
    const days = Math.floor(clamp(Math.exp(normal(next, 1.2, 0.7)), 0, 30));
    const ripe = Math.round(clamp(Math.exp(normal(next, 3.5, 1)), 1, 600));
    const brine = r1(clamp(normal(next, 20, 2.5), 12, 26));
    const z = -4.2 + 0.9 * (Math.log(rlu) - 5.5) + 0.25 * (drain - 9) + 0.08 * (hum - 78) + 0.3 * (days - 3.3) - 0.25 * (brine - 20);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([80000 + Math.floor(next() * 19999), rlu, drain, hum, days, ripe, brine, y]);
  }
  write('listeria.csv', ['lot_number', 'swab_rlu', 'drain_temp_c', 'humidity_pct', 'days_since_sanitize', 'ripening_days', 'brine_salt_pct', 'listeria_positive'], rows);
  console.log('listeria positives', pos, '/ 1100');
}

/** yield.csv: semicolon export with decimal commas -> cheese yield in kg and lb (skewed by vat size). */
function yields(): void {
  const next = rng(13904);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 850; i++) {
    const milk = Math.round(clamp(Math.exp(normal(next, 8.3, 0.7)), 500, 30000));
    const fat = r2(clamp(normal(next, 3.9, 0.4), 2.8, 5.5));
    const prot = r2(clamp(normal(next, 3.3, 0.25), 2.7, 4.2));
    const tf = r1(normal(next, 95, 4));
    const cook = Math.round(clamp(normal(next, 40, 10), 10, 80));
    const press = r1(clamp(normal(next, 8, 3), 1, 18));
    const kg = milk * (0.0109 * (0.93 * fat + prot - 0.1) / 1.0 * 1.1 / (1 - 0.38)) * (1 + 0.001 * (cook - 40) - 0.004 * (press - 8)) * Math.exp(normal(next, 0, 0.03));
    rows.push([`LOT-${3900 + i}`, milk, dc(fat), dc(prot), dc(tf), cook, dc(press), dc(r1(kg)), dc(r1(kg * 2.20462))]);
  }
  write('yield.csv', ['lot_id', 'milk_litres', 'fat_pct', 'protein_pct', 'vat_temp_f', 'cook_min', 'press_hours', 'yield_kg', 'yield_lb'], rows, ';');
}

/** scc.csv: tab-separated herd test -> somatic cell count (cells/ml, skewed) and its log; cow tag has no effect. */
function scc(): void {
  const next = rng(13905);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const parity = 1 + Math.floor(clamp(Math.exp(normal(next, 0.6, 0.5)), 0, 8));
    const dim = Math.round(clamp(normal(next, 150, 85), 5, 340));
    const yieldL = r1(clamp(normal(next, 32 - 0.03 * dim, 6), 6, 60));
    const cond = r2(clamp(normal(next, 5.0, 0.4), 3.8, 7.5));
    const udder = 1 + Math.floor(next() * 9);
    const mastitis = next() < 0.1 ? 1 : 0;
    const logScc = 4.6 + 0.15 * parity + 0.002 * dim + 1.1 * (cond - 5) + 0.9 * mastitis - 0.05 * (udder - 5) + normal(next, 0, 0.15);
    const cells = Math.round(Math.exp(logScc) * 1000);
    rows.push([`DE${String(Math.floor(next() * 1e9)).padStart(9, '0')}`, parity, dim, yieldL, cond, udder, mastitis, cells, r3(Math.log10(cells))]);
  }
  write('scc.csv', ['cow_tag', 'parity', 'days_in_milk', 'milk_yield_l', 'conductivity_ms', 'udder_score', 'clinical_mastitis', 'scc_cells_per_ml', 'log10_scc'], rows, '\t');
}

collection();
cheese();
listeria();
yields();
scc();
