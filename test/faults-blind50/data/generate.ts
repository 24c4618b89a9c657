/**
 * Writes the CSVs of test/faults-blind50 (manufacturing, industrial sensors, predictive maintenance),
 * seeded so every run gives the same files: `npx tsx test/faults-blind50/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r = (x: number, d = 3) => Number(x.toFixed(d));

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

// 1. Bearing remaining useful life: latent wear w drives vibration, temperature and running hours.
{
  const next = rng(5001);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const w = next();
    const running = clamp(28000 * w + normal(next, 0, 2500), 50, 32000);
    const vib = clamp(0.8 + 6.5 * w * w + normal(next, 0, 0.35), 0.3, 12);
    const temp = 48 + 32 * w + normal(next, 0, 3);
    const load = 5 + 20 * next();
    const rpm = 1480 + normal(next, 0, 1.5);
    const rul = clamp(6000 * Math.pow(1 - w, 1.5) * (1 - 0.012 * (load - 15)) + normal(next, 0, 160), 20, 7000);
    rows.push([748000 + i * 7 + Math.floor(next() * 5), r(vib), r(temp, 2), Math.round(running), r(load, 2), r(rpm, 1), Math.round(rul), r(rul / 1000, 4)]);
  }
  write('bearing_rul.csv', ['serial_no', 'vib_rms_mm_s', 'temp_c', 'running_h', 'load_kn', 'rpm', 'rul_h', 'rul_kh'], rows);
  // The same export truncated to three rows (a query that filtered almost everything away).
  write('bearing_rul_q3.csv', ['serial_no', 'vib_rms_mm_s', 'temp_c', 'running_h', 'load_kn', 'rpm', 'rul_h', 'rul_kh'], rows.slice(0, 3));
}

// 2. Machine failure in the next week (rare, about 5%) from weekly sensor summaries.
{
  const next = rng(5002);
  const rows: (number | string)[][] = [];
  let failures = 0;
  for (let i = 0; i < 640; i++) {
    const zv = normal(next, 0, 1), zw = normal(next, 0, 1), zt = normal(next, 0, 1), zp = normal(next, 0, 1);
    const pressure = 3200 + 320 * zp;
    const vib = 2.2 + 0.6 * zv;
    const oilTemp = 62 + 5 * zt + 0.004 * i; // slight drift of the oil temperature sensor over the log
    const water = clamp(0.012 + 0.004 * zw, 0.001, 0.05);
    const current = 24 + 3 * normal(next, 0, 1) + 0.8 * zv;
    const logit = -6.4 + 2.6 * zv + 2.0 * zw + 1.1 * zt - 0.9 * zp;
    const failed = next() < sigmoid(logit * 1.4) ? 1 : 0;
    failures += failed;
    rows.push([`${31000 + i * 13}`, r(pressure, 1), r(vib), r(oilTemp, 2), r(water, 4), r(current, 2), 3, failed]);
  }
  console.log(`  machine_failure rate ${(failures / rows.length).toFixed(3)}`);
  const header = ['machine_id', 'pressure_kpa', 'vib_rms_mm_s', 'oil_temp_c', 'oil_water_ratio', 'current_a', 'firmware', 'failed_7d'];
  write('machine_failure.csv', header, rows);
  // A SCADA export where some sensor cells hold the historian's error text.
  const broken = rows.map((row, i) => (i % 37 === 11 ? row.map((c, j) => (j === 2 ? '#N/A' : c)) : i % 53 === 20 ? row.map((c, j) => (j === 3 ? 'ERR' : c)) : row));
  write('machine_failure_scada.csv', header, broken);
}

// 3. Part defect (0/1) from measured dimensions (mm) and process settings: out of tolerance on
// either side, or the mould temperature outside its window, makes a defect (not linearly separable).
{
  const next = rng(5003);
  const rows: (number | string)[][] = [];
  let defects = 0;
  for (let i = 0; i < 520; i++) {
    const dl = normal(next, 0, 1), dd = normal(next, 0, 1);
    const length = 120 + 0.06 * dl;
    const diameter = 25 + 0.02 * dd;
    const wall = 2.0 + normal(next, 0, 0.04);
    const mould = 170 + 60 * next();
    const injection = 92000 + normal(next, 0, 6000) + 120 * (mould - 200);
    const cycle = 24 + 8 * next();
    const score = dl * dl + dd * dd + Math.pow((mould - 200) / 17, 2) - 3.4;
    const defect = next() < sigmoid(3 * score) ? 1 : 0;
    defects += defect;
    rows.push([r(length, 4), r(diameter, 4), r(wall, 3), r(mould, 1), Math.round(injection), r(cycle, 2), defect]);
  }
  console.log(`  part_defect rate ${(defects / rows.length).toFixed(3)}`);
  write('part_defect.csv', ['length_mm', 'diameter_mm', 'wall_mm', 'mould_temp_c', 'injection_kpa', 'cycle_s', 'defect'], rows);
}

// 4. Defect type (scratch, dent, crack, none) from surface inspection features.
{
  const next = rng(5004);
  const kinds = ['none', 'scratch', 'dent', 'crack'];
  // centres: roughness um, depth um, edge length mm, reflectance, hardness HV
  const centres = [
    [0.4, 2, 0.5, 0.82, 520],
    [1.6, 6, 9, 0.55, 515],
    [0.9, 38, 3, 0.7, 470],
    [1.2, 24, 14, 0.6, 560],
  ];
  const spread = [0.22, 5, 2.2, 0.06, 18];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = i % 4;
    const f = centres[k].map((c, j) => normal(next, c, spread[j]));
    rows.push([`P${200000 + i}`, r(Math.max(0.05, f[0])), r(Math.max(0, f[1]), 2), r(Math.max(0, f[2]), 2), r(clamp(f[3], 0, 1)), r(f[4], 1), kinds[k]]);
  }
  write('defect_type.csv', ['part_id', 'roughness_um', 'depth_um', 'edge_len_mm', 'reflectance', 'hardness_hv', 'defect_type'], rows);
}

// 5. Daily energy use of a line from throughput, ambient temperature and shift one-hot.
{
  const next = rng(5005);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 450; i++) {
    const shift = i % 3;
    const throughput = 220 + 380 * next();
    const ambient = 12 + 14 * Math.sin((2 * Math.PI * i) / 450) + normal(next, 0, 3);
    const hvac = 9 * Math.abs(ambient - 18);
    const kwh = 420 + 2.1 * throughput + 0.0012 * throughput * throughput + hvac + [0, 60, 140][shift] + normal(next, 0, 35);
    rows.push([r(throughput, 1), r(ambient, 1), shift === 0 ? 1 : 0, shift === 1 ? 1 : 0, shift === 2 ? 1 : 0, r(kwh, 1), r(kwh / 1000, 4)]);
  }
  write('line_energy.csv', ['throughput_u_h', 'ambient_c', 'shift_early', 'shift_late', 'shift_night', 'energy_kwh', 'energy_mwh'], rows);
}

// 6. Batch yield from reactor temperature, pressure, feed rate (a peak near the operating optimum).
{
  const next = rng(5006);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 360; i++) {
    const temp = 140 + 40 * next();
    const pressure = 1500 + 1500 * next();
    const feed = 50 + 100 * next();
    const catalyst = 0.005 + 0.015 * next();
    const y = 96 - 0.05 * Math.pow(temp - 163, 2) - 4e-6 * Math.pow(pressure - 2350, 2) - 0.0009 * Math.pow(feed - 105, 2) + 300 * (catalyst - 0.0125) + normal(next, 0, 1.2);
    const yieldPct = clamp(y, 40, 99.5);
    rows.push([`B${24000 + i}`, r(temp, 2), r(pressure, 1), r(feed, 2), r(catalyst, 4), r(yieldPct, 2), r(yieldPct / 100, 4)]);
  }
  write('batch_yield.csv', ['batch_id', 'temp_c', 'pressure_kpa', 'feed_kg_h', 'catalyst_ratio', 'yield_pct', 'yield_frac'], rows);
}

// 7. Tool wear (flank wear, micrometres) from cutting speed, feed, depth of cut and coolant.
{
  const next = rng(5007);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 380; i++) {
    const speed = 80 + 220 * next();
    const feed = 0.05 + 0.35 * next();
    const depth = 0.2 + 2.8 * next();
    const coolant = next() < 0.6 ? 1 : 0;
    const minutes = 5 + 25 * next();
    const wear = 62 * Math.pow(speed / 150, 1.4) * Math.pow(feed / 0.2, 0.6) * Math.pow(depth, 0.3) * Math.pow(minutes / 15, 0.7) * (coolant ? 0.8 : 1) * Math.exp(normal(next, 0, 0.06));
    rows.push([r(speed, 1), r(feed, 3), r(depth, 2), coolant, r(minutes, 1), r(wear, 1), r(wear / 1000, 5)]);
  }
  write('tool_wear.csv', ['speed_m_min', 'feed_mm_rev', 'depth_mm', 'coolant', 'cut_min', 'wear_um', 'wear_mm'], rows);
}

// 8. Quality grade A/B/C from spectrometer absorbances (plus a sample-temperature column that barely moves).
{
  const next = rng(5008);
  const grades = ['A', 'B', 'C'];
  const rows: (number | string)[][] = [];
  const onehot: (number | string)[][] = [];
  for (let i = 0; i < 390; i++) {
    const purity = next();
    const moisture = next();
    const a450 = 0.3 + 0.9 * (1 - purity) + normal(next, 0, 0.05);
    const a520 = 0.5 + 0.4 * moisture + 0.3 * (1 - purity) + normal(next, 0, 0.05);
    const a610 = 0.8 + 0.2 * moisture + normal(next, 0, 0.05);
    const a680 = 1.1 - 0.5 * purity + 0.2 * moisture + normal(next, 0, 0.05);
    const a750 = 0.6 + 0.6 * moisture + normal(next, 0, 0.05);
    const a850 = 0.9 + normal(next, 0, 0.05);
    const score = 1.2 * purity - 0.6 * moisture + normal(next, 0, 0.05);
    const g = score > 0.6 ? 0 : score > 0.15 ? 1 : 2;
    const temp = 21 + normal(next, 0, 0.01);
    const cells = [r(a450), r(a520), r(a610), r(a680), r(a750), r(a850), r(temp, 3)];
    rows.push([...cells, grades[g]]);
    onehot.push([...cells, g === 0 ? 1 : 0, g === 1 ? 1 : 0, g === 2 ? 1 : 0]);
  }
  const head = ['abs_450', 'abs_520', 'abs_610', 'abs_680', 'abs_750', 'abs_850', 'sample_temp_c'];
  write('quality_grade.csv', [...head, 'grade'], rows);
  write('quality_grade_onehot.csv', [...head, 'grade_a', 'grade_b', 'grade_c'], onehot);
}
