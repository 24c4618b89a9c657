/**
 * Writes the CSVs of blind fault set 166 (florists and flower auctions), seeded so every run gives the
 * same files: `npx tsx test/faults-blind166/data/generate.ts`.
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

/** vase.csv: lot records -> vase life in days; a copy with "NA" cold-room temperatures (logger gaps). */
function vase(): void {
  const next = rng(16601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1709280000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const grower = 1 + Math.floor(next() * 40);
    const stem = r1(clamp(normal(next, 60, 12), 30, 100));
    const cold = r1(clamp(normal(next, 4, 1.8), 0.5, 12));
    const hoursOut = r1(clamp(Math.exp(normal(next, 1.5, 0.7)), 0.5, 48));
    const bunch = 1 + Math.floor(next() * 10);
    const harvestAge = Math.floor(next() * 5);
    const preservative = next() < 0.6 ? 1 : 0;
    const life = r1(clamp(14 - 0.6 * (cold - 2) - 0.08 * hoursOut - 0.9 * harvestAge + 2.2 * preservative + 0.03 * (stem - 60) + normal(next, 0, 0.8), 2, 25));
    out.push(life);
    const row: (string | number)[] = [`LOT-${81000 + i}`, `GR-${String(grower).padStart(3, '0')}`, stamp(t), stem, cold, r1(cold * 1.8 + 32), hoursOut, bunch, harvestAge, preservative, life];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['lot_id', 'grower_id', 'auction_ts', 'stem_cm', 'cold_room_c', 'cold_room_f', 'hours_out_of_cold', 'bunch_count', 'harvest_age_d', 'preservative', 'vase_life_d'];
  write('vase.csv', header, rows);
  write('vase-na.csv', header, na);
  console.log('vase life', stats(out));
}

/** variety.csv: stem measurements -> variety (rose/tulip/chrysanthemum/gerbera/lily/rare protea); the clock number has no effect. */
function variety(): void {
  const next = rng(16602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, number[]> = {
    // stem cm, head mm, petals, stem weight g, buds
    rose: [55, 45, 30, 35, 1], tulip: [38, 50, 6, 25, 1], chrysanthemum: [65, 60, 80, 45, 6],
    gerbera: [45, 100, 40, 20, 1], lily: [75, 140, 6, 70, 4], protea: [50, 120, 0, 120, 1],
  };
  for (let i = 0; i < 1100; i++) {
    const u = next();
    const v = u < 0.32 ? 'rose' : u < 0.54 ? 'tulip' : u < 0.72 ? 'chrysanthemum' : u < 0.86 ? 'gerbera' : u < 0.965 ? 'lily' : 'protea';
    counts[v] = (counts[v] ?? 0) + 1;
    const p = P[v];
    const stem = r1(clamp(normal(next, p[0], 8), 15, 110));
    const head = Math.round(clamp(normal(next, p[1], p[1] * 0.15), 10, 250));
    const petals = Math.round(clamp(normal(next, p[2], Math.max(2, p[2] * 0.2)), 0, 150));
    const weight = r1(clamp(normal(next, p[3], p[3] * 0.2), 5, 250));
    const buds = Math.max(1, Math.round(normal(next, p[4], 0.8)));
    const clock = 1 + Math.floor(next() * 14);
    rows.push([`LOT-${52000 + i}`, clock, stem, head, petals, weight, buds, v]);
  }
  write('variety.csv', ['lot_id', 'clock_no', 'stem_cm', 'head_mm', 'petal_count', 'stem_weight_g', 'bud_count', 'variety'], rows);
  console.log('variety', counts);
}

/** botrytis.csv: inspection records -> rare botrytis flag; the trolley number has no effect. */
function botrytis(): void {
  const next = rng(16603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const humidity = r1(clamp(normal(next, 82, 7), 55, 100));
    const cold = r1(clamp(normal(next, 4, 2), 0.5, 12));
    const transit = r1(clamp(Math.exp(normal(next, 0.7, 0.5)), 0.3, 8));
    const spots = Math.max(0, Math.round(normal(next, 0, 1.2)));
    const stem = r1(clamp(normal(next, 60, 12), 30, 100));
    const lotStems = Math.round(clamp(Math.exp(normal(next, 6, 0.8)), 50, 20000));
    const z = -3.6 + 0.18 * (humidity - 82) + 0.35 * (cold - 4) + 0.5 * (transit - 2) + 0.9 * spots;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    const trolley = 1000 + Math.floor(next() * 9000);
    rows.push([`INS-${3300 + i}`, trolley, humidity, cold, transit, spots, stem, lotStems, flag]);
  }
  write('botrytis.csv', ['inspection_id', 'trolley_no', 'humidity_pct', 'cold_room_c', 'transit_days', 'petal_spots', 'stem_cm', 'lot_stems', 'botrytis'], rows);
  console.log('botrytis', pos, '/ 1200');
}

/** price.csv: semicolon export with decimal commas: auction lots -> price per stem (cents, skewed) and lot value (cents). */
function price(): void {
  const next = rng(16604);
  const rows: (string | number)[][] = [], out: number[] = [], lot: number[] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const stem = r1(clamp(normal(next, 60, 14), 30, 110));
    const grade = 1 + Math.floor(next() * 3);
    const bunches = 1 + Math.floor(next() * 30);
    const perBunch = [10, 20, 25][Math.floor(next() * 3)];
    const supply = r2(clamp(normal(next, 1, 0.25), 0.4, 1.8));
    const holiday = next() < 0.08 ? 1 : 0;
    const vaseLife = r1(clamp(normal(next, 11, 2.5), 4, 20));
    const cents = Math.round(clamp(Math.exp(3.4 + 0.012 * (stem - 60) + 0.25 * (3 - grade) - 0.6 * (supply - 1) + 0.7 * holiday + 0.04 * (vaseLife - 11) + normal(next, 0, 0.12)), 5, 2000));
    const value = cents * bunches * perBunch;
    out.push(cents); lot.push(value);
    rows.push([dec(stem), grade, bunches, perBunch, dec(supply), holiday, dec(vaseLife), cents, value]);
  }
  write('price.csv', ['stem_cm', 'grade', 'bunches', 'stems_per_bunch', 'supply_index', 'holiday_week', 'vase_life_d', 'price_cents', 'lot_value_cents'], rows, ';');
  console.log('price cents', stats(out), 'lot value', stats(lot));
}

/** coldroom.tsv-style coldroom.csv (tab-separated): daily cold-room logs -> energy in Wh (hundreds to thousands). */
function coldroom(): void {
  const next = rng(16605);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const outside = r1(clamp(normal(next, 14, 8), -8, 36));
    const setpoint = r1(clamp(normal(next, 4, 1.5), 1, 8));
    const doors = Math.round(clamp(Math.exp(normal(next, 3.2, 0.5)), 3, 200));
    const fill = Math.round(clamp(normal(next, 60, 20), 5, 100));
    const volume = Math.round(clamp(normal(next, 40, 12), 10, 90));
    const wh = Math.round(clamp(300 + 55 * (outside - setpoint) + 9 * doors + 4 * fill + 22 * volume + normal(next, 0, 60), 80, 6000));
    out.push(wh);
    rows.push([`ROOM-${1 + (i % 12)}`, outside, setpoint, doors, fill, volume, wh]);
  }
  write('coldroom.csv', ['room_id', 'outside_c', 'setpoint_c', 'door_openings', 'fill_pct', 'room_m3', 'energy_wh'], rows, '\t');
  console.log('energy wh', stats(out));
}

vase(); variety(); botrytis(); price(); coldroom();
