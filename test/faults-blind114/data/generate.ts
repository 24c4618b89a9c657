/**
 * Writes the CSVs of blind fault set 114 (mining and quarries), seeded so every run gives the same
 * files: `npx tsx test/faults-blind114/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** assays.csv: drill-core assays -> gold grade in g/t; a copy with "NA" arsenic cells (below detection, lab wrote NA). */
function assays(): void {
  const next = rng(11401);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const hole = `DH-${String(100 + Math.floor(i / 22)).padStart(4, '0')}`;
    const ts = 1704067200 + i * 3600 * 7 + Math.floor(next() * 3000);
    const depth = r1(clamp(normal(next, 180, 90), 5, 520));
    const sulphide = r2(clamp(normal(next, 3, 1.6), 0, 12));
    const vein = r1(clamp(normal(next, 12, 7), 0, 60));
    const arsenic = Math.round(clamp(Math.exp(normal(next, 5.5, 1.1)), 5, 25000));
    const copper = Math.round(clamp(Math.exp(normal(next, 6, 0.8)), 20, 12000));
    const cost = r2(clamp(Math.exp(normal(next, 3.4, 0.7)), 12, 900));
    const g = r3(clamp(0.3 + 0.28 * sulphide + 0.06 * vein + 0.35 * Math.log(arsenic / 200) + 0.002 * depth + normal(next, 0, 0.25), 0.01, 30));
    out.push(g);
    const row: (string | number)[] = [hole, `S${700000 + i}`, new Date(ts * 1000).toISOString().slice(0, 10), depth, sulphide, vein, arsenic, copper, cost, g];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[6] = 'NA';
    na.push(n);
  }
  const header = ['hole_id', 'sample_id', 'assayed_on', 'from_depth_m', 'sulphide_pct', 'quartz_vein_pct', 'arsenic_ppm', 'copper_ppm', 'assay_cost_usd', 'gold_g_t'];
  write('assays.csv', header, rows);
  write('assays-na.csv', header, na);
  console.log('gold', stats(out));
}

/** haul.csv: haul truck cycles -> payload in tonnes; strut pressure in kPa, shovel ids and shift timestamps. */
function haul(): void {
  const next = rng(11402);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 960; i++) {
    const ts = 1717200000 + i * 420 + Math.floor(next() * 300);
    const passes = 3 + Math.floor(next() * 3);
    const fill = r1(clamp(normal(next, 88, 9), 55, 115));
    const dist = r2(clamp(normal(next, 3.2, 1.1), 0.6, 8));
    const strut = Math.round(clamp(normal(next, 18000 + 60 * passes * fill, 900), 9000, 45000));
    const fuel = r1(clamp(40 + 18 * dist + normal(next, 0, 6), 20, 260));
    const ambient = r1(normal(next, 24, 8));
    const payload = r1(clamp(40 + 0.0052 * strut + 4 * passes + normal(next, 0, 3), 80, 330));
    out.push(payload);
    rows.push([`HT-${String(1 + (i % 18)).padStart(2, '0')}`, `SH-${1 + (i % 4)}`, ts, passes, fill, strut, dist, fuel, ambient, payload]);
  }
  write('haul.csv', ['truck_id', 'shovel_id', 'shift_ts', 'bucket_passes', 'bucket_fill_pct', 'strut_pressure_kpa', 'haul_km', 'fuel_l', 'ambient_c', 'payload_t'], rows);
  console.log('payload', stats(out));
}

