/**
 * Writes the CSVs of the sixty-first blind fault set (chemistry, materials science, process
 * engineering): `npx tsx test/faults-blind61/data/generate.ts`. Seeded, so every run gives the same files.
 * Each file comes from a simple generative rule a small dense network can learn.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** reactions.csv: batch reactor runs, yield in % and success (yield >= 50). Mixed scales, a run date, a constant lab id. */
function reactions(): (string | number)[][] {
  const next = rng(6101);
  const rows: (string | number)[][] = [];
  let date = 1_640_995_200; // 2022-01-01
  for (let i = 0; i < 420; i++) {
    date += Math.round(3600 * (4 + 40 * next()));
    const tempK = 320 + 120 * next();
    const pressureKPa = 100 + 800 * next();
    const catMg = 5 + 55 * next();
    const timeS = 60 + 3540 * next();
    const solvent = Math.floor(next() * 3);
    const solventFactor = [1.0, 0.85, 0.65][solvent];
    const f =
      sigmoid((tempK - 355) / 12) *
      (1 - Math.exp(-timeS / 600)) *
      (catMg / (catMg + 6)) *
      solventFactor *
      (0.85 + 0.15 * (pressureKPa / 900));
    const yieldPct = clamp(100 * f + normal(next, 0, 3), 0, 100);
    rows.push([
      10001 + i,
      date,
      r1(tempK),
      r1(pressureKPa),
      Math.round(pressureKPa * 1000),
      r1(catMg),
      Math.round(timeS),
      solvent === 0 ? 1 : 0,
      solvent === 1 ? 1 : 0,
      solvent === 2 ? 1 : 0,
      3,
      r1(yieldPct),
      yieldPct >= 50 ? 1 : 0,
    ]);
  }
  return rows;
}
const REACTION_HEADER = [
  'batch_id', 'run_date', 'temp_K', 'pressure_kPa', 'pressure_Pa', 'catalyst_mg', 'residence_s',
  'solv_water', 'solv_ethanol', 'solv_toluene', 'lab_id', 'yield_pct', 'success',
];

/** alloys.csv: steel compositions (weight fractions summing to 1), heat treatment, hardness (HV) and tensile strength (MPa). */
function alloys(): (string | number)[][] {
  const next = rng(6102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const c = 0.001 + 0.009 * next();
    const cr = 0.1 + 0.15 * next();
    const ni = 0.12 * next();
    const mo = 0.04 * next();
    const fe = 1 - c - cr - ni - mo;
    const htC = 400 + 700 * next();
    const htH = 0.5 + 7.5 * next();
    const hardness =
      170 + 16000 * c + 1800 * mo + 250 * cr - 150 * ni +
      140 * Math.exp(-(((htC - 760) / 120) ** 2)) * Math.log(1 + htH) / Math.log(9) -
      0.12 * Math.max(0, htC - 900) * Math.log(1 + htH) +
      normal(next, 0, 10);
    const uts = 3.2 * hardness + normal(next, 0, 25);
    rows.push([7001 + i, r3(fe), r3(cr), r3(ni), r3(mo), Math.round(c * 1e5) / 1e5, Math.round(htC), r2(htH), r1(hardness), Math.round(uts)]);
  }
  return rows;
}
const ALLOY_HEADER = ['sample_id', 'fe', 'cr', 'ni', 'mo', 'c', 'ht_temp_C', 'ht_time_h', 'hardness_HV', 'uts_MPa'];

/** molecules.csv: descriptors, solubility logS, and a rare toxicity flag (about 5%). */
function molecules(): (string | number)[][] {
  const next = rng(6103);
  const raw: { id: string; mm: number; logP: number; rings: number; hbd: number; hba: number; tpsa: number; logS: number; score: number }[] = [];
  for (let i = 0; i < 520; i++) {
    const rings = Math.floor(next() * 6);
    const mm = 110 + 60 * rings + 260 * next();
    const logP = clamp(normal(next, 1.6 + 0.4 * rings, 1.3), -2.5, 7);
    const hbd = Math.floor(next() * 5);
    const hba = hbd + Math.floor(next() * 5);
    const tpsa = 12 + 11 * hba + 6 * hbd + normal(next, 0, 6);
    const logS = 0.4 - 0.7 * logP - 0.005 * (mm - 100) + 0.15 * hbd - 0.15 * rings + normal(next, 0, 0.3);
    const score = 1.2 * logP + 0.01 * (mm - 300) - 0.02 * tpsa + normal(next, 0, 0.35);
    raw.push({ id: `MOL-${String(i + 1).padStart(4, '0')}`, mm, logP, rings, hbd, hba, tpsa, logS, score });
  }
  const sorted = raw.map((m) => m.score).sort((a, b) => b - a);
  const cut = sorted[Math.floor(raw.length * 0.05)];
  return raw.map((m) => [m.id, r1(m.mm), r2(m.logP), m.rings, m.hbd, m.hba, r1(m.tpsa), r2(m.logS), m.score > cut ? 1 : 0]);
}
const MOLECULE_HEADER = ['mol_id', 'molar_mass', 'logP', 'rings', 'hbd', 'hba', 'tpsa', 'logS', 'toxic'];

