/**
 * Writes this set's CSVs (gelato shops), seeded from 284: `npx tsx test/faults-blind284/data/generate.ts`.
 * sales.csv: 400 shop-days (date text, shop id text, weather, tourists, price) -> scoops sold and sellout 0/1.
 * flavours.csv: 330 recipe batches -> style (crema / frutta / sorbetto / vegano, the last rare).
 * sales-semicolon.csv: the same sales exported with semicolons and decimal commas.
 * sales-gaps.csv: the sales with NA and empty cells where the till export lost readings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(284);

// ---- sales ----
const salesRows: string[][] = [];
const header = ['date', 'shop', 'temp_c', 'feels_like_c', 'sunshine_h', 'rain_mm', 'weekend', 'tourists_k', 'price_eur', 'staff_on_shift', 'scoops', 'sellout'];
for (let i = 0; i < 400; i++) {
  const day = i % 200;
  const shop = i < 200 ? 'S01' : 'S02';
  const month = 3 + Math.floor(day / 30.5);
  const date = `2024-${String(month).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')}`;
  const season = Math.sin((Math.PI * day) / 200);
  const temp = clamp(normal(r, 12 + 16 * season, 3.5), -2, 38);
  const feels = temp + normal(r, 0.5, 1.0); // collinear with temp
  const sun = clamp(normal(r, 3 + 8 * season, 2.5), 0, 14);
  const rain = r() < 0.3 ? Math.exp(normal(r, 1.2, 1.0)) : 0; // skewed
  const weekend = day % 7 >= 5 ? 1 : 0;
  const tourists = Math.exp(normal(r, 1.5 + 1.2 * season, 0.5)); // skewed, thousands
  const price = +(2.5 + (shop === 'S02' ? 0.4 : 0) + 0.1 * Math.floor(day / 60)).toFixed(2);
  const staff = 2 + Math.floor(r() * 3); // no effect
  const scoops = Math.max(0, Math.round(120 + 28 * temp + 14 * sun - 9 * rain + 160 * weekend + 35 * tourists - 90 * (price - 2.5) + normal(r, 0, 70)));
  const sellout = r() < sigmoid((scoops - 1250) / 150) ? 1 : 0;
  salesRows.push([date, shop, temp.toFixed(1), feels.toFixed(1), sun.toFixed(1), rain.toFixed(1), String(weekend), tourists.toFixed(2), price.toFixed(2), String(staff), String(scoops), String(sellout)]);
}
fs.writeFileSync(path.join(dir, 'sales.csv'), [header.join(','), ...salesRows.map((x) => x.join(','))].join('\n') + '\n');
fs.writeFileSync(
  path.join(dir, 'sales-semicolon.csv'),
  [header.join(';'), ...salesRows.map((x) => x.map((v) => v.replace('.', ',')).join(';'))].join('\n') + '\n',
);
const gaps = salesRows.map((x) => x.slice());
for (const row of gaps) {
  if (r() < 0.06) row[2] = 'NA';
  if (r() < 0.04) row[4] = '';
  if (r() < 0.03) row[7] = 'n/a';
}
fs.writeFileSync(path.join(dir, 'sales-gaps.csv'), [header.join(','), ...gaps.map((x) => x.join(','))].join('\n') + '\n');

// ---- flavours ----
const fh = ['batch_id', 'sugar_pct', 'fat_pct', 'msnf_pct', 'overrun_pct', 'brix', 'fruit_pct', 'serving_temp_c', 'style'];
const fr: string[][] = [];
const styles = ['crema', 'frutta', 'sorbetto', 'vegano'];
const weights = [0.42, 0.3, 0.2, 0.08];
for (let i = 0; i < 330; i++) {
  let u = r(), k = 0;
  while (k < 3 && u > weights[k]) { u -= weights[k]; k++; }
  const fat = [8, 4, 0.3, 5][k] + normal(r, 0, 1.3);
  const msnf = [10, 6, 0.2, 0.5][k] + normal(r, 0, 1.2);
  const sugar = [17, 20, 26, 19][k] + normal(r, 0, 2);
  const fruit = [2, 30, 42, 12][k] + normal(r, 0, 7);
  const overrun = [32, 28, 22, 26][k] + normal(r, 0, 5);
  const brix = sugar + 0.4 * fruit * 0.3 + normal(r, 0, 1); // collinear with sugar
  const temp = -12 + normal(r, [0, 0.5, 1.5, 0.8][k], 0.9);
  let label = styles[k];
  if (r() < 0.07) label = styles[Math.floor(r() * 4)];
  fr.push([`B${1000 + i}`, sugar.toFixed(1), Math.max(0, fat).toFixed(2), Math.max(0, msnf).toFixed(2), overrun.toFixed(1), brix.toFixed(1), Math.max(0, fruit).toFixed(1), temp.toFixed(1), label]);
}
fs.writeFileSync(path.join(dir, 'flavours.csv'), [fh.join(','), ...fr.map((x) => x.join(','))].join('\n') + '\n');
