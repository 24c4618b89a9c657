/**
 * Writes the CSVs of the fifty-second blind fault set (theme: transport, traffic, mobility and
 * telecom networks). Seeded, so every run writes the same files:
 *   npx tsx test/faults-blind52/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows, ${header.length} columns`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** Rush-hour intensity 0..1 (peaks at 8:00 and 17:30). */
const rush = (h: number) => Math.exp(-((h - 8) ** 2) / 3) + Math.exp(-((h - 17.5) ** 2) / 3);

// ---- travel.csv: travel time in minutes of urban car trips -------------------------------------
{
  const next = rng(5201);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const tripId = 4_100_000 + i * 13 + Math.floor(next() * 11);
    const distance = clamp(Math.exp(normal(next, 2.0, 0.6)), 0.8, 45);
    const hour = Math.floor(next() * 24);
    const rain = next() < 0.7 ? 0 : Math.exp(normal(next, 0.5, 0.9));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const peak = weekend ? 0.3 * rush(hour) : rush(hour);
    const minutes = 3 + distance * 1.5 * (1 + 0.9 * peak) + 0.9 * Math.min(rain, 15) + normal(next, 0, 2);
    const bins = [hour < 6 || hour >= 22, hour >= 6 && hour < 10, hour >= 10 && hour < 15, hour >= 15 && hour < 19, hour >= 19 && hour < 22].map((b) => (b ? 1 : 0));
    rows.push([tripId, r2(distance), hour, ...bins, r2(rain), weekend, 3, r2(Math.max(2, minutes))]);
  }
  write('travel.csv', ['trip_id', 'distance_km', 'hour', 'h_night', 'h_am_peak', 'h_midday', 'h_pm_peak', 'h_evening', 'rain_mm', 'weekend', 'zone', 'travel_min'], rows);
}

// ---- bikes.csv: bike-share rentals per hour at one station (zero-heavy at night) ---------------
{
  const next = rng(5202);
  const rows: (string | number)[][] = [];
  const start = 1_704_067_200; // 2024-01-01 00:00 UTC
  for (let i = 0; i < 520; i++) {
    const hour = i % 24;
    const day = Math.floor(i / 24);
    const workday = day % 7 < 5 ? 1 : 0;
    const temp = 12 + 8 * Math.sin((day / 30) * Math.PI) + normal(next, 0, 4);
    const humidity = clamp(normal(next, 65, 15), 20, 100);
    const wind = Math.abs(normal(next, 12, 7));
    const daylight = hour >= 6 && hour <= 22 ? 1 : 0.05;
    const shape = workday ? 0.15 + 1.6 * rush(hour) : 0.3 + 0.9 * Math.exp(-((hour - 14) ** 2) / 12);
    const rate = daylight * shape * 55 * clamp(1 + (temp - 12) / 20, 0.2, 2) * (humidity > 85 ? 0.4 : 1) * clamp(1 - wind / 60, 0.3, 1);
    const count = Math.max(0, Math.round(rate + normal(next, 0, Math.sqrt(rate + 0.25))));
    rows.push([start + i * 3600, hour, workday, r2(temp), r2(humidity), r2(wind), count, r3(Math.log1p(count))]);
  }
  write('bikes.csv', ['timestamp', 'hour', 'workday', 'temp_c', 'humidity', 'wind_kmh', 'rentals', 'log_rentals'], rows);
}

// ---- delays.csv: regional trains, delayed (>5 min) or not, ~10% delayed ------------------------
function delayRows(seed: number, n: number): (string | number)[][] {
  const next = rng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const trainNo = 18_000 + Math.floor(next() * 900);
    const dep = 1_711_929_600 + Math.floor(next() * 86400 * 60);
    const distance = clamp(normal(next, 120, 60), 15, 400);
    const stops = Math.max(1, Math.round(distance / 25 + normal(next, 0, 1.5)));
    const hour = Math.floor(next() * 19) + 5;
    const precip = next() < 0.75 ? 0 : Math.exp(normal(next, 0.8, 0.8));
    const load = clamp(normal(next, 0.55 + 0.3 * rush(hour), 0.15), 0.05, 1.2);
    const track = next() < 0.12 ? 1 : 0;
    const score = -4.6 + 0.014 * (distance - 120) + 0.2 * (stops - 5) + 0.6 * Math.min(precip, 8) + 4.5 * (load - 0.6) + 3.5 * track;
    const delayed = next() < sigmoid(score) ? 1 : 0;
    rows.push([trainNo, dep, r2(distance), stops, hour, r2(precip), r3(load), track, delayed]);
  }
  return rows;
}
const delayHeader = ['train_no', 'departure_ts', 'distance_km', 'stops', 'hour', 'precip_mm', 'load_factor', 'track_works', 'delayed'];
{
  const rows = delayRows(5203, 600);
  write('delays.csv', delayHeader, rows);
  // The same table exported from the operator's BI tool: missing sensor readings came out as "NA".
  const next = rng(52031);
  const gaps = rows.slice(0, 300).map((r) => r.map((c, j) => ((j === 5 || j === 6) && next() < 0.06 ? 'NA' : c)));
  write('delays-export.csv', delayHeader, gaps);
}

