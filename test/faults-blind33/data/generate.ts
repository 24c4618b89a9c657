/**
 * Writes this set's CSVs (deterministic): bikes.csv (hourly bike rentals, regression), churn.csv
 * (subscription churn 0/1, 8% labels flipped), rooms.csv (room occupancy, 3 string classes, 10%
 * relabelled), plus three broken variants for the data-error faults.
 * `npx tsx test/faults-blind33/data/generate.ts`
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(here, name), rows.join('\n') + '\n');
const r2 = (x: number) => x.toFixed(2), r3 = (x: number) => x.toFixed(3);

function bikes(): string[] {
  const next = rng(33_001);
  const rows = ['hour_sin,hour_cos,temp_c,humidity_pct,wind_kmh,weekend,rentals,rentals_hundreds'];
  for (let i = 0; i < 360; i++) {
    const hour = Math.floor(next() * 24), weekend = next() < 2 / 7 ? 1 : 0;
    const temp = clamp(normal(next, 16, 7), -5, 36), hum = clamp(normal(next, 62, 15), 15, 100), wind = clamp(normal(next, 14, 7), 0, 50);
    const commute = weekend ? 0 : 120 * (Math.exp(-((hour - 8) ** 2) / 3) + Math.exp(-((hour - 17.5) ** 2) / 4));
    const leisure = (weekend ? 90 : 30) * Math.exp(-((hour - 14) ** 2) / 12);
    const weather = clamp(1 + 0.03 * (temp - 16) - 0.008 * (hum - 62) - 0.01 * (wind - 14), 0.2, 1.8);
    const rentals = Math.max(0, Math.round((20 + commute + leisure) * weather * (1 + normal(next, 0, 0.12))));
    const angle = (2 * Math.PI * hour) / 24;
    rows.push([r3(Math.sin(angle)), r3(Math.cos(angle)), r2(temp), r2(hum), r2(wind), weekend, rentals, (rentals / 100).toFixed(2)].join(','));
  }
  return rows;
}

function churn(): string[] {
  const next = rng(33_002);
  const rows = ['tenure_months,monthly_charge,support_calls,usage_pct,annual_contract,churned'];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.floor(clamp(normal(next, 24, 16), 1, 72)), charge = clamp(normal(next, 65, 25), 15, 130);
    const calls = Math.floor(clamp(normal(next, 2, 1.8), 0, 10)), usage = clamp(normal(next, 55, 22), 1, 100);
    const annual = next() < 0.4 ? 1 : 0;
    const z = 0.5 - 0.06 * tenure + 0.025 * (charge - 65) + 0.55 * calls - 0.03 * (usage - 55) - 1.4 * annual;
    let churned = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.08) churned = 1 - churned;
    rows.push([tenure, r2(charge), calls, r2(usage), annual, churned].join(','));
  }
  return rows;
}

function rooms(): string[] {
  const next = rng(33_003);
  const rows = ['co2_ppm,light_lux,temp_c,humidity_pct,hour_sin,hour_cos,occupancy'];
  const names = ['empty', 'few', 'many'];
  for (let i = 0; i < 330; i++) {
    let k = Math.floor(next() * 3);
    const hour = k === 0 ? Math.floor(next() * 24) : 8 + Math.floor(next() * 11);
    const co2 = clamp(normal(next, 420 + 350 * k, 120), 380, 2500), lux = clamp(normal(next, k === 0 ? 60 : 380 + 60 * k, 90), 0, 900);
    const temp = normal(next, 20.5 + 0.7 * k, 0.8), hum = clamp(normal(next, 38 + 3 * k, 5), 15, 80);
    if (next() < 0.1) k = (k + 1 + Math.floor(next() * 2)) % 3;
    const angle = (2 * Math.PI * hour) / 24;
    rows.push([Math.round(co2), Math.round(lux), r2(temp), r2(hum), r3(Math.sin(angle)), r3(Math.cos(angle)), names[k]].join(','));
  }
  return rows;
}

const b = bikes(), c = churn();
write('bikes.csv', b);
write('churn.csv', c);
write('rooms.csv', rooms());
// Broken variants: an export with missing readings, and humidity written with a percent sign.
write('churn-export.csv', c.map((row, i) => (i > 0 && i % 37 === 0 ? row.replace(/^([^,]*),([^,]*),/, '$1,NA,') : row)));
write('bikes-percent.csv', b.map((row, i) => (i === 0 ? row : row.split(',').map((v, j) => (j === 3 ? `${Math.round(Number(v))}%` : v)).join(','))));
