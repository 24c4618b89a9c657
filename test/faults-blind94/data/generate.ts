/**
 * Writes the CSVs of the ninety-fourth blind fault set (beekeeping and apiculture), seeded so every run
 * gives the same files: `npx tsx test/faults-blind94/data/generate.ts`.
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

/** hives.csv: hive inspections of a honey cooperative: honey stores in kg and a rare colony-collapse flag. */
function hives(): void {
  const next = rng(9401);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let collapse = 0;
  for (let i = 0; i < 720; i++) {
    const tag = `HV-${String(94000 + i * 7).padStart(6, '0')}`;
    const ts = 1714521600 + i * 3600 * 5 + Math.floor(next() * 4000);
    const brood = Math.round(clamp(normal(next, 6, 2.2), 0, 10));
    const honey = r1(clamp(Math.exp(normal(next, 2.9, 0.55)), 1, 80));
    const weight = r1(22 + 2.4 * brood + honey + normal(next, 0, 1.5));
    const varroa = r1(clamp(Math.exp(normal(next, 0.9, 0.8)), 0, 30));
    const temp = r1(clamp(normal(next, 34.8 - 0.08 * varroa, 0.9), 28, 38));
    const humidity = Math.round(clamp(normal(next, 62, 8), 35, 90));
    const forage = Math.round(clamp(Math.exp(normal(next, 6.9, 0.7)), 100, 6000));
    const bees = Math.round(clamp(4000 * brood + Math.exp(normal(next, 9.3, 0.5)), 4000, 70000));
    const queenAge = Math.round(clamp(normal(next, 18, 10), 1, 48));
    const treated = next() < 0.35 ? 1 : 0;
    const z = -6.4 + 0.55 * varroa - 1.8 * treated + 1.6 * (brood < 3 ? 1 : 0) + 0.8 * Math.abs(temp - 35) + 0.03 * queenAge + normal(next, 0, 0.3);
    const isCollapse = next() < sigmoid(z) ? 1 : 0;
    collapse += isCollapse;
    const row: (string | number)[] = [tag, 7, ts, weight, brood, varroa, temp, humidity, forage, bees, queenAge, treated, honey, isCollapse];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 5) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['hive_tag', 'coop_id', 'inspection_ts', 'hive_weight_kg', 'brood_frames', 'varroa_per_100', 'hive_temp_c', 'humidity_pct',
    'forage_distance_m', 'colony_bees', 'queen_age_months', 'treated_recently', 'honey_stores_kg', 'colony_collapse'];
  write('hives.csv', header, rows);
  write('hives-export-na.csv', header, naRows);
  console.log(`colony collapse ${collapse}/720`);
}

/** temperament.csv: colonies rated at inspection: temperament class (aggressive rare). */
function temperament(): void {
  const next = rng(9402);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['docile', 'nervous', 'defensive', 'aggressive'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.4 ? 0 : k0 < 0.7 ? 1 : k0 < 0.9 ? 2 : 3;
    const apiaryNumber = 100 + Math.floor(next() * 900);
    const stings = r1(clamp(Math.exp(normal(next, [-0.8, 0.4, 1.3, 2.3][latent], 0.35)), 0, 60));
    const guards = Math.round(clamp(Math.exp(normal(next, [1.5, 2.3, 3.1, 3.8][latent], 0.3)), 1, 150));
    const runners = Math.round(clamp(normal(next, [8, 35, 20, 45][latent], 7), 0, 100));
    const africanized = r1(clamp(normal(next, [3, 8, 22, 50][latent], 5), 0, 100));
    const smoke = Math.round(clamp(normal(next, [2, 4, 7, 11][latent], 1.2), 0, 20));
    const population = Math.round(clamp(Math.exp(normal(next, 10.2, 0.5)), 5000, 80000));
    const queenAge = Math.round(clamp(normal(next, 16, 9), 1, 48));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`COL${5000 + i * 11}`, apiaryNumber, stings, guards, runners, africanized, smoke, population, queenAge, names[k]]);
  }
  write('temperament.csv', ['colony_ref', 'apiary_number', 'stings_per_visit', 'guard_bees', 'frame_runners_pct', 'africanized_pct',
    'smoke_puffs', 'colony_population', 'queen_age_months', 'temperament'], rows);
  console.log('temperament', JSON.stringify(counts));
}

