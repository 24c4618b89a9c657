/**
 * Writes the CSVs of blind fault set 179 (blacksmiths and farriers' forges), seeded so every run
 * gives the same files: `npx tsx test/faults-blind179/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** heats.csv: one forge heat per row -> hardness after quench (HRC); a copy with "NA" quench seconds. */
function heats(): void {
  const next = rng(17901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1720000000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const smith = 1 + Math.floor(next() * 7);
    const temp = Math.round(clamp(normal(next, 880, 60), 720, 1100));
    const len = Math.round(clamp(normal(next, 450, 180), 80, 1200));
    const carbon = r2(clamp(normal(next, 0.6, 0.25), 0.1, 1.4));
    const quench = r1(clamp(Math.exp(normal(next, 1.6, 0.5)), 0.5, 30));
    const oil = next() < 0.6 ? 1 : 0;
    const blows = Math.round(clamp(normal(next, 40 + len / 20, 12), 5, 160));
    const hrc = r1(clamp(20 + 28 * carbon + 0.03 * (temp - 880) - 6 * oil + 2.5 * Math.log(quench) - 0.004 * len + normal(next, 0, 1.5), 10, 68));
    const row: (string | number)[] = [`J-${51000 + i}`, stamp(t), `S${smith}`, temp, r1((temp * 9) / 5 + 32), len, r1(len / 25.4), carbon, quench, oil, blows, hrc];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[8] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'heat_ts', 'smith_id', 'forge_temp_c', 'forge_temp_f', 'bar_length_mm', 'bar_length_in', 'carbon_pct', 'quench_s', 'oil_quench', 'hammer_blows', 'hardness_hrc'];
  write('heats.csv', header, rows);
  write('heats-na.csv', header, na);
}

/** grade.csv: spark test and forging readings -> steel grade (mild/spring/tool/high-carbon/rare wrought); anvil number has no effect. */
function grade(): void {
  const next = rng(17902);
  const rows: (string | number)[][] = [];
  const G = ['mild', 'spring', 'tool', 'high_carbon', 'wrought'];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1100; i++) {
    const u = next();
    const g = u < 0.38 ? 0 : u < 0.6 ? 1 : u < 0.78 ? 2 : u < 0.96 ? 3 : 4;
    counts[G[g]] = (counts[G[g]] ?? 0) + 1;
    const spark = Math.round(clamp(normal(next, [8, 25, 40, 55, 3][g], 6), 0, 90));
    const color = r1(clamp(normal(next, [2, 5, 7, 8, 1][g], 1.2), 0, 10));
    const temp = Math.round(clamp(normal(next, [1150, 950, 1000, 900, 1250][g], 60), 700, 1400));
    const blows = Math.round(clamp(Math.exp(normal(next, [3.2, 3.8, 4.2, 4.0, 3.0][g], 0.4)), 3, 400));
    const scale_g = r1(clamp(normal(next, [12, 6, 5, 4, 20][g], 3), 0, 40));
    const anvil = 1 + Math.floor(next() * 9);
    rows.push([`B-${7000 + i}`, anvil, spark, color, temp, blows, scale_g, G[g]]);
  }
  write('grade.csv', ['bar_id', 'anvil_no', 'spark_bursts', 'spark_color', 'forge_temp_c', 'hammer_blows', 'scale_g', 'steel_grade'], rows);
  console.log('grade', counts);
}

/** weld.csv: forge welds -> rare cracked weld flag; the flux tin serial has no effect. */
function weld(): void {
  const next = rng(17903);
  const rows: (string | number)[][] = [];
  let cracked = 0;
  for (let i = 0; i < 1200; i++) {
    const temp = Math.round(clamp(normal(next, 1280, 70), 1000, 1450));
    const thick = r1(clamp(normal(next, 16, 6), 4, 40));
    const blows = Math.round(clamp(normal(next, 30, 10), 4, 80));
    const flux = next() < 0.8 ? 1 : 0;
    const reheat = Math.floor(clamp(normal(next, 1, 1), 0, 5));
    const area = Math.round(clamp(thick * thick * normal(next, 3, 0.6), 20, 6000));
    const z = -3.2 - 0.02 * (temp - 1280) + 0.08 * (thick - 16) - 0.05 * (blows - 30) - 1.6 * flux + 0.5 * reheat + normal(next, 0, 0.4);
    const c = next() < sigmoid(z) ? 1 : 0;
    cracked += c;
    rows.push([`W-${300 + i}`, 10000 + Math.floor(next() * 89999), temp, thick, blows, flux, reheat, area, c]);
  }
  write('weld.csv', ['weld_id', 'flux_serial', 'weld_temp_c', 'thickness_mm', 'hammer_blows', 'flux', 'reheats', 'section_mm2', 'cracked'], rows);
  console.log('cracked', cracked);
}

/** commission.csv: semicolon export with decimal commas -> skewed commission price in euros. */
function commission(): void {
  const next = rng(17904);
  const rows: (string | number)[][] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  let t = 1700000000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(next() * 86400);
    const hours = r1(clamp(Math.exp(normal(next, 2, 0.7)), 0.5, 120));
    const steel = r1(clamp(Math.exp(normal(next, 1.5, 0.8)), 0.2, 200));
    const pieces = 1 + Math.floor(Math.exp(normal(next, 1, 0.9)));
    const ornate = next() < 0.25 ? 1 : 0;
    const rush = next() < 0.1 ? 1 : 0;
    const price = r2(clamp((45 * hours + 6 * steel + 15 * pieces) * (ornate ? 1.6 : 1) * (rush ? 1.3 : 1) * Math.exp(normal(next, 0, 0.12)), 20, 100000));
    rows.push([`C-${i + 1}`, stamp(t).slice(0, 10), dc(hours), dc(steel), pieces, ornate, rush, dc(price)]);
  }
  write('commission.csv', ['order_id', 'order_date', 'labour_h', 'steel_kg', 'pieces', 'ornate', 'rush', 'price_eur'], rows, ';');
}

/** shoeing.csv: tab-separated farrier visits -> shoe size and shoeing minutes. */
function shoeing(): void {
  const next = rng(17905);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const weight = Math.round(clamp(normal(next, 520, 130), 150, 1000));
    const hoof = Math.round(clamp(100 + weight * 0.05 + normal(next, 0, 5), 70, 190));
    const age = r1(clamp(normal(next, 11, 5), 1, 30));
    const hind = next() < 0.5 ? 1 : 0;
    const hot = next() < 0.7 ? 1 : 0;
    const size = r1(clamp((hoof - 110) / 10 + (hind ? -0.3 : 0) + normal(next, 0, 0.25), -1, 9));
    const minutes = Math.round(clamp(35 + 0.03 * weight + (hot ? 12 : 0) + 0.5 * age + normal(next, 0, 4), 20, 200));
    rows.push([`H-${1000 + i}`, `F${1 + Math.floor(next() * 4)}`, weight, hoof, age, hind, hot, size, minutes]);
  }
  write('shoeing.csv', ['horse_id', 'farrier_id', 'weight_kg', 'hoof_width_mm', 'age_y', 'hind', 'hot_shod', 'shoe_size', 'minutes'], rows, '\t');
}

heats(); grade(); weld(); commission(); shoeing();