/** spectra.csv: IR-like spectra binned into 40 absorbance columns, 5 compound families (string labels). */
const FAMILIES = ['alcohol', 'amine', 'aromatic', 'ester', 'ketone'];
const PEAKS: Record<string, number[]> = {
  alcohol: [4, 30],
  amine: [6, 27],
  aromatic: [12, 16, 33],
  ester: [20, 35],
  ketone: [22, 10],
};
function spectrum(next: () => number, family: string, scale: number): number[] {
  const bins: number[] = [];
  const amps = PEAKS[family].map(() => 0.6 + 0.6 * next());
  const shift = normal(next, 0, 0.6);
  const drift = 0.1 * next();
  for (let b = 0; b < 40; b++) {
    let v = drift * (b / 40);
    PEAKS[family].forEach((p, k) => (v += amps[k] * Math.exp(-(((b - p - shift) / 1.5) ** 2))));
    v += normal(next, 0, 0.04);
    bins.push(Math.max(0, v) * scale);
  }
  return bins;
}
function spectra(scale: number, seed: number, digits: (x: number) => number): (string | number)[][] {
  const next = rng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const family = FAMILIES[i % 5];
    rows.push([...spectrum(next, family, scale).map(digits), family]);
  }
  return rows;
}
const BIN_HEADER = Array.from({ length: 40 }, (_, b) => `b${String(b).padStart(2, '0')}`);

/** polymers.csv: batches graded 1-4 from rheology (viscosity in Pa·s, melt-flow index, density, Mw). */
function polymers(): (string | number)[][] {
  const next = rng(6105);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 340; i++) {
    const mw = 60 + 340 * next();
    const viscosity = 8 * mw ** 1.15 * Math.exp(normal(next, 0, 0.08));
    const mfi = 2400 / mw * Math.exp(normal(next, 0, 0.1));
    const density = 0.9 + 0.07 * next();
    const additive = 2 * next();
    const score = (mw - 230) / 50 + (density - 0.935) * 60 - 0.3 * additive + normal(next, 0, 0.25);
    const grade = score < -1.6 ? 1 : score < 0 ? 2 : score < 1.6 ? 3 : 4;
    rows.push([`PB${2300 + i}`, Math.round(viscosity), r2(mfi), r3(density), r1(mw), r2(additive), grade]);
  }
  return rows;
}
const POLYMER_HEADER = ['batch', 'viscosity_Pas', 'mfi_g10min', 'density', 'mw_kgmol', 'additive_pct', 'grade'];

/** corrosion.csv: corrosion rate (mm/year) of carbon steel coupons from pH, chloride, temperature, oxygen, flow. */
function corrosion(): (string | number)[][] {
  const next = rng(6106);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const pH = 3 + 7 * next();
    const chloride = 25000 * next();
    const tempC = 10 + 80 * next();
    const o2 = 8 * next();
    const flow = 3 * next();
    const rate =
      0.08 * Math.exp(0.025 * (tempC - 25)) *
      (1 + chloride / 8000) ** 0.6 *
      (pH < 6 ? 1 + 0.7 * (6 - pH) : 1) *
      (0.4 + o2 / 8) *
      (1 + 0.2 * flow) *
      Math.exp(normal(next, 0, 0.06));
    rows.push([r2(pH), Math.round(chloride), r1(tempC), r2(o2), r2(flow), r3(rate)]);
  }
  return rows;
}
const CORROSION_HEADER = ['pH', 'chloride_ppm', 'temp_C', 'o2_ppm', 'flow_m_s', 'rate_mmpy'];

function main(): void {
  const rx = reactions();
  write('reactions.csv', REACTION_HEADER, rx);
  // The same runs as exported from the LIMS with gaps: "NA" and empty catalyst cells.
  write('reactions-lims.csv', REACTION_HEADER, rx.map((row, i) => (i % 17 === 5 ? row.map((v, c) => (c === 5 ? (i % 2 ? 'NA' : '') : v)) : row)));
  write('alloys.csv', ALLOY_HEADER, alloys());
  write('molecules.csv', MOLECULE_HEADER, molecules());
  write('spectra.csv', [...BIN_HEADER, 'family'], spectra(1, 6104, r3));
  // Raw detector counts of the same kind of spectra (0..~40000).
  write('spectra-counts.csv', [...BIN_HEADER, 'family'], spectra(30000, 6107, Math.round));
  const poly = polymers();
  write('polymers.csv', POLYMER_HEADER, poly);
  // A pilot-plant file with only a handful of batches.
  write('polymers-pilot.csv', POLYMER_HEADER, poly.slice(0, 4));
  const corr = corrosion();
  write('corrosion.csv', CORROSION_HEADER, corr);
  // A field export with the unit written into the temperature cells.
  write('corrosion-field.csv', CORROSION_HEADER, corr.map((row) => row.map((v, c) => (c === 2 ? `${v} C` : v))));
}

main();
