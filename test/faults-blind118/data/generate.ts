/**
 * Writes the CSVs of blind fault set 118 (wind farms and turbines), seeded so every run gives the same
 * files: `npx tsx test/faults-blind118/data/generate.ts`.
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

/** scada.csv: 10-minute SCADA rows -> power kW (a power curve, rated 3,450 kW); a copy with "NA" nacelle temperatures. */
function scada(): void {
  const next = rng(11801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const ts = new Date((1704067200 + i * 600) * 1000).toISOString().slice(0, 16).replace('T', ' ');
    const ws = clamp(Math.sqrt(-2 * Math.log(Math.max(next(), 1e-9))) * 6.2 * 0.85, 0.3, 24);
    const density = r3(clamp(normal(next, 1.22, 0.03), 1.1, 1.32));
    const pitch = r1(ws < 11.5 ? clamp(normal(next, 1, 0.8), -1, 4) : clamp(2 + 2.1 * (ws - 11.5) + normal(next, 0, 1), 0, 30));
    const rpm = r1(clamp(ws < 3 ? 0.4 * ws : Math.min(6 + 0.9 * ws, 14.5) + normal(next, 0, 0.3), 0, 15));
    const yaw = r1(normal(next, 0, 4));
    const nacelle = r1(clamp(normal(next, 28 + 0.6 * ws, 5), -5, 70));
    const cube = Math.min(1, Math.max(0, (ws ** 3 - 27) / (11.5 ** 3 - 27)));
    const p = Math.round(clamp(3450 * cube * (density / 1.22) * Math.cos((yaw * Math.PI) / 180) ** 2 + normal(next, 0, 60), 0, 3600));
    out.push(p);
    const row: (string | number)[] = [`WTG-${String(1 + (i % 24)).padStart(2, '0')}`, ts, r2(ws), r2(ws * 1.94384), rpm, pitch, yaw, nacelle, density, p, r3(p / 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['turbine_id', 'scada_ts', 'wind_speed_ms', 'wind_speed_kn', 'rotor_rpm', 'blade_pitch_deg', 'yaw_error_deg', 'nacelle_temp_c', 'air_density_kg_m3', 'power_kw', 'power_mw'];
  write('scada.csv', header, rows);
  write('scada-na.csv', header, na);
  console.log('power kW', stats(out));
}

/** icing.csv: winter SCADA rows -> a rare icing alarm; the met-mast serial number has no effect. */
function icing(): void {
  const next = rng(11802);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const temp = r1(normal(next, 2, 5));
    const hum = r1(clamp(normal(next, 82, 10), 35, 100));
    const ws = r2(clamp(normal(next, 8, 3), 0.5, 22));
    const deficit = r1(clamp(normal(next, 4, 6), -15, 80));
    const vib = r2(clamp(Math.exp(normal(next, 0.5, 0.5)), 0.2, 30));
    const serial = 40000 + Math.floor(next() * 20000);
    const z = -4.3 - 0.55 * temp + 0.08 * (hum - 82) + 0.09 * deficit + 0.6 * Math.log(vib);
    const ice = next() < sigmoid(z) ? 1 : 0;
    pos += ice;
    rows.push([`WTG-${String(1 + (i % 12)).padStart(2, '0')}`, 1701388800 + i * 1800, temp, hum, ws, deficit, vib, serial, ice]);
  }
  write('icing.csv', ['turbine_id', 'unix_ts', 'ambient_temp_c', 'humidity_pct', 'wind_speed_ms', 'power_deficit_pct', 'blade_vibration_mm_s', 'mast_serial', 'icing_alarm'], rows);
  console.log('icing alarms', pos);
}

/** curtailment.csv: curtailment reason as text classes (none, grid, noise, shadow, rare bat). */
function curtailment(): void {
  const next = rng(11803);
  const types = ['none', 'grid', 'noise', 'shadow', 'bat'];
  const weights = [0.38, 0.25, 0.17, 0.14, 0.06];
  // hour, wind m/s, grid demand MW, sound dB, sun elevation deg, ambient C
  const mean = [[12, 9, 1400, 98, 20, 12], [3, 13, 650, 101, 5, 8], [23, 10, 1100, 106, -10, 10], [16, 7, 1300, 99, 12, 17], [22, 4.5, 1200, 97, -6, 19]];
  const sd = [3, 2, 180, 1.5, 8, 3];
  const rows: (string | number)[][] = [];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 950; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    counts[k]++;
    const f = mean[k].map((m, j) => normal(next, m, sd[j]));
    rows.push([`PARK-${1 + (i % 5)}`, r1(((f[0] % 24) + 24) % 24), r2(f[1]), Math.round(f[2]), r1(f[3]), r1(f[4]), r1(f[5]), r3(normal(next, 50, 0.02)), types[k]]);
  }
  write('curtailment.csv', ['park', 'hour', 'wind_speed_ms', 'grid_demand_mw', 'sound_db', 'sun_elevation_deg', 'ambient_temp_c', 'grid_freq_hz', 'reason'], rows);
  console.log('curtailment', counts);
}

/** downtime.csv: tab-separated maintenance export -> downtime hours (skewed, 0.5-900). */
function downtime(): void {
  const next = rng(11804);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const age = r1(clamp(normal(next, 9, 4.5), 0.5, 25));
    const oil = r1(clamp(normal(next, 58, 7), 35, 90));
    const vib = r2(clamp(Math.exp(normal(next, 0.8, 0.5)), 0.5, 40));
    const since = Math.round(clamp(normal(next, 2500, 1400), 10, 8760));
    const faults = Math.floor(clamp(Math.exp(normal(next, 1, 0.8)), 0, 120));
    const hub = Math.round(clamp(normal(next, 95, 15), 60, 140));
    const logH = 0.6 + 0.06 * age + 0.04 * (oil - 58) + 0.5 * Math.log(vib) + 0.00025 * since + 0.25 * Math.log(faults + 1) + normal(next, 0, 0.3);
    const h = r1(clamp(Math.exp(logH), 0.5, 900));
    out.push(h);
    rows.push([`WTG-${String(1 + (i % 30)).padStart(2, '0')}`, `WO-${880000 + i}`, age, oil, vib, since, faults, hub, h]);
  }
  write('downtime.csv', ['turbine_id', 'work_order', 'age_years', 'gearbox_oil_c', 'vibration_rms_mm_s', 'hours_since_service', 'fault_codes_30d', 'hub_height_m', 'downtime_h'], rows, '\t');
  console.log('downtime h', stats(out));
}

/** bearing.csv: a semicolon export with decimal commas -> main bearing temperature C. */
function bearing(): void {
  const next = rng(11805);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const rpm = r1(clamp(normal(next, 11, 2.5), 3, 15));
    const pw = Math.round(clamp(normal(next, 1700, 900), 0, 3450));
    const amb = r1(normal(next, 10, 8));
    const lube = r1(clamp(normal(next, 0.7, 0.15), 0.2, 1));
    const temp = r1(25 + 1.4 * rpm + 0.006 * pw + 0.5 * amb - 9 * lube + normal(next, 0, 1.5));
    out.push(temp);
    rows.push([new Date((1706745600 + i * 3600) * 1000).toISOString().slice(0, 13).replace('T', ' '), dc(rpm), pw, dc(amb), dc(lube), dc(temp)]);
  }
  write('bearing.csv', ['hour', 'rotor_rpm', 'power_kw', 'ambient_c', 'lube_pressure_bar', 'bearing_temp_c'], rows, ';');
  console.log('bearing C', stats(out));
}

scada(); icing(); curtailment(); downtime(); bearing();
