/** Writes the sushi-restaurant CSVs of blind282 (seeded from 282): run once, the CSVs are committed. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. daily covers per branch: date text, weekday, temperature, rain (skewed), seats, promo,
//    tuna and salmon market prices (collinear), staff, moon phase (no effect) -> covers (raw count).
{
  const next = rng(282);
  const rows: string[] = ['date,branch,weekday,temp_c,rain_mm,seats_open,promo,tuna_price_kg,salmon_price_kg,staff,moon_phase,covers'];
  const eu: string[] = ['date;branch;weekday;temp_c;rain_mm;seats_open;promo;tuna_price_kg;salmon_price_kg;staff;moon_phase;covers'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 480; i++) {
    const day = i % 240, branch = i < 240 ? 'Shibuya-st' : 'Harbour-rd';
    const d = new Date(Date.UTC(2023, 0, 1 + day));
    const weekday = d.getUTCDay();
    const temp = r2(15 + 10 * Math.sin((2 * Math.PI * (day - 100)) / 365) + normal(next, 0, 3), 1);
    const rain = r2(next() < 0.6 ? 0 : -Math.log(Math.max(next(), 1e-9)) * 6, 1);
    const seats = branch === 'Shibuya-st' ? 60 + Math.floor(next() * 3) * 10 : 90 + Math.floor(next() * 2) * 15;
    const promo = next() < 0.18 ? 1 : 0;
    const tuna = r2(38 + 6 * Math.sin(day / 40) + normal(next, 0, 1.5));
    const salmon = r2(0.45 * tuna + 4 + normal(next, 0, 0.6));
    const staff = Math.round(clamp(seats / 15 + normal(next, 0, 1), 3, 12));
    const moon = r2(next(), 3);
    const wk = weekday === 5 || weekday === 6 ? 1 : 0;
    const covers = Math.max(8, Math.round(0.9 * seats + 70 * wk + 35 * promo - 2.2 * rain + 1.5 * (temp - 15) - 1.2 * (tuna - 38) + 4 * staff + normal(next, 0, 14)));
    const date = d.toISOString().slice(0, 10);
    const vals = [date, branch, weekday, temp, rain, seats, promo, tuna, salmon, staff, moon, covers];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => String(v).replace('.', ',')).join(';'));
    const g = vals.map((v, k) => (k >= 3 && k <= 8 && next() < 0.04 ? (next() < 0.5 ? 'NA' : '') : v));
    gaps.push(g.join(','));
  }
  write('covers.csv', rows.join('\n') + '\n');
  write('covers-eu.csv', eu.join('\n') + '\n');
  write('covers-gaps.csv', gaps.join('\n') + '\n');
}

// 2. fish lot grading at delivery: hours since catch (skewed), storage temp, pH, gill colour, smell,
//    fat %, supplier code (text) -> grade A / B / C / reject (rare); 6% of grades relabelled.
{
  const next = rng(282 * 2 + 1);
  const rows: string[] = ['lot_id,supplier,hours_since_catch,storage_temp_c,ph,gill_score,smell_score,fat_pct,grade'];
  for (let i = 0; i < 420; i++) {
    const hours = r2(4 + -Math.log(Math.max(next(), 1e-9)) * 20, 1);
    const temp = r2(clamp(normal(next, 1.5, 1.4), -1, 7), 1);
    const ph = r2(6.1 + 0.008 * hours + 0.03 * temp + normal(next, 0, 0.08), 2);
    const gill = r2(clamp(9 - 0.06 * hours - 0.3 * temp + normal(next, 0, 0.8), 0, 10), 1);
    const smell = r2(clamp(8.5 - 0.05 * hours - 0.4 * temp + normal(next, 0, 0.9), 0, 10), 1);
    const fat = r2(clamp(normal(next, 12, 5), 1, 28), 1);
    const z = 0.06 * hours + 0.35 * temp - 0.25 * gill - 0.2 * smell + normal(next, 0, 0.4);
    let grade = z < -2.6 ? 'A' : z < -1.2 ? 'B' : z < 1.2 ? 'C' : 'reject';
    if (next() < 0.06) grade = ['A', 'B', 'C'][Math.floor(next() * 3)];
    rows.push([`L${10000 + i}`, ['TSK', 'HKD', 'NOR', 'CHL'][Math.floor(next() * 4)], hours, temp, ph, gill, smell, fat, grade].join(','));
  }
  write('fish-lots.csv', rows.join('\n') + '\n');
}

// 3. reservations: party size, lead time days (skewed), hour, weekend, prior no-shows, deposit,
//    rain forecast, online booking -> no_show 0/1 (about 15%), tab-separated export + comma copy.
{
  const next = rng(282 * 3 + 7);
  const head = ['booking_ref', 'party_size', 'lead_days', 'hour', 'weekend', 'prior_noshows', 'deposit', 'rain_forecast', 'online', 'no_show'];
  const rows: string[] = [head.join(',')], tabs: string[] = [head.join('\t')];
  for (let i = 0; i < 600; i++) {
    const party = Math.max(1, Math.round(-Math.log(Math.max(next(), 1e-9)) * 2.2 + 1));
    const lead = r2(-Math.log(Math.max(next(), 1e-9)) * 9, 1);
    const hour = 17 + Math.floor(next() * 6);
    const weekend = next() < 0.35 ? 1 : 0;
    const prior = next() < 0.8 ? 0 : Math.floor(next() * 4) + 1;
    const deposit = party >= 6 ? (next() < 0.8 ? 1 : 0) : next() < 0.15 ? 1 : 0;
    const rainF = r2(next(), 2);
    const online = next() < 0.6 ? 1 : 0;
    const z = -2.6 + 0.06 * lead + 0.9 * prior - 1.8 * deposit + 0.8 * online + 0.9 * rainF - 0.2 * weekend + normal(next, 0, 0.4);
    const y = next() < sigmoid(2 * z) ? 1 : 0;
    const vals = [`R-${23000 + i}`, party, lead, hour, weekend, prior, deposit, rainF, online, y];
    rows.push(vals.join(','));
    tabs.push(vals.join('\t'));
  }
  write('reservations.csv', rows.join('\n') + '\n');
  write('reservations-tab.csv', tabs.join('\n') + '\n');
}

// 4. shari (sushi rice) batches: water ratio, soak minutes, vinegar ml/kg, sugar g/kg, salt g/kg,
//    kitchen humidity, rest minutes -> stickiness and firmness scores (two regression targets).
{
  const next = rng(282 * 5 + 3);
  const rows: string[] = ['batch,water_ratio,soak_min,vinegar_ml_kg,sugar_g_kg,salt_g_kg,humidity_pct,rest_min,stickiness,firmness'];
  for (let i = 0; i < 360; i++) {
    const water = r2(1.0 + next() * 0.3, 3);
    const soak = Math.round(15 + next() * 45);
    const vin = Math.round(90 + next() * 60);
    const sugar = Math.round(30 + next() * 40);
    const salt = r2(8 + next() * 8, 1);
    const hum = Math.round(40 + next() * 45);
    const rest = Math.round(5 + next() * 25);
    const stick = r2(5 + 12 * (water - 1.15) + 0.03 * (soak - 40) + 0.04 * (sugar - 50) - 0.2 * Math.abs(vin - 120) / 10 + 0.02 * (hum - 60) + normal(next, 0, 0.35), 2);
    const firm = r2(6 - 10 * (water - 1.15) - 0.025 * (soak - 40) + 0.05 * (rest - 15) + 0.03 * (vin - 120) / 3 + normal(next, 0, 0.35), 2);
    rows.push([`B${i + 1}`, water, soak, vin, sugar, salt, hum, rest, stick, firm].join(','));
  }
  write('shari.csv', rows.join('\n') + '\n');
}
