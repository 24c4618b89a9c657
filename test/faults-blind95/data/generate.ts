/**
 * Writes the CSVs of the ninety-fifth blind fault set (zoos and wildlife parks), seeded so every run
 * gives the same files: `npx tsx test/faults-blind95/data/generate.ts`.
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

/** animals.csv: keepers' daily feeding log: food in kg from body mass (grams to tonnes) and a rare vet-emergency flag. */
function animals(): void {
  const next = rng(9501);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let emergencies = 0;
  for (let i = 0; i < 760; i++) {
    const id = `ZA-${String(95000 + i * 13).padStart(6, '0')}`;
    const ts = 1719792000 + i * 3600 * 3 + Math.floor(next() * 3000);
    const logMass = normal(next, 2.2, 2.4);
    const mass = r3(clamp(Math.exp(logMass), 0.02, 6000));
    const age = Math.round(clamp(Math.exp(normal(next, 4.0, 0.8)), 1, 600));
    const temp = r1(clamp(normal(next, 22, 5), 5, 38));
    const activity = r2(clamp(normal(next, 0.5, 0.18), 0, 1));
    const cortisol = r1(clamp(Math.exp(normal(next, 3.0, 0.5)), 2, 400));
    const keeperVisits = Math.round(clamp(normal(next, 5, 1.5), 1, 12));
    const visitors = Math.round(clamp(Math.exp(normal(next, 7.6, 0.7)), 150, 24000));
    const carnivore = next() < 0.3 ? 1 : 0;
    const food = r2(clamp(0.06 * Math.pow(mass, 0.75) * (1 + 0.6 * activity + 0.4 * carnivore - 0.008 * (temp - 22)) * Math.exp(normal(next, 0, 0.08)), 0.005, 400));
    const z = -9.0 + 0.2 * cortisol + 0.35 * Math.abs(temp - 22) + 2.0 * (age > 240 ? 1 : 0) - 4.0 * activity + 0.0001 * visitors + normal(next, 0, 0.3);
    const emergency = next() < sigmoid(z) ? 1 : 0;
    emergencies += emergency;
    const row: (string | number)[] = [id, 3, ts, mass, age, temp, activity, cortisol, keeperVisits, visitors, carnivore, food, emergency];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 9) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['animal_id', 'park_id', 'feeding_ts', 'body_mass_kg', 'age_months', 'enclosure_temp_c', 'activity_index', 'cortisol_ng_ml',
    'keeper_visits', 'visitors_per_day', 'carnivore', 'daily_food_kg', 'vet_emergency'];
  write('animals.csv', header, rows);
  write('animals-export-na.csv', header, naRows);
  const fs_ = rows.map((r) => r[11] as number).sort((a, b) => a - b);
  console.log(`vet emergency ${emergencies}/760`, 'food', fs_[0], fs_[380], fs_[759]);
}

/** species.csv: intake records of the collection: species group (amphibian rare). */
function species(): void {
  const next = rng(9502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['mammal', 'bird', 'reptile', 'amphibian'];
  for (let i = 0; i < 620; i++) {
    const k0 = next();
    const latent = k0 < 0.42 ? 0 : k0 < 0.74 ? 1 : k0 < 0.91 ? 2 : 3;
    const enclosureCode = 100 + Math.floor(next() * 900);
    const bodyTemp = r1(clamp(normal(next, [37.5, 40.5, 27, 21][latent], 1.6), 10, 44));
    const massG = Math.round(clamp(Math.exp(normal(next, [9.5, 6.5, 7.5, 3.5][latent], 1.6)), 2, 4000000));
    const heart = Math.round(clamp(normal(next, [110, 260, 40, 50][latent], 30), 10, 600));
    const skinMoisture = r1(clamp(normal(next, [30, 20, 12, 78][latent], 8), 0, 100));
    const uvHours = r1(clamp(normal(next, [2, 4, 9, 3][latent], 1.5), 0, 14));
    const lifespan = r1(clamp(Math.exp(normal(next, [2.8, 2.6, 3.0, 2.2][latent], 0.5)), 1, 150));
    const humidity = Math.round(clamp(normal(next, [50, 50, 45, 85][latent], 8), 10, 100));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`SP${7000 + i * 9}`, enclosureCode, bodyTemp, massG, heart, skinMoisture, uvHours, lifespan, humidity, names[k]]);
  }
  write('species.csv', ['intake_ref', 'enclosure_code', 'body_temp_c', 'body_mass_g', 'heart_rate_bpm', 'skin_moisture_pct', 'uv_hours_needed',
    'lifespan_years', 'enclosure_humidity_pct', 'species_group'], rows);
  console.log('species', JSON.stringify(counts));
}

