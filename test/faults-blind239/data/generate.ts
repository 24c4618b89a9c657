/**
 * Writes the CSVs of fault set blind239 (bonsai nurseries and tree-care workshops), seeded from 239.
 * Run once: npx tsx test/faults-blind239/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// trees.csv: nursery stock records, one row per tree at the spring inventory.
{
  const next = rng(239);
  const rows: string[] = ['tree_id,potted_on,age_years,trunk_mm,height_cm,pot_l,water_per_week,akadama_pct,sun_hours,shelf_no,price_eur,survived_winter,grade'];
  const semi: string[] = ['tree_id;potted_on;age_years;trunk_mm;height_cm;pot_l;water_per_week;akadama_pct;sun_hours;shelf_no;price_eur;survived_winter;grade'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const age = clamp(Math.exp(normal(next, 2.4, 0.6)), 2, 80); // skewed: most young, a few old specimens
    const trunk = clamp(age * 2.2 + normal(next, 0, 6) + 5, 4, 250); // collinear with age
    const height = clamp(15 + trunk * 0.35 + normal(next, 0, 8), 8, 110);
    const pot = clamp(0.4 + trunk * 0.03 + Math.abs(normal(next, 0, 0.6)), 0.3, 12);
    const water = clamp(Math.round(normal(next, 4, 1.5)), 1, 9);
    const akadama = clamp(normal(next, 55, 15), 10, 100);
    const sun = clamp(normal(next, 6, 1.8), 1, 11);
    const shelf = Math.floor(next() * 40) + 1; // no effect
    const price = Math.exp(2.5 + 0.045 * age + 0.004 * trunk + 0.012 * (akadama - 55) + normal(next, 0, 0.18));
    // death over winter: overwatering, low akadama, young age; ~13% die
    const z = 2.6 - 0.55 * (water - 4) + 0.04 * (akadama - 55) + 0.05 * (age - 10) - 0.15 * Math.abs(sun - 6);
    const survived = next() < sigmoid(z) ? 1 : 0;
    const gradeScore = 0.06 * age + 0.02 * trunk + 0.03 * (height - 40) * -1 + normal(next, 0, 0.6);
    const grade = gradeScore > 3 ? 'show' : gradeScore > 1.2 ? 'stock' : 'prebonsai';
    const date = `2023-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const vals = [`BN-${String(1000 + i)}`, date, r2(age, 1), r2(trunk, 1), r2(height, 1), r2(pot, 2), water, r2(akadama, 1), r2(sun, 1), shelf, r2(price, 2), survived, grade];
    rows.push(vals.join(','));
    semi.push(vals.map((v) => String(v).replace('.', ',')).join(';'));
    const g = vals.slice();
    if (next() < 0.07) g[5] = 'NA';
    if (next() < 0.05) g[7] = '';
    gaps.push(g.join(','));
  }
  write('trees.csv', rows.join('\n') + '\n');
  write('trees-export.csv', semi.join('\n') + '\n');
  write('trees-gaps.csv', gaps.join('\n') + '\n');
}

// care-jobs.tsv: tree-care workshop job log (tab separated from the booking tool): minutes per job.
{
  const next = rng(239 * 7);
  const rows: string[] = ['job_ref\tbranches_pruned\twire_m\ttrunk_mm\tcrew\tdistance_km\trepot\tjob_minutes'];
  for (let i = 0; i < 300; i++) {
    const branches = Math.round(clamp(Math.exp(normal(next, 2.3, 0.7)), 0, 120));
    const wire = r2(clamp(normal(next, 4, 3), 0, 20), 1);
    const trunk = r2(clamp(Math.exp(normal(next, 3.4, 0.5)), 5, 300), 0);
    const crew = 1 + Math.floor(next() * 3);
    const dist = r2(clamp(Math.exp(normal(next, 2.5, 0.9)), 0.5, 180), 1);
    const repot = next() < 0.3 ? 1 : 0;
    const minutes = (20 + 2.2 * branches + 9 * wire + 0.25 * trunk + 45 * repot) / Math.sqrt(crew) + 0.8 * dist + normal(next, 0, 12);
    rows.push([`J${23000 + i}`, branches, wire, trunk, crew, dist, repot, r2(Math.max(10, minutes), 0)].join('\t'));
  }
  write('care-jobs.tsv', rows.join('\n') + '\n');
}

// soil-clinic.csv: workshop soil-and-leaf clinic: readings of a client's pot and the leaf diagnosis.
{
  const next = rng(239 * 13);
  const rows: string[] = ['sample_id,ph,ec_ms_cm,moisture_pct,root_temp_c,days_since_feed,leaf_status'];
  for (let i = 0; i < 360; i++) {
    const ph = r2(clamp(normal(next, 6.3, 0.7), 4.5, 8.2), 2);
    const ec = r2(clamp(Math.exp(normal(next, -0.3, 0.5)), 0.1, 4), 2);
    const moist = r2(clamp(normal(next, 38, 12), 5, 85), 1);
    const temp = r2(clamp(normal(next, 18, 4), 4, 32), 1);
    const feed = Math.round(clamp(Math.exp(normal(next, 3, 0.6)), 1, 150));
    let status = 'healthy';
    const rot = 0.09 * (moist - 55) + 0.15 * (temp - 22) + normal(next, 0, 0.6);
    const chl = 1.6 * (ph - 7.0) + 0.02 * (feed - 40) + normal(next, 0, 0.6);
    if (rot > 0.4) status = 'rootrot';
    else if (chl > 0.2) status = 'chlorosis';
    rows.push([`S-${i + 1}`, ph, ec, moist, temp, feed, status].join(','));
  }
  write('soil-clinic.csv', rows.join('\n') + '\n');
}
