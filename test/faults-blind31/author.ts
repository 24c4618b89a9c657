/**
 * Writes the thirty-first blind fault set: the CSVs in data/ (seeded, measurement noise and flipped
 * labels) and every spec in faulty/ and healthy/. Run: `npx tsx test/faults-blind31/author.ts`.
 * Theme: function fitting and signal work (physical laws in 1-4 inputs) plus builtin sets.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, sigmoid } from '../faults/data-random';

const DIR = __dirname;
const r = rng(3131);
const u = (lo: number, hi: number) => lo + (hi - lo) * r();
const round = (x: number, d = 4) => Number(x.toFixed(d));

function writeCsv(name: string, header: string[], rows: (number | string)[][]): void {
  fs.writeFileSync(path.join(DIR, 'data', name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');
}

/** Pendulum period vs length and amplitude (large-angle correction), 1% timing noise. */
function pendulum(): void {
  const rows = Array.from({ length: 240 }, () => {
    const L = u(0.1, 2), amp = u(2, 40), th = (amp * Math.PI) / 180;
    const T = 2 * Math.PI * Math.sqrt(L / 9.81) * (1 + th * th / 16);
    return [round(L), round(amp, 2), round(T * (1 + normal(r, 0, 0.01)))];
  });
  writeCsv('pendulum.csv', ['length_m', 'amplitude_deg', 'period_s'], rows);
}

/** Aerodynamic drag F = ½ρv²CdA, 4 inputs of different scales, 3% noise. */
function drag(): void {
  const rows = Array.from({ length: 320 }, () => {
    const v = u(2, 40), A = u(0.3, 2.5), rho = u(1.0, 1.3), cd = u(0.25, 1.1);
    return [round(v, 2), round(A, 3), round(rho, 3), round(cd, 3), round(0.5 * rho * v * v * cd * A * (1 + normal(r, 0, 0.03)), 2)];
  });
  writeCsv('drag.csv', ['speed_ms', 'area_m2', 'air_density', 'drag_coeff', 'force_n'], rows);
}

/** NTC thermistor: temperature (°C) to resistance (kΩ) by the beta equation, 2% noise. */
function thermistor(): void {
  const rows = Array.from({ length: 160 }, () => {
    const t = u(-20, 110), R = 10 * Math.exp(3950 * (1 / (t + 273.15) - 1 / 298.15));
    return [round(t, 2), round(R * (1 + normal(r, 0, 0.02)), 4)];
  });
  writeCsv('thermistor.csv', ['temp_c', 'resistance_kohm'], rows);
}

/** RC low-pass gain in dB vs log10 frequency and log10 RC time constant, 0.3 dB noise. */
function rcFilter(): void {
  const rows = Array.from({ length: 280 }, () => {
    const lf = u(0, 5), lrc = u(-5, -2), w = 2 * Math.PI * 10 ** lf * 10 ** lrc;
    return [round(lf, 3), round(lrc, 3), round(-10 * Math.log10(1 + w * w) + normal(r, 0, 0.3), 3)];
  });
  writeCsv('rc_filter.csv', ['log10_freq_hz', 'log10_rc_s', 'gain_db'], rows);
}

/** Motor overheating (0/1) from current, ambient temperature, duty cycle and vibration; 7% flipped. */
function motor(): void {
  const rows = Array.from({ length: 300 }, () => {
    const amps = u(2, 30), amb = u(5, 45), duty = u(0.1, 1), vib = u(0.5, 8);
    const heat = 0.004 * amps * amps * duty + 0.06 * (amb - 25) + 0.15 * (vib - 3);
    let y = r() < sigmoid(3 * (heat - 1.2)) ? 1 : 0;
    if (r() < 0.07) y = 1 - y;
    return [round(amps, 2), round(amb, 1), round(duty, 3), round(vib, 2), y];
  });
  writeCsv('motor.csv', ['current_a', 'ambient_c', 'duty', 'vibration_mm_s', 'overheat'], rows);
}

/** Projectile range vs launch speed and angle, with the angle in degrees; 2% noise; one missing value (for the data-error spec). */
function projectile(): void {
  const rows: (number | string)[][] = Array.from({ length: 200 }, () => {
    const v = u(5, 30), a = u(10, 80);
    return [round(v, 2), round(a, 1), round((v * v * Math.sin((2 * a * Math.PI) / 180) / 9.81) * (1 + normal(r, 0, 0.02)), 3)];
  });
  writeCsv('projectile.csv', ['speed_ms', 'angle_deg', 'range_m'], rows);
  const gaps = rows.map((row) => [...row]);
  gaps[57][1] = '';
  gaps[133][2] = 'n/a';
  writeCsv('projectile-logged.csv', ['speed_ms', 'angle_deg', 'range_m'], gaps);
}

pendulum(); drag(); thermistor(); rcFilter(); motor(); projectile();
require('./specs');
