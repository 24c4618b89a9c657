/**
 * Writes this set's CSVs (seeded, so identical on every run): `npx tsx test/faults-blind34/data/generate.ts`.
 * plant.csv: 420 hourly readings of a process plant, 5 features of very different scales, three
 * regression targets of very different scales (energy_kwh ~ hundreds, co2_t ~ 0.1-1, yield_pct ~ 60-95), noise ~5%.
 * birds.csv: 640 sightings, 6 features, 8 string species (two rare, ~3% each), 8% relabelled at random.
 * parts.csv: 560 inspected parts, 7 features, defect class 0..5 (integer, class 5 rare), 6% relabelled.
 * parts-gaps.csv: parts.csv with "?" for missing gauge readings on some rows (a data fault).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

function plant(): void {
  const next = rng(3401);
  const rows: number[][] = [];
  for (let i = 0; i < 420; i++) {
    const temp = normal(next, 72, 9), pressure = normal(next, 1450, 120), flow = normal(next, 38, 7);
    const humidity = clamp(normal(next, 0.55, 0.15), 0.05, 0.98), rpm = normal(next, 2900, 300);
    const load = (flow - 38) / 7 + 0.6 * (rpm - 2900) / 300;
    const energy = 420 + 55 * load + 18 * Math.sin((temp - 72) / 6) + 0.04 * (pressure - 1450);
    const co2 = 0.45 + 0.06 * load + 0.03 * ((temp - 72) / 9) ** 2 - 0.05 * (humidity - 0.55);
    const yieldPct = 82 - 6 * ((temp - 75) / 9) ** 2 + 3 * (humidity - 0.55) / 0.15 - 2 * Math.tanh(load);
    rows.push([r4(temp), r4(pressure), r4(flow), r4(humidity), r4(rpm),
      r4(energy * (1 + normal(next, 0, 0.05))), r4(co2 * (1 + normal(next, 0, 0.05))), r4(yieldPct + normal(next, 0, 2))]);
  }
  write('plant.csv', ['temp_c', 'pressure_kpa', 'flow_lpm', 'humidity', 'rpm', 'energy_kwh', 'co2_t', 'yield_pct'], rows);
}

const SPECIES = ['sparrow', 'finch', 'robin', 'wren', 'thrush', 'warbler', 'kestrel', 'heron'];
const SPECIES_WEIGHT = [0.2, 0.18, 0.17, 0.15, 0.14, 0.1, 0.03, 0.03];

function pick(next: () => number, weights: number[]): number {
  let u = next();
  for (let k = 0; k < weights.length; k++) { u -= weights[k]; if (u <= 0) return k; }
  return weights.length - 1;
}

function birds(): void {
  const next = rng(3402);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 640; i++) {
    const k = pick(next, SPECIES_WEIGHT);
    const angle = (2 * Math.PI * k) / 8;
    const wing = normal(next, 14 + 4 * Math.cos(angle) + (k === 7 ? 20 : 0), 1.6);
    const mass = normal(next, 22 + 9 * Math.sin(angle) + (k === 6 ? 150 : 0) + (k === 7 ? 900 : 0), 3 + (k >= 6 ? 30 : 0));
    const beak = normal(next, 11 + 3 * Math.cos(2 * angle), 1.1);
    const songHz = normal(next, 4200 + 900 * Math.sin(2 * angle), 250);
    const altitude = normal(next, 300 + 120 * k, 140);
    const hour = clamp(normal(next, 9 + (k % 3) * 3, 2.5), 0, 23);
    const label = next() < 0.08 ? SPECIES[Math.floor(next() * 8)] : SPECIES[k];
    rows.push([r4(wing), r4(mass), r4(beak), Math.round(songHz), Math.round(altitude), r4(hour), label]);
  }
  write('birds.csv', ['wing_cm', 'mass_g', 'beak_mm', 'song_hz', 'altitude_m', 'hour', 'species'], rows);
}

function parts(): (number)[][] {
  const next = rng(3403);
  const rows: number[][] = [];
  const weights = [0.4, 0.2, 0.15, 0.12, 0.09, 0.04];
  for (let i = 0; i < 560; i++) {
    const k = pick(next, weights);
    const f = [normal(next, 50 + (k === 1 ? 1.5 : 0), 0.6), normal(next, 12 + (k === 2 ? 0.8 : 0), 0.4),
      normal(next, 0.3 + (k === 3 ? 0.25 : 0), 0.08), normal(next, 210 + (k === 4 ? 25 : 0) - (k === 5 ? 18 : 0), 9),
      normal(next, 1 + (k === 5 ? 1.2 : 0) + (k === 2 ? -0.5 : 0), 0.3), normal(next, 7, 2), normal(next, 0.02 * (k + 1), 0.015)];
    const label = next() < 0.06 ? Math.floor(next() * 6) : k;
    rows.push([...f.map(r4), label]);
  }
  const header = ['length_mm', 'width_mm', 'roughness', 'hardness', 'porosity', 'shift_hour', 'vibration', 'defect'];
  write('parts.csv', header, rows);
  return rows;
}

function partsGaps(rows: number[][]): void {
  const gapped = rows.slice(0, 200).map((r, i) => (i % 37 === 11 ? r.map((v, j) => (j === 3 ? '?' : v)) : r));
  write('parts-gaps.csv', ['length_mm', 'width_mm', 'roughness', 'hardness', 'porosity', 'shift_hour', 'vibration', 'defect'], gapped);
}

plant();
birds();
partsGaps(parts());
