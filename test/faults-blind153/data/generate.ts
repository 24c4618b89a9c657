/**
 * Writes the CSVs of blind fault set 153 (vineyards and wineries), seeded so every run gives the same
 * files: `npx tsx test/faults-blind153/data/generate.ts`.
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
const dec = (x: number) => String(x).replace('.', ',');

/** harvest.csv: block samples -> yield in kg per block; a copy with "NA" pH cells (lab export gaps). */
function harvest(): void {
  const next = rng(15301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1693526400;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(next() * 9000);
    const block = 1 + Math.floor(next() * 40);
    const doy = 230 + Math.floor(next() * 70);
    const vineAge = Math.round(clamp(Math.exp(normal(next, 2.6, 0.6)), 3, 110));
    const brix = r1(clamp(14 + (doy - 230) * 0.15 + normal(next, 0, 1.2), 12, 29));
    const sugar = Math.round(brix * 10.3 + normal(next, 0, 3));
    const ta = r2(clamp(11 - (doy - 230) * 0.07 + normal(next, 0, 0.6), 3.5, 14));
    const ph = r2(clamp(3.0 + (brix - 20) * 0.04 + normal(next, 0, 0.06), 2.8, 4.0));
    const rain = Math.round(clamp(Math.exp(normal(next, 4.8, 0.5)), 20, 900));
    const density = Math.round(clamp(normal(next, 3500, 900), 1200, 6000));
    const y = clamp(density * (1.1 + 0.25 * Math.log(rain / 100) - 0.006 * Math.max(0, vineAge - 25)) + 120 * (ta - 7) + normal(next, 0, 250), 200, 12000);
    const yieldKg = Math.round(y * 2.2);
    out.push(yieldKg);
    const row: (string | number)[] = [`BLK-${String(block).padStart(3, '0')}`, stamp(t), doy, brix, sugar, ta, ph, vineAge, rain, density, yieldKg];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['block_id', 'sample_ts', 'harvest_doy', 'brix', 'sugar_gl', 'ta_gl', 'ph', 'vine_age_y', 'rain_mm', 'vines_per_ha', 'yield_kg'];
  write('harvest.csv', header, rows);
  write('harvest-na.csv', header, na);
  console.log('yield kg', stats(out));
}

/** variety.csv: must analysis -> grape variety (cabernet/merlot/chardonnay/riesling/rare petit_verdot); press number has no effect. */
function variety(): void {
  const next = rng(15302);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, number[]> = {
    // brix, ta, ph, berry g, anthocyanin mg/l, cluster g
    cabernet: [24, 6.5, 3.55, 1.1, 1400, 120],
    merlot: [23.5, 5.8, 3.65, 1.6, 900, 170],
    chardonnay: [22.5, 7.5, 3.35, 1.4, 5, 140],
    riesling: [20, 9.5, 3.05, 1.5, 3, 110],
    petit_verdot: [25, 7.0, 3.5, 0.9, 2100, 90],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const v = u < 0.32 ? 'cabernet' : u < 0.58 ? 'merlot' : u < 0.8 ? 'chardonnay' : u < 0.96 ? 'riesling' : 'petit_verdot';
    counts[v] = (counts[v] ?? 0) + 1;
    const p = P[v];
    const brix = r1(normal(next, p[0], 1.2));
    const ta = r2(clamp(normal(next, p[1], 0.7), 3, 14));
    const ph = r2(normal(next, p[2], 0.08));
    const berry = r2(clamp(normal(next, p[3], 0.15), 0.5, 2.5));
    const antho = Math.round(clamp(normal(next, p[4], p[4] * 0.2 + 5), 0, 4000));
    const cluster = Math.round(clamp(normal(next, p[5], 25), 40, 300));
    const press = 1 + Math.floor(next() * 6);
    rows.push([`LOT-${7000 + i}`, press, brix, ta, ph, berry, antho, cluster, v]);
  }
  write('variety.csv', ['lot_id', 'press_no', 'brix', 'ta_gl', 'ph', 'berry_g', 'anthocyanin_mgl', 'cluster_g', 'variety'], rows);
  console.log('variety', counts);
}

/** cork.csv: bottle checks -> rare cork taint flag; barrel id and the cellar hand's initials-code have no effect. */
function cork(): void {
  const next = rng(15303);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const supplier = 1 + Math.floor(next() * 5);
    const tca = r2(clamp(Math.exp(normal(next, supplier === 4 ? 0.4 : -0.8, 0.8)), 0, 40));
    const humidity = Math.round(clamp(normal(next, 70, 8), 40, 95));
    const temp = r1(clamp(normal(next, 13, 2), 7, 22));
    const bottleAge = r1(clamp(Math.exp(normal(next, 1.0, 0.7)), 0.2, 30));
    const moisture = r1(clamp(normal(next, 6, 1.2), 2, 12));
    const z = -5.2 + 1.3 * Math.log(1 + tca) + 0.05 * (humidity - 70) + 0.25 * (moisture - 6) + 0.8 * (supplier === 4 ? 1 : 0);
    const taint = next() < sigmoid(z * 1.5 + 2) ? 1 : 0;
    pos += taint;
    const barrel = 100 + Math.floor(next() * 300);
    rows.push([`BTL-${500000 + i * 7}`, `BRL-${barrel}`, barrel, supplier, tca, humidity, temp, bottleAge, moisture, taint]);
  }
  write('cork.csv', ['bottle_id', 'barrel_code', 'barrel_no', 'supplier', 'tca_ngl', 'humidity_pct', 'cellar_c', 'bottle_age_y', 'cork_moisture_pct', 'cork_taint'], rows);
  console.log('cork taint', pos, '/ 1200');
}