/** visitors.csv: park days: visitors per day (hundreds to tens of thousands). */
function visitors(): void {
  const next = rng(9503);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const gate = `GATE-${1 + (i % 4)}`;
    const ts = 1672531200 + Math.floor(i / 4) * 86400 * 2 + Math.floor(next() * 2) * 86400;
    const temp = r1(clamp(normal(next, 17, 7), -5, 36));
    const rain = r1(clamp(Math.exp(normal(next, 0.0, 1.3)) - 1, 0, 80));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const holiday = next() < 0.2 ? 1 : 0;
    const newborn = next() < 0.08 ? 1 : 0;
    const marketing = Math.round(clamp(Math.exp(normal(next, 7.5, 1.0)), 100, 60000));
    const visitorsN = Math.round(clamp(1200 + 4200 * weekend + 3300 * holiday + 2500 * newborn + 160 * temp - 5.5 * temp * temp / 2 - 85 * rain
      + 0.05 * marketing + normal(next, 0, 450), 80, 30000));
    rows.push([gate, ts, temp, rain, weekend, holiday, newborn, marketing, visitorsN]);
  }
  write('visitors.csv', ['gate_id', 'day_ts', 'air_temp_c', 'rain_mm', 'weekend', 'school_holiday', 'newborn_on_show', 'marketing_spend_usd', 'visitors_per_day'], rows);
  const vs = rows.map((r) => r[8] as number).sort((a, b) => a - b);
  console.log('visitors', vs[0], vs[300], vs[599]);
}

/** donations.csv: adoption-scheme supporters: yearly donation in USD (skewed, a few to tens of thousands). */
function donations(): void {
  const next = rng(9504);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const campaign = 40 + (i % 20);
    const signup = 1640995200 + Math.floor(i / 20) * 86400 * 11;
    const donorAge = Math.round(clamp(normal(next, 46, 15), 18, 92));
    const income = Math.round(clamp(Math.exp(normal(next, 11.0, 0.7)), 8000, 3000000));
    const opens = Math.round(clamp(normal(next, 12, 6), 0, 52));
    const months = Math.round(clamp(Math.exp(normal(next, 2.8, 0.9)), 1, 240));
    const charisma = r1(clamp(normal(next, 6, 2), 0, 10));
    const visits = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.8)), 0, 60));
    const donation = Math.round(clamp(20 + 0.0025 * income + 6 * opens + 1.5 * months + 25 * charisma + 12 * visits + normal(next, 0, 60), 5, 80000));
    rows.push([`AD-${30000 + i}`, campaign, signup, donorAge, income, opens, months, charisma, visits, donation]);
  }
  write('donations.csv', ['supporter_id', 'campaign_id', 'signup_ts', 'donor_age', 'household_income_usd', 'newsletter_opens', 'months_member',
    'animal_charisma', 'park_visits', 'donation_usd'], rows);
  const ds = rows.map((r) => r[9] as number).sort((a, b) => a - b);
  console.log('donation', ds[0], ds[250], ds[499]);
}

/** enclosures.csv: weekly welfare audits: stress hormone level and a welfare band (poor rare). */
function enclosures(): void {
  const next = rng(9505);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 540; i++) {
    const enclosure = `EN${String(10 + i * 3).padStart(4, '0')}`;
    const area = Math.round(clamp(Math.exp(normal(next, 6.5, 1.4)), 4, 120000));
    const animalsIn = Math.round(clamp(Math.exp(normal(next, 1.5, 0.8)), 1, 80));
    const enrichment = Math.round(clamp(normal(next, 8, 3.5), 0, 25));
    const noise = r1(clamp(normal(next, 62, 9), 35, 95));
    const shade = Math.round(clamp(normal(next, 45, 18), 0, 100));
    const temp = r1(clamp(normal(next, 21, 6), 2, 40));
    const keeperHours = r1(clamp(normal(next, 14, 5), 2, 40));
    const stress = r1(clamp(18 + 0.55 * (noise - 62) - 0.9 * enrichment + 2.4 * Math.log(animalsIn) - 1.6 * Math.log(area) + 0.06 * Math.abs(temp - 20) ** 2
      - 0.08 * shade - 0.3 * keeperHours + 20 + normal(next, 0, 2.0), 0.5, 120));
    const band = stress < 21 ? 'good' : stress < 28.5 ? 'watch' : 'poor';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([enclosure, area, animalsIn, enrichment, noise, shade, temp, keeperHours, stress, band]);
  }
  write('enclosures.csv', ['enclosure_ref', 'area_m2', 'animals_housed', 'enrichment_per_week', 'visitor_noise_db', 'shade_pct', 'enclosure_temp_c',
    'keeper_hours_week', 'stress_hormone_ng_g', 'welfare_band'], rows);
  const ss = rows.map((r) => r[8] as number).sort((a, b) => a - b);
  console.log('welfare band', JSON.stringify(counts), 'stress', ss[0], ss[270], ss[539]);
}

animals();
species();
visitors();
donations();
enclosures();
