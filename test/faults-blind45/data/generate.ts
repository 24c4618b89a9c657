/**
 * Writes the CSVs of test/faults-blind45 (robotics, physics and control), seeded so every run gives
 * the same files: `npx tsx test/faults-blind45/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const DEG = Math.PI / 180;
const G = 9.81;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.map((v) => (typeof v === 'number' ? fmt(v) : v)).join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows, ${header.length} columns`);
}

function fmt(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

const uni = (next: () => number, lo: number, hi: number) => lo + (hi - lo) * next();

/** 2-joint planar arm: shoulder angle in degrees, elbow in radians, end effector in mm (and m). */
function arm2(): void {
  const r = rng(4501);
  const L1 = 320, L2 = 250;
  const rows: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const t1d = uni(r, -90, 90), t2 = uni(r, 0.2, 2.6);
    const t1 = t1d * DEG;
    const x = L1 * Math.cos(t1) + L2 * Math.cos(t1 + t2) + normal(r, 0, 1);
    const y = L1 * Math.sin(t1) + L2 * Math.sin(t1 + t2) + normal(r, 0, 1);
    rows.push([t1d, t2, Math.sin(t1), Math.cos(t1), Math.sin(t2), Math.cos(t2), x, y, x / 1000, y / 1000]);
  }
  write('arm2.csv', ['theta1_deg', 'theta2_rad', 'sin_t1', 'cos_t1', 'sin_t2', 'cos_t2', 'x_mm', 'y_mm', 'x_m', 'y_m'], rows);
}

/** 3-joint planar arm in radians/degrees: end effector in m, its orientation wrapped to (-180, 180], and a reach zone. */
function arm3(): void {
  const r = rng(4502);
  const L = [0.3, 0.25, 0.15];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 500; i++) {
    const q1 = uni(r, -Math.PI / 2, Math.PI / 2), q2 = uni(r, -2, 2), q3d = uni(r, -120, 120);
    const q3 = q3d * DEG;
    const a1 = q1, a2 = q1 + q2, a3 = q1 + q2 + q3;
    const x = L[0] * Math.cos(a1) + L[1] * Math.cos(a2) + L[2] * Math.cos(a3) + normal(r, 0, 0.002);
    const y = L[0] * Math.sin(a1) + L[1] * Math.sin(a2) + L[2] * Math.sin(a3) + normal(r, 0, 0.002);
    let phi = (a3 / DEG) % 360;
    if (phi > 180) phi -= 360;
    if (phi <= -180) phi += 360;
    const reach = Math.hypot(x, y);
    const zone = reach < 0.38 ? 'near' : reach < 0.56 ? 'mid' : 'far';
    rows.push([q1, q2, q3d, x, y, phi, reach, zone]);
  }
  write('arm3.csv', ['q1_rad', 'q2_rad', 'q3_deg', 'ee_x_m', 'ee_y_m', 'ee_phi_deg', 'reach_m', 'zone'], rows);
}

/** Inverse kinematics of the 2-joint arm (elbow-up branch): position in m to joint angles. */
function ik2(): void {
  const r = rng(4503);
  const L1 = 0.32, L2 = 0.25;
  const rows: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const t1d = uni(r, -80, 80), t2 = uni(r, 0.3, 2.5);
    const t1 = t1d * DEG;
    const x = L1 * Math.cos(t1) + L2 * Math.cos(t1 + t2) + normal(r, 0, 0.001);
    const y = L1 * Math.sin(t1) + L2 * Math.sin(t1 + t2) + normal(r, 0, 0.001);
    rows.push([x, y, Math.hypot(x, y), t1d, t2]);
  }
  write('ik2.csv', ['x_m', 'y_m', 'r_m', 'theta1_deg', 'theta2_rad'], rows);
}

/** Projectile on flat ground with a little drag: speed and launch angle to range, flight time, apex, and a hit band. */
function projectile(): void {
  const r = rng(4504);
  const rows: number[][] = [];
  for (let i = 0; i < 420; i++) {
    const v = uni(r, 5, 45), ad = uni(r, 10, 80), m = uni(r, 0.05, 2);
    const a = ad * DEG;
    const drag = 1 - 0.0025 * v * (1 + normal(r, 0, 0.1));
    const range = ((v * v * Math.sin(2 * a)) / G) * drag;
    const time = ((2 * v * Math.sin(a)) / G) * (1 - 0.001 * v);
    const apex = ((v * v * Math.sin(a) ** 2) / (2 * G)) * drag;
    const hit = range > 40 && range < 90 ? 1 : 0;
    rows.push([v, ad, m, range * (1 + normal(r, 0, 0.01)), time * (1 + normal(r, 0, 0.01)), apex, hit]);
  }
  write('projectile.csv', ['speed_mps', 'angle_deg', 'mass_kg', 'range_m', 'flight_time_s', 'apex_m', 'hit'], rows);
}

