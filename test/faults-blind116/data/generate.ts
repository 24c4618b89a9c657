/**
 * Writes the CSVs of blind fault set 116 (fisheries and fish farms), seeded so every run gives the same
 * files: `npx tsx test/faults-blind116/data/generate.ts`.
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
const iso = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** landings.csv: trawler trips -> catch in kg (skewed); also catch in tonnes and a skewed fish count; a copy with "NA" sea temperature. */
function landings(): void {
  const next = rng(11601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const vessel = `FV-${String(1 + Math.floor(next() * 24)).padStart(3, '0')}`;
    const ts = 1690848000 + i * 14000 + Math.floor(next() * 9000);
    const hours = r1(clamp(normal(next, 40, 14), 6, 110));
    const kw = Math.round(clamp(normal(next, 900, 300), 200, 2200));
    const net = r1(clamp(normal(next, 55, 12), 20, 95));
    const temp = r1(clamp(normal(next, 8, 2.5), 1, 16));
    const depth = Math.round(clamp(normal(next, 220, 90), 30, 600));
    const fuel = Math.round(clamp(hours * kw * 0.21 + normal(next, 0, 800), 300, 60000));
    const kg = Math.round(clamp(Math.exp(4.2 + 0.028 * hours + 0.0009 * kw + 0.012 * net - 0.06 * Math.abs(temp - 7) + normal(next, 0, 0.25)), 50, 80000));
    const count = Math.round(kg / clamp(normal(next, 1.4, 0.5), 0.3, 4));
    out.push(kg);
    const row: (string | number)[] = [`T${60000 + i}`, vessel, iso(ts), hours, kw, net, temp, depth, fuel, kg, r2(kg / 1000), count];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['trip_id', 'vessel_id', 'landed_at', 'trip_hours', 'engine_kw', 'net_length_m', 'sea_temp_c', 'fishing_depth_m', 'fuel_l', 'catch_kg', 'catch_t', 'fish_count'];
  write('landings.csv', header, rows);
  write('landings-na.csv', header, na);
  console.log('catch_kg', stats(out));
}

/** pens.csv: salmon pen samples -> daily growth g/day; feed cost in dollars (skewed, no effect). */
function pens(): void {
  const next = rng(11602);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 840; i++) {
    const site = `SITE-${['A', 'B', 'C', 'D', 'E', 'F'][Math.floor(next() * 6)]}${1 + Math.floor(next() * 9)}`;
    const ts = 1672531200 + i * 36000 + Math.floor(next() * 7200);
    const temp = r1(clamp(normal(next, 10, 3), 2, 18));
    const oxy = r2(clamp(normal(next, 8.5, 1.4), 4, 12.5));
    const sal = r1(clamp(normal(next, 32, 2), 24, 36));
    const dens = r1(clamp(normal(next, 15, 5), 3, 30));
    const feed = Math.round(clamp(normal(next, 2500, 900), 200, 6000));
    const cost = r2(clamp(Math.exp(normal(next, 7.5, 0.8)), 200, 40000));
    const g = r2(clamp(1.2 + 0.35 * temp - 0.012 * (temp - 12) ** 2 * 8 + 0.6 * (oxy - 8.5) - 0.05 * dens + 0.0004 * feed + 0.05 * (sal - 32) + normal(next, 0, 0.35), 0.05, 12));
    out.push(g);
    rows.push([site, iso(ts), temp, oxy, sal, dens, feed, cost, g]);
  }
  write('pens.csv', ['site_id', 'sampled_at', 'water_temp_c', 'do_mg_l', 'salinity_psu', 'stocking_kg_m3', 'feed_kg_day', 'feed_cost_usd', 'growth_g_day'], rows);
  console.log('growth', stats(out));
}