/** rocks.csv: blast-hole drill monitoring -> rock type (granite, basalt, shale, limestone, rare ore_breccia). */
function rocks(): void {
  const next = rng(11403);
  const types = ['granite', 'basalt', 'shale', 'limestone', 'ore_breccia'];
  const weights = [0.32, 0.25, 0.2, 0.18, 0.05];
  const mean: number[][] = [
    // penetration m/h, torque kNm, pulldown kN, vibration g, density t/m3, mag susc
    [22, 5.5, 180, 2.2, 2.65, 0.8],
    [17, 6.5, 210, 2.8, 2.95, 3.5],
    [42, 3.2, 120, 1.1, 2.45, 0.4],
    [33, 4.1, 150, 1.6, 2.7, 0.2],
    [26, 7.2, 190, 3.1, 3.3, 6.0],
  ];
  const sd = [4, 0.7, 22, 0.4, 0.07, 0.6];
  const rows: (string | number)[][] = [];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 900; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    counts[k]++;
    const f = mean[k].map((m, j) => normal(next, m, sd[j]));
    const depth = r1(clamp(normal(next, 12, 3), 4, 22));
    rows.push([`BH-${30000 + i}`, `bench-${1 + (i % 9)}`, depth, r1(f[0]), r2(f[1]), Math.round(f[2]), r2(f[3]), r3(f[4]), r2(f[5]), types[k]]);
  }
  write('rocks.csv', ['hole_id', 'bench', 'hole_depth_m', 'penetration_m_h', 'torque_knm', 'pulldown_kn', 'vibration_g', 'density_t_m3', 'mag_susc', 'rock_type'], rows);
  console.log('rocks', counts);
}

/** slopes.csv: pit wall radar and piezometers -> rare slope_failure alarm; also dust PM10 (no effect on the alarm). */
function slopes(): void {
  const next = rng(11404);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const ts = 1709251200 + i * 3600 * 3;
    const disp = r2(clamp(Math.exp(normal(next, -0.5, 1)), 0.01, 80));
    const rain = r1(clamp(Math.exp(normal(next, 1, 1.2)) - 1, 0, 140));
    const pore = Math.round(clamp(normal(next, 180, 60), 10, 450));
    const cracks = Math.floor(clamp(Math.exp(normal(next, 0.5, 0.9)), 0, 40));
    const vib = r1(clamp(Math.exp(normal(next, 1.5, 0.8)), 0.2, 90));
    const dust = Math.round(clamp(Math.exp(normal(next, 4, 0.6)), 5, 1500));
    const z = -6.2 + 1.1 * Math.log(disp + 0.01) + 0.025 * rain + 0.012 * (pore - 180) + 0.15 * cracks + 0.02 * vib + 2.2;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([`WALL-${1 + (i % 7)}`, ts, disp, rain, pore, cracks, vib, dust, fail]);
  }
  write('slopes.csv', ['wall_id', 'reading_ts', 'displacement_mm_day', 'rainfall_mm', 'pore_pressure_kpa', 'crack_count', 'blast_ppv_mm_s', 'dust_pm10_ug_m3', 'slope_failure'], rows);
  console.log('slope failures', pos);
}

/** crusher.csv: primary crusher hourly log, a semicolon export with decimal commas -> throughput t/h. */
function crusher(): void {
  const next = rng(11405);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 820; i++) {
    const ts = 1714521600 + i * 3600;
    const feed = Math.round(clamp(normal(next, 650, 120), 250, 1100));
    const css = Math.round(clamp(normal(next, 150, 20), 100, 220));
    const bwi = r1(clamp(normal(next, 14, 2.5), 7, 22));
    const moist = r1(clamp(normal(next, 4, 1.5), 0.5, 11));
    const belt = r2(clamp(normal(next, 3.4, 0.3), 2.4, 4.4));
    const power = Math.round(clamp(normal(next, 420 + 12 * bwi, 40), 200, 750));
    const tph = Math.round(clamp(600 + 9 * css + 1.3 * power - 45 * bwi - 60 * moist + 150 * belt - 0.4 * feed + normal(next, 0, 60), 200, 5000));
    out.push(tph);
    rows.push([new Date(ts * 1000).toISOString().slice(0, 13).replace('T', ' '), feed, css, dc(bwi), dc(moist), dc(belt), power, tph]);
  }
  write('crusher.csv', ['hour', 'feed_p80_mm', 'css_mm', 'bond_wi_kwh_t', 'moisture_pct', 'belt_m_s', 'power_kw', 'throughput_tph'], rows, ';');
  console.log('tph', stats(out));
}

assays();
haul();
rocks();
slopes();
crusher();
