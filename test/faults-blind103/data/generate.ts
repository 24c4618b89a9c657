/**
 * Writes the CSVs of blind fault set 103 (marinas, harbours and boat yards), seeded so every run gives
 * the same files: `npx tsx test/faults-blind103/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** berths.csv: marina-nights: occupied berths from season, weather, regattas and bookings; plus a copy with "NA" wind (anemometer down). */
function berths(): void {
  const next = rng(10301);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const marinas = ['PORT-NORD', 'KINGS-QUAY', 'SALT-BAY', 'OLD-HARBOUR'];
  const size = [420, 180, 90, 60];
  for (let i = 0; i < 840; i++) {
    const k = i % 4;
    const ts = 1680307200 + Math.floor(i / 4) * 86400;
    const doy = Math.floor(i / 4);
    const weekday = doy % 7;
    const season = Math.sin((Math.PI * doy) / 210);
    const temp = r1(normal(next, 12 + 10 * season, 3));
    const wind = r1(clamp(Math.exp(normal(next, 2.4, 0.5)), 1, 60));
    const rain = r1(next() < 0.3 ? Math.exp(normal(next, 1.0, 1)) : 0);
    const regatta = next() < 0.06 ? 1 : 0;
    const booked = Math.round(clamp(size[k] * (0.2 + 0.5 * season) * (1 + normal(next, 0, 0.1)), 0, size[k]));
    const occ = Math.round(clamp(booked + size[k] * (0.15 * (weekday >= 5 ? 1 : 0) + 0.25 * regatta + 0.08 * season - 0.004 * Math.max(0, wind - 15) * 5 - 0.01 * rain) + normal(next, 0, 4), 0, size[k]));
    const row: (string | number)[] = [marinas[k], isoDay(ts), ts, weekday, temp, wind, rain, regatta, size[k], booked, occ];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['marina_code', 'night', 'night_ts', 'weekday', 'air_temp_c', 'wind_kn', 'rain_mm', 'regatta', 'berths_total', 'berths_booked', 'berths_occupied'];
  write('berths.csv', header, rows);
  write('berths-anemometer-na.csv', header, na);
  console.log('occupied', med(rows.map((r) => r[10] as number)));
}

/** hulls.csv: boat-yard hull surveys: a rare hull-breach flag; length in feet and in metres side by side; registration dates and timestamps. */
function hulls(): void {
  const next = rng(10302);
  const rows: (string | number)[][] = [];
  let br = 0;
  for (let i = 0; i < 880; i++) {
    const regTs = 315532800 + Math.floor(next() * 1.35e9);
    const ageY = Math.round(clamp((1.7e9 - regTs) / 3.15e7 + normal(next, 0, 1), 0, 60));
    const ft = r1(clamp(Math.exp(normal(next, 3.5, 0.4)), 12, 140));
    const m = r2(ft * 0.3048);
    const steel = next() < 0.2 ? 1 : 0;
    const monthsAntifoul = Math.round(clamp(Math.exp(normal(next, 2.6, 0.7)), 1, 240));
    const moisture = r1(clamp(normal(next, 14 + 0.15 * ageY, 4), 2, 60));
    const groundings = Math.round(clamp(Math.exp(normal(next, -0.5, 1.0)) - 0.3, 0, 12));
    const z = -4.6 + 2.2 * (0.045 * (ageY - 20) + 0.12 * (moisture - 17) + 0.6 * groundings + 0.004 * monthsAntifoul - 0.8 * steel) + normal(next, 0, 0.3);
    const b = next() < sigmoid(z) ? 1 : 0;
    br += b;
    rows.push([`HULL-${String(10000 + Math.floor(next() * 89999))}`, isoDay(regTs), regTs, ageY, ft, m, steel, monthsAntifoul, moisture, groundings, b]);
  }
  write('hulls.csv', ['hull_id', 'registered', 'registered_ts', 'age_years', 'length_ft', 'length_m', 'steel_hull', 'months_since_antifoul', 'moisture_pct', 'grounding_reports', 'hull_breach'], rows);
  console.log(`breaches ${br}/880`);
}

/** vessels.csv: harbour-master vessel register: vessel type (a rare catamaran) from measurements in mixed units. */
function vessels(): void {
  const next = rng(10303);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['sailboat', 'motor_yacht', 'fishing', 'rib', 'catamaran'];
  for (let i = 0; i < 660; i++) {
    const u = next();
    const c = u < 0.36 ? 0 : u < 0.62 ? 1 : u < 0.8 ? 2 : u < 0.95 ? 3 : 4;
    const len = r1(clamp(normal(next, [10, 14, 13, 6, 12][c], [2.5, 4, 3, 1.2, 2][c]), 3, 40));
    const beamRatio = [0.32, 0.3, 0.33, 0.42, 0.55][c] + normal(next, 0, 0.03);
    const beam = r2(len * beamRatio);
    const draft = r2(clamp(normal(next, [1.8, 1.0, 1.5, 0.4, 1.0][c], 0.25), 0.2, 4));
    const disp = Math.round(clamp(Math.exp(normal(next, [8.5, 9.3, 9.4, 6.5, 8.8][c], 0.4)), 200, 200000));
    const mast = r1(clamp(c === 0 || c === 4 ? normal(next, len * 1.35, 1.5) : next() < 0.3 ? normal(next, 4, 1) : 0, 0, 60));
    const kw = Math.round(clamp(Math.exp(normal(next, [3.0, 5.6, 4.9, 4.4, 3.3][c], 0.4)), 2, 2000));
    const crew = Math.round(clamp(normal(next, [3, 4, 3, 2, 4][c], 1), 1, 12));
    let k = c;
    if (next() < 0.02) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`V${String(i + 1).padStart(4, '0')}`, len, beam, draft, disp, mast, kw, crew, names[k]]);
  }
  write('vessels.csv', ['vessel_id', 'length_m', 'beam_m', 'draft_m', 'displacement_kg', 'mast_height_m', 'engine_kw', 'crew', 'vessel_type'], rows);
  console.log('types', JSON.stringify(counts));
}