/** blooms.csv: daily site readings -> a rare algal_bloom alarm. */
function blooms(): void {
  const next = rng(11603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const temp = r1(clamp(normal(next, 12, 3.5), 2, 24));
    const oxy = r2(clamp(normal(next, 8, 1.5), 2, 13));
    const sal = r1(clamp(normal(next, 31, 2.5), 20, 36));
    const chl = r2(clamp(Math.exp(normal(next, 1, 0.8)), 0.1, 120));
    const nitrate = r2(clamp(normal(next, 6, 2.5), 0, 20));
    const wind = r1(clamp(normal(next, 7, 3.5), 0, 25));
    const turb = r1(clamp(normal(next, 4, 2), 0.1, 20));
    const z = -5.2 + 0.9 * Math.log(chl) + 0.35 * (temp - 12) + 0.25 * (nitrate - 6) - 0.25 * (wind - 7) - 0.4 * (oxy - 8);
    const y = next() < sigmoid(z * 1.6) ? 1 : 0;
    pos += y;
    rows.push([`R${80000 + i}`, iso(1640995200 + i * 86400), temp, oxy, sal, chl, nitrate, wind, turb, y]);
  }
  write('blooms.csv', ['reading_id', 'read_at', 'water_temp_c', 'do_mg_l', 'salinity_psu', 'chlorophyll_ug_l', 'nitrate_umol', 'wind_m_s', 'turbidity_ntu', 'algal_bloom'], rows);
  console.log('blooms', pos);
}

/** species.csv: observer-measured fish -> species (text), rare halibut. */
function species(): void {
  const next = rng(11604);
  const kinds = [['cod', 300, 60, 0.9, 5], ['haddock', 240, 45, 0.8, 7], ['pollock', 200, 55, 0.7, 6], ['hake', 150, 50, 0.6, 9], ['halibut', 40, 95, 2.2, 4]] as const;
  const rows: (string | number)[][] = [];
  let i = 0;
  const all: (string | number)[][] = [];
  for (const [name, n, len, girthRatio, temp] of kinds) {
    for (let k = 0; k < n; k++) {
      const L = r1(clamp(normal(next, len, len * 0.18), 15, 220));
      const w = Math.round(clamp(0.01 * L ** 3 * (name === 'halibut' ? 1.4 : name === 'hake' ? 0.7 : 1) * Math.exp(normal(next, 0, 0.12)), 30, 200000));
      const girth = r1(clamp(L * girthRatio * 0.55 + normal(next, 0, 2.5), 5, 300));
      const depth = Math.round(clamp(normal(next, name === 'halibut' ? 400 : name === 'hake' ? 300 : name === 'cod' ? 150 : 120, 60), 10, 900));
      const t = r1(clamp(normal(next, temp, 1.3), 0, 15));
      const eye = r2(clamp(normal(next, name === 'hake' ? 0.09 : name === 'haddock' ? 0.065 : 0.055, 0.008), 0.02, 0.15));
      all.push([`F${900000 + i++}`, 'HAUL-' + Math.floor(next() * 300), L, w, girth, depth, t, eye, name]);
    }
  }
  for (let k = all.length - 1; k > 0; k--) { const j = Math.floor(next() * (k + 1)); [all[k], all[j]] = [all[j], all[k]]; }
  rows.push(...all);
  write('species.csv', ['fish_id', 'haul_ref', 'length_cm', 'weight_g', 'girth_cm', 'depth_m', 'bottom_temp_c', 'eye_ratio', 'species'], rows);
}

/** auction.csv: a fish-auction sales export, semicolon separated with decimal commas -> price per kg. */
function auction(): void {
  const next = rng(11605);
  const rows: string[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 780; i++) {
    const fresh = r1(clamp(normal(next, 30, 14), 2, 80));
    const size = r2(clamp(normal(next, 3, 1.2), 0.4, 9));
    const grade = 1 + Math.floor(next() * 3);
    const lots = Math.round(clamp(Math.exp(normal(next, 3, 0.8)), 1, 400));
    const iceT = r1(clamp(normal(next, 1.5, 1), -1, 6));
    const p = r2(clamp(62 - 0.45 * fresh + 4 * size - 6 * (grade - 1) - 0.02 * lots - 1.5 * iceT + normal(next, 0, 2.5), 5, 140));
    out.push(p);
    rows.push([`L${30000 + i}`, c(fresh), c(size), String(grade), String(lots), c(iceT), c(p)]);
  }
  fs.writeFileSync(path.join(DIR, 'auction.csv'), ['lot;hours_since_catch;avg_size_kg;quality_grade;lots_same_day;ice_temp_c;price_nok_kg', ...rows.map((r) => r.join(';'))].join('\n') + '\n');
  console.log('price', stats(out));
}

landings(); pens(); blooms(); species(); auction();
