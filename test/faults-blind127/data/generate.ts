/**
 * Seeded CSVs of blind fault set 127 (coffee roasters and cafés): `npx tsx test/faults-blind127/data/generate.ts`.
 * Simple generative rules with realistic habits: ids, timestamps, the same temperature in °C and °F,
 * columns in wildly different units, a rare defect flag, a rare origin class, skewed queue waits,
 * a semicolon export with decimal commas, a tab-separated till export and a copy with "NA" cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r2 = (x: number, d = 2) => Number(x.toFixed(d));
function write(file: string, header: string[], rows: (string | number)[][], sep = ',', decComma = false): void {
  const fmt = (v: string | number) => (typeof v === 'number' && decComma ? String(v).replace('.', ',') : String(v));
  fs.writeFileSync(path.join(DIR, file), [header.join(sep), ...rows.map(r => r.map(fmt).join(sep))].join('\n') + '\n');
}
const ts = (next: () => number, i: number) => {
  const t = new Date(Date.UTC(2025, 2, 1) + i * 1800e3 + Math.floor(next() * 1700e3));
  return t.toISOString().replace('T', ' ').slice(0, 19);
};

// roast.csv: 1,000 roast batches -> roast weight loss %.
{
  const next = rng(12701);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const chargeC = normal(next, 205, 8), roastMin = clamp(normal(next, 11.5, 1.6), 7, 17), moist = clamp(normal(next, 10.8, 1.1), 8, 13.5);
    const batchKg = [6, 12, 15, 30, 60][Math.floor(next() * 5)], ambient = normal(next, 21, 4), density = normal(next, 720, 30);
    const loss = 6 + 0.045 * (chargeC - 205) + 0.9 * (roastMin - 11.5) + 0.55 * (moist - 10.8) - 0.012 * (density - 720) + 0.35 * Math.sin(ambient / 4) + 8.5 + normal(next, 0, 0.25);
    rows.push([`RB-${10001 + i}`, ts(next, i), `R-0${1 + Math.floor(next() * 6)}`, r2(chargeC, 1), r2(chargeC * 1.8 + 32, 1), r2(roastMin), r2(moist), batchKg, r2(ambient, 1), r2(density, 0), r2(loss)]);
  }
  const header = ['batch_id', 'roast_ts', 'roaster_id', 'charge_temp_c', 'charge_temp_f', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl', 'roast_loss_pct'];
  write('roast.csv', header, rows);
  write('roast-na.csv', header, rows.map((r, i) => (i % 41 === 17 ? r.map((v, j) => (j === 6 ? 'NA' : v)) : r)));
}

// defect.csv: 1,100 batches -> rare roast defect flag (scorching / baked), roaster serial with no effect.
{
  const next = rng(12702);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const drop = normal(next, 218, 7), ror = normal(next, 9, 2.5), dev = clamp(normal(next, 18, 4), 8, 30), moist = clamp(normal(next, 10.8, 1.2), 8, 14);
    const airflow = normal(next, 55, 10), gasKw = normal(next, 14, 3);
    const z = -4.6 + 0.32 * (drop - 218) + 0.55 * (ror - 9) - 0.12 * (dev - 18) + 0.6 * (moist - 10.8) - 0.05 * (airflow - 55);
    const y = next() < sigmoid(z) ? 1 : 0; pos += y;
    rows.push([`SN${400000 + Math.floor(next() * 90000)}`, r2(drop, 1), r2(ror), r2(dev, 1), r2(moist), r2(airflow, 1), r2(gasKw), y]);
  }
  write('defect.csv', ['roaster_serial', 'drop_temp_c', 'ror_c_min', 'dev_time_pct', 'moisture_pct', 'airflow_pct', 'gas_kw', 'defect'], rows);
  console.log('defect positives', pos);
}

// origin.csv: 900 green lots -> origin (ethiopia, colombia, brazil, sumatra, rare yemen); cupping table with no effect.
{
  const next = rng(12703);
  const C: [string, number, number, number, number, number, number][] = [
    // name, share, altitude m, density, acidity, price/kg, screen
    ['ethiopia', 0.3, 2000, 760, 8.4, 9.5, 15],
    ['colombia', 0.28, 1650, 735, 7.6, 7.8, 17],
    ['brazil', 0.25, 1000, 690, 6.2, 5.2, 17.5],
    ['sumatra', 0.13, 1300, 705, 5.4, 7.0, 18.5],
    ['yemen', 0.04, 2300, 780, 7.9, 22, 14],
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    let u = next(), k = 0;
    while (k < C.length - 1 && u > C[k][1]) { u -= C[k][1]; k++; }
    const [name, , alt, den, acid, price, screen] = C[k];
    rows.push([`LOT-${2500 + i}`, r2(normal(next, alt, 150), 0), r2(normal(next, den, 14), 0), r2(normal(next, 10.9, 0.7)), r2(normal(next, acid, 0.45), 1), r2(price * Math.exp(normal(next, 0, 0.12))), r2(normal(next, screen, 0.7), 1), 1 + Math.floor(next() * 8), name]);
  }
  write('origin.csv', ['lot_id', 'altitude_m', 'density_gl', 'moisture_pct', 'acidity_score', 'price_per_kg', 'screen_size', 'cupping_table', 'origin'], rows);
}

// sales.csv: 1,000 store-hours, semicolon export with decimal commas -> cups sold per hour.
{
  const next = rng(12704);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const hour = 6 + Math.floor(next() * 15), weekday = Math.floor(next() * 7), tempOut = normal(next, 14, 7), rain = next() < 0.3 ? r2(Math.exp(normal(next, 0.5, 1)), 1) : 0;
    const promo = next() < 0.15 ? 1 : 0, staff = 1 + Math.floor(next() * 4), seats = [12, 24, 40, 60][Math.floor(next() * 4)];
    const rush = Math.exp(-((hour - 8.5) ** 2) / 3) * 1.3 + Math.exp(-((hour - 13) ** 2) / 4) * 0.8;
    const cups = Math.max(2, 18 + 40 * rush + 6 * staff + 0.25 * seats + 9 * promo - 0.55 * (tempOut - 14) + 2.5 * Math.min(rain, 6) - (weekday >= 5 ? 5 : 0) + normal(next, 0, 3));
    const kwh = 0.012 * cups + normal(next, 0.05, 0.01);
    rows.push([`ST-${10 + Math.floor(next() * 30)}`, ts(next, i), hour, weekday, r2(tempOut, 1), rain, promo, staff, seats, r2(kwh, 3), r2(cups, 0)]);
  }
  write('sales.csv', ['store_id', 'till_ts', 'hour', 'weekday', 'temp_out_c', 'rain_mm', 'promo', 'staff', 'seats', 'grinder_kwh', 'cups_per_hour'], rows, ';', true);
}

// queue.csv: 900 orders, tab-separated till export -> skewed queue wait in seconds (and minutes).
{
  const next = rng(12705);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const qlen = Math.floor(Math.exp(normal(next, 1.2, 0.7))), baristas = 1 + Math.floor(next() * 4), milk = next() < 0.6 ? 1 : 0;
    const mobile = r2(clamp(normal(next, 30, 15), 0, 90), 0), items = 1 + Math.floor(Math.exp(normal(next, 0, 0.6)));
    const wait = Math.max(5, 25 + 38 * qlen / baristas + 22 * milk + 14 * items + 0.4 * mobile + normal(next, 0, 6));
    rows.push([`ORD-${900000 + i}`, ts(next, i), qlen, baristas, milk, mobile, items, r2(wait, 0), r2(wait / 60, 2)]);
  }
  write('queue.csv', ['order_id', 'till_ts', 'queue_len', 'baristas', 'milk_drinks', 'mobile_pct', 'items', 'wait_s', 'wait_min'], rows, '\t');
}
