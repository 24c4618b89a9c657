/**
 * Writes this set's CSVs (seeded from 249): a saffron and vanilla growing business's exports.
 * Run once: npx tsx test/faults-blind249/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r2 = (x: number, d = 2) => Number(x.toFixed(d));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

// 1. saffron_plots.csv: 320 plots in the Khorasan-style highlands, one autumn harvest each.
{
  const next = rng(249);
  const header = ['plot_id', 'harvest_date', 'corm_density', 'corm_weight_g', 'corm_circ_cm', 'altitude_m', 'autumn_rain_mm', 'soil_ph', 'irrigation_events', 'drying_temp_c', 'picker_team', 'area_ha', 'yield_kg_ha', 'lot_value_usd', 'iso_category'];
  const rows: string[] = [header.join(',')];
  const gaps: string[] = [header.join(',')];
  for (let i = 0; i < 320; i++) {
    const density = 40 + 120 * next();
    const weight = clamp(Math.exp(normal(next, Math.log(14), 0.35)), 5, 40);
    const circ = 6 + 0.38 * weight + normal(next, 0, 0.4);
    const alt = 1100 + 1200 * next();
    const rain = -Math.log(Math.max(next(), 1e-9)) * 55;
    const ph = 6.8 + 1.5 * next();
    const irr = Math.floor(next() * 9);
    const dryT = 35 + 35 * next();
    const team = 1 + Math.floor(next() * 6);
    const area = 0.2 + 1.8 * next();
    const y = clamp(1.5 + 0.035 * density + 0.16 * weight + 0.0015 * (alt - 1100) + 1.4 * Math.tanh((rain - 40) / 40) - 2.2 * (ph - 7.5) ** 2 + 0.5 * irr - 0.045 * irr * irr + normal(next, 0, 0.55), 0.3, 30);
    const price = 6500 + 40 * (dryT - 50) + normal(next, 0, 500);
    const value = y * area * price;
    const score = 0.05 * (dryT - 52) + 0.0018 * (alt - 1700) - 0.012 * (rain - 55) + normal(next, 0, 0.45);
    const cat = score > 0.25 ? 'I' : score < -0.75 ? 'III' : 'II';
    const month = 10 + (i % 2), day = 1 + Math.floor(next() * 28);
    const cells = [`KH-${pad(i + 1, 4)}`, `2023-${month}-${pad(day, 2)}`, r2(density, 1), r2(weight, 2), r2(circ, 2), Math.round(alt), r2(rain, 1), r2(ph, 2), irr, r2(dryT, 1), team, r2(area, 2), r2(y, 2), Math.round(value), cat];
    rows.push(cells.join(','));
    const g = [...cells];
    if (next() < 0.08) g[6] = 'NA';
    if (next() < 0.05) g[7] = '';
    if (next() < 0.03) g[5] = 'n/a';
    gaps.push(g.join(','));
  }
  fs.writeFileSync(path.join(dir, 'saffron_plots.csv'), rows.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'saffron_plots_gaps.csv'), gaps.join('\n') + '\n');
}

// 2. vanilla_lots.csv: 360 cured-bean lots from a Sava cooperative; grade with a rare "reject".
//    vanilla_lots_fr.csv: the same lots as the French-locale export (semicolons, decimal commas).
{
  const next = rng(249 * 7 + 1);
  const header = ['lot_id', 'bean_length_cm', 'moisture_pct', 'vanillin_pct', 'curing_days', 'sweat_temp_c', 'split_pct', 'mould_spots', 'price_usd_kg', 'grade'];
  const rows: string[] = [header.join(',')];
  const fr: string[] = [header.join(';')];
  for (let i = 0; i < 360; i++) {
    const len = normal(next, 17, 2.2);
    const moist = 22 + 16 * next();
    const vanillin = clamp(Math.exp(normal(next, Math.log(1.9), 0.28)), 0.8, 4.2);
    const days = 70 + 130 * next();
    const sweat = 48 + 20 * next();
    const split = -Math.log(Math.max(next(), 1e-9)) * 6;
    const mould = next() < 0.1 ? 1 + Math.floor(next() * 4) : 0;
    const q = 0.35 * (len - 17) + 1.6 * (vanillin - 1.9) + 0.08 * (moist - 30) - 0.09 * split - 0.015 * Math.abs(days - 140) - 1.2 * mould + normal(next, 0, 0.6);
    const grade = mould >= 2 || q < -3.4 ? 'reject' : q > -0.6 ? 'gourmet' : 'extract';
    const price = clamp(260 + 35 * q + 20 * (len - 17) + normal(next, 0, 18), 60, 700);
    const cells = [`SAVA-${pad(i + 1, 4)}`, r2(len, 1), r2(moist, 1), r2(vanillin, 2), Math.round(days), r2(sweat, 1), r2(split, 1), mould, r2(price, 0), grade];
    rows.push(cells.join(','));
    fr.push(cells.map((c) => String(c).replace('.', ',')).join(';'));
  }
  fs.writeFileSync(path.join(dir, 'vanilla_lots.csv'), rows.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'vanilla_lots_fr.csv'), fr.join('\n') + '\n');
}

// 3. pollination.csv (tab-separated, from the field tablet): 420 hand-pollinated vanilla flowers, pod set 0/1.
{
  const next = rng(249 * 13 + 5);
  const header = ['flower_tag', 'hour', 'humidity_pct', 'temp_c', 'worker_years', 'flowers_on_raceme', 'day_of_season', 'pod_set'];
  const rows: string[] = [header.join('\t')];
  for (let i = 0; i < 420; i++) {
    const hour = 6 + 8 * next();
    const hum = 55 + 40 * next();
    const temp = 20 + 13 * next();
    const years = clamp(-Math.log(Math.max(next(), 1e-9)) * 4, 0, 25);
    const flowers = 5 + Math.floor(next() * 16);
    const dayS = 1 + Math.floor(next() * 60);
    const z = 1.6 - 0.75 * (hour - 8) + 0.05 * (hum - 75) - 0.12 * (temp - 26) ** 2 + 0.3 * Math.min(years, 8) - 0.04 * (flowers - 12);
    const pod = next() < sigmoid(z) ? 1 : 0;
    rows.push([`V${pad(i + 1, 5)}`, r2(hour, 2), r2(hum, 1), r2(temp, 1), r2(years, 1), flowers, dayS, pod].join('\t'));
  }
  fs.writeFileSync(path.join(dir, 'pollination.csv'), rows.join('\n') + '\n');
}