// ---- vehicles.csv: weigh-in-motion station, vehicle class from axles, length, weight ------------
{
  const next = rng(5204);
  const rows: (string | number)[][] = [];
  const kinds = ['car', 'van', 'truck', 'bus'];
  for (let i = 0; i < 440; i++) {
    const k = Math.floor(next() * 4);
    const kind = kinds[k];
    const axles = kind === 'truck' ? 2 + Math.floor(next() * 4) + (next() < 0.5 ? 1 : 0) : kind === 'bus' ? (next() < 0.8 ? 2 : 3) : 2;
    const length = kind === 'car' ? normal(next, 4.4, 0.35) : kind === 'van' ? normal(next, 5.6, 0.5) : kind === 'truck' ? normal(next, 12 + axles, 2.5) : normal(next, 12.2, 1.2);
    const weight = kind === 'car' ? normal(next, 1450, 250) : kind === 'van' ? normal(next, 2900, 500) : kind === 'truck' ? normal(next, 7000 * axles, 5000) : normal(next, 15500, 2200);
    const height = kind === 'car' ? normal(next, 1.5, 0.1) : kind === 'van' ? normal(next, 2.3, 0.25) : kind === 'truck' ? normal(next, 3.8, 0.3) : normal(next, 3.3, 0.2);
    const speed = clamp(normal(next, kind === 'truck' ? 82 : 105, 12), 40, 160);
    const plate = 1_000_000 + Math.floor(next() * 8_999_999);
    // 4% of classifications at the station were entered by hand and are wrong.
    const label = next() < 0.04 ? kinds[Math.floor(next() * 4)] : kind;
    rows.push([plate, axles, r2(length), Math.round(Math.max(700, weight)), r2(height), r2(speed), label]);
  }
  write('vehicles.csv', ['plate_no', 'axles', 'length_m', 'weight_kg', 'height_m', 'speed_kmh', 'vehicle_type'], rows);
}

// ---- fuel.csv: truck fuel consumption per 100 km from speed, load and slope ---------------------
{
  const next = rng(5205);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const speed = clamp(normal(next, 78, 14), 30, 110);
    const load = clamp(next() * 26000, 0, 26000);
    const slope = clamp(normal(next, 0, 2.5), -7, 7);
    const temp = normal(next, 14, 8);
    const fuel = 18 + 0.0025 * (speed - 60) ** 2 + 0.00055 * load + 3.2 * slope * (1 + load / 26000) + 0.06 * Math.abs(temp - 18) + normal(next, 0, 1.2);
    rows.push([r2(speed), Math.round(load), r2(slope), r2(temp), 1, r2(Math.max(3, fuel))]);
  }
  write('fuel.csv', ['speed_kmh', 'load_kg', 'slope_pct', 'ambient_c', 'engine_type', 'fuel_l100km'], rows);
}

// ---- taxi.csv: taxi fares ------------------------------------------------------------------------
{
  const next = rng(5206);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const tripId = 90_000_000 + i * 37 + Math.floor(next() * 30);
    const pickup = 1_717_200_000 + Math.floor(next() * 86400 * 30);
    const airport = next() < 0.12 ? 1 : 0;
    const distance = airport ? clamp(normal(next, 22, 5), 8, 40) : clamp(Math.exp(normal(next, 1.2, 0.7)), 0.4, 30);
    const hour = Math.floor(next() * 24);
    const speed = clamp(normal(next, 28 - 12 * rush(hour), 5), 6, 70);
    const duration = (distance / speed) * 60 + normal(next, 2, 1.2);
    const passengers = 1 + (next() < 0.3 ? 1 : 0) + (next() < 0.1 ? 2 : 0);
    const night = hour >= 22 || hour < 6 ? 1 : 0;
    const fare = (3.5 + 1.9 * distance + 0.35 * Math.max(1, duration)) * (night ? 1.2 : 1) + (airport ? 12 : 0) + normal(next, 0, 1.5);
    rows.push([tripId, pickup, r2(distance), r2(Math.max(1, duration)), passengers, hour, night, airport, r2(Math.max(4, fare))]);
  }
  write('taxi.csv', ['trip_id', 'pickup_ts', 'distance_km', 'duration_min', 'passengers', 'hour', 'night', 'airport', 'fare'], rows);
}

