/**
 * Writes the blind5 set's CSV files, deterministically (`npx tsx test/faults-blind5/data/generate.ts`):
 *
 * - apartments.csv: 300 flat rentals (area m², rooms, floor, year built, distance to a metro stop
 *   in km, has balcony 0/1) and the monthly rent, in euros and in thousands of euros, with about
 *   10 % multiplicative noise.
 * - apartments-excel-de.csv: the same rows as a German-locale spreadsheet exports them: `;` as the
 *   separator and `,` as the decimal mark.
 * - loans.csv: 420 loan applications (income in k€, debt ratio, age, open credit lines, late
 *   payments) and whether the loan defaulted ("yes"/"no"), drawn from a logistic model: learnable,
 *   but noisy labels keep the best bce well above 0.
 * - loans-na.csv: loans.csv as an R/pandas export with missing incomes written "NA".
 * - wine.csv: 360 wines (six chemistry measurements) graded low / mid / high, overlapping classes
 *   and 5 % wrong grades.
 * - energy.csv: 280 building designs (compactness, wall area, roof area, height, glazing) with two
 *   targets, heating and cooling load.
 * - weather.csv: 240 daily readings of a weather station (temperature, humidity, pressure, wind)
 *   and the next day's rainfall in mm; a few humidity readings are the NetCDF float fill value
 *   9.96921e36 that the logger writes for a missing reading.
 *
 * The values are generated, not collected: plausible ranges and relations, no real people or places.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

type Row = (string | number)[];

const APARTMENT_HEADER = ['area_m2', 'rooms', 'floor', 'year_built', 'metro_km', 'balcony', 'rent_eur', 'rent_k'];

function apartmentRows(count: number): Row[] {
  const next = rng(20240611);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const area = Math.round(clamp(normal(next, 68, 24), 18, 180));
    const rooms = Math.round(clamp(area / 28 + normal(next, 0, 0.6), 1, 6));
    const floor = Math.floor(clamp(Math.abs(normal(next, 0, 4)), 0, 18));
    const year = Math.round(clamp(normal(next, 1975, 30), 1890, 2023));
    const metro = Math.round(100 * clamp(Math.exp(normal(next, -0.3, 0.7)), 0.05, 8)) / 100;
    const balcony = next() < 0.55 ? 1 : 0;
    const base = 180 + 12.5 * area + 40 * rooms + 6 * floor + 2.2 * (year - 1975) - 95 * Math.log(metro + 0.3) + 60 * balcony;
    const rent = Math.round(clamp(base * Math.exp(normal(next, 0, 0.1)), 250, 4000));
    rows.push([area, rooms, floor, year, metro.toFixed(2), balcony, rent, (rent / 1000).toFixed(3)]);
  }
  return rows;
}

const LOAN_HEADER = ['income_k', 'debt_ratio', 'age', 'credit_lines', 'late_payments', 'defaulted'];

function loanRows(count: number): Row[] {
  const next = rng(777001);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const income = Math.round(clamp(Math.exp(normal(next, 3.8, 0.45)), 12, 250));
    const debt = clamp(normal(next, 0.32, 0.14), 0.01, 0.95);
    const age = Math.round(clamp(normal(next, 41, 12), 19, 80));
    const lines = Math.round(clamp(normal(next, 4, 2.2), 0, 14));
    const late = Math.min(8, Math.floor(Math.abs(normal(next, 0, 1.2)) + (next() < 0.15 ? 2 : 0)));
    const logit = -1.1 - 0.018 * (income - 50) + 5.5 * (debt - 0.32) - 0.025 * (age - 41) + 0.08 * (lines - 4) + 0.75 * late;
    rows.push([income, debt.toFixed(3), age, lines, late, next() < sigmoid(logit) ? 'yes' : 'no']);
  }
  return rows;
}

const WINE_HEADER = ['acidity', 'residual_sugar', 'chlorides', 'sulfur_dioxide', 'ph', 'alcohol', 'grade'];
const GRADES = ['low', 'mid', 'high'];

function wineRows(count: number): Row[] {
  const next = rng(1859);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % 3;
    const acidity = normal(next, [7.9, 7.2, 6.8][k], 0.9);
    const sugar = Math.abs(normal(next, [2.8, 2.4, 2.2][k], 1.1));
    const chlorides = Math.abs(normal(next, [0.095, 0.08, 0.068][k], 0.02));
    const sulfur = Math.abs(normal(next, [48, 38, 32][k], 14));
    const ph = normal(next, [3.25, 3.31, 3.36][k], 0.12);
    const alcohol = normal(next, [9.6, 10.6, 11.8][k], 0.7);
    const grade = next() < 0.05 ? GRADES[(k + 1 + Math.floor(next() * 2)) % 3] : GRADES[k];
    rows.push([acidity.toFixed(2), sugar.toFixed(2), chlorides.toFixed(3), Math.round(sulfur), ph.toFixed(2), alcohol.toFixed(1), grade]);
  }
  return rows;
}

const ENERGY_HEADER = ['compactness', 'wall_m2', 'roof_m2', 'height_m', 'glazing', 'heating_kwh', 'cooling_kwh'];

function energyRows(count: number): Row[] {
  const next = rng(4711);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const compact = clamp(normal(next, 0.76, 0.1), 0.55, 0.98);
    const wall = clamp(normal(next, 320, 45), 240, 420);
    const roof = clamp(normal(next, 170, 45), 110, 240);
    const height = next() < 0.5 ? 3.5 : 7;
    const glazing = [0, 0.1, 0.25, 0.4][Math.floor(next() * 4)];
    const heating = 6 + 18 * compact + 0.03 * wall - 0.05 * roof + 2.1 * height + 20 * glazing + normal(next, 0, 1.2);
    const cooling = 10 + 14 * compact + 0.025 * wall - 0.03 * roof + 1.8 * height + 12 * glazing ** 1.5 + normal(next, 0, 1.4);
    rows.push([compact.toFixed(2), wall.toFixed(1), roof.toFixed(1), height, glazing, heating.toFixed(2), cooling.toFixed(2)]);
  }
  return rows;
}

const WEATHER_HEADER = ['temp_c', 'humidity_pct', 'pressure_hpa', 'wind_ms', 'rain_next_mm'];
/** The NetCDF default fill value for a missing float, as loggers write it. */
const NETCDF_FILL = '9.96921e+36';

