/**
 * Writes the CSVs of the eighty-eighth blind fault set (pharmacies and pharmaceutical manufacturing),
 * seeded so every run gives the same files: `npx tsx test/faults-blind88/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** tablets.csv: tablet batches from a drug plant: dissolution percent and a rare out-of-specification flag. */
function tablets(): void {
  const next = rng(8801);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let oosCount = 0;
  for (let i = 0; i < 720; i++) {
    const batch = `B-${23 + Math.floor(i / 300)}-${String(4000 + i * 3).padStart(5, '0')}`;
    const ts = 1672531200 + i * 43200 + Math.floor(next() * 30000);
    const api = [50, 100, 250, 500][Math.floor(next() * 4)];
    const weight = r1(api * 1.6 + 80 + normal(next, 0, 6));
    const hardness = r1(clamp(normal(next, 110, 25), 40, 200));
    const force = r1(clamp(8 + hardness / 8 + normal(next, 0, 2), 5, 40));
    const moisture = r2(clamp(normal(next, 2.8, 0.8), 0.8, 6));
    const coating = Math.round(clamp(normal(next, 60, 18), 20, 120));
    const speed = Math.round(clamp(Math.exp(normal(next, 11.5, 0.5)), 20000, 300000));
    const disint = r2(clamp(normal(next, 3, 1), 0.5, 6));
    const diss = r1(clamp(86 - 0.09 * (hardness - 110) + 3.2 * (disint - 3) - 2.6 * (moisture - 2.8) - 0.05 * (coating - 60)
      - 0.012 * (api - 200) + normal(next, 0, 1.5), 50, 104));
    const z = -3.3 + 0.05 * Math.abs(hardness - 110) + 1.1 * Math.max(0, moisture - 3.5) + 0.9 * Math.max(0, 78 - diss) / 3
      + 0.4 * Math.log(speed / 100000) + normal(next, 0, 0.3);
    const oos = next() < sigmoid(z) ? 1 : 0;
    oosCount += oos;
    const row: (string | number)[] = [batch, 3, ts, api, weight, hardness, force, moisture, coating, speed, disint, diss, oos];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 17) na[4] = 'NA';
    naRows.push(na);
  }
  const header = ['batch_id', 'plant_id', 'mfg_ts', 'api_mg', 'tablet_weight_mg', 'hardness_n', 'compression_kn', 'moisture_pct',
    'coating_min', 'press_speed_tph', 'disintegrant_pct', 'dissolution_pct', 'oos'];
  write('tablets.csv', header, rows);
  write('tablets-export-na.csv', header, naRows);
  console.log(`tablets oos ${oosCount}/720`);
}

/** dosing.csv: patients on a renally cleared drug: dose in mg beside weight in kg; trough level and a 3-band level class. */
function dosing(): void {
  const next = rng(8802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 640; i++) {
    const ts = 1680307200 + Math.floor(next() * 400 * 86400);
    const age = Math.round(clamp(normal(next, 58, 17), 18, 95));
    const weight = r1(clamp(normal(next, 78, 18), 38, 180));
    const crcl = Math.round(clamp(normal(next, 140 - age, 20) * weight / 72, 8, 180));
    const dose = [250, 500, 750, 1000, 1250, 1500, 2000][Math.floor(next() * 7)];
    const perDay = [1, 2, 2, 3][Math.floor(next() * 4)];
    const albumin = r1(clamp(normal(next, 3.8, 0.5), 2, 5.2));
    const trough = r1(clamp(4 + 9 * (dose * perDay / 1000) * (60 / Math.max(crcl, 20)) * (78 / weight) * 0.5 + 1.5 * (4 - albumin)
      + normal(next, 0, 1.5), 0.5, 60));
    const band = trough < 10 ? 'subtherapeutic' : trough < 22 ? 'therapeutic' : 'toxic';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([`P${700000 + i * 13}`, ts, age, weight, crcl, dose, perDay, albumin, trough, band]);
  }
  write('dosing.csv', ['patient_id', 'visit_ts', 'age', 'weight_kg', 'crcl_ml_min', 'dose_mg', 'doses_per_day', 'albumin_g_dl', 'trough_mg_l', 'level_band'], rows);
  console.log('level bands', JSON.stringify(counts));
}

