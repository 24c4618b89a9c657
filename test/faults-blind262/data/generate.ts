/**
 * Writes the CSVs of fault set blind262 (bagpipe makers and pipe bands), seeded from 262:
 * `npx tsx test/faults-blind262/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. chanters.csv: a workshop's chanter QC log. Pitch in Hz (raw units, ~480 Hz), pass/fail.
{
  const next = rng(262);
  const rows: string[] = ['chanter_id,made_on,bore_mm,throat_mm,wood_density,reed_pressure_cm,humidity_pct,hole_depth_mm,sole_ring,pitch_hz,tuned_ok'];
  for (let i = 0; i < 420; i++) {
    const bore = normal(next, 4.75, 0.12);
    const throat = bore * 0.62 + normal(next, 0, 0.02); // collinear with bore
    const density = normal(next, 1210, 45); // African blackwood kg/m3
    const pressure = clamp(normal(next, 32, 5), 18, 48); // cm water gauge
    const humidity = clamp(normal(next, 58, 14), 20, 95);
    const hole = Math.exp(normal(next, 1.1, 0.35)); // skewed
    const sole = Math.floor(next() * 3); // cosmetic sole ring style, no effect
    const pitch = 480 - 38 * (bore - 4.75) + 0.9 * (pressure - 32) + 0.03 * (density - 1210) - 0.08 * (humidity - 58) - 2.5 * (hole - 3.1) + normal(next, 0, 2.2);
    const score = 1.6 - Math.abs(pitch - 481) / 4 + 0.04 * (pressure - 32);
    let ok = next() < sigmoid(2.2 * score) ? 1 : 0;
    if (next() < 0.05) ok = 1 - ok;
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 35);
    rows.push(`CH-${String(2620 + i)},2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${r2(bore, 3)},${r2(throat, 3)},${r2(density, 1)},${r2(pressure, 1)},${r2(humidity, 1)},${r2(hole, 2)},${sole},${r2(pitch, 2)},${ok}`);
  }
  write('chanters.csv', rows.join('\n') + '\n');
}

// 2. bands.csv: pipe band register with contest grade (string, rare Grade 1) and prize count.
const bandRows: (string | number)[][] = [];
{
  const next = rng(262 * 7);
  for (let i = 0; i < 480; i++) {
    const years = Math.max(0.5, Math.exp(normal(next, 2.4, 0.8))); // skewed
    const pipers = Math.round(clamp(normal(next, 10 + 0.25 * years, 3), 4, 26));
    const drummers = Math.round(clamp(pipers * 0.5 + normal(next, 0, 1.2), 2, 14));
    const practiceWk = clamp(normal(next, 3 + 0.08 * years, 1.3), 0.5, 10);
    const practiceMo = practiceWk * 4.33 + normal(next, 0, 0.3); // collinear
    const travel = Math.exp(normal(next, 5.5, 1.0)); // km per season, skewed
    const budget = Math.exp(normal(next, 9.2 + 0.05 * years, 0.6)); // GBP
    const tartan = Math.floor(next() * 12); // tartan sett code, no effect
    const z = 0.55 * practiceWk + 0.08 * pipers + 0.05 * years + 0.35 * Math.log(budget) + normal(next, 0, 0.7);
    let grade = z > 10.0 ? 'Grade1' : z > 7.8 ? 'Grade2' : z > 6.6 ? 'Grade3' : 'Grade4';
    if (next() < 0.06) grade = ['Grade2', 'Grade3', 'Grade4'][Math.floor(next() * 3)];
    const prizes = Math.max(0, 0.9 * practiceWk + 0.15 * pipers + 0.4 * Math.log(budget) - 4 + normal(next, 0, 0.6));
    const points = r2(prizes * 10, 1);
    bandRows.push([`PB${1000 + i}`, r2(years, 1), pipers, drummers, r2(practiceWk, 1), r2(practiceMo, 1), r2(travel, 0), r2(budget, 0), tartan, grade, points]);
  }
  const header = 'band_id,years_together,pipers,drummers,practice_hrs_week,practice_hrs_month,travel_km,budget_gbp,tartan_code,grade,league_points';
  write('bands.csv', [header, ...bandRows.map((r) => r.join(','))].join('\n') + '\n');
  // A copy with the secretary's missing-value markers.
  const gaps = bandRows.map((r, i) => {
    const c = r.slice();
    if (i % 17 === 3) c[4] = 'NA';
    if (i % 23 === 5) c[7] = '';
    if (i % 29 === 7) c[1] = 'n/a';
    return c.join(',');
  });
  write('bands-gaps.csv', [header, ...gaps].join('\n') + '\n');
}

// 3. bags-leak.csv: a continental hide supplier's export: semicolons and decimal commas.
{
  const next = rng(262 * 13);
  const rows: string[] = ['bag_no;hide;thickness_mm;seasoning_ml;days_since_seasoned;drones;stitch_spm;leak_kpa_min;airtight'];
  for (let i = 0; i < 360; i++) {
    const hide = ['elk', 'sheep', 'cow', 'synthetic'][Math.floor(next() * 4)];
    const thick = clamp(normal(next, hide === 'synthetic' ? 1.2 : 2.1, 0.3), 0.6, 3.2);
    const seasoning = clamp(normal(next, 90, 30), 0, 200);
    const days = Math.exp(normal(next, 3.2, 0.9));
    const drones = next() < 0.85 ? 3 : 4;
    const stitch = normal(next, 7, 1.1);
    const leak = Math.max(0.02, (hide === 'synthetic' ? 0.4 : 1.4) - 0.35 * thick - 0.006 * seasoning + 0.012 * days + 0.12 * (drones - 3) - 0.05 * (stitch - 7) + normal(next, 0, 0.12));
    const tight = leak < 0.55 ? 1 : 0;
    const f = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push(`${i + 1};${hide};${f(thick, 2)};${f(seasoning, 0)};${f(days, 1)};${drones};${f(stitch, 1)};${f(leak, 3)};${tight}`);
  }
  write('bags-leak.csv', rows.join('\n') + '\n');
}

// 4. reeds.tsv.csv: a reed maker's tab-separated grading sheet, 3 strength classes.
{
  const next = rng(262 * 31);
  const rows: string[] = ['batch\tcane_mm\tgouge_mm\tblade_len_mm\tbridle_pos_mm\tcane_origin_code\tstrength'];
  for (let i = 0; i < 390; i++) {
    const cane = normal(next, 0.62, 0.06);
    const gouge = normal(next, 0.55, 0.05) + 0.3 * (cane - 0.62);
    const blade = normal(next, 21, 1.2);
    const bridle = normal(next, 9.5, 0.8);
    const origin = Math.floor(next() * 5);
    const s = 40 * (cane - 0.62) + 30 * (gouge - 0.55) - 0.6 * (blade - 21) + 0.5 * (bridle - 9.5) + normal(next, 0, 0.6);
    let cls = s > 1.0 ? 'hard' : s < -0.9 ? 'easy' : 'medium';
    if (next() < 0.05) cls = ['hard', 'easy', 'medium'][Math.floor(next() * 3)];
    rows.push(`R${262}-${i}\t${cane.toFixed(3)}\t${gouge.toFixed(3)}\t${blade.toFixed(2)}\t${bridle.toFixed(2)}\t${origin}\t${cls}`);
  }
  write('reeds.csv', rows.join('\n') + '\n');
}

// 5. sales.csv: secondhand bagpipe sale prices in GBP (raw large target), age skewed.
{
  const next = rng(262 * 97);
  const rows: string[] = ['listing,age_years,silver_mounts,ivory_free,maker_rank,condition,drone_reeds_included,price_gbp'];
  for (let i = 0; i < 300; i++) {
    const age = Math.exp(normal(next, 3.0, 0.9));
    const silver = next() < 0.3 ? 1 : 0;
    const ivoryFree = next() < 0.7 ? 1 : 0;
    const rank = 1 + Math.floor(next() * 5);
    const cond = clamp(normal(next, 6.5, 1.8), 1, 10);
    const reeds = next() < 0.5 ? 1 : 0;
    const price = Math.max(150, 900 + 6 * Math.min(age, 120) + 850 * silver + 180 * (5 - rank) + 160 * (cond - 6.5) + 60 * reeds + normal(next, 0, 180));
    rows.push(`L${5000 + i},${age.toFixed(1)},${silver},${ivoryFree},${rank},${cond.toFixed(1)},${reeds},${price.toFixed(0)}`);
  }
  write('sales.csv', rows.join('\n') + '\n');
}