function weatherRows(count: number): Row[] {
  const next = rng(9090);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const temp = normal(next, 14, 7);
    const humidity = clamp(normal(next, 72, 14), 20, 100);
    const pressure = normal(next, 1013, 9);
    const wind = Math.abs(normal(next, 4, 2.5));
    const rain = Math.max(0, 0.12 * (humidity - 65) - 0.35 * (pressure - 1013) + 0.3 * wind + normal(next, 0, 1.5));
    const missing = i % 37 === 11;
    rows.push([temp.toFixed(1), missing ? NETCDF_FILL : humidity.toFixed(1), pressure.toFixed(1), wind.toFixed(1), rain.toFixed(1)]);
  }
  return rows;
}

function write(file: string, header: string[], rows: Row[], separator = ','): void {
  const cell = (value: string | number) => (separator === ';' ? String(value).replace('.', ',') : String(value));
  const lines = [header.join(separator), ...rows.map((r) => r.map(cell).join(separator))];
  fs.writeFileSync(path.join(__dirname, file), lines.join('\n') + '\n');
  console.log(`wrote ${file}: ${rows.length} rows`);
}

function main(): void {
  const apartments = apartmentRows(300);
  write('apartments.csv', APARTMENT_HEADER, apartments);
  write('apartments-excel-de.csv', APARTMENT_HEADER, apartments, ';');
  const loans = loanRows(420);
  write('loans.csv', LOAN_HEADER, loans);
  write('loans-na.csv', LOAN_HEADER, loans.map((r, i) => (i % 23 === 5 ? ['NA', ...r.slice(1)] : r)));
  write('wine.csv', WINE_HEADER, wineRows(360));
  write('energy.csv', ENERGY_HEADER, energyRows(280));
  write('weather.csv', WEATHER_HEADER, weatherRows(240));
}

main();
