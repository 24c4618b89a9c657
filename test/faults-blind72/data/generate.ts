/**
 * Writes the CSVs of the seventy-second blind fault set (theme: mining, oil and gas), seeded so every
 * run gives the same files: `npx tsx test/faults-blind72/data/generate.ts`.
 *
 * - assays.csv: 420 drill-core intervals (hole id, from_m depth, density, magnetic susceptibility, Cu
 *   and As in ppm, S %, a site code constant over the file) with a rock type (4 string classes) and a
 *   skewed Au grade in g/t (plus its log10).
 * - welllogs.csv: 480 log samples from 8 wells (depth in ft, gamma ray API, deep resistivity over
 *   decades, neutron porosity, bulk density, PEF) with a lithology (4 string classes) and a heavy-tailed
 *   permeability in mD (plus its log10).
 * - pumps.csv: 1000 hourly pump readings (pump id, epoch timestamp, pressures in kPa, flow, vibration,
 *   bearing temperature, motor current, run hours) with a rare failure flag (about 4%).
 * - production.csv: 360 well-days (well id, days on line, choke, tubing pressure in psi, water cut,
 *   GOR, a field code constant over the file) with oil rate in bbl/d.
 * - haul.csv: 400 haul-truck cycles (truck id, payload t, haul distance km, ramp grade %, queue length,
 *   night shift flag) with cycle time in minutes and a 3-class delay band.
 * - assays-bdl.csv: assays as the lab sends them, below-detection cells written "<0.01" / "<5".
 * - pumps-gaps.csv: pump readings with empty cells where the historian dropped values.
 * - core-summary.csv: a 4-row per-hole summary.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number, d = 2) => Number(x.toFixed(d));

function assays(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7201);
  const rocks = ['granite', 'andesite', 'basalt', 'skarn'];
  const dens = [2.64, 2.76, 2.95, 3.22];
  const mag = [4, 18, 42, 28];
  const cu = [300, 900, 600, 3800];
  const header = ['hole_id', 'from_m', 'density', 'magsus', 'cu_ppm', 'as_ppm', 's_pct', 'site', 'rock', 'au_gpt', 'log_au'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const k = Math.floor(next() * 4);
    const hole = 1001 + Math.floor(next() * 30);
    const depth = clamp(normal(next, 380, 190), 20, 850);
    const density = normal(next, dens[k], 0.05);
    const magsus = Math.max(0.2, normal(next, mag[k], 5));
    const cuPpm = Math.max(20, cu[k] * Math.exp(normal(next, 0, 0.35)));
    const asPpm = Math.max(5, 40 * Math.exp(normal(next, 0, 0.9)));
    const s = clamp(0.4 + cuPpm / 1500 + normal(next, 0, 0.3), 0.05, 8);
    const logAu = clamp(-1.75 + 0.55 * Math.log10(cuPpm) + 0.25 * s + 0.2 * Math.log10(asPpm) - 0.0006 * depth + normal(next, 0, 0.08), -2, 1.6);
    rows.push([hole, r2(depth, 1), r2(density, 3), r2(magsus, 1), Math.round(cuPpm), Math.round(asPpm), r2(s, 2), 7, rocks[k], r2(10 ** logAu, 3), r2(logAu, 3)]);
  }
  return { header, rows };
}

function welllogs(): void {
  const next = rng(7202);
  const liths = ['sandstone', 'shale', 'limestone', 'dolomite'];
  const gr = [45, 115, 25, 38];
  const logRes = [1.6, 0.4, 2.6, 2.1];
  const phi = [0.2, 0.12, 0.08, 0.1];
  const rhob = [2.32, 2.52, 2.6, 2.76];
  const pef = [1.8, 3.2, 5.1, 3.0];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = Math.floor(next() * 4);
    const well = 2101 + Math.floor(next() * 8);
    const depth = Math.round(clamp(normal(next, 6800, 1300), 4000, 9500));
    const g = Math.max(5, normal(next, gr[k], 10));
    const res = 10 ** normal(next, logRes[k], 0.25);
    const p = clamp(normal(next, phi[k], 0.035), 0.01, 0.35);
    const rb = normal(next, rhob[k], 0.04);
    const pe = normal(next, pef[k], 0.3);
    const logPerm = clamp(-1.5 + 16 * p - 0.6 * (k === 1 ? 1 : 0) + normal(next, 0, 0.15), -2, 4.2);
    rows.push([well, depth, r2(g, 1), r2(res, 2), r2(p, 3), r2(rb, 3), r2(pe, 2), liths[k], r2(10 ** logPerm, 3), r2(logPerm, 3)]);
  }
  write('welllogs.csv', ['well_id', 'depth_ft', 'gr_api', 'rdeep_ohmm', 'nphi', 'rhob', 'pef', 'lith', 'perm_md', 'log_perm'], rows);
}

function pumpRows(count: number, seed: number): (string | number)[][] {
  const next = rng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const pump = 301 + Math.floor(next() * 12);
    const ts = 1688169600 + i * 3600;
    const suction = clamp(normal(next, 300, 60), 120, 480);
    const discharge = clamp(normal(next, 3900, 550), 2400, 5400);
    const flow = clamp(normal(next, 180, 45), 40, 320);
    const vib = clamp(2.5 + Math.abs(normal(next, 0, 2.2)), 1, 14);
    const temp = clamp(normal(next, 68, 9) + 2.2 * (vib - 3), 40, 115);
    const amps = clamp(90 + 0.35 * flow + normal(next, 0, 6), 70, 220);
    const hours = Math.round(Math.min(45000, 2000 * Math.exp(normal(next, 0.8, 0.8))));
    const z = 2.4 * (vib - 7.0) + 0.18 * (temp - 86) - 0.012 * (suction - 300) + normal(next, 0, 0.6);
    const failure = next() < sigmoid(3 * z) ? 1 : 0;
    rows.push([pump, ts, r2(suction, 1), r2(discharge, 0), r2(flow, 1), r2(vib, 2), r2(temp, 1), r2(amps, 1), hours, failure]);
  }
  return rows;
}
const PUMP_HEADER = ['pump_id', 'ts', 'suction_kpa', 'discharge_kpa', 'flow_m3h', 'vibration_mms', 'bearing_temp_c', 'motor_amps', 'run_hours', 'failure'];

function production(): void {
  const next = rng(7204);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const well = 4401 + Math.floor(next() * 15);
    const days = Math.round(1 + next() * 1500);
    const choke = 16 + 4 * Math.floor(next() * 13);
    const wc = clamp(0.05 + days / 2500 + normal(next, 0, 0.08), 0, 0.9);
    const thp = clamp(2400 * Math.exp(-days / 1200) + normal(next, 0, 80), 150, 2600);
    const gor = clamp(normal(next, 1200, 350), 300, 3000);
    const oil = Math.max(20, 4200 * Math.exp(-days / 700) * (choke / 64) * (1 - wc) + normal(next, 0, 40));
    rows.push([well, days, choke, r2(thp, 0), r2(wc, 3), r2(gor, 0), 3, r2(oil, 1)]);
  }
  write('production.csv', ['well_id', 'days_on', 'choke_64ths', 'thp_psi', 'water_cut', 'gor_scf_bbl', 'field_code', 'oil_bbl_d'], rows);
}

function haul(): void {
  const next = rng(7205);
  const bands = ['on_time', 'minor_delay', 'major_delay'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const truck = 501 + Math.floor(next() * 24);
    const payload = clamp(normal(next, 260, 25), 180, 320);
    const km = 1 + next() * 8;
    const grade = next() * 10;
    const queue = Math.min(8, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.6));
    const night = next() < 0.45 ? 1 : 0;
    const cycle = 6 + 3.1 * km * (1 + 0.05 * grade) + 1.8 * queue + 0.02 * payload + 2.5 * night + normal(next, 0, 1.2);
    const band = cycle < 28 ? 0 : cycle < 40 ? 1 : 2;
    rows.push([truck, r2(payload, 1), r2(km, 2), r2(grade, 1), queue, night, r2(cycle, 2), bands[band]]);
  }
  write('haul.csv', ['truck_id', 'payload_t', 'haul_km', 'ramp_grade_pct', 'queue_trucks', 'night', 'cycle_min', 'delay_band'], rows);
}

function main(): void {
  const a = assays();
  write('assays.csv', a.header, a.rows);
  // The lab's export: below-detection Au and As written as "<0.01" and "<5".
  const bdl = a.rows.map((r, i) => {
    const copy = [...r];
    if (i % 9 === 4) copy[9] = '<0.01';
    if (i % 13 === 6) copy[5] = '<5';
    return copy;
  });
  write('assays-bdl.csv', a.header, bdl);
  welllogs();
  const pumps = pumpRows(1000, 7203);
  write('pumps.csv', PUMP_HEADER, pumps);
  // The historian export with dropped values left as empty cells.
  const gaps = pumpRows(1000, 7203).map((r, i) => {
    const copy = [...r];
    if (i % 17 === 3) copy[5] = '';
    if (i % 29 === 11) copy[6] = '';
    return copy;
  });
  write('pumps-gaps.csv', PUMP_HEADER, gaps);
  production();
  haul();
  write('core-summary.csv', ['hole_id', 'mean_density', 'mean_cu_ppm', 'max_depth_m', 'mean_au_gpt'], [
    [1001, 2.81, 1450, 612, 0.84],
    [1002, 2.93, 2210, 745, 1.37],
    [1003, 2.70, 640, 488, 0.31],
    [1004, 3.05, 3120, 820, 2.12],
  ]);
}

main();
