/**
 * Writes the CSVs of test/faults-blind75 (semiconductor manufacturing and electronics test), seeded so
 * every run gives the same files: `npx tsx test/faults-blind75/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(dir, name), text);
}

/** Etch/deposition process log: recipe settings per wafer, film thickness in nm. */
function etch(): (number | string)[][] {
  const next = rng(7501);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const lot = 4100 + Math.floor(i / 25), wafer = (i % 25) + 1, ts = 1704067200 + i * 3600 + Math.floor(next() * 600);
    const temp = normal(next, 65, 5), pressure = 20 + 80 * next(), rf = 200 + 600 * next();
    const ar = 50 + 250 * next(), cf4 = 10 + 70 * next(), time = 30 + 90 * next();
    const thickness = 120 + 0.004 * rf * time + 40 * Math.tanh((cf4 - 45) / 20) - 0.5 * pressure + 0.8 * (temp - 65) + 0.02 * (ar - 175) + normal(next, 0, 4);
    rows.push([lot, wafer, ts, r3(temp), r3(pressure), r3(rf), r3(ar), r3(cf4), r3(time), 3, r3(thickness)]);
  }
  write('etch.csv', ['lot_id', 'wafer_id', 'ts_epoch', 'chamber_temp_C', 'pressure_mTorr', 'rf_power_W', 'ar_sccm', 'cf4_sccm', 'step_time_s', 'chamber_id', 'thickness_nm'], rows);
  return rows;
}

/** Same kind of process log, labelled with the defect class found at inspection. */
function defects(): void {
  const next = rng(7502);
  const classes = ['none', 'particle', 'residue', 'arcing'];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 450; i++) {
    const lot = 5200 + Math.floor(i / 25), ts = 1706745600 + i * 2700;
    const temp = normal(next, 65, 5), pressure = 20 + 80 * next(), rf = 200 + 600 * next();
    const ar = 50 + 250 * next(), cf4 = 10 + 70 * next(), time = 30 + 90 * next();
    let label = pressure > 75 && rf > 550 ? 'arcing' : cf4 < 28 ? 'residue' : temp > 69 ? 'particle' : 'none';
    if (next() < 0.04) label = classes[Math.floor(next() * 4)];
    rows.push([lot, ts, r3(temp), r3(pressure), r3(rf), r3(ar), r3(cf4), r3(time), label]);
  }
  write('defects.csv', ['lot_id', 'ts_epoch', 'chamber_temp_C', 'pressure_mTorr', 'rf_power_W', 'ar_sccm', 'cf4_sccm', 'step_time_s', 'defect_class'], rows);
}

/** Wafer-level parametric test per die: leakage spans decades, failing dies are rare. */
function wafertest(): (number | string)[][] {
  const next = rng(7503);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 600; i++) {
    const lot = 7700 + Math.floor(i / 150), wafer = Math.floor(i / 30) % 5 + 1, x = i % 6, y = Math.floor(i / 6) % 5;
    const logLeak = normal(next, 1, 0.7), vth = normal(next, 0.42, 0.03);
    const ro = 550 - 1500 * (vth - 0.42) + normal(next, 0, 15), idd = 12 + 0.8 * logLeak + normal(next, 0, 0.8);
    const testTemp = lot % 2 === 0 ? 25 : 85;
    const fail = logLeak > 2.3 || vth < 0.36 ? 1 : 0;
    rows.push([lot, wafer, x, y, r3(10 ** logLeak), r3(vth), r3(ro), r3(idd), testTemp, fail]);
  }
  write('wafertest.csv', ['lot_id', 'wafer_id', 'die_x', 'die_y', 'leakage_nA', 'vth_V', 'ro_freq_MHz', 'idd_mA', 'test_temp_C', 'fail'], rows);
  return rows;
}

