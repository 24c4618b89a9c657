/**
 * Writes this set's CSVs (trampoline parks and gymnastics clubs), seeded from 246:
 * `npx tsx test/faults-blind246/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. jumps.csv: one row per jumper session at a trampoline park; incident (first-aid log) 0/1, ~15%.
{
  const next = rng(246001);
  const rows: string[] = ['booking_id,checkin_time,age,weight_kg,session_min,jumps_per_min,zone,staff_ratio,hall_temp_c,repeat_visits,incident'];
  const jumps: number[][] = [];
  for (let i = 0; i < 460; i++) {
    const age = clamp(Math.round(5 + 40 * next() ** 1.8), 4, 62);
    const weight = r2(clamp(age < 14 ? 18 + 3.2 * age + normal(next, 0, 5) : normal(next, 74, 13), 15, 140), 1);
    const session = [30, 60, 60, 90, 120][Math.floor(next() * 5)];
    const jpm = r2(clamp(normal(next, 38, 9) - 0.15 * (age - 20), 8, 70), 1);
    const zone = 1 + Math.floor(next() * 6); // 1 main court .. 6 dodgeball
    const staff = r2(clamp(normal(next, 0.08, 0.025), 0.02, 0.16), 3);
    const temp = r2(normal(next, 21, 2.5), 1);
    const visits = Math.floor(Math.exp(normal(next, 1.2, 1.0))); // skewed
    const z = -2.6 + 0.028 * (weight - 60) + 0.035 * (jpm - 38) + 0.012 * (session - 60) - 14 * (staff - 0.08) + (zone === 4 ? 1.2 : 0) - 0.12 * Math.min(visits, 10) + 0.02 * Math.max(0, age - 35);
    const y = next() < sigmoid(1.5 * z) ? 1 : 0;
    const hh = 9 + Math.floor(next() * 11), mm = Math.floor(next() * 60);
    const t = `2024-0${1 + Math.floor(next() * 9)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    jumps.push([age, weight, session, jpm, zone, staff, temp, visits, y]);
    rows.push(`BK${String(100000 + i * 7)},${t},${age},${weight},${session},${jpm},${zone},${staff},${temp},${visits},${y}`);
  }
  write('jumps.csv', rows.join('\n') + '\n');
  // Copy with missing-value markers, as the front-desk sheet really had them.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (i % 13 === 5) cells[3] = 'NA';
    if (i % 17 === 3) cells[7] = '';
    if (i % 29 === 11) cells[6] = '?';
    return cells.join(',');
  });
  write('jumps-gaps.csv', gaps.join('\n') + '\n');
}

// 2. attendance.csv: daily visitors at a park; promo spend in euros (large), rain skewed, revenue collinear.
{
  const next = rng(246002);
  const rows: string[] = ['date,weekday,school_holiday,temp_c,rain_mm,promo_spend_eur,ticket_price_eur,parking_spaces,visitors,revenue_eur'];
  const eu: string[] = ['datum;wochentag;ferien;temp_c;regen_mm;werbung_eur;ticketpreis_eur;parkplaetze;besucher'];
  for (let i = 0; i < 420; i++) {
    const weekday = i % 7; // 0 Monday
    const holiday = next() < 0.25 ? 1 : 0;
    const temp = r2(12 + 10 * Math.sin((2 * Math.PI * i) / 365) + normal(next, 0, 4), 1);
    const rain = r2(next() < 0.55 ? 0 : Math.exp(normal(next, 1.0, 1.1)), 1);
    const promo = Math.round(clamp(Math.exp(normal(next, 5.8, 0.7)), 50, 4000));
    const price = [14.5, 16, 17.5, 19][Math.floor(next() * 4)];
    const parking = 180; // constant: the lot never changed
    const weekend = weekday >= 5 ? 1 : 0;
    const v = 140 + 190 * weekend + 150 * holiday + 9 * Math.min(rain, 15) - 3.5 * (temp - 12) + 0.05 * promo - 6 * (price - 16) + normal(next, 0, 28);
    const visitors = Math.max(20, Math.round(v));
    const revenue = r2(visitors * price * (0.95 + 0.1 * next()), 2);
    const date = new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
    rows.push(`${date},${weekday},${holiday},${temp},${rain},${promo},${price},${parking},${visitors},${revenue}`);
    const c = (x: number) => String(x).replace('.', ',');
    eu.push(`${date};${weekday};${holiday};${c(temp)};${c(rain)};${promo};${c(price)};${parking};${visitors}`);
  }
  write('attendance.csv', rows.join('\n') + '\n');
  write('attendance-eu.csv', eu.join('\n') + '\n');
}

// 3. gymnasts.csv: club members' assessment scores; squad string label with a rare "elite" class.
{
  const next = rng(246003);
  const header = ['member_id', 'age', 'height_cm', 'train_hours_wk', 'vault', 'beam', 'floor', 'bars', 'split_cm', 'shoe_size', 'squad'];
  const rows: string[] = [header.join(',')];
  const tab: string[] = [header.join('\t')];
  for (let i = 0; i < 390; i++) {
    const u = next();
    const level = u < 0.45 ? 0 : u < 0.78 ? 1 : u < 0.94 ? 2 : 3;
    const squad = ['recreational', 'development', 'competitive', 'elite'][level];
    const age = Math.round(clamp(normal(next, 10 + level * 1.5, 2.5), 6, 19));
    const height = r2(clamp(100 + 4.6 * age + normal(next, 0, 6), 105, 185), 1);
    const hours = r2(clamp(normal(next, 2 + 5 * level, 1.8), 0.5, 28), 1);
    const skill = level + normal(next, 0, 0.55);
    const score = (base: number) => r2(clamp(base + 0.9 * skill + normal(next, 0, 0.45), 5, 15), 2);
    const vault = score(9.2), beam = score(8.6), floor = score(9.0), bars = score(8.4);
    const split = r2(clamp(normal(next, 25 - 5 * skill, 5), 0, 45), 1);
    const shoe = Math.round(clamp(normal(next, 33, 3), 26, 42));
    const cells = [`GYM-${1000 + i}`, age, height, hours, vault, beam, floor, bars, split, shoe, squad];
    rows.push(cells.join(','));
    tab.push(cells.join('\t'));
  }
  write('gymnasts.csv', rows.join('\n') + '\n');
  write('gymnasts-export.tsv.csv', tab.join('\n') + '\n');
}

// 4. flips.csv: a coach's landing data (regression): takeoff speed, height, rotation; landing score 0..10.
{
  const next = rng(246004);
  const rows: string[] = ['athlete,takeoff_ms,bed_height_m,rotation_deg,arm_swing,landing_score'];
  for (let i = 0; i < 320; i++) {
    const speed = r2(normal(next, 4.5, 0.8), 2);
    const height = r2(clamp(normal(next, 2.2, 0.6), 0.6, 4.5), 2);
    const rot = Math.round(clamp(normal(next, 360, 120), 90, 720));
    const arm = r2(next(), 3);
    const ideal = 360 * Math.round(rot / 360) || 360;
    const s = 8.5 - 0.012 * Math.abs(rot - ideal) + 0.8 * Math.sin(1.2 * (height - 2.2)) + 1.2 * arm - 0.3 * (speed - 4.5) ** 2 + normal(next, 0, 0.4);
    rows.push(`A${i % 40},${speed},${height},${rot},${arm},${r2(clamp(s, 0, 10), 2)}`);
  }
  write('flips.csv', rows.join('\n') + '\n');
}
