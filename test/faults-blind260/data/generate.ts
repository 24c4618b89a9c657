/**
 * Data for fault set blind260 (heritage steam railways and preservation societies), seeded from 260.
 * Run once: `npx tsx test/faults-blind260/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. boilers.csv: boiler examinations of the society's fleet. Target fails_exam (0/1, ~18%).
{
  const next = rng(260_001);
  const locos = ['LMS-44871', 'GWR-5643', 'SR-30777', 'LNER-61306', 'BR-80136', 'Hunslet-3783', 'Bagnall-2613', 'WD-75178'];
  const rows: string[] = ['loco_id,exam_date,boiler_pressure_psi,firebox_age_yrs,miles_since_overhaul,tube_leaks,water_hardness_ppm,coal_lb_per_mile,steam_days,tender_gallons,fails_exam'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const loco = locos[Math.floor(next() * locos.length)];
    const d = new Date(Date.UTC(2009, 0, 1) + Math.floor(next() * 5400) * 86400000).toISOString().slice(0, 10);
    const pressure = Math.round(clamp(normal(next, 200, 25), 140, 250));
    const age = r2(Math.exp(normal(next, 2.6, 0.6)), 1); // skewed
    const steamDays = Math.round(clamp(normal(next, 60, 25), 5, 160));
    const miles = Math.round(clamp(steamDays * 180 * (0.6 + next() * 0.8) + normal(next, 0, 1500), 200, 40000)); // collinear with steam days
    const leaks = Math.floor(Math.exp(normal(next, 0.4, 0.8)));
    const hard = Math.round(clamp(normal(next, 180, 70), 40, 420));
    const coal = r2(clamp(normal(next, 48, 7) + (pressure - 200) * 0.05, 28, 75), 1);
    const tender = [2500, 3500, 4000, 4200][Math.floor(next() * 4)]; // no effect
    const z = -3.0 + 0.06 * (age - 15) + 0.00008 * (miles - 10000) + 0.55 * leaks + 0.006 * (hard - 180) + 0.02 * (pressure - 200);
    const y = next() < sigmoid(z) ? 1 : 0;
    const line = [loco, d, pressure, age, miles, leaks, hard, coal, steamDays, tender, y];
    rows.push(line.join(','));
    const g = [...line].map(String);
    if (next() < 0.07) g[4] = 'NA';
    if (next() < 0.05) g[6] = '';
    if (next() < 0.03) g[3] = '?';
    gaps.push(g.join(','));
  }
  write('boilers.csv', rows.join('\n') + '\n');
  write('boilers-gaps.csv', gaps.join('\n') + '\n');
}

// 2. ridership.csv: daily passengers on operating days, raw counts and revenue in pounds.
{
  const next = rng(260_002);
  const rows = ['service_date,day_of_year,temp_c,rain_mm,weekend,gala,santa_special,fare_gbp,advance_bookings,school_holiday,passengers,revenue_gbp'];
  for (let i = 0; i < 480; i++) {
    const doy = 1 + Math.floor(next() * 365);
    const date = new Date(Date.UTC(2023, 0, doy)).toISOString().slice(0, 10);
    const season = Math.sin(((doy - 100) / 365) * 2 * Math.PI);
    const temp = r2(11 + 8 * season + normal(next, 0, 3), 1);
    const rain = r2(next() < 0.55 ? 0 : Math.exp(normal(next, 1.0, 1.0)), 1);
    const weekend = next() < 0.45 ? 1 : 0;
    const gala = next() < 0.05 ? 1 : 0; // rare
    const santa = doy > 335 && next() < 0.7 ? 1 : 0;
    const fare = r2(18 + 4 * gala + 6 * santa + normal(next, 0, 1), 2);
    const school = (doy > 200 && doy < 245) || next() < 0.1 ? 1 : 0;
    const advance = Math.round(clamp(normal(next, 120, 60) + 400 * gala + 300 * santa + 80 * weekend, 0, 2000));
    const pax = Math.round(clamp(350 + 25 * temp - 30 * rain + 260 * weekend + 900 * gala + 700 * santa + 180 * school + 1.1 * advance - 8 * (fare - 18) + normal(next, 0, 90), 40, 5000));
    const revenue = r2(pax * fare * (0.8 + 0.1 * next()), 2);
    rows.push([date, doy, temp, rain, weekend, gala, santa, fare, advance, school, pax, revenue].join(','));
  }
  write('ridership.csv', rows.join('\n') + '\n');
}

// 3. firing-turns.csv: footplate firing logs exported from a continental partner line's spreadsheet:
// semicolons and decimal commas. Target duty: light / medium / heavy / banker (rare).
{
  const next = rng(260_003);
  const rows = ['turn_ref;gradient_permille;train_tons;coal_kg;water_litres;cutoff_pct;rail_temp_c;duty'];
  for (let i = 0; i < 390; i++) {
    const grad = clamp(normal(next, 8, 6), 0, 30);
    const tons = clamp(normal(next, 180, 60), 60, 380);
    const coal = clamp(2 + 0.08 * tons + 1.5 * grad + normal(next, 0, 3), 4, 80);
    const water = coal * 7.5 + normal(next, 0, 15); // collinear with coal
    const cutoff = clamp(25 + 0.9 * grad + 0.03 * tons + normal(next, 0, 4), 15, 75);
    const railT = normal(next, 14, 7); // no effect
    const score = 0.06 * grad + 0.006 * tons + 0.02 * cutoff + normal(next, 0, 0.15);
    const duty = grad > 16 && tons > 200 ? 'banker' : score < 1.9 ? 'light' : score < 2.6 ? 'medium' : 'heavy';
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`T${String(1000 + i)}`, c(grad, 1), c(tons, 1), c(coal, 2), c(water, 1), c(cutoff, 1), c(railT, 1), duty].join(';'));
  }
  write('firing-turns.csv', rows.join('\n') + '\n');
}

// 4. volunteers.tsv-style file (tab-separated, saved as .csv): does a member renew next year?
{
  const next = rng(260_004);
  const rows = ['member_no\tage\tyears_member\thours_per_month\tdistance_km\troles\tnewsletter_opens\trenewed'];
  for (let i = 0; i < 360; i++) {
    const age = Math.round(clamp(normal(next, 58, 15), 16, 88));
    const years = Math.round(clamp(Math.exp(normal(next, 1.8, 0.9)), 0, 50));
    const hours = r2(clamp(Math.exp(normal(next, 2.0, 0.9)), 0, 160), 1);
    const dist = r2(clamp(Math.exp(normal(next, 3.0, 0.8)), 1, 400), 1);
    const roles = Math.min(5, Math.floor(hours / 12) + (next() < 0.3 ? 1 : 0));
    const opens = Math.floor(next() * 13);
    const z = -0.5 + 0.9 * Math.log1p(hours) - 0.5 * Math.log(dist) + 0.04 * years + 0.4 * roles + 0.8;
    rows.push([`M${String(20000 + i)}`, age, years, hours, dist, roles, opens, next() < sigmoid(z) ? 'yes' : 'no'].join('\t'));
  }
  write('volunteers.csv', rows.join('\n') + '\n');
}

// 5. loco-register.csv: preserved locomotive register; wheel arrangement class from dimensions.
{
  const next = rng(260_005);
  const rows = ['running_no,tractive_effort_lbf,weight_tons,driving_wheel_in,cylinders,grate_sq_ft,built_year,arrangement'];
  const kinds = [
    { k: 'tank', te: 18000, w: 50, dw: 50, cyl: 2, g: 16 },
    { k: 'mixed_tender', te: 26000, w: 75, dw: 68, cyl: 2, g: 28 },
    { k: 'express', te: 32000, w: 95, dw: 78, cyl: 3, g: 40 },
    { k: 'garratt', te: 45000, w: 150, dw: 54, cyl: 4, g: 56 },
  ];
  for (let i = 0; i < 330; i++) {
    const u = next();
    const kd = kinds[u < 0.38 ? 0 : u < 0.72 ? 1 : u < 0.94 ? 2 : 3];
    const te = Math.round(kd.te * (1 + normal(next, 0, 0.16)));
    const w = r2(kd.w * (1 + normal(next, 0, 0.15)), 1);
    const dw = Math.round(kd.dw + normal(next, 0, 5));
    const cyl = next() < 0.85 ? kd.cyl : 2 + Math.floor(next() * 3);
    const g = r2(kd.g * (1 + normal(next, 0, 0.18)), 1);
    const built = Math.round(clamp(normal(next, 1925, 18), 1880, 1960));
    rows.push([`${30000 + Math.floor(next() * 60000)}`, te, w, dw, cyl, g, built, kd.k].join(','));
  }
  write('loco-register.csv', rows.join('\n') + '\n');
}
