/** Writes this set's CSVs (seed 250): a rug workshop's pricing sheet, restoration jobs, dye lots, fleece grading. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d = 2) => x.toFixed(d);

// rugs.csv: 400 finished rugs, appraisal price in EUR (raw, large), plus a grade class.
{
  const r = rng(250);
  const rows = ['rug_id,finished_on,knots_per_sqin,area_m2,wool_grade,silk_pct,dye_colours,weaver_days,loom_no,price_eur,grade'];
  for (let i = 0; i < 400; i++) {
    const knots = clamp(Math.exp(normal(r, 5.0, 0.6)), 25, 900); // skewed
    const area = clamp(Math.exp(normal(r, 1.0, 0.7)), 0.4, 24);
    const wool = 1 + Math.floor(r() * 5);
    const silk = r() < 0.7 ? 0 : clamp(normal(r, 25, 15), 2, 80);
    const colours = 2 + Math.floor(r() * 14);
    const days = clamp((knots * area) / 14 * (1 + normal(r, 0, 0.1)), 3, 900); // collinear with knots*area
    const loom = 1 + Math.floor(r() * 9); // no effect
    const price = clamp(90 * area * Math.pow(knots / 100, 0.8) * (1 + 0.12 * wool) * (1 + silk / 60) * (1 + colours / 40) * Math.exp(normal(r, 0, 0.12)), 80, 250000);
    const ppm = price / area;
    const grade = ppm > 700 ? 'heirloom' : ppm > 260 ? 'fine' : 'market';
    const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 1800) * 86400000).toISOString().slice(0, 10);
    rows.push([`RG-${1000 + i}`, d, f(knots, 0), f(area), wool, f(silk, 1), colours, f(days, 0), loom, f(price, 0), grade].join(','));
  }
  write('rugs.csv', rows.join('\n') + '\n');
}

// restoration.csv: 360 tapestry restoration jobs: hours (raw) and the treatment chosen (rare "reweave").
{
  const r = rng(2501);
  const rows = ['job_id,received,age_years,width_m,height_m,damage_pct,moth_holes,rh_pct,silk_warp,cleaning_passes,hours,treatment'];
  for (let i = 0; i < 360; i++) {
    const age = clamp(Math.exp(normal(r, 4.5, 0.8)), 10, 700);
    const w = clamp(normal(r, 2.2, 0.9), 0.4, 6);
    const h = clamp(w * (0.7 + 0.4 * r()), 0.3, 5);
    const damage = clamp(Math.exp(normal(r, 2.3, 0.9)), 0.5, 90);
    const holes = Math.floor(clamp(Math.exp(normal(r, 1.5, 1.2)) - 1, 0, 400));
    const rh = clamp(normal(r, 52, 9), 25, 85); // no effect
    const silk = r() < 0.25 ? 1 : 0;
    const passes = 1 + Math.floor(r() * 4);
    const hours = clamp(6 + 1.8 * w * h * damage * (1 + 0.5 * silk) / 4 + 0.9 * holes + 0.04 * age + normal(r, 0, 8), 4, 2000);
    const score = 0.06 * damage + 0.02 * holes + 0.8 * silk - 2.2 + normal(r, 0, 0.5);
    const treat = score > 2.2 ? 'reweave' : score > -0.4 ? 'consolidate' : 'clean';
    const d = new Date(Date.UTC(2016, 0, 1) + Math.floor(r() * 3000) * 86400000).toISOString().slice(0, 10);
    rows.push([`T${String(i + 1).padStart(4, '0')}`, d, f(age, 0), f(w), f(h), f(damage, 1), holes, f(rh, 1), silk, passes, f(hours, 1), treat].join(','));
  }
  write('restoration.csv', rows.join('\n') + '\n');
}

// dyelots.csv: semicolon export with decimal commas (a Continental spreadsheet): did the lot pass the colourfastness test?
// dyelots-gaps.csv: the same sheet before cleaning, with NA and empty readings.
{
  const r = rng(2502);
  const head = 'lot;mordant_g_per_kg;bath_temp_c;minutes;ph;wool_kg;madder_pct;indigo_dips;colourfast';
  const rows = [head], gaps = [head];
  for (let i = 0; i < 340; i++) {
    const mordant = clamp(normal(r, 90, 25), 20, 180);
    const temp = clamp(normal(r, 82, 8), 55, 100);
    const minutes = clamp(Math.exp(normal(r, 4.2, 0.4)), 20, 300);
    const ph = clamp(normal(r, 4.6, 0.7), 3, 7.5);
    const kg = clamp(Math.exp(normal(r, 1.6, 0.5)), 0.5, 25);
    const madder = clamp(normal(r, 40, 18), 0, 100);
    const dips = Math.floor(r() * 8);
    const z = 0.035 * (mordant - 90) + 0.09 * (temp - 82) + 0.012 * (minutes - 70) - 1.1 * (ph - 4.6) + 0.15 * dips - 0.3 + normal(r, 0, 0.7);
    const pass = r() < sigmoid(2 * z) ? 1 : 0;
    const cells = [`DL${2300 + i}`, f(mordant, 1), f(temp, 1), f(minutes, 0), f(ph, 2), f(kg, 2), f(madder, 1), String(dips), String(pass)].map((c) => c.replace('.', ','));
    rows.push(cells.join(';'));
    const g = cells.slice();
    if (r() < 0.07) g[1 + Math.floor(r() * 6)] = r() < 0.5 ? 'NA' : '';
    gaps.push(g.join(';'));
  }
  write('dyelots.csv', rows.join('\n') + '\n');
  write('dyelots-gaps.csv', gaps.join('\n') + '\n');
}

// fleece.tsv: tab-separated lab sheet of 300 fleece lots graded for carpet, apparel or reject (rare).
{
  const r = rng(2503);
  const rows = ['sample\tmicron\tstaple_mm\tcrimp_per_cm\tlanolin_pct\tkemp_pct\tyield_pct\tgrade'];
  for (let i = 0; i < 300; i++) {
    const micron = clamp(normal(r, 31, 6), 18, 45);
    const staple = clamp(normal(r, 60 + (micron - 30) * 3, 15), 20, 200);
    const crimp = clamp(normal(r, 8 - (micron - 30) * 0.25, 1.2), 0.5, 14);
    const lan = clamp(normal(r, 12, 4), 2, 28);
    const kemp = clamp(Math.exp(normal(r, 0.5, 0.9)), 0, 40);
    const yld = clamp(normal(r, 70 - lan * 0.8, 5), 35, 90);
    const grade = kemp > 7 || (yld < 50 && r() < 0.6) ? 'reject' : micron + normal(r, 0, 2) > 29 ? 'carpet' : 'apparel';
    rows.push([`F${500 + i}`, f(micron, 1), f(staple, 0), f(crimp, 1), f(lan, 1), f(kemp, 1), f(yld, 1), grade].join('\t'));
  }
  write('fleece-lab.csv', rows.join('\n') + '\n');
}
