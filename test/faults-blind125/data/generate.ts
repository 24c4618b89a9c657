/**
 * Writes the CSVs of blind fault set 125 (car washes and vending machines), seeded so every run
 * gives the same files: `npx tsx test/faults-blind125/data/generate.ts`.
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

/** wash.csv: hourly car-wash log -> washes per hour; water in litres and the same in gallons; a copy with "NA" temperatures. */
function wash(): void {
  const next = rng(12501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735689600;
  for (let i = 0; i < 1000; i++) {
    t += 3600 * (1 + Math.floor(next() * 3));
    const site = 1 + Math.floor(next() * 6);
    const hour = new Date(t * 1000).getUTCHours();
    const temp = r1(clamp(normal(next, 14, 8), -10, 38));
    const rain = r1(next() < 0.75 ? 0 : Math.exp(normal(next, 0.5, 1)));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const price = [8, 10, 12, 15][Math.floor(next() * 4)];
    const promo = next() < 0.15 ? 1 : 0;
    const daytime = hour >= 8 && hour <= 19 ? 1 : 0;
    const washes = Math.max(0, Math.round(2 + 9 * daytime + 0.25 * temp - 1.5 * Math.min(rain, 6) + 4 * weekend - 0.5 * (price - 10) + 5 * promo + normal(next, 0, 1.2)));
    const litres = Math.round(washes * clamp(normal(next, 140, 15), 90, 200) + 30);
    out.push(washes);
    const row: (string | number)[] = [`WASH-${String(site).padStart(2, '0')}`, stamp(t), hour, daytime, temp, rain, weekend, price, promo, litres, r1(litres * 0.264172), washes];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['site_id', 'hour_ts', 'hour', 'daytime', 'temp_c', 'rain_mm', 'weekend', 'price_usd', 'promo', 'water_l', 'water_gal', 'washes'];
  write('wash.csv', header, rows);
  write('wash-na.csv', header, na);
  console.log('washes', stats(out));
}

/** vend.csv: vending sales -> product type (drink/snack/candy/coffee/rare fresh); the slot serial has no effect. */
function vend(): void {
  const next = rng(12502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  let t = 1735700000;
  for (let i = 0; i < 1200; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const u = next();
    const type = u < 0.35 ? 'drink' : u < 0.62 ? 'snack' : u < 0.8 ? 'candy' : u < 0.96 ? 'coffee' : 'fresh';
    counts[type] = (counts[type] ?? 0) + 1;
    const price = Math.round(clamp(type === 'drink' ? normal(next, 200, 25) : type === 'snack' ? normal(next, 150, 20) : type === 'candy' ? normal(next, 110, 15) : type === 'coffee' ? normal(next, 250, 30) : normal(next, 450, 60), 50, 900) / 5) * 5;
    const temp = r1(type === 'drink' || type === 'fresh' ? normal(next, 4, 1.2) : type === 'coffee' ? normal(next, 85, 4) : normal(next, 21, 2));
    const row = type === 'drink' ? 1 + Math.floor(next() * 2) : type === 'coffee' ? 0 : type === 'fresh' ? 5 : 2 + Math.floor(next() * 3);
    const weight = Math.round(clamp(type === 'drink' ? normal(next, 520, 40) : type === 'snack' ? normal(next, 60, 15) : type === 'candy' ? normal(next, 45, 10) : type === 'coffee' ? normal(next, 250, 20) : normal(next, 300, 50), 10, 900));
    const hour = new Date(t * 1000).getUTCHours();
    const stock = Math.round(clamp(normal(next, 60, 25), 0, 100));
    const serial = 300000 + Math.floor(next() * 600000);
    rows.push([`VM-${String(1 + Math.floor(next() * 40)).padStart(4, '0')}`, stamp(t), hour, price, temp, row, weight, stock, serial, type]);
  }
  write('vend.csv', ['machine_id', 'sale_ts', 'hour', 'price_cents', 'temp_c', 'slot_row', 'pack_g', 'stock_pct', 'slot_serial', 'product'], rows);
  console.log('vend', counts);
}

/** jam.csv: machine-days -> a rare "jammed" flag; the coin mech serial has no effect; idle minutes are skewed. */
function jam(): void {
  const next = rng(12503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const coins = Math.round(clamp(Math.exp(normal(next, 4, 0.7)), 0, 2000));
    const cards = Math.round(clamp(Math.exp(normal(next, 3.5, 0.6)), 0, 800));
    const idle = Math.round(clamp(Math.exp(normal(next, 4.5, 1.1)), 1, 1440));
    const temp = r1(clamp(normal(next, 22, 7), -5, 45));
    const service = Math.round(clamp(normal(next, 40, 25), 0, 150));
    const humid = Math.round(clamp(normal(next, 55, 15), 10, 99));
    const mech = 100000 + Math.floor(next() * 800000);
    const z = -4.2 + 0.012 * (coins - 60) + 0.035 * (service - 40) + 0.05 * (humid - 55) + 0.04 * (temp - 22);
    const jammed = next() < sigmoid(z) ? 1 : 0;
    pos += jammed;
    rows.push([`VM-${String(i % 90).padStart(4, '0')}`, coins, cards, idle, temp, service, humid, mech, jammed]);
  }
  write('jam.csv', ['machine_id', 'coins', 'cards', 'idle_min', 'temp_c', 'days_since_service', 'humidity_pct', 'coin_mech_serial', 'jammed'], rows);
  console.log('jammed', pos, '/ 1100');
}

/** refill.csv: semicolon export with decimal commas: refill run -> cost in dollars. */
function refill(): void {
  const next = rng(12504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const items = Math.round(clamp(Math.exp(normal(next, 4.2, 0.6)), 5, 600));
    const km = r1(clamp(Math.exp(normal(next, 2.5, 0.7)), 1, 150));
    const stock = Math.round(clamp(normal(next, 35, 18), 0, 100));
    const age = r1(clamp(normal(next, 6, 3), 0, 20));
    const takings = Math.round(clamp(items * normal(next, 180, 20) + normal(next, 0, 500), 100, 200000));
    const cost = r2(clamp(12 + 0.85 * items + 0.6 * km + 0.8 * age + normal(next, 0, 4), 5, 2000));
    out.push(cost);
    rows.push([`RUN-${5000 + i}`, items, dc(km), stock, dc(age), takings, dc(cost)]);
  }
  write('refill.csv', ['run_id', 'items_refilled', 'route_km', 'stock_pct', 'machine_age_y', 'takings_cents', 'refill_cost_usd'], rows, ';');
  console.log('refill usd', stats(out));
}

/** takings.tsv-style (tab-separated) takings.csv: daily machine takings in cents. */
function takings(): void {
  const next = rng(12505);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const footfall = Math.round(clamp(Math.exp(normal(next, 5.5, 0.6)), 20, 3000));
    const hours = [12, 16, 24][Math.floor(next() * 3)];
    const price = Math.round(clamp(normal(next, 180, 30), 80, 350));
    const idle = Math.round(clamp(Math.exp(normal(next, 4, 1)), 1, 1440));
    const indoor = next() < 0.6 ? 1 : 0;
    const sales = Math.max(0, 0.04 * footfall * (hours / 24) * (1 + 0.5 * indoor) - 0.01 * idle + normal(next, 0, 1.5));
    const cents = Math.round(sales * price);
    out.push(cents);
    rows.push([`VM-${String(i % 120).padStart(4, '0')}`, footfall, hours, price, idle, indoor, cents]);
  }
  write('takings.csv', ['machine_id', 'footfall', 'hours_open', 'avg_price_cents', 'idle_min', 'indoor', 'takings_cents'], rows, '\t');
  console.log('takings cents', stats(out));
}

wash(); vend(); jam(); refill(); takings();