/** scales.csv: hive-scale days: daily weight gain in grams during the flow. */
function scales(): void {
  const next = rng(9403);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const scale = `SC-${200 + (i % 28)}`;
    const ts = 1717200000 + Math.floor(i / 28) * 86400 * 3 + Math.floor(next() * 3) * 86400;
    const temp = r1(clamp(normal(next, 21, 6), 4, 38));
    const rain = r1(clamp(Math.exp(normal(next, 0.2, 1.2)) - 1, 0, 60));
    const solar = Math.round(clamp(normal(next, 5200 - 90 * rain, 1400), 300, 8500));
    const bloom = r2(clamp(normal(next, 0.5, 0.22), 0, 1));
    const frames = Math.round(clamp(normal(next, 12, 3.5), 3, 20));
    const wind = r1(clamp(Math.exp(normal(next, 2.3, 0.5)), 0, 70));
    const gain = Math.round(-300 + 1900 * bloom + 85 * frames + 0.12 * solar - 30 * rain - 9 * wind + 12 * (temp - 15) + normal(next, 0, 140));
    rows.push([scale, ts, temp, rain, solar, bloom, frames, wind, gain]);
  }
  write('scales.csv', ['scale_id', 'day_ts', 'ambient_temp_c', 'rain_mm', 'solar_wh_m2', 'bloom_index', 'frames_of_bees', 'wind_kmh', 'daily_gain_g'], rows);
}

/** contracts.csv: pollination contracts: the fee in USD (skewed, hundreds to hundreds of thousands). */
function contracts(): void {
  const next = rng(9404);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const grower = 300 + (i % 24);
    const signed = 1704067200 + Math.floor(i / 24) * 86400 * 9;
    const acres = Math.round(clamp(Math.exp(normal(next, 4.4, 0.9)), 5, 3000));
    const hivesRented = Math.max(4, Math.round(acres * clamp(normal(next, 1.8, 0.3), 0.8, 3)));
    const bloomDays = Math.round(clamp(normal(next, 21, 6), 8, 45));
    const haul = Math.round(clamp(Math.exp(normal(next, 5.0, 0.8)), 10, 2500));
    const cropValue = Math.round(clamp(Math.exp(normal(next, 12.5, 1.0)), 20000, 5000000));
    const almond = next() < 0.3 ? 1 : 0;
    const fee = Math.round(clamp(hivesRented * (55 + 95 * almond) + 6 * haul + 40 * bloomDays + 0.002 * cropValue + normal(next, 0, 600), 300, 900000));
    rows.push([`PC-${24000 + i}`, grower, signed, acres, hivesRented, bloomDays, haul, cropValue, almond, fee]);
  }
  write('contracts.csv', ['contract_id', 'grower_id', 'signed_ts', 'orchard_acres', 'hives_rented', 'bloom_days', 'haul_km', 'crop_value_usd', 'almond', 'pollination_fee_usd'], rows);
}

/** apiaries.csv: season records of beekeepers' yards: honey per hive in kg and a yield band (bumper rare). */
function apiaries(): void {
  const next = rng(9405);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const keeper = `BK${String(60 + i * 3).padStart(5, '0')}`;
    const years = r1(clamp(Math.exp(normal(next, 1.6, 0.8)), 0.5, 45));
    const yardHives = Math.round(clamp(normal(next, 20, 9), 2, 60));
    const forageAcres = Math.round(clamp(Math.exp(normal(next, 5.5, 1.1)), 10, 40000));
    const flight = Math.round(clamp(normal(next, 1800, 800), 150, 5000));
    const rainfall = Math.round(clamp(normal(next, 700, 180), 200, 1500));
    const treatments = Math.floor(next() * 5);
    const pesticide = next() < 0.2 ? 1 : 0;
    const honey = r1(clamp(6 + 3.2 * Math.log(forageAcres) - 0.004 * flight + 0.012 * rainfall - 0.15 * yardHives + 1.4 * Math.log(years + 1)
      + 1.2 * treatments - 6 * pesticide + normal(next, 0, 1.5), 1, 90));
    const band = honey < 24 ? 'poor' : honey < 33 ? 'normal' : 'bumper';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([keeper, years, yardHives, forageAcres, flight, rainfall, treatments, pesticide, honey, band]);
  }
  write('apiaries.csv', ['beekeeper_id', 'years_keeping', 'hives_in_yard', 'forage_acres', 'flight_distance_m', 'rainfall_mm', 'varroa_treatments',
    'pesticide_nearby', 'season_honey_kg', 'yield_band'], rows);
  const hs = rows.map((r) => r[8] as number).sort((a, b) => a - b);
  console.log('yield band', JSON.stringify(counts), 'honey', hs[0], hs[250], hs[499]);
}

hives();
temperament();
scales();
contracts();
apiaries();
