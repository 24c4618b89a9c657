/** Writes the CSVs of fault set blind230 (paragliding and hang-gliding schools), seeded from 230. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// flights.csv: school training-flight log
{
  const R = rng(230001);
  const rows: string[] = ['flight_id,date,student_hours,wind_kmh,gust_kmh,thermal_index,launch_alt_m,takeoff_mass_kg,wing_area_m2,canopy_age_years,radio,incident,airtime_min,outcome'];
  const gapRows: string[] = [rows[0]];
  for (let i = 0; i < 520; i++) {
    const hours = clamp(Math.exp(normal(R, 2.6, 1.0)), 0.5, 400);
    const wind = clamp(normal(R, 14, 7), 0, 38);
    const gust = clamp(wind * 1.35 + normal(R, 3, 2.5), wind, 60);
    const thermal = clamp(normal(R, 2.4, 1.2), 0, 5);
    const alt = clamp(normal(R, 1100, 450), 280, 2300);
    const mass = clamp(normal(R, 88, 13), 58, 125);
    const area = clamp(17 + mass * 0.1 + normal(R, 0, 0.8), 20, 31);
    const age = r2(R() * 9, 1);
    const radio = R() < 0.8 ? 1 : 0;
    const z = -2.4 - 0.9 * Math.log(hours / 10) + 0.16 * (gust - 20) + 0.08 * (mass / area - 3.7) * 10 - 0.5 * radio;
    const inc = R() < sigmoid(z) ? 1 : 0;
    const air = clamp(6 + 14 * thermal + 0.018 * (alt - 300) - 0.5 * Math.max(0, wind - 20) + normal(R, 0, 6), 2, 200);
    const oz = z + normal(R, 0, 0.6);
    const outcome = oz > 0.3 ? 'collapse' : oz > -1.6 ? 'hard_landing' : 'clean';
    const d = new Date(Date.UTC(2025, 2, 1) + Math.floor(R() * 220) * 86400000).toISOString().slice(0, 10);
    const cells = [`F230-${String(i + 1).padStart(4, '0')}`, d, r2(hours, 1), r2(wind, 1), r2(gust, 1), r2(thermal, 2), Math.round(alt), r2(mass, 1), r2(area, 1), age, radio, inc, r2(air, 1), outcome];
    rows.push(cells.join(','));
    if (i < 240) {
      const g = cells.slice();
      if (R() < 0.08) g[3] = 'NA';
      if (R() < 0.06) g[5] = '';
      if (R() < 0.04) g[7] = 'n/a';
      gapRows.push(g.join(','));
    }
  }
  write('flights.csv', rows.join('\n') + '\n');
  write('flights-gaps.csv', gapRows.join('\n') + '\n');
}

// wings.csv: wing inventory, EN certification class (D rare)
{
  const R = rng(230002);
  const rows = ['model,aspect_ratio,cells,flat_area_m2,glider_weight_kg,trim_speed_kmh,top_speed_kmh,en_class'];
  for (let i = 0; i < 380; i++) {
    const u = R();
    const level = u < 0.38 ? 0 : u < 0.72 ? 1 : u < 0.92 ? 2 : 3;
    const ar = clamp(4.9 + 0.75 * level + normal(R, 0, 0.3), 4.5, 8);
    const cells = Math.round(clamp(38 + 9 * level + normal(R, 0, 4), 32, 90));
    const area = r2(clamp(normal(R, 25, 2.2), 19, 31), 1);
    const weight = r2(clamp(3.2 + 0.12 * area - 0.35 * level + normal(R, 0, 0.4) + 0.4, 2.5, 7.5), 2);
    const trim = r2(clamp(37 + 0.6 * level + normal(R, 0, 0.7), 35, 42), 1);
    const top = r2(clamp(trim + 9 + 3 * level + normal(R, 0, 2), 42, 68), 1);
    rows.push([`W${230 + i}-${['Ozo', 'Adv', 'Nov', 'Gin', 'Sky'][Math.floor(R() * 5)]}`, r2(ar, 2), cells, area, weight, trim, top, ['A', 'B', 'C', 'D'][level]].join(','));
  }
  write('wings.csv', rows.join('\n') + '\n');
}

// sites.csv: semicolon export with decimal commas, daily site forecast vs flyable hours
{
  const R = rng(230003);
  const rows = ['day;site;wind_ms;direction_deg;temp_c;dewpoint_c;cloudbase_m;lapse_c_per_km;flyable_hours'];
  for (let i = 0; i < 400; i++) {
    const wind = clamp(normal(R, 4.5, 2.5), 0, 14);
    const dir = Math.round(R() * 359);
    const temp = clamp(normal(R, 19, 6), 2, 36);
    const dew = clamp(temp - Math.abs(normal(R, 9, 4)), -8, temp);
    const base = 125 * (temp - dew) + normal(R, 0, 60);
    const lapse = clamp(normal(R, 7, 1.4), 4, 10);
    const facing = Math.cos(((dir - 200) * Math.PI) / 180);
    const hours = clamp(1 + 0.0011 * base + 0.6 * (lapse - 6) + 1.4 * facing - 0.35 * Math.max(0, wind - 6) + normal(R, 0, 0.7), 0, 10);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`2025-${String(4 + (i % 6)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, ['Hochries', 'Annecy', 'Bassano', 'Ölüdeniz'][i % 4], c(wind, 1), dir, c(temp, 1), c(dew, 1), Math.round(base), c(lapse, 2), c(hours, 2)].join(';'));
  }
  write('sites.csv', rows.join('\n') + '\n');
}

// tows.csv: tab-separated hang-gliding tow launch log
{
  const R = rng(230004);
  const rows = ['tow_id\tline_tension_kg\ttow_speed_kmh\tpilot_mass_kg\tglider_span_m\theadwind_kmh\trelease_alt_m\tclimb_after_release_ms\tlockout'];
  for (let i = 0; i < 360; i++) {
    const tension = clamp(normal(R, 70, 15), 35, 120);
    const speed = clamp(normal(R, 42, 5), 30, 58);
    const mass = clamp(normal(R, 82, 11), 55, 115);
    const span = clamp(normal(R, 10, 0.6), 8.5, 11.5);
    const head = clamp(normal(R, 10, 6), 0, 32);
    const rel = clamp(250 + 4.2 * tension + 3 * head - 1.5 * (mass - 80) + normal(R, 0, 40), 150, 900);
    const climb = r2(clamp(normal(R, 1.2, 0.8) + 0.002 * rel, -1.5, 5), 2);
    const z = -3 + 0.06 * (tension - 70) + 0.12 * (speed - 42) - 0.08 * (head - 10);
    const lock = R() < sigmoid(z) ? 1 : 0;
    rows.push([`T${i + 1}`, r2(tension, 1), r2(speed, 1), r2(mass, 1), r2(span, 2), r2(head, 1), Math.round(rel), climb, lock].join('\t'));
  }
  write('tows.csv', rows.join('\n') + '\n');
}

// courses.csv: weekly course bookings, revenue in euros
{
  const R = rng(230005);
  const rows = ['week,students,tandem_flights,instructors,flyable_days,rain_mm,van_km,revenue_eur'];
  for (let i = 0; i < 300; i++) {
    const students = Math.round(clamp(normal(R, 14, 6), 2, 34));
    const tandems = Math.round(clamp(normal(R, 25, 14), 0, 80));
    const instr = Math.max(1, Math.round(students / 6 + normal(R, 0, 0.6)));
    const days = Math.round(clamp(normal(R, 4.5, 1.5), 0, 7));
    const rain = r2(clamp(Math.exp(normal(R, 2, 1.1)) - 2, 0, 150), 1);
    const van = Math.round(clamp(normal(R, 180 * days + 60, 90), 0, 2000));
    const rev = Math.round(650 * students * (0.5 + days / 10) + 140 * tandems - 40 * rain * 0.2 + normal(R, 0, 900));
    rows.push([`2025-W${(i % 52) + 1}`, students, tandems, instr, days, rain, van, rev].join(','));
  }
  write('courses.csv', rows.join('\n') + '\n');
}
