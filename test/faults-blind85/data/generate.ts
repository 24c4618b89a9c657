/**
 * Writes the CSVs of the eighty-fifth blind fault set (fisheries and aquaculture), seeded so every
 * run gives the same files: `npx tsx test/faults-blind85/data/generate.ts`.
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
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** hauls.csv: trawl hauls, catch in kg (skewed) and the dominant species of the haul (4 classes, halibut rare). */
function hauls(): void {
  const next = rng(8501);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 600; i++) {
    const trip = 5100 + Math.floor(i / 4);
    const ts = 1704067200 + Math.floor(i / 4) * 86400 * 2 + Math.floor(next() * 36000);
    const kw = Math.round(clamp(Math.exp(normal(next, 6.7, 0.5)), 180, 3200));
    const vesselLen = r1(clamp(8 + kw / 60 + normal(next, 0, 3), 9, 70));
    const tow = Math.round(clamp(normal(next, 150, 55), 30, 320));
    const depth = Math.round(clamp(Math.exp(normal(next, 4.7, 0.6)), 20, 650));
    const temp = r1(clamp(normal(next, 9 - 0.006 * (depth - 110), 2.2), 1, 16));
    const logCatch = 5.6 + 0.6 * Math.log(kw / 800) + 0.7 * Math.log(tow / 150) + 0.25 * Math.log(depth / 110) - 0.03 * (temp - 8) ** 2 + normal(next, 0, 0.15);
    const catchKg = Math.round(clamp(Math.exp(logCatch), 5, 20000));
    const sCod = -0.7 * (temp - 8.2);
    const sHad = 0.5 - 1.2 * Math.abs(Math.log(depth / 110));
    const sPol = 0.7 * (temp - 10) - 0.004 * (depth - 80);
    const sHal = 0.014 * (depth - 260) - 0.2 * (temp - 6);
    const scores = [sCod, sHad, sPol, sHal];
    let k = scores.indexOf(Math.max(...scores));
    if (next() < 0.04) k = Math.floor(next() * 3);
    const species = ['cod', 'haddock', 'pollock', 'halibut'][k];
    counts[species] = (counts[species] ?? 0) + 1;
    const row = [90000 + i, trip, ts, kw, vesselLen, tow, depth, temp, 120, catchKg, species];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[7] = 'NA';
    naRows.push(na);
  }
  const header = ['haul_id', 'trip_id', 'landing_ts', 'engine_kw', 'vessel_length_m', 'tow_minutes', 'depth_m', 'water_temp_c', 'mesh_mm', 'catch_kg', 'main_species'];
  write('hauls.csv', header, rows);
  write('hauls-export-na.csv', header, naRows);
  console.log('haul species', counts);
}

/** pens.csv: salmon pen-months, feed conversion ratio and a rare disease-outbreak flag. */
function pens(): void {
  const next = rng(8502);
  const rows: (string | number)[][] = [];
  let outbreaks = 0;
  for (let i = 0; i < 720; i++) {
    const month = 1 + (i % 12);
    const density = r1(clamp(normal(next, 16, 5), 5, 32));
    const temp = r1(clamp(10 + 5 * Math.sin((month - 4) / 12 * 2 * Math.PI) + normal(next, 0, 1.2), 3, 19));
    const oxygen = r2(clamp(11.5 - 0.28 * temp - 0.04 * (density - 16) + normal(next, 0, 0.6), 4.5, 13));
    const salinity = r1(clamp(normal(next, 32, 1.8), 24, 35.5));
    const weight = Math.round(clamp(Math.exp(normal(next, 7.2, 0.7)), 80, 6500));
    const biomassT = density * 20000 / 1000;
    const feed = Math.round(clamp(biomassT * 1000 * 0.008 * (temp / 10) * normal(next, 1, 0.1), 20, 9000));
    const fcr = r3(clamp(1.05 + 0.012 * (density - 16) + 0.018 * Math.abs(temp - 12) + 0.06 * Math.max(0, 8 - oxygen) + 0.00005 * weight
      - 0.01 * (salinity - 32) + normal(next, 0, 0.03), 0.8, 2.4));
    const z = -5.2 + 0.2 * (density - 16) + 0.55 * (temp - 12) - 1.1 * (oxygen - 8) + 0.4 * (salinity < 28 ? 1 : 0);
    const outbreak = next() < sigmoid(z) ? 1 : 0;
    outbreaks += outbreak;
    rows.push([`P${String(100 + (i % 60)).padStart(4, '0')}`, 'NOR-07', 2023, month, density, temp, oxygen, salinity, weight, feed, fcr, outbreak]);
  }
  write('pens.csv', ['pen_id', 'site_code', 'year', 'month', 'stocking_density_kg_m3', 'water_temp_c', 'dissolved_oxygen_mg_l', 'salinity_psu', 'mean_weight_g', 'feed_kg_per_day', 'fcr', 'disease_outbreak'], rows);
  console.log(`pen outbreaks ${outbreaks}/720`);
}

