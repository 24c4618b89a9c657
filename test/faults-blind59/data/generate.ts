/**
 * Writes the CSVs of test/faults-blind59 (energy and utilities), seeded so every run gives the same
 * files: `npx tsx test/faults-blind59/data/generate.ts`. Each reading comes from a simple generative
 * rule so a small dense network can learn it; columns mix scales (watts next to angles and flags),
 * and carry IDs, epoch timestamps and a column constant at the site, as real exports do.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;
const fix = (x: number, digits: number) => Number(x.toFixed(digits));

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

/** Smart meters: half-hourly kWh with tariff band, temperature and weekday; next reading and a rare faulty-meter flag. */
function meters(): (number | string)[][] {
  const next = rng(5901);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 600; i++) {
    const meterId = 40010 + Math.floor(next() * 30);
    const slot = Math.floor(next() * 48);
    const hour = slot / 2;
    const day = Math.floor(next() * 60);
    const timestamp = 1704067200 + day * 86400 + slot * 1800;
    const weekday = (day + 1) % 7;
    const peak = hour >= 16 && hour < 20 ? 1 : 0;
    const offpeak = hour < 7 ? 1 : 0;
    const shoulder = 1 - peak - offpeak;
    const temp = normal(next, 8 + 6 * Math.sin((2 * Math.PI * (hour - 9)) / 24), 3);
    const weekend = weekday >= 5 ? 1 : 0;
    const kwhPrev = clamp(0.25 + 0.55 * peak + 0.12 * shoulder + 0.03 * Math.max(0, 14 - temp) + 0.1 * weekend + normal(next, 0, 0.08), 0.02, 5);
    const kwhNext = clamp(0.6 * kwhPrev + 0.1 + 0.3 * peak + 0.05 * shoulder + 0.015 * Math.max(0, 14 - temp) + normal(next, 0, 0.04), 0.01, 5);
    const faulty = next() < 0.04 ? 1 : 0;
    const zeroReads = faulty ? Math.round(clamp(normal(next, 9, 2.5), 3, 20)) : Math.round(clamp(normal(next, 1, 1), 0, 6));
    const voltDev = faulty ? fix(Math.abs(normal(next, 14, 5)), 2) : fix(Math.abs(normal(next, 3, 2)), 2);
    rows.push([meterId, timestamp, fix(hour, 1), weekday, peak, offpeak, shoulder, fix(temp, 1), fix(kwhPrev, 3), zeroReads, voltDev, 230, fix(kwhNext, 3), faulty]);
  }
  return rows;
}
const METER_HEADER = ['meter_id', 'timestamp', 'hour', 'weekday', 'tariff_peak', 'tariff_offpeak', 'tariff_shoulder', 'temp_c', 'kwh_prev', 'zero_reads', 'volt_dev', 'site_voltage', 'kwh_next', 'meter_fault'];

/** Rooftop solar: irradiance, panel temperature, tilt and hour to output in watts (a 5 kW array). */
function solar(): (number | string)[][] {
  const next = rng(5902);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 450; i++) {
    const siteId = 7 + Math.floor(next() * 5);
    const hour = 6 + next() * 13;
    const cloud = 0.3 + 0.7 * next();
    const irradiance = Math.max(0, 1000 * Math.sin((Math.PI * (hour - 6)) / 13) * cloud + normal(next, 0, 15));
    const air = normal(next, 20, 5);
    const panelTemp = air + 0.03 * irradiance + normal(next, 0, 1);
    const tilt = [15, 20, 25, 30, 35][Math.floor(next() * 5)];
    const output = Math.max(0, 5 * irradiance * (1 - 0.004 * (panelTemp - 25)) * (1 - 0.006 * Math.abs(tilt - 30)) + normal(next, 0, 40));
    const timestamp = 1717200000 + Math.floor(next() * 90) * 86400 + Math.floor(hour * 3600);
    rows.push([siteId, timestamp, fix(hour, 2), fix(irradiance, 1), fix(panelTemp, 1), fix(air, 1), tilt, fix(output, 1)]);
  }
  return rows;
}
const SOLAR_HEADER = ['site_id', 'timestamp', 'hour', 'irradiance_wm2', 'panel_temp_c', 'air_temp_c', 'tilt_deg', 'output_w'];

/** Wind turbines: SCADA readings to power in kW, and a fault state (normal / icing / yaw_error / bearing). */
function turbines(): (number | string)[][] {
  const next = rng(5903);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 480; i++) {
    const u = next();
    const state = u < 0.55 ? 'normal' : u < 0.7 ? 'icing' : u < 0.85 ? 'yaw_error' : 'bearing';
    const turbineId = 101 + Math.floor(next() * 8);
    const wind = 3 + next() * 19;
    const rpm = clamp(Math.min(16, 1.1 * wind) + normal(next, 0, 0.4), 0, 18);
    const pitch = Math.max(0, wind > 12 ? (wind - 12) * 2.2 : 1) + normal(next, 0, 0.3);
    const ambient = state === 'icing' ? normal(next, -5, 2.5) : normal(next, 9, 5);
    const yaw = state === 'yaw_error' ? 15 + next() * 20 : Math.abs(normal(next, 0, 3));
    const vibration = state === 'bearing' ? 6 + next() * 6 : 1 + next() * 2.5;
    const nacelle = ambient + 18 + (state === 'bearing' ? 12 : 0) + normal(next, 0, 2);
    let power = wind < 3.5 ? 0 : Math.min(2000, 2000 * ((wind - 3.5) / 9) ** 3);
    if (state === 'icing') power *= 0.6;
    if (state === 'yaw_error') power *= Math.cos((yaw * Math.PI) / 180) ** 2;
    power = Math.max(0, power + normal(next, 0, 25));
    rows.push([turbineId, fix(wind, 2), fix(rpm, 2), fix(pitch, 2), fix(nacelle, 1), fix(ambient, 1), fix(yaw, 1), fix(vibration, 2), fix(power, 1), state]);
  }
  return rows;
}
const TURBINE_HEADER = ['turbine_id', 'wind_speed_ms', 'rotor_rpm', 'pitch_deg', 'nacelle_temp_c', 'ambient_temp_c', 'yaw_misalign_deg', 'vibration_mms', 'power_kw', 'state'];

