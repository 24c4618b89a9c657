/**
 * Writes this set's CSVs (data/) and specs (faulty/, healthy/): `npx tsx test/faults-blind36/author.ts`.
 * Theme: tiny data (8-80 rows), long runs, very wide and very narrow networks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../faults/data-random';

const DIR = __dirname;
const write = (rel: string, text: string) => fs.writeFileSync(path.join(DIR, rel), text);

function beans(): string[] {
  // 64 beans: length mm, width mm, weight g; cultivar kidney|pinto, 10% relabelled.
  const r = rng(36001), rows = ['length_mm,width_mm,weight_g,cultivar'];
  for (let i = 0; i < 64; i++) {
    const kidney = i % 2 === 0;
    const len = normal(r, kidney ? 17 : 13, 1.6), wid = normal(r, kidney ? 7.2 : 8.1, 0.6);
    const w = clamp(0.03 * len * wid + normal(r, 0, 0.3), 1, 9);
    const label = (r() < 0.1) !== kidney ? 'kidney' : 'pinto';
    rows.push(`${len.toFixed(1)},${wid.toFixed(2)},${w.toFixed(2)},${label}`);
  }
  return rows;
}
function tips(): string[] {
  // 48 restaurant bills: bill $, party size, hour -> tip $ with noise.
  const r = rng(36002), rows = ['bill,party,hour,tip'];
  for (let i = 0; i < 48; i++) {
    const party = 1 + Math.floor(r() * 6), bill = clamp(normal(r, 12 * party, 6), 5, 120), hour = 11 + Math.floor(r() * 12);
    const tip = clamp(0.15 * bill + 0.3 * Math.sin(hour / 3) + normal(r, 0, 0.9), 0.5, 30);
    rows.push(`${bill.toFixed(2)},${party},${hour},${tip.toFixed(2)}`);
  }
  return rows;
}
function kiln(): string[] {
  // 36 firings: peak temp C, hold min, cooling C/h, humidity % -> glaze outcome (3 classes), 8% noisy.
  const r = rng(36003), rows = ['peak_c,hold_min,cool_rate,humidity,glaze'];
  const names = ['crazed', 'glossy', 'matte'];
  for (let i = 0; i < 36; i++) {
    const peak = normal(r, 1220, 30), hold = normal(r, 20, 8), cool = normal(r, 120, 40), hum = normal(r, 50, 12);
    let c = peak > 1235 && cool < 140 ? 1 : cool > 130 ? 0 : 2;
    if (r() < 0.08) c = Math.floor(r() * 3);
    rows.push(`${peak.toFixed(0)},${hold.toFixed(1)},${cool.toFixed(1)},${hum.toFixed(1)},${names[c]}`);
  }
  return rows;
}
function rents(): string[] {
  // 80 flats: area sq ft, rooms, floor, distance km -> monthly rent $ (raw units).
  const r = rng(36004), rows = ['area_sqft,rooms,floor,distance_km,rent'];
  for (let i = 0; i < 80; i++) {
    const area = clamp(normal(r, 750, 250), 250, 1600), rooms = Math.max(1, Math.round(area / 350)), floor = Math.floor(r() * 12), dist = clamp(normal(r, 6, 3), 0.3, 18);
    const rent = 400 + 1.6 * area + 25 * floor - 45 * dist + normal(r, 0, 120);
    rows.push(`${area.toFixed(0)},${rooms},${floor},${dist.toFixed(1)},${rent.toFixed(0)}`);
  }
  return rows;
}
function plants(): string[] {
  // 24 seedlings: light h/day, water ml, temp C -> survived 0/1 (logistic, noisy).
  const r = rng(36005), rows = ['light_h,water_ml,temp_c,survived'];
  for (let i = 0; i < 24; i++) {
    const light = normal(r, 10, 3), water = normal(r, 200, 60), temp = normal(r, 21, 4);
    const z = 0.8 * (light - 10) + 0.02 * (water - 200) - 0.25 * Math.abs(temp - 21) + 1;
    rows.push(`${light.toFixed(1)},${water.toFixed(0)},${temp.toFixed(1)},${r() < sigmoid(1.5 * z) ? 1 : 0}`);
  }
  return rows;
}

function writeData(): void {
  write('data/beans.csv', beans().join('\n') + '\n');
  write('data/tips.csv', tips().join('\n') + '\n');
  write('data/kiln.csv', kiln().join('\n') + '\n');
  write('data/rents.csv', rents().join('\n') + '\n');
  write('data/plants.csv', plants().join('\n') + '\n');
  const gaps = beans();
  gaps[7] = gaps[7].replace(/^[^,]+/, 'NA');
  gaps[19] = gaps[19].replace(/,[^,]+,/, ',,');
  write('data/beans-gaps.csv', gaps.join('\n') + '\n');
  const semi = plants().map((l) => l.replace(/,/g, ';'));
  write('data/plants-semicolon.csv', semi.join('\n') + '\n');
}

/** Inline tables. */
const XOR8 = { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.05, 0.9], [0.95, 0.1], [0.9, 0.95]], y: [0, 1, 1, 0, 0, 1, 1, 0] };
const PARITY16 = (() => {
  const x: number[][] = [], y: number[] = [];
  for (let i = 0; i < 16; i++) { const b = [i & 1, (i >> 1) & 1, (i >> 2) & 1, (i >> 3) & 1]; x.push(b); y.push(b.reduce((s, v) => s + v, 0) % 2); }
  return { x, y };
})();
const CUBIC20 = (() => {
  const r = rng(36006), x: number[][] = [], y: number[] = [];
  for (let i = 0; i < 20; i++) { const t = -2 + (4 * i) / 19; x.push([+t.toFixed(3)]); y.push(+(t * t * t - 2 * t + normal(r, 0, 0.2)).toFixed(3)); }
  return { x, y };
})();
const FRUIT12 = { x: [[150, 7.1], [170, 7.4], [140, 6.9], [160, 7.2], [120, 6.0], [115, 5.8], [130, 6.2], [125, 6.1], [300, 9.5], [320, 9.8], [280, 9.1], [310, 9.6]], y: ['apple', 'apple', 'apple', 'apple', 'lemon', 'lemon', 'lemon', 'lemon', 'melon', 'melon', 'melon', 'melon'] };

type Spec = Record<string, unknown>;
const dense = (units: number, activation: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...extra });
function spec(name: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, seed = 36): Spec {
  return { name, seed, data, layers, loss, optimizer, training };
}
const emit = (folder: string, file: string, s: Spec | string) => write(`${folder}/${file}.nn.json`, typeof s === 'string' ? s : JSON.stringify(s, null, 2) + '\n');

export { writeData, XOR8, PARITY16, CUBIC20, FRUIT12, dense, spec, emit };
