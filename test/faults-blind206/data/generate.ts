/**
 * Writes this set's CSVs (garden centres and plant nurseries), seeded from 206:
 * `npx tsx test/faults-blind206/data/generate.ts`. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// nursery_stock.csv: one row per potted plant lot; sold within 30 days (0/1), grade (A/B/C), price.
{
  const next = rng(206001);
  const rows: string[] = ['lot_id,potted_on,pot_litres,height_cm,stem_mm,leaf_count,water_ml_day,greenhouse_temp_c,shade_pct,days_in_stock,price_eur,sold_30d,grade'];
  const gaps: string[] = [rows[0]];
  const semi: string[] = [rows[0].replace(/,/g, ';')];
  for (let i = 0; i < 480; i++) {
    const pot = [1, 2, 3, 5, 7.5, 10, 15, 20, 30][Math.floor(next() * 9)];
    const height = clamp(normal(next, 15 + pot * 4.5, 10), 5, 220);
    const stem = clamp(height * 0.12 + normal(next, 0, 1.2), 1, 40);
    const leaves = Math.round(clamp(normal(next, 20 + height * 0.8, 12), 3, 400));
    const water = clamp(normal(next, 80 + pot * 40, 60), 20, 2000);
    const temp = normal(next, 18, 3.5);
    const shade = Math.round(next() * 70);
    const days = Math.round(clamp(-Math.log(Math.max(next(), 1e-6)) * 35, 1, 365));
    const price = clamp(2.5 + pot * 2.8 + height * 0.18 + normal(next, 0, 3), 1.99, 250);
    const health = 0.04 * (stem - height * 0.12) + (temp - 18) * -0.08 + normal(next, 0, 0.6);
    const z = 1.4 - 0.03 * days + 0.08 * (height / pot) - 0.04 * price + 0.6 * health + normal(next, 0, 0.5);
    const sold = next() < sigmoid(2 * z) ? 1 : 0;
    const q = health + 0.01 * leaves - 0.02 * days + normal(next, 0, 0.3);
    const grade = q > 0.2 ? 'A' : q > -1.2 ? 'B' : 'C';
    const date = `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const vals = [`LOT-${7000 + i}`, date, pot, r2(height, 1), r2(stem, 1), leaves, r2(water, 0), r2(temp, 1), shade, days, r2(price), sold, grade];
    rows.push(vals.join(','));
    semi.push(vals.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
    const g = vals.slice();
    if (next() < 0.06) g[5] = 'NA';
    if (next() < 0.04) g[7] = '';
    if (next() < 0.03) g[3] = 'n/a';
    gaps.push(g.join(','));
  }
  write('nursery_stock.csv', rows.join('\n') + '\n');
  write('nursery_stock_export.csv', semi.join('\n') + '\n');
  write('nursery_stock_gaps.csv', gaps.join('\n') + '\n');
}

// seedling_trays.csv (tab-separated): germination percentage of a seed tray from its conditions.
{
  const next = rng(206002);
  const rows: string[] = [['tray_code', 'sown', 'soil_temp_c', 'moisture_pct', 'seed_age_months', 'light_lux', 'cells', 'germination_pct'].join('\t')];
  for (let i = 0; i < 360; i++) {
    const temp = normal(next, 20, 4);
    const moist = clamp(normal(next, 55, 15), 10, 95);
    const age = Math.round(clamp(-Math.log(Math.max(next(), 1e-6)) * 10, 0, 60));
    const lux = clamp(normal(next, 9000, 4000), 500, 25000);
    const cells = [24, 40, 60, 84, 126][Math.floor(next() * 5)];
    const g = 92 - 0.35 * (temp - 21) ** 2 - 0.012 * (moist - 60) ** 2 - 0.8 * age + 0.0003 * (lux - 9000) + normal(next, 0, 4);
    rows.push([`TR${String(i).padStart(4, '0')}`, `wk${1 + (i % 52)}`, r2(temp, 1), r2(moist, 1), age, Math.round(lux), cells, r2(clamp(g, 0, 100), 1)].join('\t'));
  }
  write('seedling_trays.csv', rows.join('\n') + '\n');
}

// daily_takings.csv: a garden centre's daily till takings (EUR, raw) from weather and calendar.
{
  const next = rng(206003);
  const rows: string[] = ['date,day_of_week,weekend,max_temp_c,rain_mm,sun_hours,bank_holiday,promo,car_park_full_pct,takings_eur'];
  for (let i = 0; i < 420; i++) {
    const dow = i % 7, weekend = dow >= 5 ? 1 : 0;
    const season = Math.sin(((i % 365) / 365) * 2 * Math.PI - 1.2);
    const temp = 13 + 9 * season + normal(next, 0, 3);
    const rain = next() < 0.45 ? r2(-Math.log(Math.max(next(), 1e-6)) * 4, 1) : 0;
    const sun = clamp(5 + 4 * season - 0.3 * rain + normal(next, 0, 2), 0, 15);
    const hol = next() < 0.03 ? 1 : 0;
    const promo = next() < 0.15 ? 1 : 0;
    const takings = clamp(2600 + 2200 * weekend + 180 * (temp - 13) - 90 * rain + 120 * sun + 2500 * hol + 900 * promo + normal(next, 0, 500), 300, 20000);
    const park = clamp(takings / 120 + normal(next, 0, 6), 0, 100);
    rows.push([`2024-d${String(i).padStart(3, '0')}`, dow, weekend, r2(temp, 1), rain, r2(sun, 1), hol, promo, r2(park, 0), r2(takings, 0)].join(','));
  }
  write('daily_takings.csv', rows.join('\n') + '\n');
}

// pest_scout.csv: scouting records, pest found on the bench: none / aphid / whitefly / spider_mite (rare).
{
  const next = rng(206004);
  const rows: string[] = ['bench,scout,leaf_temp_c,rh_pct,sticky_trap_count,days_since_spray,new_growth_pct,pest'];
  for (let i = 0; i < 400; i++) {
    const lt = normal(next, 22, 4), rh = clamp(normal(next, 65, 14), 20, 99);
    const trap = Math.round(clamp(-Math.log(Math.max(next(), 1e-6)) * 12, 0, 150));
    const spray = Math.round(next() * 40), growth = clamp(normal(next, 30, 12), 0, 90);
    const s = [0.8 - 0.03 * spray - 0.02 * trap, 0.04 * growth - 0.6 + 0.01 * spray, 0.05 * trap - 1.0 + 0.02 * (lt - 22), 0.35 * (lt - 24) - 0.06 * (rh - 65) - 2.2];
    const e = s.map((v) => Math.exp(2 * v + normal(next, 0, 0.3)));
    let u = next() * e.reduce((a, b) => a + b, 0), k = 0;
    while (u > e[k] && k < 3) u -= e[k++];
    const name = ['none', 'aphid', 'whitefly', 'spider_mite'][k];
    rows.push([`B${1 + (i % 24)}`, ['ana', 'tom', 'lee'][i % 3], r2(lt, 1), r2(rh, 0), trap, spray, r2(growth, 1), name].join(','));
  }
  write('pest_scout.csv', rows.join('\n') + '\n');
}
