/**
 * Writes the CSVs of blind fault set 190 (perfumers and fragrance houses), seeded so every run
 * gives the same files: `npx tsx test/faults-blind190/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** longevity.csv: maceration log -> longevity on skin in hours; a copy with "NA" evaporation cells. */
function longevity(): void {
  const next = rng(19001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704067200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const oil = r1(clamp(normal(next, 15, 6), 3, 35));
    const mac = Math.round(clamp(Math.exp(normal(next, 3.0, 0.6)), 2, 120));
    const base = r1(clamp(normal(next, 30, 10), 5, 60));
    const evap = r3(clamp(normal(next, 0.8, 0.25), 0.1, 2));
    const ethanol = r1(clamp(100 - oil - normal(next, 5, 2), 50, 95));
    const batch = Math.round(clamp(Math.exp(normal(next, 7, 1.2)), 50, 200000));
    const hours = r2(clamp(1 + 0.25 * oil + 0.9 * Math.log(mac) + 0.06 * base - 2.2 * evap + normal(next, 0, 0.6), 0.5, 24));
    out.push(hours);
    const row: (string | number)[] = [`FRM-${3100 + i}`, stamp(t), oil, mac, base, evap, ethanol, batch, hours];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['formula_id', 'logged_at', 'oil_pct', 'maceration_days', 'base_notes_pct', 'evap_rate', 'ethanol_pct', 'batch_ml', 'longevity_h'];
  write('longevity.csv', header, rows);
  write('longevity-na.csv', header, na);
  console.log('longevity h', stats(out));
}

/** family.csv: accord composition -> fragrance family (floral/woody/citrus/oriental/rare fougere); the lab bench number has no effect. */
function family(): void {
  const next = rng(19002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const fam = u < 0.34 ? 'floral' : u < 0.58 ? 'woody' : u < 0.78 ? 'citrus' : u < 0.95 ? 'oriental' : 'fougere';
    counts[fam] = (counts[fam] ?? 0) + 1;
    const m = (f: string, a: number, b: number) => (fam === f ? a : b);
    const floral = r1(clamp(normal(next, m('floral', 40, 10), 8), 0, 80));
    const wood = r1(clamp(normal(next, fam === 'woody' ? 38 : fam === 'fougere' ? 25 : 10, 8), 0, 80));
    const citrus = r1(clamp(normal(next, m('citrus', 42, fam === 'fougere' ? 18 : 8), 8), 0, 80));
    const resin = r1(clamp(normal(next, m('oriental', 35, 6), 7), 0, 80));
    const coumarin_ppm = Math.round(clamp(normal(next, fam === 'fougere' ? 9000 : fam === 'oriental' ? 4000 : 800, 1500), 0, 20000));
    const price = Math.round(clamp(Math.exp(normal(next, 4.3, 0.7)), 15, 2000));
    const bench = 1 + Math.floor(next() * 10);
    rows.push([`ACC-${70000 + i * 3}`, floral, wood, citrus, resin, coumarin_ppm, price, bench, fam]);
  }
  write('family.csv', ['accord_id', 'floral_pct', 'wood_pct', 'citrus_pct', 'resin_pct', 'coumarin_ppm', 'bottle_eur', 'bench_no', 'family'], rows);
  console.log('families', counts);
}

/** reaction.csv: patch-test panel -> rare skin reaction flag; the panelist locker number has no effect. */
function reaction(): void {
  const next = rng(19003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const oil = r1(clamp(normal(next, 14, 6), 2, 35));
    const linalool = Math.round(clamp(Math.exp(normal(next, 6.5, 0.9)), 50, 30000));
    const limonene = Math.round(clamp(Math.exp(normal(next, 6.0, 1.0)), 20, 30000));
    const ph = r2(clamp(normal(next, 6.2, 0.5), 4.5, 8));
    const hours = r1(clamp(normal(next, 24, 10), 4, 72));
    const sensitive = next() < 0.15 ? 1 : 0;
    const locker = 1000 + Math.floor(next() * 9000);
    const z = -4.2 + 0.09 * (oil - 14) + 0.9 * (Math.log(linalool) - 6.5) + 0.6 * (Math.log(limonene) - 6) + 0.04 * (hours - 24) + 2.2 * sensitive;
    const r = next() < sigmoid(z) ? 1 : 0;
    pos += r;
    rows.push([`PNL-${String(1 + (i % 40)).padStart(3, '0')}`, 1706745600 + i * 7200, oil, linalool, limonene, ph, hours, sensitive, locker, r]);
  }
  write('reaction.csv', ['panelist_id', 'test_epoch', 'oil_pct', 'linalool_ppm', 'limonene_ppm', 'ph', 'exposure_h', 'sensitive_skin', 'locker_no', 'skin_reaction'], rows);
  console.log('skin reaction', pos, '/ 1200');
}

/** price.csv: semicolon export with decimal commas -> bottle price in euros (skewed). */
function price(): void {
  const next = rng(19004);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const ml = [30, 50, 75, 100, 200][Math.floor(next() * 5)];
    const oil = r1(clamp(normal(next, 16, 6), 3, 35));
    const naturals = r1(clamp(normal(next, 40, 20), 0, 100));
    const brand = r2(clamp(normal(next, 5, 2), 1, 10));
    const panel = r1(clamp(normal(next, 6.5, 1.2), 1, 10));
    const orris = next() < 0.08 ? 1 : 0;
    const eur = r2(clamp(Math.exp(1.2 + 0.55 * Math.log(ml) + 0.03 * oil + 0.006 * naturals + 0.18 * brand + 0.08 * panel + 0.9 * orris + normal(next, 0, 0.12)), 8, 5000));
    out.push(eur);
    rows.push([`SKU-${12000 + i}`, ml, dc(oil), dc(naturals), dc(brand), dc(panel), orris, dc(eur)]);
  }
  write('price.csv', ['sku', 'bottle_ml', 'oil_pct', 'naturals_pct', 'brand_index', 'panel_score', 'orris', 'price_eur'], rows, ';');
  console.log('price eur', stats(out));
}

/** panel.csv: tab-separated evaluation log -> mean panel score (0-10) and the same in percent. */
function panel(): void {
  const next = rng(19005);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const topFresh = r1(clamp(normal(next, 30, 12), 0, 80));
    const sweetness = r1(clamp(normal(next, 4, 2), 0, 10));
    const sillage = r1(clamp(normal(next, 5, 2), 0, 10));
    const age = Math.round(clamp(normal(next, 35, 12), 18, 75));
    const temp = r1(clamp(normal(next, 22, 3), 15, 32));
    const mac = Math.round(clamp(Math.exp(normal(next, 3, 0.6)), 2, 120));
    const score = r2(clamp(2 + 0.05 * topFresh + 0.35 * sillage + 0.3 * sweetness - 0.03 * sweetness * sweetness + 0.6 * Math.log(mac) - 0.01 * (age - 35) + normal(next, 0, 0.4), 0, 10));
    out.push(score);
    rows.push([`EVL-${40000 + i}`, Math.floor(next() * 24), topFresh, sweetness, sillage, age, temp, mac, score, r1(score * 10)]);
  }
  write('panel.csv', ['eval_id', 'hour', 'top_fresh_pct', 'sweetness', 'sillage', 'panelist_age', 'room_c', 'maceration_days', 'panel_score', 'panel_pct'], rows, '\t');
  console.log('panel score', stats(out));
}

longevity();
family();
reaction();
price();
panel();
