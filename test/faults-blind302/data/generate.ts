/**
 * Writes this set's CSVs (dumpling houses), seeded from 302: `npx tsx test/faults-blind302/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. daily.csv: one row per branch-day. Regression target dumplings_sold (hundreds to thousands);
// binary sold_out (the pork-and-chive ran out before 20:00, ~15%).
{
  const next = rng(302);
  const branches = ['chinatown', 'harbour', 'uni', 'mall', 'airport'];
  const rows: string[] = ['date,branch,weekday,temp_c,rain_mm,covers,delivery_orders,steamers_running,staff_on,promo,price_index,moon_phase,dumplings_sold,sold_out'];
  for (let i = 0; i < 480; i++) {
    const day = i % 96, b = Math.floor(i / 96);
    const date = new Date(Date.UTC(2023, 0, 2 + day * 3)).toISOString().slice(0, 10);
    const weekday = (day * 3) % 7;
    const weekend = weekday >= 5 ? 1 : 0;
    const temp = r2(normal(next, 14, 8), 1);
    const rain = r2(Math.max(0, normal(next, 0, 6)) ** 1.3, 1); // skewed
    const covers = Math.round(clamp(normal(next, 180 + 90 * weekend + 40 * b - 2 * temp, 35), 40, 600));
    const delivery = Math.round(Math.max(0, normal(next, 40 + 3 * rain + 10 * weekend, 12)));
    const steamers = Math.round(clamp(covers / 45 + normal(next, 0, 0.6), 2, 14)); // collinear with covers
    const staff = Math.round(clamp(covers / 30 + normal(next, 0, 1), 3, 22));
    const promo = next() < 0.18 ? 1 : 0;
    const price = r2(normal(next, 1.0, 0.06), 3);
    const moon = r2(next(), 3); // no effect
    const sold = Math.round(clamp(6.2 * covers + 9 * delivery + 350 * promo - 900 * (price - 1) + normal(next, 0, 120), 150, 6000));
    const z = (sold - 2200) / 350 + 1.2 * promo - steamers * 0.2 + normal(next, 0, 0.8);
    const out = next() < sigmoid(z - 1.2) ? 1 : 0;
    rows.push([date, branches[b], weekday, temp, rain, covers, delivery, steamers, staff, promo, price, moon, sold, out].join(','));
  }
  write('daily.csv', rows.join('\n') + '\n');
  // daily-gaps.csv: the same export with missing readings (the till was offline).
  const next2 = rng(302 * 7 + 1);
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    for (const c of [3, 4, 6]) if (next2() < 0.06) cells[c] = next2() < 0.5 ? 'NA' : '';
    return cells.join(',');
  });
  write('daily-gaps.csv', gaps.join('\n') + '\n');
}

// 2. dough.csv: kitchen QC of each dough/filling batch; grade A/B/C/reject (reject rare ~6%).
{
  const next = rng(302 * 11);
  const rows = ['batch_id,hydration_pct,rest_min,flour_protein,kitchen_temp_c,folds,filling_g,steam_min,wrapper_mm,grade'];
  for (let i = 0; i < 420; i++) {
    const hyd = r2(normal(next, 52, 4), 1);
    const rest = Math.round(clamp(normal(next, 30, 12), 5, 90));
    const prot = r2(normal(next, 11, 1.2), 1);
    const ktemp = r2(normal(next, 24, 3), 1);
    const folds = Math.round(clamp(normal(next, 6, 2), 1, 12));
    const fill = r2(normal(next, 14, 2.5), 1);
    const steam = r2(normal(next, 9, 1.5), 1);
    const wrap = r2(clamp(1.6 - 0.01 * (hyd - 52) + normal(next, 0, 0.15), 0.8, 2.6), 2);
    const s = -Math.abs(hyd - 52) / 3 + (rest - 30) / 25 + (prot - 11) / 1.5 - Math.abs(steam - 9) / 1.2 - Math.abs(wrap - 1.5) * 2 + normal(next, 0, 0.5);
    const grade = s > -1.0 ? 'A' : s > -2.4 ? 'B' : s > -4.4 ? 'C' : 'reject';
    rows.push([`B${(1000 + i).toString()}`, hyd, rest, prot, ktemp, folds, fill, steam, wrap, grade].join(','));
  }
  write('dough.csv', rows.join('\n') + '\n');
}

// 3. visits-export.csv: semicolon export with decimal commas from the loyalty app; returned_30d 0/1.
{
  const next = rng(302 * 13);
  const rows = ['visit_id;party_size;wait_min;bill_eur;baskets;tea_refills;rating;returned_30d'];
  for (let i = 0; i < 360; i++) {
    const party = Math.round(clamp(normal(next, 3, 1.5), 1, 10));
    const wait = r2(Math.max(0, normal(next, 12, 9)), 1);
    const bill = r2(party * normal(next, 16.5, 3), 2);
    const baskets = Math.round(clamp(party * 1.4 + normal(next, 0, 1), 1, 20));
    const tea = Math.round(Math.max(0, normal(next, 2, 1.5)));
    const rating = r2(clamp(4.5 - wait / 15 + normal(next, 0, 0.5), 1, 5), 1);
    const ret = next() < sigmoid(1.6 * (rating - 3.6) - 0.03 * wait + 0.2 * (party - 3)) ? 1 : 0;
    rows.push([`V${7000 + i}`, party, String(wait).replace('.', ','), String(bill).replace('.', ','), baskets, tea, String(rating).replace('.', ','), ret].join(';'));
  }
  write('visits-export.csv', rows.join('\n') + '\n');
}

// 4. steamer-log.csv: tab-separated sensor log of the steamers; regression on two targets
// (core_temp_c of the dumpling after steaming, skin_moisture_pct).
{
  const next = rng(302 * 17);
  const rows = ['timestamp\tsteamer\tload_pieces\tsteam_kpa\tduration_s\tstart_temp_c\tlid_opens\tcore_temp_c\tskin_moisture_pct'];
  for (let i = 0; i < 300; i++) {
    const ts = `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(10 + (i % 11)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    const load = Math.round(clamp(normal(next, 30, 8), 6, 48));
    const kpa = r2(normal(next, 104, 3), 1);
    const dur = Math.round(clamp(normal(next, 540, 80), 300, 800));
    const start = r2(normal(next, -4, 6), 1); // frozen vs fresh
    const opens = Math.round(Math.max(0, normal(next, 1, 1)));
    const core = r2(clamp(40 + 0.09 * dur + 0.9 * start - 0.45 * load + 1.2 * (kpa - 104) - 3 * opens + normal(next, 0, 2.5), 20, 99), 1);
    const moist = r2(clamp(38 + 0.02 * dur + 0.12 * load - 1.5 * opens + normal(next, 0, 1.2), 25, 60), 1);
    rows.push([ts, `S${1 + (i % 4)}`, load, kpa, dur, start, opens, core, moist].join('\t'));
  }
  write('steamer-log.csv', rows.join('\n') + '\n');
}
