/**
 * Writes the CSVs of blind fault set 130 (solar farms and rooftop photovoltaics), seeded so every run
 * gives the same files: `npx tsx test/faults-blind130/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** output.csv: 15-minute meter readings -> inverter output in kW (and the same in W); a copy with "NA" soiling cells. */
function output(): void {
  const next = rng(13001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719792000;
  for (let i = 0; i < 1000; i++) {
    t += 900 * (1 + Math.floor(next() * 3));
    const site = 1 + Math.floor(next() * 12);
    const irr = Math.round(clamp(normal(next, 550, 260), 20, 1150));
    const amb = r1(clamp(normal(next, 22, 7), -5, 42));
    const temp = r1(amb + irr * 0.028 + normal(next, 0, 2));
    const tilt = Math.round(clamp(normal(next, 25, 8), 5, 45));
    const az = Math.round(clamp(normal(next, 180, 35), 90, 270));
    const soil = r1(clamp(Math.exp(normal(next, 0.8, 0.7)), 0, 25));
    const cap = [50, 100, 250][site % 3];
    const orient = Math.cos(((az - 180) * Math.PI) / 180) * 0.25 + 0.75 - Math.abs(tilt - 28) * 0.004;
    const kw = r2(clamp(cap * (irr / 1000) * orient * (1 - 0.004 * (temp - 25)) * (1 - soil / 100) * (1 + normal(next, 0, 0.03)), 0, cap));
    out.push(kw);
    const row: (string | number)[] = [`SITE-${String(site).padStart(2, '0')}`, stamp(t), irr, amb, temp, tilt, az, soil, cap, kw, Math.round(kw * 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['site_id', 'meter_ts', 'irradiance_wm2', 'ambient_c', 'panel_temp_c', 'tilt_deg', 'azimuth_deg', 'soiling_pct', 'capacity_kw', 'output_kw', 'output_w'];
  write('output.csv', header, rows);
  write('output-na.csv', header, na);
  console.log('output kw', stats(out));
}

/** panels.csv: flash-test sheet -> panel make class (mono/poly/thin-film/bifacial, rare hjt); the pallet number has no effect. */
function panels(): void {
  const next = rng(13002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const make = u < 0.34 ? 'mono' : u < 0.6 ? 'poly' : u < 0.76 ? 'thinfilm' : u < 0.955 ? 'bifacial' : 'hjt';
    counts[make] = (counts[make] ?? 0) + 1;
    const eff = r1(normal(next, make === 'mono' ? 20.5 : make === 'poly' ? 17.2 : make === 'thinfilm' ? 12.5 : make === 'bifacial' ? 21.0 : 23.2, 0.8));
    const coef = r3(normal(next, make === 'thinfilm' ? -0.25 : make === 'hjt' ? -0.26 : make === 'poly' ? -0.41 : -0.36, 0.03));
    const watt = Math.round(clamp(normal(next, make === 'thinfilm' ? 120 : make === 'poly' ? 330 : 420, 30), 60, 600));
    const mass = r1(clamp(normal(next, make === 'thinfilm' ? 12 : make === 'bifacial' ? 27 : 21, 1.5), 8, 35));
    const rear = make === 'bifacial' ? r2(clamp(normal(next, 0.7, 0.05), 0, 1)) : 0;
    const pallet = 1 + Math.floor(next() * 40);
    rows.push([`SN${9000000 + i * 13}`, watt, eff, coef, mass, rear, pallet, make]);
  }
  write('panels.csv', ['serial', 'rated_w', 'efficiency_pct', 'temp_coef_pct', 'mass_kg', 'bifaciality', 'pallet_no', 'panel_make'], rows);
  console.log('panel makes', counts);
}

/** trips.csv: inverter SCADA snapshots -> a rare "inverter trip" flag; the firmware build number has no effect. */
function trips(): void {
  const next = rng(13003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const dcv = Math.round(clamp(normal(next, 780, 60), 500, 1000));
    const grid = r1(clamp(normal(next, 230, 4), 210, 250));
    const freq = r3(clamp(normal(next, 0, 0.05), -0.3, 0.3));
    const itemp = r1(clamp(normal(next, 45, 10), 15, 85));
    const ramp = Math.round(clamp(Math.exp(normal(next, 3.5, 1)), 0, 900));
    const iso = Math.round(clamp(Math.exp(normal(next, 7, 0.6)), 50, 20000));
    const fw = 4000 + Math.floor(next() * 700);
    const z = -4.6 + 0.02 * (dcv - 780) + 0.25 * Math.abs(grid - 230) + 12 * Math.abs(freq) + 0.08 * (itemp - 45) + 0.4 * (Math.log(ramp + 1) - 3.5) - 0.8 * (Math.log(iso) - 7);
    const trip = next() < sigmoid(z) ? 1 : 0;
    pos += trip;
    rows.push([`INV-${String(1 + (i % 24)).padStart(3, '0')}`, 1719792000 + i * 600, dcv, grid, freq, itemp, ramp, iso, fw, trip]);
  }
  write('trips.csv', ['inverter_id', 'epoch_s', 'dc_voltage_v', 'grid_voltage_v', 'freq_dev_hz', 'inverter_temp_c', 'irr_ramp_wm2_min', 'insulation_kohm', 'firmware_build', 'inverter_trip'], rows);
  console.log('trips', pos, '/ 1200');
}

/** curtail.csv: semicolon export with decimal commas -> skewed monthly curtailment hours. */
function curtail(): void {
  const next = rng(13004);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const cong = r2(clamp(normal(next, 0.5, 0.2), 0, 1));
    const price = r2(normal(next, 45, 30));
    const mwp = r1(clamp(Math.exp(normal(next, 2.5, 0.8)), 1, 200));
    const dist = r1(clamp(Math.exp(normal(next, 2, 0.7)), 0.5, 80));
    const battery = next() < 0.3 ? 1 : 0;
    const month = 1 + Math.floor(next() * 12);
    const summer = month >= 5 && month <= 8 ? 1 : 0;
    const hours = r1(clamp(Math.exp(0.5 + 2.4 * cong - 0.012 * price + 0.25 * Math.log(mwp) + 0.3 * summer - 0.6 * battery + normal(next, 0, 0.18)), 0, 400));
    out.push(hours);
    rows.push([`PARK-${300 + i}`, month, dc(cong), dc(price), dc(mwp), dc(dist), battery, summer, dc(hours)]);
  }
  write('curtail.csv', ['park_id', 'month', 'congestion_idx', 'spot_eur_mwh', 'peak_mwp', 'substation_km', 'battery', 'summer', 'curtailed_h'], rows, ';');
  console.log('curtailed h', stats(out));
}

/** rooftop.csv: tab-separated rooftop survey -> daily yield in kWh and Wh. */
function rooftop(): void {
  const next = rng(13005);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const area = r1(clamp(Math.exp(normal(next, 3.4, 0.5)), 8, 200));
    const tilt = Math.round(clamp(normal(next, 30, 12), 0, 60));
    const az = Math.round(clamp(normal(next, 180, 50), 60, 300));
    const shade = r1(clamp(Math.exp(normal(next, 1.5, 0.9)), 0, 60));
    const lat = r2(clamp(normal(next, 48, 4), 36, 58));
    const age = Math.round(clamp(next() * 15, 0, 15));
    const kwh = r2(clamp(area * 0.19 * 4.2 * (1 - 0.012 * (lat - 48)) * (0.8 + 0.2 * Math.cos(((az - 180) * Math.PI) / 180)) * (1 - Math.abs(tilt - 35) * 0.004) * (1 - shade / 100) * (1 - 0.005 * age) * (1 + normal(next, 0, 0.04)), 0.1, 300));
    out.push(kwh);
    rows.push([`RT-${60000 + i}`, area, tilt, az, shade, lat, age, kwh, Math.round(kwh * 1000)]);
  }
  write('rooftop.csv', ['roof_id', 'array_m2', 'tilt_deg', 'azimuth_deg', 'shading_pct', 'latitude', 'age_y', 'yield_kwh', 'yield_wh'], rows, '\t');
  console.log('yield kwh', stats(out));
}

output();
panels();
trips();
curtail();
rooftop();
