/**
 * Writes the fourth (blind) set's CSV files, deterministically
 * (`npx tsx test/faults-blind4/data/generate.ts`):
 *
 * - energy.csv: 300 office buildings: floor area in m² (40 to 3000), insulation grade 1–5, mean
 *   outdoor temperature, occupants, and the energy use per day in kWh (about 8 % multiplicative
 *   noise), also per year (`kwh_year`, in the thousands to millions).
 * - loans.csv: 500 loan applications: a 7-digit application id, income and loan amount in dollars,
 *   credit score 300–850, years employed, and whether the loan defaulted, drawn from a logistic model
 *   (learnable, but labels are noisy, so the best bce stays well above 0).
 * - loans-with-gaps.csv: the same rows as exported by a tool that writes "NA" for unknown incomes.
 * - loans-defaulted.csv: only the defaulted rows, as a filtered export gives them.
 * - fruit.csv: 400 fruits (weight in g, diameter in cm, hue in degrees, sugar in °Brix) labelled
 *   apple / orange / lemon / lime, classes overlapping, 5 % wrong labels.
 * - fruit-excel-de.csv: fruit.csv as a German-locale spreadsheet exports it: ";" between values and
 *   "," as the decimal mark.
 * - wear.csv: 240 engine test runs (rpm, load %, oil temperature, hours) with two targets, vibration
 *   in mm/s and wear in µm, both curved in the inputs.
 *
 * The values are generated, not collected: plausible ranges and relations, no real people or things.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

type Row = (string | number)[];

const ENERGY_HEADER = ['floor_m2', 'insulation', 'outdoor_c', 'occupants', 'kwh_day', 'kwh_year'];

function energyRows(count: number): Row[] {
  const next = rng(20240611);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const area = Math.round(clamp(Math.exp(normal(next, 6.2, 0.8)), 40, 3000));
    const insulation = 1 + Math.floor(next() * 5);
    const outdoor = Math.round(10 * clamp(normal(next, 11, 8), -15, 30)) / 10;
    const occupants = Math.max(1, Math.round(area / 18 + normal(next, 0, 6)));
    // Heating or cooling away from 18 °C, worse with poor insulation, plus base load per person.
    const climate = (Math.abs(outdoor - 18) * area * 0.012) / (0.5 + 0.3 * insulation);
    const kwhDay = (15 + climate + 2.1 * occupants + 0.04 * area) * Math.exp(normal(next, 0, 0.08));
    rows.push([area, insulation, outdoor.toFixed(1), occupants, kwhDay.toFixed(1), Math.round(kwhDay * 365)]);
  }
  return rows;
}

const LOANS_HEADER = ['application_id', 'income_usd', 'loan_usd', 'credit_score', 'years_employed', 'defaulted'];

function loanRows(count: number): Row[] {
  const next = rng(77001);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = 1000000 + Math.floor(next() * 9000000);
    const income = Math.round(clamp(Math.exp(normal(next, 10.9, 0.5)), 15000, 250000) / 100) * 100;
    const loan = Math.round(clamp(income * clamp(normal(next, 0.25, 0.12), 0.02, 0.8), 1000, 60000) / 50) * 50;
    const score = Math.round(clamp(normal(next, 680, 70), 300, 850));
    const years = Math.round(clamp(Math.abs(normal(next, 0, 9)), 0, 40));
    const logit = -1.2 + 4.5 * (loan / income - 0.25) - 0.018 * (score - 680) - 0.06 * (years - 6);
    rows.push([id, income, loan, score, years, next() < sigmoid(logit) ? 1 : 0]);
  }
  return rows;
}

const FRUIT_HEADER = ['weight_g', 'diameter_cm', 'hue_deg', 'sugar_brix', 'fruit'];
const FRUITS = ['apple', 'orange', 'lemon', 'lime'];
/** [mean, std] per feature (weight, diameter, hue, sugar) of each fruit. */
const FRUIT_PROFILE: Record<string, [number, number][]> = {
  apple: [[170, 30], [7.2, 0.6], [20, 12], [13, 1.5]],
  orange: [[190, 35], [7.6, 0.7], [33, 6], [11, 1.5]],
  lemon: [[110, 20], [5.8, 0.5], [55, 5], [3, 1.0]],
  lime: [[65, 14], [4.6, 0.5], [95, 12], [2.5, 1.0]],
};

function fruitRows(count: number): Row[] {
  const next = rng(4711);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const fruit = FRUITS[i % 4];
    const p = FRUIT_PROFILE[fruit];
    const weight = Math.max(20, normal(next, p[0][0], p[0][1]));
    const diameter = Math.max(2, normal(next, p[1][0], p[1][1]));
    const hue = normal(next, p[2][0], p[2][1]);
    const sugar = Math.max(0.5, normal(next, p[3][0], p[3][1]));
    const label = next() < 0.05 ? FRUITS[(i + 1 + Math.floor(next() * 3)) % 4] : fruit;
    rows.push([weight.toFixed(0), diameter.toFixed(1), hue.toFixed(0), sugar.toFixed(1), label]);
  }
  return rows;
}

const WEAR_HEADER = ['rpm', 'load_pct', 'oil_c', 'hours', 'vibration_mm_s', 'wear_um'];

function wearRows(count: number): Row[] {
  const next = rng(9090);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const rpm = Math.round(clamp(normal(next, 2600, 700), 800, 4500));
    const load = Math.round(clamp(normal(next, 60, 20), 10, 100));
    const oil = Math.round(10 * clamp(normal(next, 92, 9), 65, 125)) / 10;
    const hours = Math.round(clamp(next() * 500, 5, 500));
    const r = rpm / 1000;
    // Vibration resonates near 3000 rpm; wear grows with hours, load and hot oil.
    const vibration = 1.2 + 2.5 * Math.exp(-((r - 3) ** 2) / 0.3) + 0.015 * load + normal(next, 0, 0.25);
    const wear = 0.04 * hours * (0.6 + load / 100) * (1 + Math.max(0, oil - 100) / 15) + normal(next, 0, 1.5);
    rows.push([rpm, load, oil.toFixed(1), hours, vibration.toFixed(2), Math.max(0, wear).toFixed(1)]);
  }
  return rows;
}

function write(file: string, header: string[], rows: Row[], separator = ','): void {
  const lines = [header.join(separator), ...rows.map((r) => r.join(separator))];
  fs.writeFileSync(path.join(__dirname, file), lines.join('\n') + '\n');
  console.log(`wrote ${file}: ${rows.length} rows`);
}

function main(): void {
  write('energy.csv', ENERGY_HEADER, energyRows(300));
  const loans = loanRows(500);
  write('loans.csv', LOANS_HEADER, loans);
  // Every 23rd applicant did not state an income: the export writes NA.
  write('loans-with-gaps.csv', LOANS_HEADER, loans.map((r, i) => (i % 23 === 7 ? [r[0], 'NA', ...r.slice(2)] : r)));
  write('loans-defaulted.csv', LOANS_HEADER, loans.filter((r) => r[5] === 1));
  const fruit = fruitRows(400);
  write('fruit.csv', FRUIT_HEADER, fruit);
  write('fruit-excel-de.csv', FRUIT_HEADER, fruit.map((r) => r.map((c) => String(c).replace('.', ','))), ';');
  write('wear.csv', WEAR_HEADER, wearRows(240));
}

main();
