/**
 * Writes the CSVs of test/faults-blind54 (theme: physics, engineering and science formulas), seeded so
 * every run gives the same files: `npx tsx test/faults-blind54/data/generate.ts`.
 * Each table is tabulated from a known law with measurement noise, in the units a lab or an engineer
 * would log (m/s, degrees, kelvin, mm, pascals, ohms, microfarads, hertz...), so scales mix wildly,
 * some targets are tiny or huge, some columns are derived from others and some are constant in a run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;
const G = 9.81;

type Row = Record<string, number | string>;

function num(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-3) return x.toExponential(5);
  return String(Number(x.toPrecision(6)));
}

function write(name: string, rows: Row[], columns?: string[], sep = ',', fmt: (v: number | string) => string = (v) => (typeof v === 'number' ? num(v) : v)): void {
  const cols = columns ?? Object.keys(rows[0]);
  const text = [cols.join(sep), ...rows.map((r) => cols.map((c) => fmt(r[c])).join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows, ${cols.length} columns`);
}

const uniform = (next: () => number, lo: number, hi: number) => lo + (hi - lo) * next();
const logUniform = (next: () => number, lo: number, hi: number) => Math.exp(uniform(next, Math.log(lo), Math.log(hi)));
const pick = <T>(next: () => number, xs: T[]) => xs[Math.floor(next() * xs.length)];

// 1. Projectile range and apex height (no air resistance), launch speed in m/s and angle in degrees.
function projectile(): Row[] {
  const r = rng(5401);
  const rows: Row[] = [];
  for (let i = 0; i < 400; i++) {
    const v = uniform(r, 5, 40), deg = uniform(r, 10, 80), th = (deg * Math.PI) / 180;
    const mass = uniform(r, 0.1, 2);
    const range = ((v * v * Math.sin(2 * th)) / G) * (1 + normal(r, 0, 0.03));
    const apex = ((v * v * Math.sin(th) ** 2) / (2 * G)) * (1 + normal(r, 0, 0.03));
    rows.push({ trial: i + 1, v0_m_s: v, angle_deg: deg, g_m_s2: G, mass_kg: mass, range_m: Math.max(0, range), apex_m: Math.max(0, apex) });
  }
  return rows;
}

// 2. Pendulum period from length, with the large-amplitude correction; mass is irrelevant.
function pendulum(): Row[] {
  const r = rng(5402);
  const rows: Row[] = [];
  for (let i = 0; i < 240; i++) {
    const L = uniform(r, 0.2, 2.0), amp = uniform(r, 2, 40), mass = uniform(r, 50, 500);
    const th = (amp * Math.PI) / 180;
    const T = 2 * Math.PI * Math.sqrt(L / G) * (1 + (th * th) / 16) + normal(r, 0, 0.01);
    rows.push({ length_m: L, amplitude_deg: amp, bob_mass_g: mass, period_s: T });
  }
  return rows;
}

// 3. Conductive heat loss through a wall: Q = k A dT / d, thickness in mm, dT in kelvin.
function heatloss(): Row[] {
  const r = rng(5403);
  const materials: [string, number][] = [['foam', 0.035], ['mineral_wool', 0.04], ['timber', 0.13], ['brick', 0.6], ['concrete', 1.4]];
  const rows: Row[] = [];
  for (let i = 0; i < 360; i++) {
    const [mat, k0] = pick(r, materials);
    const k = k0 * (1 + normal(r, 0, 0.03));
    const A = uniform(r, 2, 25), dT = uniform(r, 5, 45), mm = uniform(r, 40, 300);
    const Q = ((k * A * dT) / (mm / 1000)) * (1 + normal(r, 0, 0.05));
    rows.push({ material: mat, conductivity_W_mK: k, area_m2: A, delta_T_K: dT, thickness_mm: mm, heat_loss_W: Q, heat_loss_kW: Q / 1000 });
  }
  return rows;
}

// 4. Cantilever tip deflection: F L^3 / (3 E I), E in pascals, section in mm, plus a serviceability check.
function beam(): Row[] {
  const r = rng(5404);
  const materials: [string, number][] = [['pine', 1.1e10], ['oak', 1.2e10], ['aluminium', 6.9e10], ['titanium', 1.1e11], ['steel', 2.0e11]];
  const rows: Row[] = [];
  for (let i = 0; i < 320; i++) {
    const [mat, E0] = pick(r, materials);
    const E = E0 * (1 + normal(r, 0, 0.04));
    const L = uniform(r, 0.5, 3), F = uniform(r, 100, 4000), w = uniform(r, 30, 120), h = uniform(r, 80, 300);
    const I = ((w / 1000) * (h / 1000) ** 3) / 12;
    const d = ((F * L ** 3) / (3 * E * I)) * (1 + normal(r, 0, 0.04));
    const ok = (d < L / 180 ? 1 : 0) ^ (r() < 0.03 ? 1 : 0); // 3% logged wrongly
    rows.push({ material: mat, youngs_modulus_Pa: E, length_m: L, load_N: F, width_mm: w, height_mm: h, second_moment_m4: I, deflection_m: d, deflection_mm: d * 1000, serviceable: ok });
  }
  return rows;
}

// 5. RC low-pass filter: gain and phase from R (ohm), C (uF), f (Hz), with derived log columns.
function rcFilter(): Row[] {
  const r = rng(5405);
  const rows: Row[] = [];
  for (let i = 0; i < 420; i++) {
    const R = logUniform(r, 100, 1e5), CuF = logUniform(r, 0.01, 10), f = logUniform(r, 10, 1e5);
    const x = 2 * Math.PI * f * R * CuF * 1e-6;
    const gain = clamp(1 / Math.sqrt(1 + x * x) + normal(r, 0, 0.01), 0, 1.05);
    const phase = (-Math.atan(x) * 180) / Math.PI + normal(r, 0, 0.5);
    const cutoff = 1 / (2 * Math.PI * R * CuF * 1e-6);
    rows.push({
      resistance_ohm: R, capacitance_uF: CuF, frequency_Hz: f, log10_frequency: Math.log10(f), log10_cutoff_Hz: Math.log10(cutoff),
      gain, phase_deg: phase, band: (gain >= Math.SQRT1_2) !== (r() < 0.03) ? 'pass' : 'stop', // 3% logged wrongly
    });
  }
  return rows;
}

// 6. Arrhenius reaction rates: k = A exp(-Ea / (R T)), A constant in the run, rates over ~19 decades.
function arrhenius(): Row[] {
  const r = rng(5406);
  const rows: Row[] = [];
  for (let i = 0; i < 300; i++) {
    const T = uniform(r, 300, 600), Ea = uniform(r, 40, 110), A = 1e10;
    const k = A * Math.exp((-Ea * 1000) / (8.314 * T)) * Math.exp(normal(r, 0, 0.05));
    rows.push({ temperature_K: T, inverse_T: 1 / T, activation_energy_kJ_mol: Ea, pre_exponential_s: A, rate_s: k, log10_rate: Math.log10(k), fast: (k > 1e-2) !== (r() < 0.03) ? 1 : 0 }); // 3% logged wrongly
  }
  return rows;
}

// 7. Orbital periods (Kepler's third law), distances in metres and AU, masses in kg and solar masses.
function orbits(): Row[] {
  const r = rng(5407);
  const rows: Row[] = [];
  for (let i = 0; i < 260; i++) {
    const au = logUniform(r, 0.1, 40), ms = uniform(r, 0.3, 3);
    const days = ((365.25 * au ** 1.5) / Math.sqrt(ms)) * (1 + normal(r, 0, 0.01));
    rows.push({ semi_major_axis_AU: au, semi_major_axis_m: au * 1.496e11, star_mass_solar: ms, star_mass_kg: ms * 1.989e30, period_days: days, period_s: days * 86400, period_years: days / 365.25, log10_a_AU: Math.log10(au), log10_period_days: Math.log10(days) });
  }
  return rows;
}

// 8. Aerodynamic drag F = 0.5 rho v^2 Cd A, density constant (sea-level wind tunnel).
function drag(): Row[] {
  const r = rng(5408);
  const rows: Row[] = [];
  for (let i = 0; i < 320; i++) {
    const v = uniform(r, 2, 60), A = uniform(r, 0.2, 3), Cd = uniform(r, 0.25, 1.2), rho = 1.225;
    const F = 0.5 * rho * v * v * Cd * A * (1 + normal(r, 0, 0.04));
    rows.push({ run: 7, velocity_m_s: v, frontal_area_m2: A, drag_coefficient: Cd, air_density_kg_m3: rho, dynamic_pressure_Pa: 0.5 * rho * v * v, drag_N: F });
  }
  return rows;
}

// 9. Pipe-flow regime from velocity, diameter and kinematic viscosity (Reynolds number), 3 string classes.
function flow(): Row[] {
  const r = rng(5409);
  const fluids: [string, number][] = [['water', 1.0e-6], ['air', 1.5e-5], ['light_oil', 1.0e-4]];
  const rows: Row[] = [];
  for (let i = 0; i < 480; i++) {
    const [fluid, nu0] = pick(r, fluids);
    const nu = nu0 * (1 + normal(r, 0, 0.05));
    // Draw the target Reynolds number log-uniformly around the transition so the three regimes are all present.
    const logRe = uniform(r, 2.6, 4.4);
    const D = logUniform(r, 0.005, 0.3);
    const v = (10 ** logRe * nu) / D;
    const Re = (v * D) / nu;
    const seen = Re * Math.exp(normal(r, 0, 0.08)); // transition depends on pipe roughness and disturbances
    const regime = seen < 2300 ? 'laminar' : seen < 4000 ? 'transitional' : 'turbulent';
    rows.push({ fluid, velocity_m_s: v, diameter_m: D, kinematic_viscosity_m2_s: nu, reynolds: Re, log10_reynolds: Math.log10(Re), regime });
  }
  return rows;
}

// 10. Tensile proof test: pass / fail from load, section, yield strength and temperature.
function stress(): Row[] {
  const r = rng(5410);
  const grades: [string, number][] = [['S235', 235], ['S275', 275], ['S355', 355], ['AL6061', 276], ['S460', 460]];
  const rows: Row[] = [];
  for (let i = 0; i < 420; i++) {
    const [grade, fy] = pick(r, grades);
    const area = uniform(r, 60, 400), tempC = uniform(r, 20, 450);
    const load = uniform(r, 10, 160);
    const s = (load * 1000) / area;
    const strength = fy * (1 - 0.0009 * (tempC - 20)) * (1 + normal(r, 0, 0.05));
    rows.push({ rig: 2, grade, load_kN: load, area_mm2: area, stress_MPa: s, yield_MPa: fy, temperature_C: tempC, result: (s < strength) !== (r() < 0.03) ? 'pass' : 'fail' }); // 3% logged wrongly
  }
  return rows;
}

// 11. Phase of water (solid / liquid / gas) from temperature in kelvin and pressure in pascals.
function phase(): Row[] {
  const r = rng(5411);
  const rows: Row[] = [];
  const Tt = 273.16, Pt = 611.657;
  for (let i = 0; i < 480; i++) {
    const T = uniform(r, 220, 480), P = logUniform(r, 50, 5e6);
    const vapour = T >= Tt ? Pt * Math.exp(4895 * (1 / Tt - 1 / T)) : Pt * Math.exp(6134 * (1 / Tt - 1 / T));
    const Tmelt = 273.15 - 7.4e-8 * (P - 101325);
    let ph: string;
    if (P * Math.exp(normal(r, 0, 0.1)) < vapour) ph = 'gas';
    else if (T + normal(r, 0, 1.5) < Tmelt) ph = 'solid';
    else ph = 'liquid';
    rows.push({ temperature_K: T, pressure_Pa: P, log10_pressure: Math.log10(P), phase: ph });
  }
  return rows;
}

const proj = projectile();
write('projectile.csv', proj);
write('pendulum.csv', pendulum());
write('heatloss.csv', heatloss());
write('beam.csv', beam());
write('rc-filter.csv', rcFilter());
write('arrhenius.csv', arrhenius());
write('orbits.csv', orbits());
write('drag.csv', drag());
write('flow.csv', flow());
write('stress.csv', stress());
write('phase.csv', phase());

// Data-error material, as a lab would actually hand it over.
// (a) the projectile log typed from a notebook, units written into the cells of a few rows.
{
  const rows = proj.slice(0, 120).map((row, i) => (i % 17 === 5 ? { ...row, v0_m_s: `${num(row.v0_m_s as number)} m/s` } : row));
  write('projectile-notebook.csv', rows);
}
// (b) a pendulum run exported by a European-locale spreadsheet: semicolons and decimal commas.
{
  const rows = pendulum().slice(0, 60);
  write('pendulum-locale.csv', rows, undefined, ';', (v) => (typeof v === 'number' ? num(v).replace('.', ',') : v));
}
// (c) the first morning's drag runs: three rows only.
write('drag-pilot.csv', drag().slice(0, 3));
// (d) a flow log where the sensor dropped out: blank and "NaN" cells in the velocity column.
{
  const rows = flow().slice(0, 200).map((row, i) => (i % 23 === 4 ? { ...row, velocity_m_s: i % 2 ? '' : 'NaN' } : row));
  write('flow-dropouts.csv', rows);
}
