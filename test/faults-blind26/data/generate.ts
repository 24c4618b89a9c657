/**
 * Writes this set's CSVs (`npx tsx test/faults-blind26/data/generate.ts`): wide tables with features of
 * mixed scales and relevance, a constant column or two and a useless id-like column, as exported
 * from real systems. Seeded, so the files never change.
 * churn.csv: 600 customers, 16 features, churned 0/1 from a latent score, 8% labels flipped.
 * housing.csv: 500 sales, 13 features, price in thousands with ~7% multiplicative noise.
 * sensors.csv: 480 machine readings, 24 features, 4 string classes, 10% relabelled.
 * churn_export.csv: churn with "NA" cells (data-error); housing_ragged.csv: one row with an extra value.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp } from '../../faults/data-random';

const dir = __dirname;
const r = rng(2626);
const round = (x: number, d: number) => Number(x.toFixed(d));
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');

function churnRows(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 600; i++) {
    const tenure = Math.floor(r() * 72), monthly = round(20 + r() * 100, 2);
    const total = round(tenure * monthly * (0.9 + 0.2 * r()), 2), calls = Math.floor(clamp(normal(r, 2, 2), 0, 10));
    const age = Math.floor(18 + r() * 62), income = Math.round(Math.exp(normal(r, 10.9, 0.5)));
    const contract = [1, 12, 24][Math.floor(r() * 3)], autopay = r() < 0.5 ? 1 : 0, paperless = r() < 0.6 ? 1 : 0;
    const devices = 1 + Math.floor(r() * 8), session = round(5 + r() * 115, 1), data = round(0.1 + r() * 50, 2);
    const satisfaction = 1 + Math.floor(r() * 5), region = Math.floor(r() * 6);
    const z = -0.05 * (tenure - 30) + 0.03 * (monthly - 70) + 0.5 * (calls - 2) - 1.0 * autopay - 0.08 * (contract - 12) +
      0.9 * (satisfaction <= 2 ? 1 : -0.5) + (calls >= 4 && satisfaction <= 2 ? 1.2 : 0);
    let churned = z > 0 ? 1 : 0;
    if (r() < 0.08) churned = 1 - churned;
    rows.push([i + 100001, tenure, monthly, total, calls, age, income, contract, autopay, paperless, devices, session, data, satisfaction, region, 3, churned]);
  }
  return rows;
}
const churnHeader = ['customer_id', 'tenure_months', 'monthly_charge', 'total_charges', 'support_calls', 'age', 'income', 'contract_months',
  'autopay', 'paperless', 'devices', 'avg_session_min', 'data_gb', 'satisfaction', 'region_code', 'plan_version', 'churned'];

function housingRows(): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < 500; i++) {
    const sqft = Math.round(400 + r() * 3600), beds = clamp(Math.round(sqft / 700 + normal(r, 0, 0.7)), 1, 6);
    const baths = clamp(Math.round(beds / 2 + normal(r, 0, 0.5)), 1, 4), age = Math.floor(r() * 100), dist = round(0.5 + r() * 40, 1);
    const lot = Math.round(100 + r() * 4900), crime = round(r() * 0.1, 4), school = round(1 + r() * 9, 1), garage = r() < 0.5 ? 1 : 0;
    const floor = Math.floor(r() * 20), listing = Math.floor(100000 + r() * 900000);
    const price = (40 + 0.11 * sqft + 12 * baths - 0.6 * age + 120 * Math.exp(-dist / 8) + 14 * school - 700 * crime + 15 * garage + 0.004 * lot) *
      (1 + normal(r, 0, 0.07));
    rows.push([listing, sqft, beds, baths, age, dist, lot, crime, school, garage, floor, 44, round(r() * 10, 2), round(price, 1)]);
  }
  return rows;
}
const housingHeader = ['listing_id', 'sqft', 'bedrooms', 'bathrooms', 'age_years', 'dist_center_km', 'lot_m2', 'crime_rate', 'school_score',
  'garage', 'floor', 'country_code', 'agent_rating', 'price_k'];

const CLASSES = ['ok', 'drift', 'fault', 'offline'];
function sensorRows(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = i % 4;
    const temp = normal(r, [45, 58, 75, 30][k], 7), vib = Math.abs(normal(r, [2, 4, 11, 0.5][k], 1.8));
    const current = normal(r, [12, 13.5, 16, 1][k], 1.2), voltage = normal(r, [230, 226, 221, 229][k], 3);
    const pressure = normal(r, 200, 40), rpm = normal(r, [1800, 1750, 1600, 0][k] + 0, 120), humidity = r() * 100;
    const leak = normal(r, [0.002, 0.004, 0.009, 0.001][k], 0.0015);
    const bands = Array.from({ length: 8 }, (_, b) => round(clamp(normal(r, 0.3 + (b === k * 2 ? 0.35 : 0), 0.12), 0, 1), 3));
    const junk = Array.from({ length: 4 }, () => round(normal(r, 0, 1), 3));
    let label = CLASSES[k];
    if (r() < 0.1) label = CLASSES[Math.floor(r() * 4)];
    rows.push([round(temp, 2), round(vib, 3), round(current, 2), round(voltage, 1), round(pressure, 1), round(rpm, 0), round(humidity, 1),
      round(leak, 5), ...bands, ...junk, 7, 1, i + 1, label]);
  }
  return rows;
}
const sensorHeader = ['temp_c', 'vibration_mm_s', 'current_a', 'voltage_v', 'pressure_kpa', 'rpm', 'humidity_pct', 'leak_v',
  's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'aux1', 'aux2', 'aux3', 'aux4', 'firmware', 'unit_type', 'reading_no', 'status'];

const churn = churnRows();
write('churn.csv', churnHeader, churn);
write('housing.csv', housingHeader, housingRows());
write('sensors.csv', sensorHeader, sensorRows());
// A CRM export where missing incomes and charges came out as NA.
write('churn_export.csv', churnHeader, churn.slice(0, 300).map((row, i) => (i % 37 === 11 ? row.map((c, j) => (j === 6 || j === 3 ? 'NA' : c)) : row)));
const ragged = housingRows().slice(0, 200).map((row) => row.join(','));
ragged[57] = ragged[57] + ',';
fs.writeFileSync(path.join(dir, 'housing_ragged.csv'), [housingHeader.join(','), ...ragged].join('\n') + '\n');
