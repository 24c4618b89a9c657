/**
 * Writes the CSVs of fault set blind299 (churro and crepe stands), seeded from 299.
 * Run once from the repo root: npx tsx test/faults-blind299/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const OUT = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(OUT, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. stand_days.csv: one row per stand per trading day; target churros_sold (regression, raw units).
{
  const next = rng(299);
  const stands = ['PLAZA', 'BEACH', 'MARKET', 'STATION'];
  const rows: string[] = ['date,stand_id,temp_c,rain_mm,foot_traffic,is_weekend,event_nearby,price_eur,price_local_cents,staff,till_no,churros_sold'];
  for (let i = 0; i < 480; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 86400000 * 0.76);
    const stand = stands[Math.floor(next() * stands.length)];
    const month = day.getUTCMonth();
    const temp = r2(14 + 10 * Math.sin(((month - 3) / 12) * 2 * Math.PI) + normal(next, 0, 3), 1);
    const rain = next() < 0.7 ? 0 : r2(Math.exp(normal(next, 1.2, 1.0)), 1); // skewed
    const weekend = next() < 2 / 7 ? 1 : 0;
    const event = next() < 0.12 ? 1 : 0;
    const traffic = Math.round(clamp(normal(next, 2500 + 1800 * weekend + 2500 * event + (stand === 'STATION' ? 1500 : 0), 700), 300, 12000));
    const price = r2(2.5 + 0.5 * Math.floor(next() * 3), 2);
    const cents = Math.round(price * 100 + normal(next, 0, 2)); // collinear with price
    const staff = 1 + Math.floor(next() * 3);
    const till = 1 + Math.floor(next() * 4); // no effect
    const coldBoost = clamp(22 - temp, -8, 20);
    const sold = Math.max(0, Math.round(40 + 0.045 * traffic + 4.5 * coldBoost - 9 * Math.sqrt(rain) - 35 * (price - 2.5) + 18 * staff + normal(next, 0, 18)));
    rows.push([day.toISOString().slice(0, 10), stand, temp, rain, traffic, weekend, event, price, cents, staff, till, sold].join(','));
  }
  write('stand_days.csv', rows.join('\n') + '\n');
  // Copy with missing-value markers (till exports blanks and NA when the card reader was offline).
  const nextG = rng(299 * 7);
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (nextG() < 0.06) cells[3] = 'NA';
    if (nextG() < 0.04) cells[4] = '';
    if (nextG() < 0.03) cells[2] = 'n/a';
    return cells.join(',');
  });
  write('stand_days_gaps.csv', gaps.join('\n') + '\n');
}

// 2. orders.csv: one row per order; predict the filling chosen (string classes, savory rare).
{
  const next = rng(2990);
  const rows: string[] = ['order_id,hour,temp_c,group_size,kids_in_group,spend_prev_visit,loyalty_stamps,filling'];
  for (let i = 0; i < 600; i++) {
    const hour = r2(clamp(normal(next, 15, 3.5), 8, 23), 2);
    const temp = r2(normal(next, 18, 7), 1);
    const group = 1 + Math.floor(Math.exp(normal(next, 0.3, 0.6)));
    const kids = Math.min(group - 1, Math.floor(next() * group));
    const prev = r2(Math.max(0, Math.exp(normal(next, 1.8, 0.7)) - 2), 2);
    const stamps = Math.floor(next() * 10);
    const sNutella = 0.9 * (hour - 15) / 3 + 1.2 * kids + normal(next, 0, 0.5);
    const sSugar = -1.0 * (hour - 15) / 3 - 0.05 * (temp - 18) + normal(next, 0, 0.5);
    const sDulce = 0.15 * stamps - 0.3 + 0.4 * (temp - 18) / 7 + normal(next, 0, 0.5);
    const sSavory = -2.4 + 1.8 * Math.exp(-((hour - 13) ** 2) / 2) - 0.8 * kids + 0.25 * prev + normal(next, 0, 0.5);
    const scores = [sNutella, sSugar, sDulce, sSavory];
    const names = ['nutella', 'cinnamon_sugar', 'dulce_de_leche', 'ham_cheese'];
    let best = 0;
    for (let k = 1; k < 4; k++) if (scores[k] > scores[best]) best = k;
    rows.push([`ORD-${String(10000 + i)}`, hour, temp, group, kids, prev, stamps, names[best]].join(','));
  }
  write('orders.csv', rows.join('\n') + '\n');
}

// 3. batter_batches.csv: each batter batch; rejected (0/1) by the morning quality check.
//    Plus a European export of the same sheet: semicolons and decimal commas.
{
  const next = rng(29900);
  const header = ['batch_id', 'batter_temp_c', 'rest_min', 'flour_g', 'milk_ml', 'eggs', 'oil_temp_c', 'humidity_pct', 'rejected'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const bt = r2(normal(next, 19, 3.5), 1);
    const rest = Math.round(clamp(Math.exp(normal(next, 3.2, 0.5)), 5, 180));
    const flour = Math.round(normal(next, 1000, 60));
    const milk = Math.round(flour * 1.9 + normal(next, 0, 80)); // collinear with flour
    const eggs = Math.round(clamp(normal(next, 6, 1), 3, 9));
    const oil = r2(normal(next, 185, 9), 1);
    const hum = r2(clamp(normal(next, 60, 15), 20, 98), 1);
    const z = -1.3 + 0.35 * (bt - 19) - 0.025 * (rest - 25) + 0.06 * Math.abs(oil - 185) + 0.012 * (milk - 1.9 * flour) / 1 + 0.03 * (hum - 60);
    const rej = next() < sigmoid(2.2 * z) ? 1 : 0;
    rows.push([`B${2300 + i}`, bt, rest, flour, milk, eggs, oil, hum, rej]);
  }
  write('batter_batches.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  const eu = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';'));
  write('batter_batches_eu.csv', [header.join(';'), ...eu].join('\n') + '\n');
}

// 4. queue_waits.tsv: tab-separated export from the queue-ticket app; target wait_min (regression).
{
  const next = rng(299299);
  const rows: string[] = ['ticket\tqueue_len\tstaff_on\tcrepes_in_order\tsavory_share\tgriddles_hot\tminute_of_day\twait_min'];
  for (let i = 0; i < 360; i++) {
    const q = Math.floor(clamp(Math.exp(normal(next, 1.5, 0.8)), 0, 40));
    const staff = 1 + Math.floor(next() * 3);
    const crepes = 1 + Math.floor(Math.exp(normal(next, 0.2, 0.6)));
    const sav = r2(next() < 0.5 ? 0 : next(), 2);
    const griddles = Math.min(staff + 1, 1 + Math.floor(next() * 4));
    const minute = Math.round(clamp(normal(next, 900, 150), 480, 1380));
    const wait = Math.max(0.5, r2((q * 2.4 + crepes * 1.5 + sav * 3) / Math.sqrt(staff * griddles) + normal(next, 0, 1.2), 1));
    rows.push([`T${i}`, q, staff, crepes, sav, griddles, minute, wait].join('\t'));
  }
  write('queue_waits.tsv', rows.join('\n') + '\n');
}
