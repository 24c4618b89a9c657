/**
 * Writes this set's CSVs (seeded, so the same every run): `npx tsx test/faults-blind22/data/generate.ts`.
 * sensor.csv: bearing-failure flag from raw telemetry (rpm in thousands, temperature, vibration mm/s,
 * hours since service), 8% flipped labels. energy.csv: daily building energy in kWh from outdoor
 * temperature, humidity, occupancy and floor area (m²), noise ~8% of the signal. species.csv: three
 * plant species (string labels) from five leaf measurements, 10% relabelled. Two broken exports
 * (energy-na.csv with "NA" cells, sensor-semicolon.csv written with ';') model common data mistakes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(here, name), rows.map((r) => r.join(',')).join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function sensor(): (string | number)[][] {
  const next = rng(2201);
  const rows: (string | number)[][] = [['rpm', 'temp_c', 'vibration', 'hours_since_service', 'failed']];
  for (let i = 0; i < 600; i++) {
    const rpm = clamp(normal(next, 2400, 500), 900, 4000), temp = normal(next, 55, 9);
    const vib = Math.abs(normal(next, 3, 1.4)), hours = Math.floor(next() * 3000);
    const z = 1.4 * (vib - 3) + 0.08 * (temp - 55) + 0.0009 * (hours - 1500) + 0.0008 * (rpm - 2400) - 1.2;
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([Math.round(rpm), r2(temp), r2(vib), hours, y]);
  }
  return rows;
}

function energy(): (string | number)[][] {
  const next = rng(2202);
  const rows: (string | number)[][] = [['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2', 'energy_kwh', 'energy_mwh']];
  for (let i = 0; i < 500; i++) {
    const t = normal(next, 12, 8), h = clamp(normal(next, 60, 15), 15, 100);
    const occ = Math.floor(next() * 200), area = Math.round(300 + next() * 2700);
    const signal = 0.35 * area + 4 * occ + 18 * Math.abs(t - 18) + 1.5 * h;
    const kwh = r2(signal * (1 + normal(next, 0, 0.08)));
    rows.push([r2(t), r2(h), occ, area, kwh, Math.round(kwh) / 1000]);
  }
  return rows;
}

function species(): (string | number)[][] {
  const next = rng(2203);
  const names = ['alder', 'birch', 'rowan'];
  const centres = [[6, 3.1, 0.8, 22, 4.5], [7.5, 2.4, 1.3, 30, 3.2], [5.2, 4.0, 1.0, 26, 5.8]];
  const rows: (string | number)[][] = [['leaf_len', 'leaf_width', 'petiole', 'vein_count', 'serration']];
  rows[0].push('species');
  for (let i = 0; i < 450; i++) {
    let k = i % 3;
    const c = centres[k];
    const feats = c.map((m, j) => r2(normal(next, m, j === 3 ? 4 : m * 0.15)));
    if (next() < 0.1) k = Math.floor(next() * 3);
    rows.push([...feats, names[k]]);
  }
  return rows;
}

const energyRows = energy();
write('sensor.csv', sensor());
write('energy.csv', energyRows);
write('species.csv', species());
write('energy-na.csv', energyRows.slice(0, 120).map((r, i) => (i === 37 || i === 88 ? [r[0], 'NA', r[2], r[3], r[4], r[5]] : r)));
fs.writeFileSync(path.join(here, 'sensor-semicolon.csv'), sensor().slice(0, 200).map((r) => r.join(';')).join('\n') + '\n');
