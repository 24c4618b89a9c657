/**
 * Writes this set's CSVs (food trucks and street-food markets), seeded from 209:
 * npx tsx test/faults-blind209/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number) => Math.round(x * 100) / 100;

// 1. truck-days.csv: one row per truck per trading day; target revenue_eur in raw euros.
{
  const next = rng(209001);
  const rows: string[] = ['date,truck_id,temp_c,rain_mm,foot_traffic,event_day,weekday,open_hours,staff,menu_items,revenue_eur'];
  const plain: number[][] = [];
  for (let i = 0; i < 420; i++) {
    const day = 1 + (i % 28), month = 3 + Math.floor(i / 60);
    const temp = normal(next, 18, 7);
    const rain = next() < 0.65 ? 0 : -Math.log(Math.max(next(), 1e-9)) * 4; // skewed
    const event = next() < 0.15 ? 1 : 0;
    const weekday = Math.floor(next() * 7);
    const traffic = Math.max(200, normal(next, 2500, 900) + event * 3000 + (weekday >= 5 ? 800 : 0) - rain * 60);
    const hours = clamp(Math.round(normal(next, 7, 1.5)), 3, 12);
    const staff = clamp(Math.round(hours / 3 + normal(next, 0.5, 0.6)), 1, 5); // collinear with hours
    const menu = Math.floor(6 + next() * 14); // no effect
    const revenue = 120 + 0.18 * traffic + 22 * Math.max(0, temp - 8) - 25 * rain + 55 * hours + 40 * staff + normal(next, 0, 70);
    const rec = [temp, rain, traffic, event, weekday, hours, staff, menu, Math.max(40, revenue)].map(r2);
    plain.push(rec);
    rows.push([`2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, `T${100 + Math.floor(next() * 12)}`, ...rec].join(','));
  }
  write('truck-days.csv', rows.join('\n') + '\n');
  // 2. truck-days-gaps.csv: the same sheet from the till app, missing readings exported as NA or blanks.
  const gaps = [rows[0]];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i].split(',');
    if (i % 17 === 3) cells[2] = 'NA';
    if (i % 23 === 5) cells[4] = '';
    if (i % 31 === 7) cells[3] = 'n/a';
    gaps.push(cells.join(','));
  }
  write('truck-days-gaps.csv', gaps.join('\n') + '\n');
}

// 3. inspections.csv: health inspections, failed 0/1 (about 25%, 6% flipped).
{
  const next = rng(209002);
  const rows: string[] = ['inspection_id,fridge_temp_c,days_since_deep_clean,staff_certified,years_trading,complaints_90d,generator_hours,water_tank_l,failed'];
  for (let i = 0; i < 380; i++) {
    const fridge = normal(next, 4.5, 1.8);
    const clean = -Math.log(Math.max(next(), 1e-9)) * 9; // skewed
    const cert = Math.floor(next() * 4);
    const years = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 4);
    const complaints = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const gen = normal(next, 1500, 600); // no effect
    const tank = normal(next, 80, 20);
    const z = -2.2 + 0.9 * (fridge - 4.5) + 0.09 * (clean - 9) - 0.5 * cert - 0.08 * years + 0.55 * complaints - 0.015 * (tank - 80);
    let failed = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.06) failed = 1 - failed;
    rows.push([`INS-${5000 + i}`, r2(fridge), r2(clean), cert, years, complaints, r2(Math.max(0, gen)), r2(tank), failed].join(','));
  }
  write('inspections.csv', rows.join('\n') + '\n');
}

// 4. stalls.csv: market stall's best-seller category, string classes, dessert rare (~8%), 8% relabelled.
{
  const next = rng(209003);
  const rows: string[] = ['stall,avg_ticket_eur,spice_level,veg_share,queue_min,prep_min,fryer_kw,pitch_m2,category'];
  const cats = ['tacos', 'burgers', 'vegan', 'dessert'];
  for (let i = 0; i < 400; i++) {
    const u = next();
    const c = u < 0.36 ? 0 : u < 0.68 ? 1 : u < 0.92 ? 2 : 3;
    const ticket = normal(next, [9, 13, 11, 6][c], 1.6);
    const spice = clamp(normal(next, [3.5, 1.5, 2.2, 0.3][c], 0.8), 0, 5);
    const veg = clamp(normal(next, [0.3, 0.12, 0.95, 0.7][c], 0.12), 0, 1);
    const queue = Math.max(0, normal(next, [8, 12, 6, 4][c], 3));
    const prep = Math.max(1, normal(next, [4, 7, 5, 2][c], 1.4));
    const fryer = Math.max(0, normal(next, [3, 9, 2, 4][c], 2));
    const pitch = normal(next, 12, 3); // no effect
    const label = next() < 0.08 ? Math.floor(next() * 4) : c;
    rows.push([`S${i + 1}`, r2(ticket), r2(spice), r2(veg), r2(queue), r2(prep), r2(fryer), r2(pitch), cats[label]].join(','));
  }
  write('stalls.csv', rows.join('\n') + '\n');
}

// 5. market-export.csv: the market office's spreadsheet export (semicolons, decimal commas): queue wait in minutes.
{
  const next = rng(209004);
  const rows: string[] = ['market_day;open_stalls;visitors_per_hour;temp_c;cash_only_share;wait_min'];
  for (let i = 0; i < 300; i++) {
    const stalls = Math.floor(18 + next() * 30);
    const visitors = Math.max(100, normal(next, 900, 300));
    const temp = normal(next, 16, 6);
    const cash = clamp(normal(next, 0.35, 0.15), 0, 1);
    const wait = Math.max(1, 2 + 0.012 * visitors - 0.15 * stalls + 6 * cash + 0.05 * temp + normal(next, 0, 1));
    const f = (x: number) => String(r2(x)).replace('.', ',');
    rows.push([`D${i + 1}`, stalls, f(visitors), f(temp), f(cash), f(wait)].join(';'));
  }
  write('market-export.csv', rows.join('\n') + '\n');
}

// 6. shifts.tsv-style tab export of fuel use per shift (regression), written as .csv with tabs.
{
  const next = rng(209005);
  const rows: string[] = ['shift_id\tkm_driven\tgenerator_hours\tgrill_hours\tambient_c\tfuel_l'];
  for (let i = 0; i < 260; i++) {
    const km = Math.max(0, normal(next, 25, 15));
    const gen = Math.max(0, normal(next, 6, 2));
    const grill = clamp(gen - normal(next, 1, 0.7), 0, 12);
    const amb = normal(next, 15, 8);
    const fuel = 0.09 * km + 1.1 * gen + 0.6 * grill + 0.04 * Math.abs(amb - 15) + normal(next, 0, 0.6);
    rows.push([`SH${i + 1}`, r2(km), r2(gen), r2(grill), r2(amb), r2(fuel)].join('\t'));
  }
  write('shifts.csv', rows.join('\n') + '\n');
}
console.log('written');
