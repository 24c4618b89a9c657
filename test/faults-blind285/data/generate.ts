/**
 * Writes the CSVs of fault set blind285 (salt mines), seeded from 285 so every run gives the same files:
 * `npx tsx test/faults-blind285/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. hoist_shifts.csv: tonnes of rock salt hoisted per shift (regression, raw tonnes).
{
  const next = rng(285001);
  const rows: string[] = ['shift_id,date,panel_depth_m,crew_size,drill_holes,explosive_kg,conveyor_uptime_pct,haul_distance_m,surface_temp_c,tonnes_hoisted'];
  for (let i = 0; i < 480; i++) {
    const depth = clamp(normal(next, 380, 90), 160, 620);
    const crew = Math.round(clamp(normal(next, 14, 3), 8, 20));
    const holes = Math.round(clamp(normal(next, 42, 9), 20, 64));
    const explosive = holes * clamp(normal(next, 14.5, 1.2), 11, 18); // collinear with holes
    const uptime = clamp(100 - Math.abs(normal(next, 0, 8)), 62, 100); // skewed towards 100
    const haul = clamp(normal(next, 900, 300) + 0.8 * (depth - 380), 200, 2200);
    const temp = normal(next, 11, 8); // no effect
    const tonnes = 180 + 38 * crew + 22 * holes + 14.5 * (uptime - 80) - 0.45 * haul - 0.9 * (depth - 380) + 0.004 * (uptime - 80) * holes * 10 + normal(next, 0, 85);
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 28) % 12;
    rows.push([`SH-${String(10000 + i)}`, `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, r2(depth, 1), crew, holes, r2(explosive, 1), r2(uptime, 1), r2(haul, 0), r2(temp, 1), r2(Math.max(150, tonnes), 1)].join(','));
  }
  write('hoist_shifts.csv', rows.join('\n') + '\n');
}

// 2. brine_wells.csv: solution-mining wells, casing leak within the quarter (binary, ~12% positive).
const wells: number[][] = [];
{
  const next = rng(285002);
  const rows: string[] = ['well_id,injection_pressure_bar,brine_density_gcc,flow_m3h,well_age_yr,sulfate_ppm,cavern_volume_km3,casing_leak'];
  for (let i = 0; i < 520; i++) {
    const pressure = clamp(normal(next, 62, 12), 25, 110);
    const density = clamp(normal(next, 1.19, 0.012), 1.14, 1.21);
    const flow = clamp(normal(next, 85, 22) + 0.6 * (pressure - 62), 20, 180);
    const age = clamp(Math.abs(normal(next, 0, 14)), 0.5, 55);
    const sulfate = Math.exp(normal(next, 7.2, 0.7)); // lognormal, skewed
    const cavern = Math.exp(normal(next, 5.5, 0.9)); // skewed
    const z = -2.3 + 0.075 * (pressure - 62) + 0.09 * (age - 12) + 0.9 * Math.log(sulfate / 1340) + 45 * (1.19 - density) + normal(next, 0, 0.5);
    const leak = next() < sigmoid(z * 1.4) ? 1 : 0;
    wells.push([pressure, density, flow, age, sulfate, cavern, leak]);
    rows.push([`BW-${String(300 + i)}`, r2(pressure, 1), r2(density, 4), r2(flow, 1), r2(age, 1), r2(sulfate, 0), r2(cavern, 1), leak].join(','));
  }
  write('brine_wells.csv', rows.join('\n') + '\n');
  // A copy with the logger's gaps: NA, empty cells and -999 in some readings.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    const g = next();
    if (g < 0.04) cells[1] = 'NA';
    else if (g < 0.07) cells[3] = '';
    else if (g < 0.09) cells[5] = '-999';
    else if (g < 0.1) cells[4] = 'n/a';
    return cells.join(',');
  });
  write('brine_wells_gaps.csv', gaps.join('\n') + '\n');
}

// 3. salt_grades.csv: lab batches graded into product lines (multiclass, string labels, rare "pharma").
{
  const next = rng(285003);
  const header = ['batch_id', 'nacl_pct', 'insolubles_pct', 'moisture_pct', 'grain_mm', 'iron_ppm', 'whiteness_idx', 'grade'];
  const rows: string[][] = [];
  const grades: [string, number][] = [['road', 0.42], ['industrial', 0.3], ['food', 0.22], ['pharma', 0.06]];
  for (let i = 0; i < 450; i++) {
    let u = next(), g = 0;
    while (g < grades.length - 1 && u > grades[g][1]) { u -= grades[g][1]; g++; }
    const nacl = clamp(normal(next, [96.2, 98.1, 99.2, 99.75][g], [0.9, 0.5, 0.3, 0.12][g]), 92, 99.95);
    const insol = Math.exp(normal(next, [0.6, -0.4, -1.5, -2.6][g], 0.55));
    const moisture = clamp(normal(next, [2.8, 1.6, 0.4, 0.15][g], 0.5), 0.02, 5);
    const grain = clamp(normal(next, [6, 3, 0.8, 0.5][g], [2, 1, 0.3, 0.2][g]), 0.1, 12);
    const iron = Math.exp(normal(next, [4.2, 3.4, 2.2, 1.4][g], 0.5));
    const white = clamp(normal(next, [55, 72, 88, 94][g], 7), 20, 100);
    // 6% of labels flipped to a neighbour grade (lab re-grading)
    let label = g;
    if (next() < 0.06) label = clamp(g + (next() < 0.5 ? -1 : 1), 0, 3);
    rows.push([`LB${2300 + i}`, r2(nacl, 2), r2(insol, 3), r2(moisture, 2), r2(grain, 2), r2(iron, 1), r2(white, 1), grades[label][0]].map(String));
  }
  write('salt_grades.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // The lab's spreadsheet export: semicolons and decimal commas.
  write('salt_grades_eu.csv', [header.join(';'), ...rows.map((r) => r.map((c) => c.replace('.', ',')).join(';'))].join('\n') + '\n');
}

// 4. roof_convergence.csv: tab-separated survey export: roof-to-floor convergence mm/month (regression, small target).
{
  const next = rng(285004);
  const rows: string[] = [['room_id', 'span_m', 'pillar_width_m', 'cover_depth_m', 'extraction_ratio', 'age_months', 'convergence_mm_month'].join('\t')];
  for (let i = 0; i < 360; i++) {
    const span = clamp(normal(next, 14, 2.5), 8, 22);
    const pillar = clamp(normal(next, 18, 4), 9, 30);
    const depth = clamp(normal(next, 420, 110), 150, 750);
    const extraction = clamp(span * (span + 2 * pillar) / ((span + pillar) ** 2) + normal(next, 0, 0.02), 0.3, 0.9); // collinear
    const age = clamp(Math.abs(normal(next, 0, 60)), 1, 240);
    const conv = 0.8 + 0.12 * (span - 14) - 0.05 * (pillar - 18) + 0.004 * (depth - 420) + 3.5 * (extraction - 0.6) - 0.35 * Math.log(age) + 0.6 * Math.tanh((span - 14) / 3) + normal(next, 0, 0.15);
    rows.push([`RM-${String.fromCharCode(65 + (i % 6))}${100 + i}`, r2(span, 2), r2(pillar, 2), r2(depth, 0), r2(extraction, 3), r2(age, 0), r2(conv + 2, 3)].join('\t'));
  }
  write('roof_convergence.csv', rows.join('\n') + '\n');
}
console.log('written');
