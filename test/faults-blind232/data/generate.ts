/**
 * Writes this set's CSVs (seeded from 232): `npx tsx test/faults-blind232/data/generate.ts`.
 * Theme: hop farms and maltings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d: number) => x.toFixed(d);

// hop_lots.csv: one row per picked lot from several farms; growing conditions and the lab's alpha acid.
{
  const r = rng(232001);
  const farms = ['Brookfield', 'Oast Lane', 'Hillside', 'Wyebank', 'Teme Valley'];
  const varieties = ['Fuggle', 'Goldings', 'Target', 'Challenger', 'Admiral'];
  const rows: string[] = ['lot_id,farm,variety,gdd,rain_mm,sun_hours,nitrogen_kg_ha,plant_age_yr,harvest_doy,trellis_m,alpha_acid_pct,beta_acid_pct,grade,rejected'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 440; i++) {
    const farm = farms[Math.floor(r() * farms.length)];
    const vi = Math.floor(r() * varieties.length);
    const gdd = normal(r, 2250, 180);
    const rain = Math.exp(normal(r, 5.6, 0.45)); // skewed, ~270 mm
    const sun = clamp(normal(r, 1350 - 0.4 * (rain - 270), 120), 900, 1800);
    const nitrogen = clamp(normal(r, 150, 35), 60, 260);
    const age = Math.floor(clamp(normal(r, 8, 5), 1, 25));
    const doy = Math.round(clamp(normal(r, 250, 8), 228, 272));
    const trellis = normal(r, 5.5, 0.3); // no effect
    const varBase = [4.5, 5.5, 10.5, 7.5, 14][vi];
    const ripe = -Math.pow((doy - 252) / 9, 2);
    const alpha = clamp(varBase + 0.0025 * (gdd - 2250) + 0.0012 * (sun - 1350) + 0.004 * (nitrogen - 150) - 0.06 * Math.abs(age - 9) + 0.9 * ripe + normal(r, 0, 0.45), 1.5, 19);
    const beta = clamp(0.45 * alpha + normal(r, 0, 0.4) + [0.8, 1.2, -0.5, 0.6, -1][vi], 1, 9);
    const score = alpha / varBase + 0.15 * ripe + normal(r, 0, 0.08);
    const grade = score > 1.05 ? 'A' : score > 0.85 ? 'B' : 'C';
    const rejected = r() < sigmoid(-3.2 + 0.012 * (rain - 270) - 1.2 * ripe) ? 1 : 0;
    const id = `HL-${2019 + (i % 5)}-${String(1000 + i)}`;
    const vals = [id, farm, varieties[vi], f(gdd, 0), f(rain, 1), f(sun, 0), f(nitrogen, 1), String(age), String(doy), f(trellis, 2), f(alpha, 2), f(beta, 2), grade, String(rejected)];
    rows.push(vals.join(','));
    const g = [...vals];
    if (r() < 0.08) g[4] = 'NA';
    if (r() < 0.05) g[6] = '';
    if (r() < 0.04) g[5] = 'n/a';
    gaps.push(g.join(','));
  }
  write('hop_lots.csv', rows.join('\n') + '\n');
  write('hop_lots_gaps.csv', gaps.join('\n') + '\n');
}

// malt_batches.csv: maltings batch records; the quality lab's results per batch.
{
  const r = rng(232002);
  const barleys = ['Maris Otter', 'Laureate', 'Planet', 'Concerto'];
  const head = 'batch_id,kiln_start,barley,protein_pct,grain_n_pct,screenings_pct,steep_hours,steep_moisture_pct,germ_days,germ_temp_c,kiln_max_c,extract_pct,diastatic_wk,colour_ebc,friability_pct,spec_pass';
  const rows: string[] = [head];
  const eu: string[] = [head.replace(/,/g, ';')];
  for (let i = 0; i < 380; i++) {
    const b = Math.floor(r() * barleys.length);
    const protein = clamp(normal(r, 10.2 + [-0.3, 0.2, 0.0, 0.5][b], 0.7), 8.2, 12.8);
    const grainN = protein / 6.25 + normal(r, 0, 0.01); // collinear with protein
    const screenings = Math.exp(normal(r, 0.8, 0.5)); // skewed
    const steep = clamp(normal(r, 44, 5), 32, 58);
    const steepMoist = clamp(30 + 0.3 * steep + normal(r, 0, 1.0), 40, 48);
    const germ = clamp(normal(r, 4.5, 0.8), 3, 7);
    const germT = clamp(normal(r, 16, 1.5), 12, 20);
    const kiln = clamp(normal(r, 88, 8), 70, 110);
    const mod = (steepMoist - 44) * 0.5 + (germ - 4.5) * 0.9 + (germT - 16) * 0.2;
    const extract = 81.5 - 1.1 * (protein - 10.2) + 0.5 * mod - 0.25 * (screenings - 2.4) + normal(r, 0, 0.35);
    const dp = clamp(280 + 45 * (protein - 10.2) + 18 * mod - 3.5 * (kiln - 88) + normal(r, 0, 15), 90, 520);
    const colour = Math.exp(0.9 + 0.045 * (kiln - 88) + 0.06 * mod + normal(r, 0, 0.12));
    const fri = clamp(86 + 5 * mod - 2.5 * (protein - 10.2) + normal(r, 0, 2.5), 55, 99);
    const pass = extract > 80 && fri > 80 && colour < 4.5 ? 1 : 0;
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 32) % 12;
    const ts = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T0${i % 10}:30`;
    const vals = [`MB${23000 + i}`, ts, barleys[b], f(protein, 2), f(grainN, 3), f(screenings, 2), f(steep, 1), f(steepMoist, 1), f(germ, 1), f(germT, 1), f(kiln, 1), f(extract, 2), f(dp, 0), f(colour, 2), f(fri, 1), String(pass)];
    rows.push(vals.join(','));
    if (i < 260) eu.push(vals.map((v) => v.replace('.', ',')).join(';'));
  }
  write('malt_batches.csv', rows.join('\n') + '\n');
  write('malt_batches_eu.csv', eu.join('\n') + '\n');
}

// kiln_log.tsv-like: hop kiln (oast) sensor export, tab-separated; moisture of the cone after drying.
{
  const r = rng(232003);
  const rows: string[] = ['reading_time\tair_on_c\tair_off_c\trh_pct\tfan_rpm\tbed_depth_cm\tdry_hours\tgreen_weight_kg\tmoisture_out_pct'];
  for (let i = 0; i < 360; i++) {
    const on = clamp(normal(r, 62, 4), 50, 75);
    const off = on - clamp(normal(r, 22, 4), 10, 35);
    const rh = clamp(normal(r, 55, 12), 20, 95);
    const fan = clamp(normal(r, 1400, 150), 900, 1900);
    const bed = clamp(normal(r, 60, 10), 35, 90);
    const hours = clamp(normal(r, 9, 1.5), 5, 14);
    const green = normal(r, 2400, 400) + 25 * (bed - 60);
    const drive = 0.08 * (on - 62) + 0.0015 * (fan - 1400) + 0.35 * (hours - 9) - 0.035 * (bed - 60) - 0.012 * (rh - 55);
    const moist = clamp(9.5 - 2.2 * Math.tanh(drive) - 0.8 * drive + normal(r, 0, 0.35), 4, 16);
    const t = `2023-09-${String(1 + (i % 30)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00`;
    rows.push([t, f(on, 1), f(off, 1), f(rh, 1), f(fan, 0), f(bed, 1), f(hours, 2), f(green, 0), f(moist, 2)].join('\t'));
  }
  write('kiln_log.csv', rows.join('\n') + '\n');
}