/** fuel.csv: fuel-dock days: litres sold from boats out, tide, wind and price in cents; plus a copy with blank tide cells. */
function fuel(): void {
  const next = rng(10304);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 620; i++) {
    const ts = 1648771200 + i * 86400;
    const weekend = (i % 7) >= 5 ? 1 : 0;
    const season = Math.max(0, Math.sin((Math.PI * (i % 365)) / 240));
    const tide = r2(1.8 + 1.5 * Math.sin(i * 0.42) + normal(next, 0, 0.2));
    const wind = r1(clamp(Math.exp(normal(next, 2.3, 0.5)), 1, 55));
    const temp = r1(normal(next, 10 + 12 * season, 3));
    const boatsOut = Math.round(clamp((30 + 160 * season) * (1 + 0.5 * weekend) * (1 - 0.015 * Math.max(0, wind - 12)) * (1 + normal(next, 0, 0.15)), 0, 600));
    const price = Math.round(clamp(normal(next, 189, 12), 150, 240));
    const litres = Math.round(clamp(boatsOut * (38 + 6 * Math.tanh(tide - 1.5)) * (1 - 0.004 * (price - 189)) + normal(next, 0, 150), 0, 50000));
    out.push(litres);
    const row: (string | number)[] = [ts, isoDay(ts), weekend, tide, wind, temp, boatsOut, price, litres];
    rows.push(row);
    const b = [...row];
    if (i % 33 === 9) b[3] = '';
    blank.push(b);
  }
  const header = ['day_ts', 'day', 'weekend', 'tide_height_m', 'wind_kn', 'air_temp_c', 'boats_out', 'price_cents_per_l', 'fuel_litres'];
  write('fuel.csv', header, rows);
  write('fuel-blank-tide.csv', header, blank);
  console.log('litres', med(out));
}

/** repairs.csv: boat-yard repair bills (very skewed) from length, age, labour, parts and haul-out; mooring fees in cents. */
function repairs(): void {
  const next = rng(10305);
  const rows: (string | number)[][] = [];
  const bills: number[] = [];
  for (let i = 0; i < 720; i++) {
    const ft = r1(clamp(Math.exp(normal(next, 3.45, 0.4)), 12, 120));
    const age = Math.round(clamp(Math.exp(normal(next, 2.8, 0.6)), 0, 70));
    const labour = r1(clamp(Math.exp(normal(next, 2.2, 0.9)), 0.5, 400));
    const parts = Math.round(clamp(Math.exp(normal(next, 1.5, 1.0)) - 1, 0, 300));
    const haul = next() < 0.45 ? 1 : 0;
    const engine = next() < 0.3 ? 1 : 0;
    const fee = Math.round(ft * 0.3048 * (2800 + next() * 900) * 30);
    const bill = r2(clamp(Math.exp(4.2 + 0.45 * Math.log(ft) + 0.55 * Math.log(labour) + 0.12 * Math.log(1 + parts) + 0.5 * haul + 0.6 * engine + 0.008 * age + normal(next, 0, 0.22)), 40, 500000));
    bills.push(bill);
    rows.push([`JOB-${23000 + i}`, ft, age, labour, parts, haul, engine, fee, bill]);
  }
  write('repairs.csv', ['job_no', 'length_ft', 'boat_age_years', 'labour_hours', 'parts_count', 'haul_out', 'engine_job', 'mooring_fee_cents', 'bill_eur'], rows);
  console.log('bills', med(bills));
}

berths();
hulls();
vessels();
fuel();
repairs();