// ---- churn.csv: mobile subscribers who left within a quarter (~17%) -----------------------------
{
  const next = rng(5207);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const msisdn = 4_915_100_000_000 + Math.floor(next() * 9_000_000);
    const minutes = Math.max(0, normal(next, 310, 140));
    const dropped = Math.max(0, Math.round(Math.exp(normal(next, 0.8, 0.9)) - 1));
    const tenure = Math.max(1, Math.round(Math.exp(normal(next, 3, 0.9))));
    const dataGb = Math.max(0, Math.exp(normal(next, 1.4, 0.8)));
    const support = Math.max(0, Math.round(normal(next, 1 + 0.25 * dropped, 1.1)));
    const score = -2.2 + 0.5 * dropped - 0.045 * tenure + 1.0 * (support - 1) - 0.0028 * (minutes - 310);
    const churn = next() < sigmoid(score) ? 1 : 0;
    rows.push([msisdn, r2(minutes), dropped, tenure, r2(dataGb), support, 25, churn]);
  }
  write('churn.csv', ['msisdn', 'minutes_month', 'dropped_calls', 'tenure_months', 'data_gb', 'support_calls', 'plan_eur', 'churned'], rows);
}

// ---- latency.csv: round-trip latency of probe paths ----------------------------------------------
{
  const next = rng(5208);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const loss = clamp(Math.exp(normal(next, -5.5, 1.1)), 0, 0.08);
    const hops = Math.max(2, Math.round(normal(next, 11, 4)));
    const bw = clamp(Math.exp(normal(next, 4.2, 1.4)), 1, 1000);
    const util = clamp(normal(next, 0.5, 0.2), 0.02, 0.98);
    const rtt = 4 + 2.6 * hops + 40 / Math.sqrt(bw) + 900 * loss + 25 * util ** 4 / (1 - util + 0.05) + normal(next, 0, 3);
    rows.push([r4(loss), hops, r2(bw), r3(util), 1500, r2(Math.max(1, rtt))]);
  }
  write('latency.csv', ['packet_loss', 'hops', 'bandwidth_mbps', 'link_util', 'mtu', 'latency_ms'], rows);
}

// ---- congestion.csv: road segment state free / slow / jammed -------------------------------------
{
  const next = rng(5209);
  const rows: (string | number)[][] = [];
  const onehot: (string | number)[][] = [];
  for (let i = 0; i < 540; i++) {
    const segment = 2000 + Math.floor(next() * 300);
    const hour = Math.floor(next() * 24);
    const lanes = 1 + Math.floor(next() * 3);
    const flow = Math.max(0, normal(next, (8 + 30 * rush(hour)) * lanes, 6 * lanes));
    const occupancy = clamp((flow / (lanes * 40)) ** 1.5 * 0.8 + normal(next, 0, 0.05), 0, 0.98);
    const incident = next() < 0.07 ? 1 : 0;
    const speed = clamp(95 * (1 - occupancy) ** 1.3 - (incident ? 25 : 0) + normal(next, 0, 6), 3, 120);
    const level = speed > 65 ? 'free' : speed > 35 ? 'slow' : 'jammed';
    rows.push([segment, hour, lanes, r2(flow), r3(occupancy), incident, level]);
    onehot.push([hour, lanes, r2(flow), r3(occupancy), incident, level === 'free' ? 1 : 0, level === 'slow' ? 1 : 0, level === 'jammed' ? 1 : 0]);
  }
  write('congestion.csv', ['segment_id', 'hour', 'lanes', 'flow_veh_min', 'occupancy', 'incident', 'level'], rows);
  write('congestion-onehot.csv', ['hour', 'lanes', 'flow_veh_min', 'occupancy', 'incident', 'free', 'slow', 'jammed'], onehot);
}

// ---- fares-header-only.csv: an export that failed after writing the header -----------------------
write('taxi-march.csv', ['trip_id', 'pickup_ts', 'distance_km', 'duration_min', 'passengers', 'hour', 'night', 'airport', 'fare'], []);
