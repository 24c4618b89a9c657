/**
 * Writes the CSVs of blind fault set 122 (fire brigades and emergency response), seeded so every run
 * gives the same files: `npx tsx test/faults-blind122/data/generate.ts`.
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

/** response.csv: dispatch log -> response minutes; a copy with "NA" distances (CAD export gaps). */
function response(): void {
  const next = rng(12201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1717200000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2400);
    const station = 1 + Math.floor(next() * 9);
    const km = r2(clamp(Math.exp(normal(next, 1.2, 0.6)), 0.2, 25));
    const hour = new Date(t * 1000).getUTCHours();
    const traffic = r2(clamp(normal(next, hour >= 7 && hour <= 9 || hour >= 16 && hour <= 18 ? 1.6 : 1.0, 0.2), 0.6, 2.5));
    const crew = 3 + Math.floor(next() * 4);
    const turnout = r1(clamp(normal(next, 1.5, 0.4), 0.5, 4));
    const night = hour < 6 ? 1 : 0;
    const resp = r1(clamp(turnout + 0.6 * night + km * 1.3 * traffic + normal(next, 0, 0.5), 1, 60));
    out.push(resp);
    const row: (string | number)[] = [`INC-${24000 + i}`, stamp(t), `STN-${String(station).padStart(2, '0')}`, hour, km, r2(km * 0.621371), traffic, crew, turnout, night, resp];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[4] = 'NA';
    na.push(n);
  }
  const header = ['incident_id', 'call_ts', 'station_id', 'hour', 'distance_km', 'distance_mi', 'traffic_index', 'crew_size', 'turnout_min', 'night', 'response_min'];
  write('response.csv', header, rows);
  write('response-na.csv', header, na);
  console.log('response min', stats(out));
}

/** incident.csv: call features -> incident type (structure/vehicle/wildland/medical/rare hazmat); the dispatcher desk number has no effect. */
function incident(): void {
  const next = rng(12202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.3 ? 'structure' : u < 0.52 ? 'vehicle' : u < 0.7 ? 'wildland' : u < 0.95 ? 'medical' : 'hazmat';
    counts[type] = (counts[type] ?? 0) + 1;
    const water = Math.round(clamp(type === 'structure' ? normal(next, 9000, 3000) : type === 'wildland' ? normal(next, 16000, 5000) : type === 'vehicle' ? normal(next, 1800, 700) : type === 'hazmat' ? normal(next, 4000, 1500) : normal(next, 50, 60), 0, 40000));
    const floors = type === 'structure' ? 1 + Math.floor(next() * 12) : type === 'medical' ? 1 + Math.floor(next() * 4) : 0;
    const crew = type === 'medical' ? 2 + Math.floor(next() * 2) : type === 'hazmat' ? 8 + Math.floor(next() * 6) : 4 + Math.floor(next() * 5);
    const dur = Math.round(clamp(Math.exp(normal(next, type === 'medical' ? 3.2 : type === 'wildland' ? 4.8 : 4.0, 0.5)), 3, 900));
    const roadside = type === 'vehicle' ? (next() < 0.85 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    const desk = 1 + Math.floor(next() * 12);
    rows.push([`CAD-${880000 + i * 7}`, r1(normal(next, 20, 6)), water, floors, crew, dur, roadside, desk, type]);
  }
  write('incident.csv', ['cad_id', 'ambient_c', 'water_l', 'floors', 'crew_size', 'on_scene_min', 'roadside', 'dispatch_desk', 'incident_type'], rows);
  console.log('incident types', counts);
}

/** alarm.csv: structure fires -> a rare second-alarm flag; the hydrant serial has no effect. */
function alarm(): void {
  const next = rng(12203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const floors = 1 + Math.floor(Math.exp(normal(next, 0.8, 0.7)));
    const age = Math.round(clamp(normal(next, 45, 25), 0, 140));
    const wind = r1(clamp(normal(next, 15, 8), 0, 70));
    const delay = r1(clamp(Math.exp(normal(next, 1.8, 0.4)), 2, 40));
    const sprinkler = next() < 0.4 ? 1 : 0;
    const area = Math.round(clamp(Math.exp(normal(next, 5.5, 0.7)), 40, 20000));
    const hydrant = 100000 + Math.floor(next() * 800000);
    const z = -3.6 + 0.5 * (floors - 2) + 0.03 * (age - 45) + 0.08 * (wind - 15) + 0.25 * (delay - 6) - 2 * sprinkler + 1.0 * (Math.log(area) - 5.5);
    const second = next() < sigmoid(z) ? 1 : 0;
    pos += second;
    rows.push([`STN-${String(1 + (i % 9)).padStart(2, '0')}`, 1717200000 + i * 3300, floors, age, wind, delay, sprinkler, area, hydrant, second]);
  }
  write('alarm.csv', ['station_id', 'call_epoch', 'floors', 'building_age_y', 'wind_kmh', 'arrival_min', 'sprinkler', 'floor_area_m2', 'hydrant_serial', 'second_alarm'], rows);
  console.log('second alarm', pos, '/ 1100');
}

/** damage.csv: semicolon export with decimal commas -> damage estimate in dollars (skewed). */
function damage(): void {
  const next = rng(12204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const area = Math.round(clamp(Math.exp(normal(next, 5.2, 0.6)), 30, 5000));
    const resp = r1(clamp(normal(next, 8, 3), 2, 30));
    const water = Math.round(clamp(normal(next, 6000, 2500), 200, 30000));
    const sprinkler = next() < 0.35 ? 1 : 0;
    const floorsBurnt = 1 + Math.floor(next() * 3);
    const value = Math.round(clamp(normal(next, 2400, 500), 900, 5000));
    const dmg = Math.round(clamp(area * value * 0.02 * floorsBurnt * (1 + 0.08 * resp) * (sprinkler ? 0.4 : 1) * Math.exp(normal(next, 0, 0.15)), 500, 5e6));
    out.push(dmg);
    rows.push([`CLM-${5000 + i}`, area, dc(resp), water, sprinkler, floorsBurnt, value, dmg]);
  }
  write('damage.csv', ['claim_id', 'floor_area_m2', 'response_min', 'water_l', 'sprinkler', 'floors_burnt', 'value_usd_m2', 'damage_usd'], rows, ';');
  console.log('damage usd', stats(out));
}

/** duration.csv: tab-separated call-handling log -> skewed call durations in seconds and minutes. */
function duration(): void {
  const next = rng(12205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const callers = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.5);
    const lang = next() < 0.12 ? 1 : 0;
    const mobile = next() < 0.7 ? 1 : 0;
    const hour = Math.floor(next() * 24);
    const queue = Math.round(clamp(Math.exp(normal(next, 2.5, 0.8)), 1, 400));
    const operatorYears = r1(clamp(normal(next, 6, 4), 0.2, 30));
    const secs = Math.round(clamp(Math.exp(4.3 + 0.15 * Math.log(callers) + 0.5 * lang + 0.15 * mobile - 0.03 * operatorYears + normal(next, 0, 0.25)), 20, 3600));
    out.push(secs);
    rows.push([`CALL-${700000 + i}`, hour, callers, lang, mobile, queue, operatorYears, secs, r2(secs / 60)]);
  }
  write('duration.csv', ['call_id', 'hour', 'callers', 'interpreter', 'mobile', 'queue_s', 'operator_years', 'duration_s', 'duration_min'], rows, '\t');
  console.log('duration s', stats(out));
}

response();
incident();
alarm();
damage();
duration();