/** Pendulum period with the large-amplitude correction; mass is irrelevant. */
function pendulum(): void {
  const r = rng(4505);
  const rows: number[][] = [];
  for (let i = 0; i < 300; i++) {
    const len = uni(r, 0.1, 2.0), ampd = uni(r, 5, 80), mass = uni(r, 50, 2000);
    const a = ampd * DEG;
    const period = 2 * Math.PI * Math.sqrt(len / G) * (1 + (a * a) / 16 + (11 * a ** 4) / 3072) * (1 + normal(r, 0, 0.005));
    rows.push([len, ampd, mass, period]);
  }
  write('pendulum.csv', ['length_m', 'amplitude_deg', 'mass_g', 'period_s'], rows);
}

/** DC motor: duty cycle and load to speed, current and winding temperature; overheat flag. */
function motorRows(seed: number, n: number): number[][] {
  const r = rng(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const duty = uni(r, 5, 100), load = uni(r, 0, 1.5), amb = uni(r, 10, 40);
    const rpm = Math.max(0, 3200 * (duty / 100) - 600 * load + normal(r, 0, 40));
    const current = 0.25 + 2.4 * load * (0.4 + 0.6 * duty / 100) + 0.008 * duty + normal(r, 0, 0.05);
    const temp = amb + 9 * current * current + 0.004 * rpm + normal(r, 0, 1.5);
    rows.push([duty, load, amb, rpm, current, temp, temp > 55 ? 1 : 0]);
  }
  return rows;
}
const MOTOR_HEADER = ['duty_pct', 'load_nm', 'ambient_c', 'speed_rpm', 'current_a', 'winding_temp_c', 'overheat'];

function motor(): void {
  write('motor.csv', MOTOR_HEADER, motorRows(4506, 500));
  // The same bench log as exported by the logger, with dropouts written as n/a and ERR.
  const r = rng(45061);
  const rows: (number | string)[][] = motorRows(45062, 300).map((row) => {
    const out: (number | string)[] = [...row];
    if (r() < 0.06) out[4] = 'n/a';
    if (r() < 0.03) out[3] = 'ERR';
    return out;
  });
  write('motor-log.csv', MOTOR_HEADER, rows);
}

/** IMU windows (accelerometer m/s², gyro deg/s) labelled with the activity. */
function imu(): void {
  const r = rng(4507);
  const classes: Record<string, number[]> = {
    // acc_mean, acc_std, gyro_mean, gyro_std, acc_peak, step_hz, pitch_deg
    still: [9.81, 0.08, 2, 1.5, 10.1, 0.0, 3],
    walk: [9.9, 1.6, 35, 22, 14.5, 1.8, 8],
    run: [10.4, 4.2, 110, 60, 24, 2.7, 14],
    stairs: [10.0, 2.1, 55, 30, 16.5, 1.4, 22],
  };
  const spread = [0.15, 0.5, 15, 9, 2.5, 0.25, 5];
  const rows: (number | string)[][] = [];
  const names = Object.keys(classes);
  for (let i = 0; i < 480; i++) {
    const c = names[i % names.length];
    const mu = classes[c];
    const f = mu.map((m, k) => Math.max(0, normal(r, m, spread[k])));
    rows.push([...f, c]);
  }
  write('imu.csv', ['acc_mean_ms2', 'acc_std_ms2', 'gyro_mean_dps', 'gyro_std_dps', 'acc_peak_ms2', 'step_freq_hz', 'pitch_deg', 'activity'], rows);
  // The first few windows of the pilot recording, which a spec pointed at by mistake.
  write('imu-pilot.csv', ['acc_mean_ms2', 'acc_std_ms2', 'gyro_mean_dps', 'gyro_std_dps', 'acc_peak_ms2', 'step_freq_hz', 'pitch_deg', 'activity'], rows.slice(0, 4));
}

/** Hand gestures from a wrist IMU, the label one-hot over four columns. */
function gestures(): void {
  const r = rng(4508);
  const g = ['circle', 'shake', 'swipe', 'tap'];
  const mu: Record<string, number[]> = {
    // ax, ay, az mean (m/s²), gx, gy, gz rms (deg/s), duration_ms
    circle: [0.5, 0.3, 9.6, 120, 140, 60, 900],
    shake: [0.2, 0.1, 9.8, 380, 80, 40, 600],
    swipe: [2.5, 0.4, 9.3, 60, 200, 30, 350],
    tap: [0.1, 0.2, 11.5, 30, 25, 15, 150],
  };
  const sd = [0.6, 0.6, 0.5, 45, 45, 20, 140];
  const rows: number[][] = [];
  for (let i = 0; i < 440; i++) {
    const c = g[i % 4];
    const f = mu[c].map((m, k) => normal(r, m, sd[k]));
    f[6] = Math.max(60, f[6]);
    rows.push([...f, ...g.map((name) => (name === c ? 1 : 0))]);
  }
  write('gestures.csv', ['ax_mean_ms2', 'ay_mean_ms2', 'az_mean_ms2', 'gx_rms_dps', 'gy_rms_dps', 'gz_rms_dps', 'duration_ms', 'g_circle', 'g_shake', 'g_swipe', 'g_tap'], rows);
}

