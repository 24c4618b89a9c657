/**
 * Writes the CSVs of fault set blind298 (pretzel and bagel bakeries), seeded from 298.
 * Run once: npx tsx test/faults-blind298/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. batches.csv: one row per dough batch from the production log; quality grade from QA.
{
  const next = rng(298);
  const rows: string[] = ['batch_id,baked_at,product,flour_kg,hydration_pct,proof_min,proof_temp_c,dip_sec,lye_pct,oven_temp_c,bake_min,shift_code,defect,grade'];
  for (let i = 0; i < 420; i++) {
    const pretzel = next() < 0.45;
    const flour = r2(clamp(Math.exp(normal(next, Math.log(25), 0.45)), 5, 120), 1); // skewed
    const hydration = r2(clamp(normal(next, pretzel ? 58 : 60, 3), 50, 70), 1);
    const proofTemp = r2(clamp(normal(next, 26, 2.5), 20, 33), 1);
    const proof = Math.round(clamp(normal(next, 55 - (proofTemp - 26) * 3, 12), 15, 110)); // collinear with temp
    const dip = Math.round(clamp(normal(next, pretzel ? 25 : 60, 8), 5, 120));
    const lye = pretzel ? r2(clamp(normal(next, 3.5, 0.6), 1.5, 5.5), 2) : 0;
    const oven = Math.round(clamp(normal(next, pretzel ? 215 : 230, 8), 190, 260));
    const bake = r2(clamp(normal(next, pretzel ? 14 : 20, 2.5), 8, 30), 1);
    const shift = Math.floor(next() * 3) + 1; // no effect
    // latent over/under proof and over-bake
    const proofIdx = (proof - 55) / 12 + (proofTemp - 26) / 2.5 * 0.8 + (hydration - 59) / 3 * 0.4;
    const burnIdx = (oven - 222) / 8 * 0.9 + (bake - 17) / 2.5 * 0.9 - 1.7;
    let grade = 'good';
    if (burnIdx + normal(next, 0, 0.35) > 1.2) grade = 'burnt';
    else if (proofIdx + normal(next, 0, 0.4) > 1.0) grade = 'overproofed';
    else if (proofIdx + normal(next, 0, 0.4) < -1.1) grade = 'underproofed';
    const defect = next() < sigmoid(1.6 * Math.abs(proofIdx) + 1.2 * Math.max(0, burnIdx) - 2.6 + (pretzel ? (Math.abs(lye - 3.5) * 0.8) : 0)) ? 1 : 0;
    const day = 1 + (i % 28), hour = 3 + (i % 5);
    rows.push([`B${(10000 + i * 7).toString()}`, `2024-03-${String(day).padStart(2, '0')}T0${hour}:15`, pretzel ? 'pretzel' : 'bagel',
      flour, hydration, proof, proofTemp, dip, lye, oven, bake, shift, defect, grade].join(','));
  }
  write('batches.csv', rows.join('\n') + '\n');
  // copy with missing-value markers from the handheld logger
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 5) return line;
    const cells = line.split(',');
    cells[i % 2 === 0 ? 5 : 6] = i % 3 === 0 ? 'NA' : '';
    return cells.join(',');
  });
  write('batches-gaps.csv', gaps.join('\n') + '\n');
}

// 2. sales.csv: daily shop sales per store (units sold of bagels), raw units.
{
  const next = rng(298 * 7 + 1);
  const rows: string[] = ['date,store,dow,weekend,temp_c,rain_mm,holiday,promo,price_eur,foot_traffic,last_week_units,units_sold,waste_kg'];
  for (let i = 0; i < 480; i++) {
    const store = 1 + (i % 4);
    const dow = i % 7;
    const weekend = dow >= 5 ? 1 : 0;
    const temp = r2(normal(next, 14, 7), 1);
    const rain = r2(next() < 0.6 ? 0 : Math.exp(normal(next, 1.2, 1.0)), 1); // zero-inflated, skewed
    const holiday = next() < 0.05 ? 1 : 0;
    const promo = next() < 0.2 ? 1 : 0;
    const price = r2(clamp(normal(next, 1.6, 0.15) - promo * 0.3, 0.9, 2.2), 2);
    const traffic = Math.round(Math.exp(normal(next, Math.log(1800), 0.35)) * (1 + 0.4 * weekend));
    const base = 0.35 * traffic + 220 * weekend + 300 * holiday + 180 * promo - 400 * (price - 1.6) - 12 * rain - 3 * Math.abs(temp - 16);
    const units = Math.round(clamp(base + normal(next, 0, 50), 80, 3000));
    const lastWeek = Math.round(clamp(units + normal(next, 0, 90), 50, 3200)); // collinear
    const waste = r2(clamp(0.02 * units * (1 - promo * 0.5) + 2 * rain / 5 + normal(next, 3, 2), 0, 80), 1);
    const date = new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 4)));
    rows.push([date.toISOString().slice(0, 10), `S${store}`, dow, weekend, temp, rain, holiday, promo, price, traffic, lastWeek, units, waste].join(','));
  }
  write('sales.csv', rows.join('\n') + '\n');
  // The accountant's German Excel export: semicolons, decimal commas.
  const eu = rows.map((line) => line.split(',').map((c) => c.replace('.', ',')).join(';'));
  // dates contain no '.', prices become 1,55 etc.
  write('sales-eu.csv', eu.join('\n') + '\n');
}

// 3. ovens.csv (tab-separated export from the oven controller): deck oven readings, steam fault 0/1.
{
  const next = rng(298 * 13 + 5);
  const rows: string[] = ['reading_id\tdeck\tset_temp_c\tactual_temp_c\tsteam_ml\thumidity_pct\tdoor_opens\tload_trays\tsteam_fault'];
  for (let i = 0; i < 360; i++) {
    const deck = 1 + (i % 3);
    const set = Math.round(normal(next, 225, 12));
    const actual = r2(set + normal(next, 0, 4), 1);
    const steam = Math.round(clamp(normal(next, 300, 80), 60, 600));
    const hum = r2(clamp(20 + steam * 0.12 + normal(next, 0, 6), 5, 95), 1);
    const doors = Math.round(clamp(Math.exp(normal(next, 1.2, 0.6)), 0, 30));
    const trays = Math.round(clamp(normal(next, 6, 2), 1, 12));
    // fault: XOR-like interaction: low steam with high load, or high humidity with many door opens
    const z = 1.5 * ((steam < 260 ? 1 : 0) * (trays > 6 ? 1 : 0) + (hum > 60 ? 1 : 0) * (doors > 4 ? 1 : 0)) - 0.8 + normal(next, 0, 0.3);
    const fault = z > 0 ? 1 : 0;
    rows.push([`R-${5000 + i}`, deck, set, actual, steam, hum, doors, trays, fault].join('\t'));
  }
  write('ovens.csv', rows.join('\n') + '\n');
}