/** prescriptions.csv: pharmacy-days: prescriptions filled per day (skewed counts). */
function prescriptions(): void {
  const next = rng(8803);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 460; i++) {
    const store = 100 + (i % 23);
    const day = 1704067200 + Math.floor(i / 23) * 86400 * 7;
    const pop = Math.round(clamp(Math.exp(normal(next, 10.2, 0.8)), 3000, 300000));
    const pharmacists = 1 + Math.min(5, Math.floor(pop / 30000 + next() * 1.5));
    const techs = pharmacists + Math.floor(next() * 2 * pharmacists);
    const hours = [8, 10, 12, 12, 14, 24][Math.floor(next() * 6)];
    const flu = r2(clamp(normal(next, 0.3, 0.2), 0, 1));
    const clinics = Math.floor(next() * next() * 9);
    const drive = next() < 0.35 ? 1 : 0;
    const rx = Math.round(clamp(0.0035 * pop + 45 * pharmacists + 12 * techs + 6 * (hours - 12) + 160 * flu + 22 * clinics + 35 * drive
      + normal(next, 0, 25), 20, 5000));
    rows.push([store, day, pop, pharmacists, techs, hours, flu, clinics, drive, rx]);
  }
  write('prescriptions.csv', ['store_id', 'week_ts', 'catchment_pop', 'pharmacists', 'technicians', 'open_hours', 'flu_index', 'clinics_nearby', 'drive_thru', 'rx_per_day'], rows);
}

/** formulary.csv: products on a chain's formulary: prices from cents to thousands, strengths, refill intervals -> drug class (oncology rare). */
function formulary(): void {
  const next = rng(8804);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['cardiovascular', 'anti_infective', 'cns', 'oncology'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.38 ? 0 : k0 < 0.68 ? 1 : k0 < 0.93 ? 2 : 3;
    const price = r2(clamp(Math.exp(normal(next, [0.2, 1.0, 0.8, 6.0][latent], 1.0)), 0.02, 9000));
    const strength = r2(clamp(Math.exp(normal(next, [2.5, 6.0, 3.2, 4.0][latent], 0.8)), 0.1, 2000));
    const pack = [7, 14, 28, 30, 60, 90, 100, 500][Math.floor(next() * 8)];
    const halfLife = r1(clamp(normal(next, [14, 4, 30, 20][latent], 5), 0.5, 90));
    const refill = Math.round(clamp(normal(next, [60, 10, 30, 28][latent], 8), 3, 90));
    const schedule = latent === 2 && next() < 0.5 ? 2 + Math.floor(next() * 3) : 0;
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`NDC-${String(10000 + i * 17).padStart(6, '0')}`, price, strength, pack, halfLife, refill, schedule, names[k]]);
  }
  write('formulary.csv', ['ndc', 'unit_price_usd', 'strength_mg', 'pack_size', 'half_life_h', 'refill_interval_days', 'schedule', 'drug_class'], rows);
  console.log('drug classes', JSON.stringify(counts));
}

/** supply.csv: clinical-supply depot-weeks: stock in units, enrolment, expiry -> kits needed next month and a resupply priority. */
function supply(): void {
  const next = rng(8805);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const depot = 1 + (i % 20);
    const week = 1696118400 + Math.floor(i / 20) * 7 * 86400;
    const sites = 1 + Math.floor(Math.exp(normal(next, 1.8, 0.7)));
    const patients = Math.round(sites * clamp(normal(next, 14, 6), 1, 40));
    const enrol = r1(clamp(sites * normal(next, 0.8, 0.4), 0, 40));
    const stock = Math.round(clamp(patients * normal(next, 9, 4) + normal(next, 200, 150), 0, 60000));
    const expiry = Math.round(clamp(normal(next, 300, 150), 10, 720));
    const lead = Math.round(clamp(normal(next, 21, 8), 3, 60));
    const cost = r2(clamp(Math.exp(normal(next, 4.5, 1.2)), 5, 8000));
    const need = Math.round(clamp(4.3 * patients + 9 * enrol * 4 + 0.2 * Math.max(0, 120 - expiry) * sites / 3 + 2 * lead + normal(next, 0, 20), 0, 20000));
    const cover = stock / Math.max(need, 1);
    const score = cover - 0.01 * lead + 0.002 * (expiry - 300) + normal(next, 0, 0.15);
    const prio = score < 0.75 ? 'urgent' : score < 1.6 ? 'routine' : 'none';
    counts[prio] = (counts[prio] ?? 0) + 1;
    rows.push([depot, week, sites, patients, enrol, stock, expiry, lead, cost, need, prio]);
  }
  write('supply.csv', ['depot_id', 'week_ts', 'sites_active', 'patients_on_drug', 'enrolment_per_week', 'stock_units', 'days_to_expiry', 'lead_time_days', 'kit_cost_usd', 'kits_needed_next_month', 'resupply_priority'], rows);
  console.log('resupply priority', JSON.stringify(counts));
}

tablets();
dosing();
prescriptions();
formulary();
supply();
