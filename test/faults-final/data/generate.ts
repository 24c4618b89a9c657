/**
 * Writes the final set's CSV files, deterministically (`npx tsx test/faults-final/data/generate.ts`):
 *
 * - housing.csv: 320 house sales: floor area in square feet (hundreds to thousands), bedrooms,
 *   age in years, distance to the centre in km, lot size in m², and the price three ways (in
 *   thousands, in units of 100k, and raw dollars). Prices carry about 12 % multiplicative noise.
 * - churn.csv: 400 telecom customers (a 6-digit customer id, tenure in months, monthly fee, support
 *   calls, contract type 0/1/2, auto-pay 0/1) and whether they churned, drawn from a logistic model:
 *   learnable, but the labels are noisy, so even the best model keeps a bce far above 0.
 * - churn-retained-only.csv: the rows of churn.csv with churned = 0, as a filtered export gives them.
 * - sensors.csv: 450 windows of a wrist accelerometer (mean and spread of the acceleration, peak
 *   frequency, step rate) labelled idle / walk / run, with overlapping classes and 6 % wrong labels.
 * - plant.csv: 260 greenhouse plots (light hours, water, temperature, fertiliser) with two targets,
 *   yield in kg and a 0–10 quality score.
 *
 * The values are generated, not collected: plausible ranges and relations, no real people or places.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

type Row = (string | number)[];

const HOUSING_HEADER = ['sqft', 'bedrooms', 'age_years', 'distance_km', 'lot_m2', 'price_k', 'price_100k', 'price_usd'];

function housingRows(count: number): Row[] {
  const next = rng(5150);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const sqft = Math.round(clamp(normal(next, 1800, 620), 450, 5200));
    const bedrooms = Math.round(clamp(sqft / 620 + normal(next, 0, 0.7), 1, 7));
    const age = Math.round(clamp(Math.abs(normal(next, 0, 35)), 0, 110));
    const distance = Math.round(10 * clamp(Math.exp(normal(next, 2.1, 0.6)), 0.5, 60)) / 10;
    const lot = Math.round(clamp(sqft * 0.25 + normal(next, 250, 180) + 8 * distance, 90, 4000));
    const value = 70 + 0.13 * sqft + 11 * bedrooms - 0.7 * age - 3.2 * distance + 0.02 * lot;
    const priceK = Math.round(clamp(value * Math.exp(normal(next, 0, 0.12)), 40, 2000));
    rows.push([sqft, bedrooms, age, distance.toFixed(1), lot, priceK, (priceK / 100).toFixed(3), priceK * 1000]);
  }
  return rows;
}

const CHURN_HEADER = ['customer_id', 'tenure_months', 'monthly_fee', 'support_calls', 'contract', 'auto_pay', 'churned'];

function churnRows(count: number): Row[] {
  const next = rng(880123);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = 100000 + Math.floor(next() * 900000);
    const contract = next() < 0.55 ? 0 : next() < 0.6 ? 1 : 2;
    const tenure = Math.round(clamp(Math.abs(normal(next, 8 + 14 * contract, 16)), 1, 72));
    const fee = Math.round(100 * clamp(normal(next, 68, 24), 19, 125)) / 100;
    const calls = Math.min(9, Math.floor(Math.abs(normal(next, 0, 1.6)) + (next() < 0.2 ? 2 : 0)));
    const autoPay = next() < 0.45 ? 1 : 0;
    const logit = 0.4 - 0.045 * (tenure - 20) + 0.018 * (fee - 68) + 0.35 * calls - 0.8 * contract - 0.5 * autoPay;
    const churned = next() < sigmoid(logit) ? 1 : 0;
    rows.push([id, tenure, fee.toFixed(2), calls, contract, autoPay, churned]);
  }
  return rows;
}

const SENSOR_HEADER = ['accel_mean', 'accel_std', 'peak_freq_hz', 'step_rate', 'activity'];
const ACTIVITIES = ['idle', 'walk', 'run'];

function sensorRows(count: number): Row[] {
  const next = rng(31337);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % 3;
    const mean = normal(next, [1.0, 1.15, 1.45][k], [0.06, 0.12, 0.2][k]);
    const spread = Math.abs(normal(next, [0.05, 0.35, 0.8][k], [0.04, 0.15, 0.3][k]));
    const freq = Math.abs(normal(next, [0.3, 1.8, 2.7][k], [0.3, 0.4, 0.5][k]));
    const steps = Math.max(0, Math.round(normal(next, [2, 105, 160][k], [4, 18, 22][k])));
    const label = next() < 0.06 ? ACTIVITIES[(k + 1 + Math.floor(next() * 2)) % 3] : ACTIVITIES[k];
    rows.push([mean.toFixed(3), spread.toFixed(3), freq.toFixed(2), steps, label]);
  }
  return rows;
}

const PLANT_HEADER = ['light_hours', 'water_ml', 'temp_c', 'fertilizer_g', 'yield_kg', 'quality'];

function plantRows(count: number): Row[] {
  const next = rng(4242);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const light = clamp(normal(next, 12, 2.5), 6, 18);
    const water = clamp(normal(next, 450, 120), 150, 800);
    const temp = clamp(normal(next, 22, 4), 12, 34);
    const fert = clamp(normal(next, 30, 10), 0, 60);
    // Yield peaks at moderate water and temperature: a curved response a linear model misses.
    const yieldKg = 2 + 0.35 * light - 0.00002 * (water - 480) ** 2 - 0.03 * (temp - 24) ** 2 + 0.04 * fert + normal(next, 0, 0.35);
    const quality = clamp(5 + 0.25 * (light - 12) - 0.004 * (water - 450) - 0.15 * Math.abs(temp - 21) + normal(next, 0, 0.6), 0, 10);
    rows.push([light.toFixed(1), Math.round(water), temp.toFixed(1), fert.toFixed(1), Math.max(0, yieldKg).toFixed(2), quality.toFixed(1)]);
  }
  return rows;
}

function write(file: string, header: string[], rows: Row[]): void {
  const lines = [header.join(','), ...rows.map((r) => r.join(','))];
  fs.writeFileSync(path.join(__dirname, file), lines.join('\n') + '\n');
  console.log(`wrote ${file}: ${rows.length} rows`);
}

function main(): void {
  write('housing.csv', HOUSING_HEADER, housingRows(320));
  const churn = churnRows(400);
  write('churn.csv', CHURN_HEADER, churn);
  write('churn-retained-only.csv', CHURN_HEADER, churn.filter((r) => r[6] === 0));
  write('sensors.csv', SENSOR_HEADER, sensorRows(450));
  write('plant.csv', PLANT_HEADER, plantRows(260));
}

main();
