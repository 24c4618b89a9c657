/**
 * Writes the CSVs of fault set blind224 (yacht charter and sailing schools), seeded from 224.
 * Run once: npx tsx test/faults-blind224/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// charters.csv: one row per week-long (or shorter) charter booking of the fleet.
{
  const r = rng(224);
  const header = ['booking_id', 'start_date', 'boat_length_ft', 'boat_length_m', 'cabins', 'days', 'season_week', 'skipper_years', 'wind_forecast_kn', 'guests', 'moon_phase', 'marina_fee_eur', 'price_eur', 'damage_claim'];
  const rows: string[] = [header.join(',')];
  for (let i = 0; i < 480; i++) {
    const ft = clamp(normal(r, 42, 7), 28, 62);
    const m = ft * 0.3048 + normal(r, 0, 0.05);
    const cabins = Math.round(clamp(ft / 12 + normal(r, 0, 0.6), 2, 5));
    const days = [3, 5, 7, 7, 7, 10, 14][Math.floor(r() * 7)];
    const week = 14 + Math.floor(r() * 30);
    const skipper = Math.round(clamp(Math.exp(normal(r, 1.6, 0.9)), 0, 40)); // skewed
    const wind = clamp(normal(r, 14, 5), 2, 35);
    const guests = Math.round(clamp(cabins * 2 - r() * 2, 2, 10));
    const moon = r();
    const marina = Math.round(ft * days * (1.5 + r()));
    const peak = Math.exp(-((week - 31) ** 2) / 60);
    const price = Math.round((ft * 55 + cabins * 180) * (days / 7) * (0.7 + 0.8 * peak) + normal(r, 0, 250));
    const z = -0.7 + 0.16 * (wind - 14) - 0.6 * Math.log1p(skipper) + 0.05 * (ft - 42) + 0.4 * (days > 7 ? 1 : 0) + normal(r, 0, 0.3);
    const claim = r() < sigmoid(z * 1.6) ? 1 : 0;
    const month = Math.min(12, Math.floor(week / 4.35) + 1);
    const date = `2023-${String(month).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    rows.push([`BK-${10400 + i}`, date, ft.toFixed(1), m.toFixed(2), cabins, days, week, skipper, wind.toFixed(1), guests, moon.toFixed(3), marina, price, claim].join(','));
  }
  write('charters.csv', rows.join('\n') + '\n');
  // The Italian office's export: semicolons and decimal commas.
  const eu = rows.map((line, k) => (k === 0 ? line.replace(/,/g, ';') : line.split(',').map((v) => v.replace('.', ',')).join(';')));
  write('charters-eu.csv', eu.join('\n') + '\n');
  // A copy with the marina office's missing-value markers.
  const rg = rng(2241);
  const gaps = rows.map((line, k) => {
    if (k === 0) return line;
    const cells = line.split(',');
    if (rg() < 0.08) cells[8] = 'NA';
    if (rg() < 0.05) cells[7] = '';
    if (rg() < 0.03) cells[11] = 'n/a';
    return cells.join(',');
  });
  write('charters-gaps.csv', gaps.join('\n') + '\n');
}

// students.csv: sailing-school course results; outcome is the certificate reached.
{
  const r = rng(22400);
  const header = ['student_id', 'age', 'prior_hours', 'theory_score', 'practical_hours', 'avg_wind_kn', 'instructor_ratio', 'capsizes', 'shoe_size', 'certificate'];
  const rows: string[] = [header.join(',')];
  for (let i = 0; i < 420; i++) {
    const age = Math.round(clamp(normal(r, 34, 13), 12, 72));
    const prior = Math.round(clamp(Math.exp(normal(r, 2.2, 1.2)), 0, 600)); // heavily skewed
    const theory = clamp(normal(r, 68, 14), 20, 100);
    const practical = clamp(normal(r, 30, 10) + prior * 0.02, 8, 80);
    const wind = clamp(normal(r, 12, 4), 3, 28);
    const ratio = [3, 4, 4, 5, 6, 8][Math.floor(r() * 6)];
    const capsizes = Math.floor(clamp(normal(r, 2, 1.5) - prior * 0.005, 0, 9));
    const shoe = Math.round(clamp(normal(r, 41, 3), 34, 48));
    const skill = 0.045 * (theory - 68) + 0.06 * (practical - 30) + 0.6 * Math.log1p(prior) - 1.3 - 0.12 * (ratio - 5) - 0.2 * capsizes + normal(r, 0, 0.5);
    const cert = skill < -0.8 ? 'none' : skill < 0.6 ? 'competent_crew' : skill < 2.0 ? 'day_skipper' : 'yachtmaster';
    rows.push([`S${2024000 + i}`, age, prior, theory.toFixed(1), practical.toFixed(1), wind.toFixed(1), ratio, capsizes, shoe, cert].join(','));
  }
  write('students.csv', rows.join('\n') + '\n');
}

// engine-log.tsv: the workshop's tab-separated log of auxiliary diesel engines; target is hours to next service.
{
  const r = rng(224224);
  const header = ['hull', 'engine_hours', 'oil_temp_c', 'rpm_avg', 'fuel_l_per_h', 'coolant_ph', 'hours_to_service'];
  const rows: string[] = [header.join('\t')];
  for (let i = 0; i < 300; i++) {
    const hrs = clamp(Math.exp(normal(r, 7, 0.7)), 100, 9000);
    const temp = clamp(normal(r, 88, 6), 70, 110);
    const rpm = clamp(normal(r, 2200, 300), 1400, 3200);
    const fuel = rpm / 900 + normal(r, 0, 0.3);
    const ph = clamp(normal(r, 8.2, 0.5), 6.5, 10);
    const target = clamp(250 - 0.012 * hrs - 3 * (temp - 88) - 0.03 * (rpm - 2200) - 20 * Math.abs(ph - 8.2) + normal(r, 0, 15), 5, 400);
    rows.push([`H${100 + (i % 37)}`, hrs.toFixed(0), temp.toFixed(1), rpm.toFixed(0), fuel.toFixed(2), ph.toFixed(2), target.toFixed(1)].join('\t'));
  }
  write('engine-log.tsv', rows.join('\n') + '\n');
}