/** fish.csv: market sampling of individual fish, weight in grams and a quality grade (3 classes, reject rare). */
function fish(): void {
  const next = rng(8503);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 560; i++) {
    const length = Math.round(clamp(Math.exp(normal(next, 6.1, 0.3)), 180, 1100));
    const k = clamp(normal(next, 1.0, 0.09), 0.7, 1.35);
    const weight = Math.round(k * (length / 10) ** 3 / 100);
    const girth = Math.round(length * clamp(0.55 * Math.sqrt(k) + normal(next, 0, 0.015), 0.4, 0.75));
    const age = Math.round(clamp(length / 110 + normal(next, 0, 0.8), 1, 14));
    const sex = next() < 0.5 ? 1 : 0;
    const fat = r1(clamp(normal(next, 10 + 6 * (k - 1), 1.5), 3, 20));
    let grade: string;
    if (k < 0.84 || fat < 7) grade = 'reject';
    else if (k > 1.02 && length > 430) grade = 'premium';
    else grade = 'standard';
    counts[grade] = (counts[grade] ?? 0) + 1;
    rows.push([`F-${24000 + i}`, length, girth, age, sex, fat, weight, grade]);
  }
  write('fish.csv', ['sample_id', 'length_mm', 'girth_mm', 'age_years', 'sex', 'fat_pct', 'weight_g', 'grade'], rows);
  console.log('fish grades', counts);
}

/** market.csv: auction lots at a fish market, price per tonne in dollars. */
function market(): void {
  const next = rng(8504);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const ts = 1706745600 + Math.floor(next() * 120) * 86400 + 4 * 3600;
    const tonnes = r2(clamp(Math.exp(normal(next, 1.4, 1.1)), 0.2, 90));
    const days = Math.floor(next() * 7);
    const fresh = Math.round(clamp(5 - 0.5 * days + normal(next, 0, 0.6), 1, 5));
    const whitefish = next() < 0.6 ? 1 : 0;
    const fuel = r2(clamp(normal(next, 1.1, 0.12), 0.8, 1.5));
    const buyers = Math.round(clamp(normal(next, 9, 3), 2, 20));
    const price = Math.round(clamp(2600 + 1800 * whitefish - 220 * days + 350 * (fresh - 3) - 380 * Math.log(tonnes / 4) + 90 * (buyers - 9) + 900 * (fuel - 1.1) + normal(next, 0, 220), 600, 12000));
    rows.push([700000 + i, ts, tonnes, days, fresh, whitefish, fuel, buyers, price]);
  }
  write('market.csv', ['lot_id', 'auction_ts', 'landed_tonnes', 'days_since_catch', 'freshness_score', 'whitefish', 'fuel_usd_per_l', 'buyers_present', 'price_per_tonne'], rows);
}

/** survey.csv: research-vessel survey stations, skewed fish counts and whether cod were present. */
function survey(): void {
  const next = rng(8505);
  const rows: (string | number)[][] = [];
  let present = 0;
  for (let i = 0; i < 500; i++) {
    const lat = r3(54 + next() * 8);
    const lon = r3(-4 + next() * 12);
    const depth = Math.round(clamp(Math.exp(normal(next, 4.6, 0.7)), 15, 500));
    const temp = r1(clamp(12 - 0.9 * (lat - 54) - 0.008 * (depth - 100) + normal(next, 0, 1), 1, 16));
    const chl = r2(clamp(Math.exp(normal(next, 0.5, 0.8)), 0.05, 15));
    const trawlMin = [15, 30][Math.floor(next() * 2)];
    const logCount = 3.2 + 0.45 * Math.log(chl + 0.5) + 0.35 * Math.log(depth / 100) - 0.04 * (temp - 8) ** 2 + 0.6 * (trawlMin === 30 ? 1 : 0) + normal(next, 0, 0.3);
    const count = Math.round(clamp(Math.exp(logCount), 0, 5000));
    const cod = next() < sigmoid(-1.8 * (temp - 7.5) + 1.5 * Math.log(depth / 100)) ? 1 : 0;
    present += cod;
    rows.push([`ST${2400 + i}`, 2024, lat, lon, depth, temp, chl, trawlMin, count, cod]);
  }
  write('survey.csv', ['station_id', 'survey_year', 'latitude', 'longitude', 'depth_m', 'bottom_temp_c', 'chlorophyll_mg_m3', 'trawl_minutes', 'fish_count', 'cod_present'], rows);
  console.log(`survey cod present ${present}/500`);
}

hauls();
pens();
fish();
market();
survey();
