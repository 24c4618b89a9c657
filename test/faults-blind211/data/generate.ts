/** Writes this set's CSVs (ropeway and funicular operators), seeded from 211: `npx tsx data/generate.ts`. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. lift_rides.csv: hourly passengers on a gondola, with a timestamp and lift id text column.
{
  const R = rng(211001);
  const rows = ['timestamp,lift_id,hour,temp_c,wind_kmh,snow_cm,holiday,weekend,price_chf,passengers_per_hour'];
  const lifts = ['GND-1', 'GND-2', 'CHR-7', 'FUN-A'];
  for (let i = 0; i < 360; i++) {
    const day = 1 + (i % 28), hour = 8 + Math.floor(R() * 10);
    const temp = normal(R, -2, 6), wind = -12 * Math.log(Math.max(R(), 1e-6)), snow = clamp(normal(R, 90, 45), 0, 260);
    const holiday = R() < 0.12 ? 1 : 0, weekend = R() < 2 / 7 ? 1 : 0, price = r2(45 + R() * 35, 0);
    const peak = 420 * Math.exp(-((hour - 12.5) ** 2) / 8);
    const pax = clamp(350 + peak + 320 * weekend + 260 * holiday - 11 * wind + 1.8 * snow - 6 * Math.abs(temp + 3) + normal(R, 0, 70), 0, 2400);
    rows.push(`2023-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00,${lifts[i % 4]},${hour},${r2(temp, 1)},${r2(wind, 1)},${r2(snow, 0)},${holiday},${weekend},${price},${Math.round(pax)}`);
  }
  write('lift_rides.csv', rows.join('\n') + '\n');
}

// 2. wind_holds.csv: did the operator put the line on wind hold in that half hour (0/1, ~20%).
const holdRows: string[][] = [];
{
  const R = rng(211002);
  const header = ['station', 'mean_wind_kmh', 'gust_kmh', 'wind_dir_deg', 'temp_c', 'span_m', 'icing_index', 'visibility_m', 'hold'];
  holdRows.push(header);
  const st = ['Talstation', 'Mittelstation', 'Bergstation'];
  for (let i = 0; i < 400; i++) {
    const mean = -14 * Math.log(Math.max(R(), 1e-6)) + 3, gust = mean * 1.55 + normal(R, 0, 5);
    const dir = R() * 360, temp = normal(R, -4, 7), span = 200 + R() * 1600, ice = clamp(normal(R, 0.2, 0.2), 0, 1);
    const vis = Math.round(50 + R() * 19950);
    const cross = Math.abs(Math.sin((dir * Math.PI) / 180));
    const z = -6.4 + 0.075 * gust * (0.5 + cross) + 0.0009 * span + 3 * ice;
    const hold = R() < sigmoid(z) ? 1 : 0;
    holdRows.push([st[i % 3], String(r2(mean, 1)), String(r2(gust, 1)), String(Math.round(dir)), String(r2(temp, 1)), String(Math.round(span)), String(r2(ice, 2)), String(vis), String(hold)]);
  }
  write('wind_holds.csv', holdRows.map((r) => r.join(',')).join('\n') + '\n');
  // A copy as the SCADA export delivers it: gaps written NA or left empty.
  const G = rng(211003);
  const gaps = holdRows.map((r, i) => (i === 0 ? r : r.map((v, j) => (j >= 1 && j <= 7 && G() < 0.05 ? (G() < 0.5 ? 'NA' : '') : v))));
  write('wind_holds_gaps.csv', gaps.map((r) => r.join(',')).join('\n') + '\n');
}

// 3. rope_condition.csv: magnetic rope test results and the inspector's grade (3 string classes, replace rare).
{
  const R = rng(211004);
  const rows = ['rope_id,broken_wires_per_m,diameter_loss_pct,age_years,operating_hours,corrosion_index,splice_count,grade'];
  for (let i = 0; i < 330; i++) {
    const age = R() * 30, hours = Math.round(Math.exp(normal(R, 9.3, 0.7)));
    const wires = clamp(-Math.log(Math.max(R(), 1e-6)) * (0.4 + age / 20), 0, 20), loss = clamp(normal(R, 0.8 + age * 0.12, 0.7), 0, 10);
    const corr = clamp(normal(R, 0.3 + age / 60, 0.15), 0, 1), splices = Math.floor(R() * 5);
    const score = 0.5 * wires + 0.55 * loss + 1.5 * corr + hours / 40000 + normal(R, 0, 0.35);
    let grade = score < 2.2 ? 'good' : score < 3.9 ? 'monitor' : 'replace';
    if (R() < 0.05) grade = ['good', 'monitor', 'replace'][Math.floor(R() * 3)];
    rows.push(`R${1000 + i},${r2(wires, 2)},${r2(loss, 2)},${r2(age, 1)},${hours},${r2(corr, 3)},${splices},${grade}`);
  }
  write('rope_condition.csv', rows.join('\n') + '\n');
}

// 4. funicular_energy.csv: kWh per trip from the drive's logger, a semicolon export with decimal commas.
{
  const R = rng(211005);
  const rows = ['trip_id;load_kg;gradient_pct;speed_ms;outside_temp_c;regen;energy_kwh'];
  for (let i = 0; i < 300; i++) {
    const load = 800 + R() * 9200, grad = 18 + R() * 30, speed = 4 + R() * 6, temp = normal(R, 8, 9), regen = R() < 0.6 ? 1 : 0;
    const e = clamp(4 + load * grad * 0.00012 + 0.6 * speed * speed - 3.5 * regen + 0.04 * Math.abs(temp - 15) + normal(R, 0, 1.5), 0.5, 100);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push(`T${20000 + i};${Math.round(load)};${c(grad, 1)};${c(speed, 2)};${c(temp, 1)};${regen};${c(e, 2)}`);
  }
  write('funicular_energy.csv', rows.join('\n') + '\n');
}

// 5. cabin_vibration.csv: tab-separated maintenance log, vibration at a tower's sheave train.
{
  const R = rng(211006);
  const rows = ['tower_no\tspeed_ms\troller_wear_mm\twind_kmh\tcabin_load_kg\tpaint_year\tvibration_mm_s'];
  for (let i = 0; i < 280; i++) {
    const tower = 1 + Math.floor(R() * 14), speed = 2 + R() * 4, wear = clamp(-Math.log(Math.max(R(), 1e-6)) * 1.2, 0, 8), wind = -10 * Math.log(Math.max(R(), 1e-6));
    const load = 200 + R() * 600, paint = 1995 + Math.floor(R() * 28);
    const vib = 0.4 + 0.25 * speed * (1 + 0.5 * wear) + 0.02 * wind + 0.0008 * load + 0.05 * (tower % 3) + normal(R, 0, 0.25);
    rows.push([tower, r2(speed, 2), r2(wear, 2), r2(wind, 1), Math.round(load), paint, r2(vib, 3)].join('\t'));
  }
  write('cabin_vibration.csv', rows.join('\n') + '\n');
}
