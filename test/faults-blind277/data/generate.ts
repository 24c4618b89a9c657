/**
 * Data of blind set 277 (show caves and caving guides), seeded from 277. Run once:
 * `npx tsx test/faults-blind277/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// visits.csv: one guided tour per row. duration_min regression, overrun 0/1 (rare-ish).
{
  const next = rng(277);
  const rows: string[] = ['tour_id,date,cave,group_size,child_share,guide_years,route_m,stairs,water_cm,co2_ppm,temp_c,temp_f,moon_phase,ticket_eur,duration_min,overrun'];
  const caves = ['Grotte-Bleue', 'Deep-Hall', 'Crystal-Run'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 520; i++) {
    const cave = Math.floor(next() * 3);
    const group = Math.max(2, Math.round(normal(next, 14, 6)));
    const child = clamp(normal(next, 0.2, 0.15), 0, 0.8);
    const gy = Math.max(0, Math.exp(normal(next, 1.4, 0.8)) - 1); // skewed years
    const route = [650, 1200, 1800][cave] + normal(next, 0, 60);
    const stairs = Math.round(route * 0.22 + normal(next, 0, 15)); // collinear with route
    const water = Math.max(0, normal(next, 25, 18));
    const co2 = 450 + group * 35 + Math.exp(normal(next, 5, 0.7));
    const tc = normal(next, 11.5, 1.2);
    const tf = tc * 1.8 + 32;
    const moon = next(); // no effect
    const ticket = [14, 19, 24][cave] + (next() < 0.2 ? -4 : 0);
    const dur = 20 + route * 0.035 + group * 1.1 + child * 25 + 6 * Math.sqrt(water) - 3 * Math.log1p(gy) + 0.004 * (co2 - 900) + normal(next, 0, 5);
    const z = -2.7 + 0.09 * (group - 14) + 3 * child + 0.05 * (water - 25) - 0.5 * Math.log1p(gy) + (cave === 2 ? 1.2 : 0);
    const overrun = next() < sigmoid(z) ? 1 : 0;
    const date = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T${String(9 + (i % 8)).padStart(2, '0')}:00`;
    const vals = [`T${10000 + i}`, date, caves[cave], group, r2(child), r2(gy, 1), r2(route, 0), stairs, r2(water, 1), r2(co2, 0), r2(tc), r2(tf), r2(moon, 3), ticket, r2(dur, 1), overrun];
    rows.push(vals.join(','));
    const g = vals.map(String);
    if (i % 17 === 3) g[8] = 'NA';
    if (i % 23 === 5) g[9] = '';
    gaps.push(g.join(','));
  }
  out('visits.csv', rows.join('\n') + '\n');
  out('visits-gaps.csv', gaps.join('\n') + '\n');
}

// climate.csv: hourly cave sensor export from a German/French logger: semicolons, decimal commas.
// radon_bq (skewed, hundreds to thousands) regression; status open/restricted/closed (closed rare).
{
  const next = rng(277 * 7 + 1);
  const rows: string[] = ['sensor_id;timestamp;co2_ppm;temp_c;humidity_pct;airflow_ms;outside_temp_c;visitors_hr;pressure_hpa;radon_bq;status'];
  for (let i = 0; i < 480; i++) {
    const outT = normal(next, 12, 8);
    const air = Math.max(0, 0.05 * (11.5 - outT) + normal(next, 0.3, 0.15));
    const vis = Math.max(0, Math.round(normal(next, 40, 30)));
    const hum = clamp(normal(next, 94, 3), 80, 100);
    const t = 11.5 + 0.03 * (outT - 12) + normal(next, 0, 0.2);
    const press = normal(next, 1013, 8);
    const co2 = 500 + 18 * vis + 600 * Math.exp(-2 * air) + normal(next, 0, 80);
    const radon = Math.exp(6.6 - 1.4 * air + 0.02 * (1013 - press) + 0.04 * (outT - 12) + normal(next, 0, 0.25));
    const score = radon / 900 + co2 / 2500 + normal(next, 0, 0.15);
    const status = score > 2.35 ? 'closed' : score > 1.55 ? 'restricted' : 'open';
    const dec = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`S${(i % 4) + 1}`, `2024-03-${String(1 + Math.floor(i / 24)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00`, dec(co2, 0), dec(t, 2), dec(hum, 1), dec(air, 3), dec(outT, 1), vis, dec(press, 1), dec(radon, 0), status].join(';'));
  }
  out('climate.csv', rows.join('\n') + '\n');
}

// guides.tsv: guide roster from the HR sheet, tab-separated. level trainee/guide/lead (lead rare).
{
  const next = rng(277 * 13 + 5);
  const rows: string[] = ['staff_no\tname\tyears\ttours_led\trescue_hours\tfirst_aid_score\tlanguages\tfitness_score\tshoe_size\tlevel'];
  for (let i = 0; i < 360; i++) {
    const years = Math.max(0, Math.exp(normal(next, 1.2, 0.8)) - 0.8);
    const tours = Math.round(years * 180 * Math.exp(normal(next, 0, 0.35)));
    const rescue = Math.max(0, years * 6 + normal(next, 0, 8));
    const fa = clamp(normal(next, 72, 12), 30, 100);
    const lang = 1 + Math.floor(next() * next() * 4);
    const fit = clamp(normal(next, 65, 14), 20, 100);
    const shoe = Math.round(normal(next, 41, 2.5));
    const s = 0.9 * Math.log1p(years) + 0.04 * rescue + 0.03 * (fa - 72) + 0.35 * (lang - 1) + 0.015 * (fit - 65) + normal(next, 0, 0.3);
    const level = s > 3.0 ? 'lead' : s > 1.2 ? 'guide' : 'trainee';
    rows.push([`G${300 + i}`, `guide${i}`, r2(years, 1), tours, r2(rescue, 1), r2(fa, 0), lang, r2(fit, 0), shoe, level].join('\t'));
  }
  out('guides.tsv', rows.join('\n') + '\n');
}
