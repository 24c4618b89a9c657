/**
 * Writes this set's CSVs (seeded from 207): run once with `npx tsx test/faults-blind207/data/generate.ts`.
 * Theme: a clockwork toy maker and a model railway shop.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// movements.csv: bench test of wind-up toy movements (tin birds, walking robots).
// spring_torque_nmm ~ 40..200, gear_count 8..30, beat_bph 14400..21600 (huge scale), oil_age_days skewed,
// workshop_temp_c, paint_batch (no effect), serial text; passes_48h 0/1 (about 30% fail), run_minutes regression.
{
  const r = rng(207);
  const rows = ['serial,spring_torque_nmm,gear_count,beat_bph,oil_age_days,workshop_temp_c,paint_batch,run_minutes,passes_48h'];
  const gaps = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const torque = clamp(normal(r, 110, 35), 35, 210);
    const gears = Math.round(clamp(normal(r, 18, 5), 8, 30));
    const beat = [14400, 18000, 19800, 21600][Math.floor(r() * 4)];
    const oil = Math.round(-Math.log(Math.max(r(), 1e-6)) * 120);
    const temp = normal(r, 19, 3);
    const paint = Math.floor(r() * 12) + 1;
    const run = clamp(0.28 * torque + 1.1 * gears - 0.045 * oil - 0.0008 * (beat - 18000) + 0.6 * (temp - 19) + normal(r, 0, 4), 2, 120);
    const z = 0.035 * (torque - 110) - 0.008 * (oil - 120) + 0.09 * (gears - 18) - 0.4 * (beat === 21600 ? 1 : 0) + normal(r, 0, 0.5) + 0.9;
    const pass = r() < sigmoid(3 * z) ? 1 : 0;
    const serial = `CW-${(20700 + i).toString()}`;
    const cells = [serial, torque.toFixed(1), gears, beat, oil, temp.toFixed(1), paint, run.toFixed(1), pass];
    rows.push(cells.join(','));
    const g = cells.map(String);
    if (r() < 0.07) g[4] = ['NA', '', '?'][Math.floor(r() * 3)];
    if (r() < 0.04) g[1] = 'NA';
    gaps.push(g.join(','));
  }
  write('movements.csv', rows.join('\n') + '\n');
  write('movements-gaps.csv', gaps.join('\n') + '\n');
}

// locos.csv: repairs desk of the railway shop. Returned locomotives, fault class as text:
// ok (most), motor, gearbox, wiring (rare ~6%). Features: motor_current_ma, stall_current_ma (collinear),
// wheel_wear_um, hours_run (skewed), weight_g, price_gbp (collinear with weight), gauge_mm (no effect), ticket text.
{
  const r = rng(207 * 2 + 1);
  const rows = ['ticket,received,motor_current_ma,stall_current_ma,wheel_wear_um,hours_run,weight_g,price_gbp,gauge_mm,fault'];
  for (let i = 0; i < 480; i++) {
    const u = r();
    const fault = u < 0.46 ? 'ok' : u < 0.70 ? 'motor' : u < 0.94 ? 'gearbox' : 'wiring';
    const hours = Math.round(-Math.log(Math.max(r(), 1e-6)) * 60 + (fault === 'gearbox' ? 90 : 0));
    let current = normal(r, 220, 30) + (fault === 'motor' ? 140 : 0) + (fault === 'wiring' ? -120 : 0);
    current = clamp(current, 20, 600);
    const stall = current * 3.1 + normal(r, 0, 25);
    const wear = clamp(normal(r, 40, 15) + (fault === 'gearbox' ? 55 : 0) + hours * 0.1, 0, 400);
    const weight = clamp(normal(r, 380, 90), 120, 700);
    const price = weight * 0.42 + normal(r, 0, 18);
    const gauge = [9, 16.5, 16.5, 16.5, 32][Math.floor(r() * 5)];
    const day = 1 + (i % 28);
    rows.push([`RT${5000 + i}`, `2024-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`, current.toFixed(0), stall.toFixed(0), wear.toFixed(1), hours, weight.toFixed(0), price.toFixed(2), gauge, fault].join(','));
  }
  write('locos.csv', rows.join('\n') + '\n');
}

// shop-weeks.csv: the railway shop's weekly till export from a German spreadsheet: semicolons, decimal commas.
// week text; footfall, avg_basket_eur, exhibition_weekend 0/1, rain_mm, discount_pct; takings_eur (thousands).
{
  const r = rng(207 * 3 + 2);
  const rows = ['week;footfall;avg_basket_eur;exhibition_weekend;rain_mm;discount_pct;takings_eur'];
  for (let i = 0; i < 300; i++) {
    const season = Math.sin((2 * Math.PI * (i % 52)) / 52 + 1.3);
    const exhib = r() < 0.12 ? 1 : 0;
    const rain = Math.max(0, -Math.log(Math.max(r(), 1e-6)) * 9);
    const footfall = Math.round(clamp(420 + 160 * season + 260 * exhib + 2.2 * rain + normal(r, 0, 45), 80, 1400));
    const basket = clamp(normal(r, 38, 7), 12, 80);
    const discount = [0, 0, 0, 5, 10, 15][Math.floor(r() * 6)];
    const takings = footfall * basket * 0.31 * (1 + discount / 100) + normal(r, 0, 300);
    const fmt = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`${2019 + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`, footfall, fmt(basket, 2), exhib, fmt(rain, 1), discount, fmt(takings, 2)].join(';'));
  }
  write('shop-weeks.csv', rows.join('\n') + '\n');
}

// track-tests.tsv-like (tab separated, .csv): rolling-road test of carriages, 3 targets regression-ish:
// curve_radius_mm, speed_scale_kmh, load_g, coupling_play_mm, lube (0/1); derail 0/1.
{
  const r = rng(207 * 4 + 3);
  const rows = ['run_id\tcurve_radius_mm\tspeed_scale_kmh\tload_g\tcoupling_play_mm\tlubed\tderailed'];
  for (let i = 0; i < 360; i++) {
    const radius = [371, 438, 505, 572][Math.floor(r() * 4)] + normal(r, 0, 5);
    const speed = clamp(normal(r, 90, 30), 10, 180);
    const load = clamp(normal(r, 150, 50), 30, 320);
    const play = clamp(normal(r, 1.2, 0.4), 0.2, 3);
    const lubed = r() < 0.6 ? 1 : 0;
    const z = 0.045 * (speed - 90) - 0.012 * (radius - 470) + 1.3 * (play - 1.2) - 0.6 * lubed + 0.004 * (load - 150) - 0.6;
    const der = r() < sigmoid(2.2 * z) ? 1 : 0;
    rows.push([`T${i}`, radius.toFixed(0), speed.toFixed(1), load.toFixed(0), play.toFixed(2), lubed, der].join('\t'));
  }
  write('track-tests.csv', rows.join('\n') + '\n');
}