/** price.csv: semicolon export with decimal commas -> skewed bottle price in euros. */
function price(): void {
  const next = rng(15304);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const score = Math.round(clamp(normal(next, 88, 3.5), 78, 100));
    const age = Math.floor(clamp(Math.exp(normal(next, 1.3, 0.7)), 1, 40));
    const cases = Math.round(clamp(Math.exp(normal(next, 7.5, 1.4)), 50, 400000));
    const oak = Math.round(clamp(normal(next, 14, 6), 0, 36));
    const alcohol = r1(clamp(normal(next, 13.4, 0.8), 10.5, 16));
    const estate = next() < 0.3 ? 1 : 0;
    const p = Math.exp(2.3 + 0.11 * (score - 88) + 0.03 * age - 0.12 * Math.log(cases / 2000) + 0.015 * oak + 0.3 * estate + normal(next, 0, 0.18));
    const eur = r2(clamp(p, 4, 3000));
    out.push(eur);
    rows.push([2024 - age, score, age, cases, oak, dec(alcohol), estate, dec(eur)]);
  }
  write('price.csv', ['vintage', 'critic_score', 'age_y', 'cases_made', 'oak_months', 'alcohol_pct', 'estate', 'price_eur'], rows, ';');
  console.log('price eur', stats(out));
}

/** ferment.tsv-like ferment.csv (tab-separated): tank logs -> fermentation days (and hours). */
function ferment(): void {
  const next = rng(15305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 720; i++) {
    const tank = 1 + Math.floor(next() * 24);
    const temp = r1(clamp(normal(next, 18, 4), 10, 30));
    const startBrix = r1(clamp(normal(next, 23, 1.8), 18, 29));
    const yan = Math.round(clamp(normal(next, 220, 70), 60, 450));
    const yeast = Math.round(clamp(normal(next, 25, 6), 10, 45));
    const volume = Math.round(clamp(Math.exp(normal(next, 9, 0.6)), 1000, 60000));
    const days = clamp(30 - 0.9 * (temp - 18) + 0.9 * (startBrix - 23) - 0.03 * (yan - 220) - 0.15 * (yeast - 25) + 0.00006 * (volume - 8000) + normal(next, 0, 1.5), 4, 70);
    out.push(days);
    rows.push([`T${String(tank).padStart(2, '0')}`, temp, startBrix, yan, yeast, volume, r1(days), Math.round(days * 24)]);
  }
  write('ferment.csv', ['tank', 'ferment_c', 'start_brix', 'yan_mgl', 'yeast_ghl', 'volume_l', 'ferment_days', 'ferment_h'], rows, '\t');
  console.log('ferment days', stats(out));
}

harvest();
variety();
cork();
price();
ferment();
