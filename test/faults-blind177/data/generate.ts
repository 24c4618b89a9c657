/**
 * Writes the CSVs of blind fault set 177 (roofers and scaffolders), seeded so every run gives the
 * same files: `npx tsx test/faults-blind177/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** quote.csv: roofing quotes (job ids, timestamps, crew ids; area m2, pitch, tile count, storeys) -> skewed quote in GBP; a copy with "NA" pitch cells. */
function quote(): void {
  const next = rng(17701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1714521600;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const crew = 1 + Math.floor(next() * 14);
    const area = Math.round(clamp(Math.exp(normal(next, 4.6, 0.5)), 25, 900));
    const pitch = r1(clamp(normal(next, 35, 10), 5, 60));
    const tiles = Math.round(area * (10 + 0.1 * pitch) * clamp(normal(next, 1, 0.05), 0.8, 1.2));
    const storeys = 1 + Math.floor(next() * 3);
    const km = r1(clamp(Math.exp(normal(next, 2.5, 0.6)), 1, 120));
    const q = Math.round((area * 55 * (1 + pitch / 60) + storeys * 900 + km * 12) * Math.exp(normal(next, 0, 0.06)));
    out.push(q);
    const row: (string | number)[] = [`JOB-${51000 + i}`, stamp(t), `CR-${String(crew).padStart(2, '0')}`, area, pitch, tiles, storeys, km, q];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'created_ts', 'crew_id', 'roof_area_m2', 'pitch_deg', 'tile_count', 'storeys', 'travel_km', 'quote_gbp'];
  write('quote.csv', header, rows);
  write('quote-na.csv', header, na);
  console.log('quote gbp', stats(out));
}

/** rooftype.csv: surveyed roofs -> gable/hip/flat/mansard/rare thatch; the van number has no effect. */
function rooftype(): void {
  const next = rng(17702);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.38 ? 'gable' : u < 0.66 ? 'hip' : u < 0.86 ? 'flat' : u < 0.96 ? 'mansard' : 'thatch';
    counts[type] = (counts[type] ?? 0) + 1;
    const pitch = r1(clamp(type === 'flat' ? normal(next, 3, 1.5) : type === 'mansard' ? normal(next, 62, 5) : type === 'thatch' ? normal(next, 50, 3) : type === 'hip' ? normal(next, 30, 5) : normal(next, 40, 5), 0, 80));
    const area = Math.round(clamp(Math.exp(normal(next, type === 'flat' ? 4.9 : 4.5, 0.4)), 20, 1200));
    const ridges = type === 'hip' ? 3 + Math.floor(next() * 3) : type === 'flat' ? 0 : type === 'mansard' ? 2 + Math.floor(next() * 2) : 1;
    const tiles = type === 'flat' || type === 'thatch' ? 0 : Math.round(area * 11 * clamp(normal(next, 1, 0.08), 0.7, 1.3));
    const age = Math.round(clamp(normal(next, type === 'thatch' ? 180 : type === 'mansard' ? 110 : 55, 25), 1, 400));
    const van = 1 + Math.floor(next() * 20);
    rows.push([`SRV-${300000 + i * 3}`, pitch, area, ridges, tiles, age, van, type]);
  }
  write('rooftype.csv', ['survey_id', 'pitch_deg', 'plan_area_m2', 'ridge_count', 'tile_count', 'building_age_y', 'van_no', 'roof_type'], rows);
  console.log('roof types', counts);
}

/** incident.csv: scaffold jobs -> rare fall incident flag; the permit number has no effect. */
function incident(): void {
  const next = rng(17703);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const lifts = 1 + Math.floor(next() * 10);
    const gust = r1(clamp(normal(next, 9, 4), 0, 30));
    const crew = 2 + Math.floor(next() * 6);
    const exp = r1(clamp(Math.exp(normal(next, 1.6, 0.7)), 0.1, 35));
    const guard = next() < 0.7 ? 1 : 0;
    const height = r1(lifts * 2 + normal(next, 0, 0.3));
    const permit = 4000000 + Math.floor(next() * 900000);
    const z = -4.2 + 0.35 * (lifts - 5) + 0.35 * (gust - 9) - 0.25 * (exp - 5) - 2.5 * guard + 2.0;
    const y = next() < sigmoid(2.2 * z) ? 1 : 0;
    pos += y;
    rows.push([`SCF-${7000 + i}`, stamp(1704067200 + i * 7919), lifts, height, gust, crew, exp, guard, permit, y]);
  }
  write('incident.csv', ['scaffold_job', 'inspected_ts', 'lifts', 'height_m', 'wind_gust_ms', 'crew_size', 'experience_y', 'guardrail', 'permit_no', 'fall_incident'], rows);
  console.log('fall incidents', pos, '/ 1200');
}

/** scaffold.csv: semicolon export with decimal commas: scaffold hire -> erect hours. */
function scaffold(): void {
  const next = rng(17704);
  const rows: (string | number)[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const lifts = 1 + Math.floor(next() * 8);
    const bays = 2 + Math.floor(Math.exp(normal(next, 1.8, 0.5)));
    const height = r1(lifts * 2 + normal(next, 0, 0.2));
    const tube = Math.round(lifts * bays * 95 * clamp(normal(next, 1, 0.05), 0.8, 1.2));
    const gust = r1(clamp(normal(next, 8, 3.5), 0, 25));
    const hours = r1(clamp(1.2 * lifts * bays * 0.9 + 0.4 * gust + normal(next, 0, 1.5), 1, 400));
    out.push(hours);
    rows.push([`HIRE-${900 + i}`, lifts, bays, c(height), tube, c(gust), c(hours)]);
  }
  write('scaffold.csv', ['hire_ref', 'lifts', 'bays', 'height_m', 'tube_kg', 'wind_gust_ms', 'erect_hours'], rows, ';');
  console.log('erect hours', stats(out));
}

/** gust.csv: tab-separated site log: wind and roof -> tiles slipped after a storm (rounded count). */
function gust(): void {
  const next = rng(17705);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const g = r1(clamp(normal(next, 14, 6), 0, 40));
    const pitch = r1(clamp(normal(next, 35, 9), 10, 60));
    const ridge = r1(clamp(normal(next, 7, 2), 3, 16));
    const age = Math.round(clamp(normal(next, 40, 20), 1, 120));
    const hour = Math.floor(next() * 24);
    const slipped = Math.max(0, Math.round(0.08 * Math.max(0, g - 8) ** 2 * (1 + ridge / 14) * (1 + age / 100) * (1 - (pitch - 35) / 120) + normal(next, 0, 1)));
    out.push(slipped);
    rows.push([`SITE-${i + 1}`, hour, g, pitch, ridge, age, slipped]);
  }
  write('gust.csv', ['site', 'hour', 'gust_ms', 'pitch_deg', 'ridge_m', 'roof_age_y', 'tiles_slipped'], rows, '\t');
  console.log('tiles slipped', stats(out));
}

quote(); rooftype(); incident(); scaffold(); gust();