/** Grid load in MW from calendar and weather. */
function gridload(): (number | string)[][] {
  const next = rng(5904);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 520; i++) {
    const day = Math.floor(next() * 365);
    const hour = Math.floor(next() * 24);
    const timestamp = 1672531200 + day * 86400 + hour * 3600;
    const weekday = (day + 6) % 7;
    const month = 1 + Math.floor(day / 30.5);
    const temp = 12 - 10 * Math.cos((2 * Math.PI * (day - 15)) / 365) + normal(next, 0, 3);
    const holiday = next() < 0.05 ? 1 : 0;
    const weekend = weekday >= 5 ? 1 : 0;
    const daily = 220 * Math.exp(-(((hour - 18) / 3) ** 2)) + 150 * Math.exp(-(((hour - 9) / 3) ** 2)) - 120 * Math.exp(-(((hour - 3) / 3) ** 2));
    const load = 900 + daily + 9 * Math.abs(temp - 17) - 110 * weekend - 140 * holiday + normal(next, 0, 20);
    rows.push([timestamp, hour, weekday, month, fix(temp, 1), holiday, weekend, fix(load, 1)]);
  }
  return rows;
}
const GRID_HEADER = ['timestamp', 'hour', 'weekday', 'month', 'temp_c', 'holiday', 'weekend', 'load_mw'];

/** Water/gas network: pressure and flow per district meter; leak 0/1 (about 12%). */
function leaks(): (number | string)[][] {
  const next = rng(5905);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const zone = 1 + Math.floor(next() * 12);
    const leak = next() < 0.12 ? 1 : 0;
    const pressure = normal(next, 4.2 - (leak ? 0.5 : 0), 0.3);
    const flow = normal(next, 32 + (leak ? 6 : 0), 5);
    const nightFlow = Math.max(0, normal(next, 2.5 + (leak ? 4 : 0), 1.2));
    const drop = Math.max(0, normal(next, 0.15 + (leak ? 0.35 : 0), 0.1));
    const pipeAge = Math.floor(5 + next() * 60);
    rows.push([zone, fix(pressure, 3), fix(flow, 2), fix(nightFlow, 2), fix(drop, 3), pipeAge, leak]);
  }
  return rows;
}
const LEAK_HEADER = ['zone_id', 'pressure_bar', 'flow_lps', 'night_flow_lps', 'pressure_drop_bar', 'pipe_age_y', 'leak'];

/** Transformer dissolved-gas analysis (ppm) to a health grade 1-4. */
function transformers(): (number | string)[][] {
  const next = rng(5906);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const grade = 1 + Math.floor(next() * 4);
    const s = grade - 1 + normal(next, 0, 0.35);
    const h2 = Math.max(5, 30 * Math.exp(0.9 * s) + normal(next, 0, 10));
    const ch4 = Math.max(2, 15 * Math.exp(0.8 * s) + normal(next, 0, 6));
    const c2h2 = Math.max(0, 0.5 * Math.exp(1.1 * s) - 0.3 + normal(next, 0, 0.4));
    const c2h4 = Math.max(0, 8 * Math.exp(0.85 * s) + normal(next, 0, 4));
    const co = Math.max(50, 250 + 180 * s + normal(next, 0, 60));
    const moisture = Math.max(3, 10 + 4 * s + normal(next, 0, 3));
    const age = Math.floor(clamp(normal(next, 12 + 6 * s, 5), 1, 50));
    rows.push([fix(h2, 1), fix(ch4, 1), fix(c2h2, 2), fix(c2h4, 1), fix(co, 0), fix(moisture, 1), age, grade]);
  }
  return rows;
}
const TRANSFORMER_HEADER = ['h2_ppm', 'ch4_ppm', 'c2h2_ppm', 'c2h4_ppm', 'co_ppm', 'moisture_ppm', 'age_years', 'grade'];

const meterRows = meters();
write('meters.csv', METER_HEADER, meterRows);
// The same export with the gaps a meter head-end leaves: "NA" and empty readings.
write('meters-gaps.csv', METER_HEADER, meterRows.map((r, i) => (i % 37 === 5 ? r.map((c, j) => (j === 8 ? 'NA' : c)) : i % 53 === 11 ? r.map((c, j) => (j === 7 ? '' : c)) : r)));
const solarRows = solar();
write('solar.csv', SOLAR_HEADER, solarRows);
// An inverter log export with units pasted into the cells.
write('solar-units.csv', SOLAR_HEADER, solarRows.map((r) => r.map((c, j) => (j === 3 ? `${c} W/m2` : c))));
const turbineRows = turbines();
write('turbines.csv', TURBINE_HEADER, turbineRows);
// A commissioning sheet: only the first three readings of a new turbine.
write('turbines-commissioning.csv', TURBINE_HEADER, turbineRows.slice(0, 3));
write('gridload.csv', GRID_HEADER, gridload());
write('leaks.csv', LEAK_HEADER, leaks());
write('transformers.csv', TRANSFORMER_HEADER, transformers());
console.log('wrote', fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).join(' '));
