/**
 * Writes the CSVs of fault set blind220 (oyster and mussel farms), seeded from 220:
 * `npx tsx test/faults-blind220/data/generate.ts` (run once; the CSVs are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. longlines.csv: mussel longline harvests, one row per dropper line sampled at harvest.
{
  const next = rng(220001);
  const rows: string[] = ['line_id,seeded_on,water_temp_c,salinity_psu,chlorophyll_ug_l,depth_m,days_on_line,sock_density_per_m,tide_range_m,current_speed_cm_s,buoy_tag_digit,yield_kg_per_m,harvest_kg_per_line'];
  for (let i = 0; i < 480; i++) {
    const temp = clamp(normal(next, 14, 3.2), 6, 23);
    const sal = clamp(normal(next, 31, 2.2), 22, 35.5);
    const chl = Math.exp(normal(next, 1.0, 0.75)); // skewed, ~0.5..20 ug/l
    const depth = clamp(normal(next, 8, 3), 2, 18);
    const days = Math.floor(60 + next() * 480);
    const dens = Math.floor(150 + next() * 650);
    const tide = clamp(1.2 + 0.09 * depth + normal(next, 0, 0.25), 0.5, 4.5); // collinear with depth
    const current = clamp(normal(next, 18, 7), 2, 45);
    const tag = Math.floor(next() * 10); // no effect
    const growth = 4 + 10 * (1 - Math.exp(-days / 220)) * (1 + 0.35 * Math.log(chl + 0.5)) - 0.25 * Math.abs(temp - 15) - 0.004 * (dens - 450) + 0.08 * current - 0.3 * Math.max(0, 28 - sal);
    const y = clamp(growth + normal(next, 0, 1.1), 0.8, 40);
    const lineLen = 180 + Math.floor(next() * 120);
    const seeded = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 700) * 86400000).toISOString().slice(0, 10);
    rows.push([`LL-${String(1000 + i)}`, seeded, r2(temp, 1), r2(sal, 1), r2(chl), r2(depth, 1), days, dens, r2(tide), r2(current, 1), tag, r2(y), Math.round(y * lineLen)].join(','));
  }
  write('longlines.csv', rows.join('\n') + '\n');
  // longlines-gaps.csv: the same export after the logger went offline: NA, empty and -999 cells
  const gapNext = rng(220002);
  const gaps = rows.map((row, i) => {
    if (i === 0) return row;
    const cells = row.split(',');
    if (gapNext() < 0.06) cells[2] = 'NA';
    if (gapNext() < 0.04) cells[4] = '';
    if (gapNext() < 0.02) cells[3] = '-999';
    return cells.join(',');
  });
  write('longlines-gaps.csv', gaps.join('\n') + '\n');
}

// 2. oyster-grades.csv: oysters measured on the grading table, grade as text (Jumbo is rare).
{
  const next = rng(220003);
  const rows: string[] = ['bag_id,shell_length_mm,shell_width_mm,cup_depth_mm,whole_weight_g,age_months,tumbles_per_month,stocking_per_bag,grade'];
  for (let i = 0; i < 520; i++) {
    const age = 8 + next() * 28;
    const tumbles = Math.floor(next() * 5);
    const stock = Math.floor(80 + next() * 220);
    const len = clamp(normal(next, 30 + 1.9 * age - 0.03 * (stock - 180), 7), 25, 140);
    const width = clamp(len * (0.62 + normal(next, 0, 0.04)), 15, 100); // collinear with length
    const cup = clamp(len * (0.22 + 0.015 * tumbles) + normal(next, 0, 2.5), 5, 45);
    const weight = clamp(0.0035 * len ** 2.2 * (cup / 18) * Math.exp(normal(next, 0, 0.15)), 4, 400);
    const score = len / 10 + cup / 12 + normal(next, 0, 0.6);
    const grade = score > 11.5 ? 'Jumbo' : score > 10.2 ? 'Select' : score > 8.0 ? 'Regular' : 'Petite';
    rows.push([`B${String(i).padStart(4, '0')}`, r2(len, 1), r2(width, 1), r2(cup, 1), r2(weight, 1), r2(age, 1), tumbles, stock, grade].join(','));
  }
  write('oyster-grades.csv', rows.join('\n') + '\n');
}

// 3. summer-mortality.csv: one row per oyster bag over a summer; died = bag lost over half its stock.
{
  const next = rng(220004);
  const rows: string[] = ['site,week,max_water_temp_c,min_oxygen_mg_l,salinity_psu,triploid,age_months,heatwave_days,vibrio_cfu_ml,died'];
  for (let i = 0; i < 600; i++) {
    const temp = clamp(normal(next, 21, 2.6), 14, 29);
    const oxy = clamp(normal(next, 6.5, 1.4), 1.5, 10);
    const sal = clamp(normal(next, 30, 3), 18, 36);
    const trip = next() < 0.45 ? 1 : 0;
    const age = Math.floor(6 + next() * 30);
    const heat = Math.max(0, Math.round(normal(next, 3, 3)));
    const vibrio = Math.round(Math.exp(normal(next, 5 + 0.25 * (temp - 21), 1.5))); // raw counts, heavily skewed
    const z = -2.4 + 0.55 * (temp - 21) - 0.5 * (oxy - 6.5) + 0.8 * trip + 0.18 * heat + 0.35 * (Math.log(vibrio + 1) - 5) + 0.03 * (age - 20);
    const died = next() < sigmoid(z) ? 1 : 0;
    rows.push([['North Bay', 'Inlet', 'Sand Flat'][i % 3], `2023-W${String(22 + (i % 14)).padStart(2, '0')}`, r2(temp, 1), r2(oxy, 1), r2(sal, 1), trip, age, heat, vibrio, died].join(','));
  }
  write('summer-mortality.csv', rows.join('\n') + '\n');
}

// 4. hatchery-export.csv: hatchery larval tanks from a European spreadsheet: semicolons, decimal commas.
{
  const next = rng(220005);
  const rows: string[] = ['tank;temp_c;salinity_psu;ph;algae_cells_ml;larvae_per_ml;day_of_run;survival_pct'];
  for (let i = 0; i < 360; i++) {
    const temp = clamp(normal(next, 25, 2), 19, 30);
    const sal = clamp(normal(next, 26, 3), 18, 34);
    const ph = clamp(normal(next, 7.95, 0.18), 7.4, 8.4);
    const algae = Math.round(clamp(normal(next, 60000, 20000), 10000, 120000));
    const dens = r2(clamp(normal(next, 8, 3), 1, 18), 1);
    const day = Math.floor(1 + next() * 20);
    const s = 70 - 1.1 * (temp - 25) ** 2 - 0.6 * (sal - 26) ** 2 / 3 + 40 * (ph - 7.95) + 0.00012 * (algae - 60000) - 1.4 * (dens - 8) - 1.2 * day;
    const surv = clamp(s + normal(next, 0, 4), 1, 99);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`T${(i % 24) + 1}`, c(temp, 1), c(sal, 1), c(ph, 2), algae, c(dens, 1), day, c(surv, 1)].join(';'));
  }
  write('hatchery-export.csv', rows.join('\n') + '\n');
}

// 5. depuration-tab.csv: tab-separated lab sheet of depuration batches; pass = E. coli under the limit after 42 h.
{
  const next = rng(220006);
  const rows: string[] = ['batch\tstart_ecoli_mpn_100g\twater_temp_c\tuv_dose_mj_cm2\tflow_l_min\tshellfish_kg\thours\tpassed'];
  for (let i = 0; i < 400; i++) {
    const e0 = Math.round(Math.exp(normal(next, 6.2, 0.9)));
    const temp = clamp(normal(next, 13, 3), 6, 20);
    const uv = clamp(normal(next, 30, 8), 8, 55);
    const flow = clamp(normal(next, 40, 10), 12, 70);
    const kg = Math.round(clamp(normal(next, 300, 90), 60, 600));
    const hours = 36 + Math.floor(next() * 24);
    const z = 1.0 - 1.3 * (Math.log(e0) - 6.2) + 0.25 * (temp - 13) + 0.06 * (uv - 30) + 0.05 * (flow - 40) - 0.004 * (kg - 300) + 0.12 * (hours - 48);
    const passed = next() < sigmoid(z) ? 'pass' : 'fail';
    rows.push([`D${2300 + i}`, e0, r2(temp, 1), r2(uv, 1), r2(flow, 1), kg, hours, passed].join('\t'));
  }
  write('depuration-tab.csv', rows.join('\n') + '\n');
}
