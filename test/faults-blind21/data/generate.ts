/**
 * Writes the blind21 CSVs (seeded, so every run gives the same files): `npx tsx test/faults-blind21/data/generate.ts`.
 * Theme: a tutorial adapted to one's own tabular or signal data, in raw units, small and noisy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const r = rng(2121);
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(__dirname, name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');
const round = (x: number, d: number) => Number(x.toFixed(d));

/** Bearing vibration: fault when RMS or kurtosis is high or the housing runs far from 55 °C (U-shaped); 7% flipped. */
function vibration(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const rms = clamp(normal(r, 0.5, 0.3), 0.03, 1.8), hz = clamp(normal(r, 180, 90), 15, 450);
    const kurt = clamp(normal(r, 4, 1.8), 2.2, 12), temp = clamp(normal(r, 55, 13), 20, 90);
    const z = 2.4 * (rms - 0.5) / 0.3 + 1.2 * (kurt - 4) / 1.8 + 1.6 * ((temp - 55) / 13) ** 2 - 1.6;
    let fault = r() < sigmoid(2 * z) ? 1 : 0;
    if (r() < 0.07) fault = 1 - fault;
    rows.push([round(rms, 3), round(hz, 1), round(kurt, 2), round(temp, 1), fault]);
  }
  return rows;
}

/** Household daily energy (kWh) from weather and house facts; noise sd 2 kWh. */
function energy(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const temp = round(normal(r, 12, 8), 1), occ = 1 + Math.floor(r() * 5), area = round(clamp(normal(r, 110, 45), 35, 260), 0);
    const ev = r() < 0.25 ? 1 : 0;
    const kwh = 4 + 0.07 * area + 2.2 * occ + 0.5 * Math.max(0, 16 - temp) + 0.3 * Math.max(0, temp - 24) ** 2 / 4 + 7 * ev + normal(r, 0, 2);
    rows.push([temp, occ, area, ev, round(kwh, 2)]);
  }
  return rows;
}

/** Phone accelerometer windows: sit / walk / run from raw sensor summaries; 8% relabelled at random. */
function activity(): (string | number)[][] {
  const names = ['sit', 'walk', 'run'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const k = Math.floor(r() * 3);
    const accStd = Math.abs(normal(r, [0.15, 2.2, 5.5][k], [0.1, 0.8, 1.5][k]));
    const stepHz = Math.max(0, normal(r, [0.1, 1.8, 2.8][k], [0.15, 0.3, 0.35][k]));
    const gyro = Math.abs(normal(r, [8, 70, 150][k], [6, 30, 45][k]));
    const accMean = normal(r, 9.81, [0.05, 0.4, 1.1][k]);
    const label = r() < 0.08 ? names[Math.floor(r() * 3)] : names[k];
    rows.push([round(accMean, 3), round(accStd, 3), round(gyro, 1), round(stepHz, 2), label]);
  }
  return rows;
}

/** A noisy two-tone signal in millivolts: predict the next sample from the last four. */
function lags(): (string | number)[][] {
  const series: number[] = [];
  for (let t = 0; t < 410; t++) series.push(60 * Math.sin(t / 6) + 25 * Math.sin(t / 2.3 + 1) + normal(r, 0, 6));
  const rows: (string | number)[][] = [];
  for (let t = 4; t < series.length; t++) rows.push([...series.slice(t - 4, t).map((v) => round(v, 2)), round(series[t], 2)]);
  return rows;
}

/** A small class survey: 90 students, pass from hours studied, attendance and a previous score; 10% noise. */
function exam(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 90; i++) {
    const hours = round(clamp(normal(r, 6, 3), 0, 15), 1), att = round(clamp(normal(r, 82, 12), 30, 100), 0), prev = round(clamp(normal(r, 62, 15), 10, 100), 0);
    let pass = r() < sigmoid(0.5 * (hours - 6) + 0.06 * (att - 82) + 0.07 * (prev - 62) + 0.6) ? 1 : 0;
    if (r() < 0.1) pass = 1 - pass;
    rows.push([hours, att, prev, pass]);
  }
  return rows;
}

const vib = vibration();
write('vibration.csv', ['rms_g', 'peak_hz', 'kurtosis', 'temp_c', 'fault'], vib);
// The same export as the plant historian gives it: a dropped reading written as "n/a" on one row.
write('vibration-export.csv', ['rms_g', 'peak_hz', 'kurtosis', 'temp_c', 'fault'], vib.map((row, i) => (i === 137 ? [row[0], 'n/a', row[2], row[3], row[4]] : row)));
write('energy.csv', ['temp_c', 'occupants', 'area_m2', 'ev_charger', 'kwh'], energy());
write('activity.csv', ['acc_mean', 'acc_std', 'gyro_std', 'step_hz', 'activity'], activity());
write('lags.csv', ['lag4', 'lag3', 'lag2', 'lag1', 'next_mv'], lags());
write('exam.csv', ['hours', 'attendance_pct', 'prev_score', 'passed'], exam());
