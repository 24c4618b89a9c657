/**
 * Writes the CSVs of blind fault set 184 (lighthouse keepers and coastguard stations), seeded so every
 * run gives the same files: `npx tsx test/faults-blind184/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** lamp.csv: keepers' nightly log -> lamp hours; a copy with "NA" visibility cells (hand-typed log gaps). */
function lamp(): void {
  const next = rng(18401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704067200;
  for (let i = 0; i < 900; i++) {
    t += 86400 / 3 + Math.floor(next() * 3600);
    const day = Math.floor((t - 1704067200) / 86400) % 365;
    const night = r2(12 + 4 * Math.cos((2 * Math.PI * day) / 365) + normal(next, 0, 0.1));
    const vis = r1(clamp(Math.exp(normal(next, 2.6, 0.7)), 0.2, 60));
    const fog = Math.round(clamp(vis < 4 ? normal(next, 180 - 35 * vis, 30) : normal(next, 5, 5), 0, 400));
    const cloud = Math.floor(next() * 9);
    const watts = [250, 400, 1000][Math.floor(next() * 3)];
    const keeper = 1 + Math.floor(next() * 30);
    const hours = r2(clamp(night - 0.6 + 0.08 * cloud + 0.004 * fog + normal(next, 0, 0.2), 5, 18));
    out.push(hours);
    const row: (string | number)[] = [`LOG-${51000 + i}`, stamp(t), `LH-${String(1 + Math.floor(next() * 7)).padStart(2, '0')}`, night, vis, fog, cloud, watts, keeper, hours];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['log_id', 'log_ts', 'station_id', 'night_len_h', 'visibility_km', 'foghorn_min', 'cloud_okta', 'lamp_watts', 'keeper_years', 'lamp_hours'];
  write('lamp.csv', header, rows);
  write('lamp-na.csv', header, na);
  console.log('lamp hours', stats(out));
}

/** seastate.csv: buoy readings -> sea state calm/slight/moderate/rough/rare high; buoy serial has no effect. */
function seastate(): void {
  const next = rng(18402);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const wave = r2(clamp(Math.exp(normal(next, 0.2, 0.8)), 0.05, 14));
    const state = wave < 0.5 ? 'calm' : wave < 1.25 ? 'slight' : wave < 2.5 ? 'moderate' : wave < 6 ? 'rough' : 'high';
    counts[state] = (counts[state] ?? 0) + 1;
    const wind = r1(clamp(8 * Math.sqrt(wave) + normal(next, 0, 4), 0, 90));
    const period = r1(clamp(4 + 1.5 * wave + normal(next, 0, 1.5), 2, 22));
    const pressure = r1(clamp(1018 - 3 * wave + normal(next, 0, 6), 940, 1050));
    const serial = 400000 + Math.floor(next() * 500000);
    rows.push([`BUOY-${serial}`, wave, r1(wave * 3.28084), wind, period, pressure, serial, state]);
  }
  write('seastate.csv', ['buoy_id', 'wave_m', 'wave_ft', 'wind_kn', 'swell_period_s', 'pressure_hpa', 'buoy_serial', 'sea_state'], rows);
  console.log('sea states', counts);
}

/** launch.csv: coastguard watch reports -> rare rescue launch flag; the pager serial has no effect. */
function launch(): void {
  const next = rng(18403);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const wind = r1(clamp(normal(next, 18, 9), 0, 70));
    const wave = r2(clamp(Math.exp(normal(next, 0.3, 0.6)), 0.1, 10));
    const vis = r1(clamp(Math.exp(normal(next, 2.4, 0.8)), 0.1, 50));
    const vessels = Math.floor(clamp(Math.exp(normal(next, 1.5, 0.8)), 0, 60));
    const mayday = next() < 0.06 ? 1 : 0;
    const calls = mayday + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.6);
    const tide = r2(normal(next, 0, 1.8));
    const pager = 100000 + Math.floor(next() * 800000);
    const z = -4.2 + 4 * mayday + 0.9 * calls + 0.05 * (wind - 18) + 0.3 * (wave - 1.4) - 0.04 * (vis - 11) + 0.02 * vessels;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`WATCH-${7000 + i}`, wind, wave, vis, vessels, mayday, calls, tide, pager, y]);
  }
  write('launch.csv', ['watch_id', 'wind_kn', 'wave_m', 'visibility_km', 'vessels_nearby', 'mayday', 'distress_calls', 'tide_m', 'pager_serial', 'rescue_launch'], rows);
  console.log('rescue launches', pos, '/ 1200');
}

/** incident.csv: semicolon export with decimal commas -> skewed incident durations in minutes and seconds. */
function incident(): void {
  const next = rng(18404);
  const rows: string[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const nm = r1(clamp(Math.exp(normal(next, 1.5, 0.7)), 0.3, 60));
    const crew = 3 + Math.floor(next() * 5);
    const wave = r1(clamp(Math.exp(normal(next, 0.2, 0.5)), 0.2, 8));
    const night = next() < 0.35 ? 1 : 0;
    const persons = Math.floor(clamp(Math.exp(normal(next, 0.4, 0.7)), 1, 40));
    const mins = r1(clamp(Math.exp(2.8 + 0.45 * Math.log(nm) + 0.18 * wave + 0.25 * night + 0.12 * Math.log(persons) - 0.03 * crew + normal(next, 0, 0.12)), 5, 2000));
    out.push(mins);
    rows.push([`SAR-${2024}-${String(i + 1).padStart(4, '0')}`, dc(nm), String(crew), dc(wave), String(night), String(persons), dc(mins), String(Math.round(mins * 60))]);
  }
  write('incident.csv', ['sar_id', 'distance_nm', 'crew', 'wave_m', 'night', 'persons', 'duration_min', 'duration_s'], rows, ';');
  console.log('incident min', stats(out));
}

/** foghorn.tsv-as-csv: tab-separated weather log -> fog horn minutes per watch. */
function foghorn(): void {
  const next = rng(18405);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const hum = r1(clamp(normal(next, 82, 10), 40, 100));
    const temp = r1(normal(next, 11, 5));
    const dew = r1(clamp(temp - (100 - hum) / 5 + normal(next, 0, 0.3), -10, 30));
    const wind = r1(clamp(normal(next, 12, 6), 0, 50));
    const vis = r1(clamp(Math.exp(2.6 - 0.06 * (hum - 82) - 0.2 * (temp - dew) / 2 + 0.02 * wind + normal(next, 0, 0.15)), 0.05, 60));
    const horn = r1(clamp(240 * sigmoid(2.5 * (1.5 - Math.log(vis + 0.1))) + normal(next, 0, 4), 0, 240));
    out.push(horn);
    rows.push([`FH-${300 + i}`, hum, temp, dew, wind, vis, horn]);
  }
  write('foghorn.csv', ['watch_id', 'humidity_pct', 'temp_c', 'dewpoint_c', 'wind_kn', 'visibility_km', 'foghorn_min'], rows, '\t');
  console.log('foghorn min', stats(out));
}

lamp();
seastate();
launch();
incident();
foghorn();
