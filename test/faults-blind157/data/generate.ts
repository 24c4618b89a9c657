/**
 * Writes the CSVs of blind fault set 157 (recycling centres and waste sorting), seeded so every run
 * gives the same files: `npx tsx test/faults-blind157/data/generate.ts`.
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

/** bales.csv: baling press log -> price per tonne a buyer pays for the bale; a copy with "NA" contamination cells. */
function bales(): void {
  const next = rng(15701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1500);
    const line = 1 + Math.floor(next() * 6);
    const kg = Math.round(clamp(normal(next, 420, 90), 150, 750));
    const contam = r2(clamp(Math.exp(normal(next, 1.3, 0.6)), 0.3, 25));
    const moist = r1(clamp(normal(next, 9, 3), 2, 25));
    const speed = r2(clamp(normal(next, 1.8, 0.35), 0.8, 3));
    const pressure = Math.round(clamp(normal(next, 180, 25), 100, 260));
    const market = r1(clamp(normal(next, 310, 40), 180, 450));
    const price = r1(clamp(market - 11 * contam - 3.5 * moist + 0.05 * (kg - 420) - 12 * (speed - 1.8) + normal(next, 0, 8), 0, 600));
    out.push(price);
    const row: (string | number)[] = [`BALE-${57000 + i}`, stamp(t), `LINE-${line}`, kg, r3(kg / 1000), contam, moist, speed, pressure, market, price];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['bale_id', 'baled_at', 'line_id', 'bale_weight_kg', 'bale_weight_t', 'contamination_pct', 'moisture_pct', 'conveyor_speed_mps', 'press_bar', 'market_index_eur_t', 'price_eur_t'];
  write('bales.csv', header, rows);
  write('bales-na.csv', header, na);
  console.log('price eur/t', stats(out));
}

/** material.csv: optical sorter readings -> material class (PET/HDPE/cardboard/aluminium/glass/rare battery); the belt lane has no effect. */
function material(): void {
  const next = rng(15702);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, [number, number, number, number]> = {
    // nir peak nm, density g/cm3, conductivity, grams
    PET: [1660, 1.38, 0.02, 30], HDPE: [1720, 0.95, 0.02, 45], cardboard: [1490, 0.7, 0.05, 120],
    aluminium: [1200, 2.7, 35, 15], glass: [1350, 2.5, 0.01, 350], battery: [1250, 3.9, 12, 40],
  };
  for (let i = 0; i < 1100; i++) {
    const u = next();
    const m = u < 0.28 ? 'PET' : u < 0.46 ? 'HDPE' : u < 0.7 ? 'cardboard' : u < 0.83 ? 'aluminium' : u < 0.97 ? 'glass' : 'battery';
    counts[m] = (counts[m] ?? 0) + 1;
    const [nir, dens, cond, g] = P[m];
    rows.push([`SCAN-${310000 + i * 3}`, 1 + Math.floor(next() * 8), Math.round(normal(next, nir, 45)), r3(clamp(normal(next, dens, 0.18), 0.3, 5)),
      r2(clamp(normal(next, cond, cond * 0.3 + 0.5), 0, 60)), Math.round(clamp(Math.exp(normal(next, Math.log(g), 0.5)), 1, 3000)), r2(clamp(normal(next, 0.5, 0.2), 0, 1)), m]);
  }
  write('material.csv', ['scan_id', 'belt_lane', 'nir_peak_nm', 'density_g_cm3', 'conductivity_ms', 'item_g', 'colour_index', 'material'], rows);
  console.log('materials', counts);
}

/** fire.csv: tipping-floor sensor snapshots -> rare fire-risk flag; the sensor serial has no effect. */
function fire(): void {
  const next = rng(15703);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const temp = r1(clamp(normal(next, 32, 9), 5, 90));
    const batteries = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const height = r1(clamp(normal(next, 3, 1), 0.5, 7));
    const moist = r1(clamp(normal(next, 14, 5), 1, 40));
    const hours = Math.round(clamp(Math.exp(normal(next, 3, 0.8)), 1, 400));
    const amps = r1(clamp(normal(next, 110, 25), 30, 250));
    const serial = 4000000 + Math.floor(next() * 5000000);
    const z = -4.2 + 0.12 * (temp - 32) + 0.9 * batteries + 0.6 * (height - 3) - 0.12 * (moist - 14) + 0.6 * (Math.log(hours) - 3);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`BAY-${1 + (i % 5)}`, 1719800000 + i * 1800, temp, batteries, height, moist, hours, amps, serial, flag]);
  }
  write('fire.csv', ['bay_id', 'reading_epoch', 'pile_temp_c', 'battery_items', 'pile_height_m', 'moisture_pct', 'hours_since_turn', 'shredder_amps', 'sensor_serial', 'fire_risk'], rows);
  console.log('fire risk', pos, '/ 1200');
}

/** rebate.csv: semicolon export with decimal commas -> skewed rebate payments per delivery in euros. */
function rebate(): void {
  const next = rng(15704);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const tonnes = r2(clamp(Math.exp(normal(next, 1.5, 0.8)), 0.2, 60));
    const contam = r1(clamp(normal(next, 6, 3), 0.5, 20));
    const grade = 1 + Math.floor(next() * 4);
    const km = Math.round(clamp(normal(next, 40, 20), 2, 150));
    const price = Math.round(clamp(normal(next, 120, 25), 40, 220));
    const reb = r2(clamp(tonnes * price * (1 - contam / 30) * (0.7 + 0.15 * grade) * Math.exp(normal(next, 0, 0.08)), 5, 1e6));
    out.push(reb);
    rows.push([`DLV-${8800 + i}`, `MUNI-${String(1 + Math.floor(next() * 30)).padStart(3, '0')}`, dc(tonnes), dc(contam), grade, km, price, dc(reb)]);
  }
  write('rebate.csv', ['delivery_id', 'council_id', 'tonnes', 'contamination_pct', 'grade', 'haul_km', 'price_eur_t', 'rebate_eur'], rows, ';');
  console.log('rebate eur', stats(out));
}

/** throughput.csv: tab-separated shift log -> line throughput in tonnes per hour and kg per hour. */
function throughput(): void {
  const next = rng(15705);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 720; i++) {
    const speed = r2(clamp(normal(next, 1.8, 0.4), 0.6, 3.2));
    const pickers = 4 + Math.floor(next() * 9);
    const infeed = r1(clamp(normal(next, 14, 4), 3, 30));
    const jams = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.0);
    const hour = Math.floor(next() * 24);
    const tph = r2(clamp(2.2 * speed + 0.35 * pickers + 0.3 * infeed - 1.1 * jams + 0.8 * Math.sin((hour / 24) * 2 * Math.PI) + normal(next, 0, 0.5), 0.5, 40));
    out.push(tph);
    rows.push([`SHIFT-${20000 + i}`, hour, speed, pickers, infeed, jams, tph, Math.round(tph * 1000)]);
  }
  write('throughput.csv', ['shift_id', 'hour', 'belt_speed_mps', 'pickers', 'infeed_t', 'jams', 'throughput_tph', 'throughput_kgph'], rows, '\t');
  console.log('tph', stats(out));
}

bales();
material();
fire();
rebate();
throughput();