/** Fall detection from a belt IMU: peak acceleration, peak rotation rate, impact and stillness, fall 0/1. */
function falls(): void {
  const r = rng(4509);
  const rows: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const peak = uni(r, 9, 38), gyro = uni(r, 20, 600), impact = uni(r, 20, 400), still = uni(r, 0, 6);
    const z = 0.35 * (peak - 22) + 0.006 * (gyro - 300) + 0.8 * (still - 2.5) - 0.004 * (impact - 200);
    const fall = r() < sigmoid(2 * z) ? 1 : 0;
    rows.push([peak, gyro, impact, still, fall]);
  }
  write('falls.csv', ['acc_peak_ms2', 'gyro_peak_dps', 'impact_ms', 'still_after_s', 'fall'], rows);
}

/** PID controller trace: error (deg), its integral (deg·s) and derivative (deg/s) to the output, saturated at ±100 %. */
function pid(): void {
  const r = rng(4510);
  const rows: number[][] = [];
  for (let i = 0; i < 500; i++) {
    const e = uni(r, -30, 30), integ = uni(r, -200, 200), d = uni(r, -400, 400);
    const u = clamp(2.8 * e + 0.18 * integ + 0.04 * d, -100, 100) + normal(r, 0, 1);
    rows.push([e, integ, d, u]);
  }
  write('pid.csv', ['error_deg', 'integral_deg_s', 'derivative_dps', 'u_pct'], rows);
}

/** Li-ion cell: voltage, current, temperature and cycle count to state of charge (percent and fraction). */
function battery(): void {
  const r = rng(4511);
  const rows: number[][] = [];
  for (let i = 0; i < 500; i++) {
    const soc = uni(r, 2, 100), temp = uni(r, -10, 45), current = uni(r, -5, 5), cycles = Math.floor(uni(r, 0, 1500));
    const s = soc / 100;
    const ocv = 3.3 + 0.55 * s + 0.3 * s ** 3 - 0.25 * Math.exp(-25 * s);
    const res = 0.045 * (1 + 0.02 * (25 - temp)) * (1 + cycles / 3000);
    const v = ocv - current * res + normal(r, 0, 0.005);
    rows.push([v, current, temp, cycles, soc, s]);
  }
  write('battery.csv', ['voltage_v', 'current_a', 'temp_c', 'cycle_count', 'soc_pct', 'soc_frac'], rows);
}

/** Centrifugal pump vibration features to the fault class. */
function pump(): void {
  const r = rng(4512);
  const mu: Record<string, number[]> = {
    // rms mm/s, kurtosis, peak Hz, crest, 2x harmonic ratio, bearing temp °C, flow l/min
    normal: [1.8, 3.1, 49, 3.0, 0.12, 48, 310],
    imbalance: [6.5, 3.3, 50, 3.2, 0.18, 52, 300],
    misalignment: [4.8, 3.6, 99, 3.5, 0.85, 55, 295],
    cavitation: [3.6, 5.5, 340, 5.0, 0.25, 50, 210],
    bearing: [3.2, 8.5, 160, 6.5, 0.3, 68, 300],
  };
  const sd = [0.9, 0.7, 12, 0.7, 0.15, 4, 22];
  const names = Object.keys(mu);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 500; i++) {
    const c = names[i % names.length];
    rows.push([...mu[c].map((m, k) => Math.max(0.01, normal(r, m, sd[k]))), c]);
  }
  write('pump.csv', ['rms_mm_s', 'kurtosis', 'peak_freq_hz', 'crest_factor', 'harmonic2_ratio', 'bearing_temp_c', 'flow_lpm', 'fault'], rows);
}

/** Magnetometer heading: field in µT (with a hard-iron offset) to heading in degrees and its sin/cos. */
function heading(): void {
  const r = rng(4513);
  const rows: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const h = uni(r, 0, 360);
    const mx = 22 * Math.cos(h * DEG) + 6 + normal(r, 0, 0.8);
    const my = -22 * Math.sin(h * DEG) - 3 + normal(r, 0, 0.8);
    const mz = -40 + normal(r, 0, 1);
    rows.push([mx, my, mz, h, Math.sin(h * DEG), Math.cos(h * DEG)]);
  }
  write('heading.csv', ['mx_ut', 'my_ut', 'mz_ut', 'heading_deg', 'heading_sin', 'heading_cos'], rows);
}

arm2();
arm3();
ik2();
projectile();
pendulum();
motor();
imu();
gestures();
falls();
pid();
battery();
pump();
heading();