/** Board functional test: rails, current, temperature → pass / rework / scrap. */
function boardtest(): (number | string)[][] {
  const next = rng(7504);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const v33 = normal(next, 3.3, 0.06), v18 = normal(next, 1.8, 0.04), v5 = normal(next, 5.0, 0.08);
    const current = normal(next, 450, 60), temp = normal(next, 45, 6);
    const outcome = current > 560 || v33 < 3.17 ? 'scrap' : Math.abs(v18 - 1.8) > 0.05 || temp > 54 ? 'rework' : 'pass';
    rows.push([`B${100000 + i}`.slice(1), r3(v33), r3(v18), r3(v5), r3(current), r3(temp), 7, outcome]);
  }
  write('boardtest.csv', ['board_sn', 'rail_3v3_V', 'rail_1v8_V', 'rail_5v_V', 'current_mA', 'temp_C', 'fw_rev', 'outcome'], rows);
  return rows;
}

/** Solder-joint X-ray features → defective joint (0/1). */
function solder(): void {
  const next = rng(7505);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 360; i++) {
    const voidPct = clamp(-8 * Math.log(Math.max(next(), 1e-9)), 0, 60), fillet = normal(next, 180, 30), bridge = next();
    const area = normal(next, 0.8, 0.1), angle = normal(next, 35, 8);
    const z = 0.3 * (voidPct - 9) + 8 * (bridge - 0.8) - 0.06 * (fillet - 150) + 0.08 * (angle - 35);
    const defective = next() < sigmoid(3 * z) ? 1 : 0;
    rows.push([30000 + i, r3(voidPct), r3(fillet), r3(bridge), r3(area), r3(angle), defective]);
  }
  write('solder.csv', ['joint_id', 'void_pct', 'fillet_height_um', 'bridge_score', 'pad_area_mm2', 'wetting_angle_deg', 'defective'], rows);
}

/** Burn-in: stress hours (skewed), temperature and voltage → threshold-voltage drift in mV. */
function burnin(): void {
  const next = rng(7506);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 320; i++) {
    const hours = Math.round(clamp(-120 * Math.log(Math.max(next(), 1e-9)), 1, 1000));
    const stressT = [85, 105, 125][Math.floor(next() * 3)], vdd = normal(next, 1.2, 0.05);
    const drift = 2 * Math.log(1 + hours) * Math.exp(0.02 * (stressT - 85)) + 30 * (vdd - 1.2) + normal(next, 0, 0.6);
    rows.push([`U${9000 + i}`, hours, stressT, r3(vdd), r3(drift)]);
  }
  write('burnin.csv', ['unit_id', 'burnin_h', 'stress_temp_C', 'vdd_stress_V', 'delta_vth_mV'], rows);
}

const etchRows = etch();
defects();
const waferRows = wafertest();
const boardRows = boardtest();
solder();
burnin();

// Broken copies for data-error specs: a tester export with NA / open-circuit cells, and a board export cut short.
write('wafertest-export.csv', ['lot_id', 'wafer_id', 'die_x', 'die_y', 'leakage_nA', 'vth_V', 'ro_freq_MHz', 'idd_mA', 'test_temp_C', 'fail'],
  waferRows.slice(0, 200).map((row, i) => (i % 37 === 5 ? row.map((c, j) => (j === 4 ? 'OPEN' : j === 6 ? 'NA' : c)) : row)));
write('boardtest-lot17.csv', ['board_sn', 'rail_3v3_V', 'rail_1v8_V', 'rail_5v_V', 'current_mA', 'temp_C', 'fw_rev', 'outcome'], [boardRows.find((r) => r[7] === 'pass')!, boardRows.find((r) => r[7] === 'rework')!, boardRows.find((r) => r[7] === 'scrap')!]);
write('etch-chamberB.csv', ['lot_id', 'wafer_id', 'ts_epoch', 'chamber_temp_C', 'pressure_mTorr', 'rf_power_W', 'ar_sccm', 'cf4_sccm', 'step_time_s', 'chamber_id', 'thk_nm'], etchRows.slice(0, 150));
