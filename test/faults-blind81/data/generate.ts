/**
 * Writes the CSVs of test/faults-blind81 (waste management and recycling), seeded so every run gives
 * the same files: `npx tsx test/faults-blind81/data/generate.ts`.
 *
 * - routes.csv: 420 collection routes: route id, depot id (constant: one depot), epoch timestamp,
 *   weekday, stops (skewed count), distance_km, fill_share, payload_kg (thousands); targets
 *   duration_min (regression) and overflow_risk (low/medium/high/critical) plus overflow_level (0-3).
 * - sorting.csv: 360 bales off a sorting line: bale id, line id (constant), belt_speed, nir_pet,
 *   nir_hdpe, contamination, throughput_tph; target purity (share, regression) and grade (A/B/C).
 * - gaswells.csv: 520 landfill gas well readings: well id, epoch, methane_share, pressure_pa
 *   (thousands), temperature_c, o2_share; target fire_risk 0/1 (rare, about 4%).
 * - compost.csv: 300 compost batch readings: batch id, epoch, day, moisture, cn_ratio, turns,
 *   volume_m3 (thousands); target temp_c (regression, rises then falls with the day).
 * - survey.csv: 330 household sorting surveys: household id, size, age, bin_distance_m (skewed),
 *   has_garden, leaflet, pickup_days; target sorting_quality (poor/fair/good).
 * - routes-gaps.csv: routes with NA and empty cells; depot-tiny.csv: 3 rows; survey-units.csv:
 *   distances written with their unit ("120 m") in some rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const dir = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(dir, name), text);
}

const r2 = (x: number, d = 2) => Number(x.toFixed(d));

function routes(): (string | number)[][] {
  const next = rng(8101);
  const rows: (string | number)[][] = [];
  const names = ['low', 'medium', 'high', 'critical'];
  for (let i = 0; i < 420; i++) {
    const weekday = Math.floor(next() * 6); // Mon..Sat
    const stops = Math.round(clamp(Math.exp(normal(next, 3.4, 0.45)), 8, 140));
    const distance = clamp(6 + stops * 0.35 + normal(next, 0, 3), 3, 90);
    const fill = clamp(0.25 + 0.6 * next() + (weekday === 0 ? 0.1 : 0), 0.2, 1);
    const payload = clamp(stops * fill * 95 + normal(next, 0, 250), 400, 16000);
    const duration = 25 + 2.1 * stops + 1.6 * distance + (weekday === 0 ? 18 : 0) + payload / 600 + normal(next, 0, 8);
    const score = 5 * (fill - 0.55) + (weekday === 0 ? 1 : 0) + (stops - 30) / 25 + normal(next, 0, 0.25);
    const level = score < -0.9 ? 0 : score < 0.3 ? 1 : score < 1.4 ? 2 : 3;
    rows.push([`R${1000 + i}`, 7, 1704067200 + i * 3600 * 7, weekday, stops, r2(distance, 1), r2(fill), Math.round(payload), r2(duration, 1), names[level], level]);
  }
  return rows;
}
const routeHeader = ['route_id', 'depot_id', 'timestamp', 'weekday', 'stops', 'distance_km', 'fill_share', 'payload_kg', 'duration_min', 'overflow_risk', 'overflow_level'];

function sorting(): (string | number)[][] {
  const next = rng(8102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const speed = 1.5 + 2 * next();
    const pet = next();
    const hdpe = clamp(1 - pet + normal(next, 0, 0.15), 0, 1);
    const contamination = clamp(Math.exp(normal(next, -2.6, 0.6)), 0.01, 0.4);
    const throughput = 4 + 10 * next();
    const purity = clamp(0.97 - 0.9 * contamination - 0.03 * (speed - 2.3) ** 2 - 0.004 * throughput + 0.02 * Math.abs(pet - hdpe) + normal(next, 0, 0.008), 0.5, 0.995);
    const grade = purity > 0.9 ? 'A' : purity > 0.84 ? 'B' : 'C';
    rows.push([`B${50000 + i}`, 2, r2(speed), r2(pet, 3), r2(hdpe, 3), r2(contamination, 3), r2(throughput), r2(purity, 4), grade]);
  }
  return rows;
}

function gaswells(): (string | number)[][] {
  const next = rng(8103);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const methane = clamp(normal(next, 0.5, 0.07), 0.25, 0.7);
    const pressure = clamp(normal(next, 101300 - 1500 * methane, 700), 98000, 104000) - 100000 + 2000; // gauge-ish Pa in the thousands
    const temperature = clamp(normal(next, 45, 7), 25, 80);
    const o2 = clamp(Math.exp(normal(next, -4.2, 0.55)), 0.002, 0.12);
    const z = (temperature - 55) / 3 + (o2 - 0.025) / 0.006 + normal(next, 0, 0.5);
    const fire = z > 1.2 ? 1 : 0;
    rows.push([`W${300 + (i % 40)}`, 1706745600 + i * 1800, r2(methane, 3), Math.round(pressure), r2(temperature, 1), r2(o2, 4), fire]);
  }
  return rows;
}

function compost(): (string | number)[][] {
  const next = rng(8104);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const day = 1 + Math.floor(next() * 40);
    const moisture = 40 + 30 * next();
    const cn = 15 + 25 * next();
    const turns = Math.floor(next() * 9);
    const volume = Math.round(200 + 2800 * next());
    const peak = Math.exp(-(((day - 12) / 8) ** 2));
    const temp = 22 + 42 * peak * (1 - Math.abs(moisture - 55) / 35) - 0.25 * Math.abs(cn - 28) + 0.7 * turns + normal(next, 0, 1.5);
    rows.push([`C${700 + i}`, 1709251200 + i * 43200, day, r2(moisture, 1), r2(cn, 1), turns, volume, r2(temp, 1)]);
  }
  return rows;
}

function survey(): (string | number)[][] {
  const next = rng(8105);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 330; i++) {
    const size = 1 + Math.floor(next() * 6);
    const age = Math.round(clamp(normal(next, 48, 15), 19, 90));
    const dist = Math.round(clamp(Math.exp(normal(next, 4, 0.8)), 5, 600));
    const garden = next() < 0.4 ? 1 : 0;
    const leaflet = next() < 0.5 ? 1 : 0;
    const pickup = next() < 0.5 ? 7 : 14;
    const score = 1.4 * leaflet + 0.03 * (age - 48) - 0.9 * Math.log(dist / 55) + 0.6 * garden - 0.15 * (size - 3) - (pickup === 14 ? 0.5 : 0) + normal(next, 0, 0.35);
    const quality = score < -0.4 ? 'poor' : score < 0.9 ? 'fair' : 'good';
    rows.push([`H${20000 + i}`, size, age, dist, garden, leaflet, pickup, quality]);
  }
  return rows;
}

const routeRows = routes();
write('routes.csv', routeHeader, routeRows);
write('sorting.csv', ['bale_id', 'line_id', 'belt_speed', 'nir_pet', 'nir_hdpe', 'contamination', 'throughput_tph', 'purity', 'grade'], sorting());
write('gaswells.csv', ['well_id', 'timestamp', 'methane_share', 'pressure_pa', 'temperature_c', 'o2_share', 'fire_risk'], gaswells());
write('compost.csv', ['batch_id', 'timestamp', 'day', 'moisture', 'cn_ratio', 'turns', 'volume_m3', 'temp_c'], compost());
const surveyRows = survey();
write('survey.csv', ['household_id', 'household_size', 'age', 'bin_distance_m', 'has_garden', 'leaflet', 'pickup_days', 'sorting_quality'], surveyRows);

// Broken files for the data-error faults.
const gapRows = routeRows.slice(0, 160).map((r, i) => {
  const copy = [...r];
  if (i % 23 === 5) copy[7] = 'NA';
  if (i % 31 === 9) copy[5] = '';
  return copy;
});
write('routes-gaps.csv', routeHeader, gapRows);
write('depot-tiny.csv', routeHeader, routeRows.slice(0, 3));
write('survey-units.csv', ['household_id', 'household_size', 'age', 'bin_distance_m', 'has_garden', 'leaflet', 'pickup_days', 'sorting_quality'],
  surveyRows.map((r, i) => (i % 17 === 3 ? [r[0], r[1], r[2], `${r[3]} m`, r[4], r[5], r[6], r[7]] : r)));
