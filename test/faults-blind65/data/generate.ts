/**
 * Writes the CSVs of the sixty-fifth blind fault set (theme: ecology, wildlife and field biology),
 * seeded so every run gives the same files: `npx tsx test/faults-blind65/data/generate.ts`.
 *
 * - camtrap_counts.csv: 420 camera-trap deployments; site id, habitat one-hot, canopy %, distance to
 *   water (m), hour, survey day (days since 1970), and the count of animals (Poisson, many zeros).
 * - camtrap_species.csv: 450 detections; habitat one-hot, canopy %, distance to water, hour,
 *   elevation, air temperature, and the species seen (5 string classes).
 * - camtrap_species_onehot.csv: the same rows, species as one-hot columns sp_deer … sp_otter.
 * - birds.csv: 360 ringed passerines; ring number, wing chord (mm), mass (g), bill depth (mm), tarsus
 *   (mm), capture day, sex (F/M) and subspecies (3 string classes).
 * - birds_2019.csv: the first 4 rows of birds.csv (a pilot season: too few rows).
 * - trees.csv: 350 stems from forest plots; plot id, DBH (cm), height (m), plot basal area (m²/ha),
 *   wood density, slope %, and the above-ground biomass in kg (Chave-style allometry, skewed).
 * - streams.csv: 380 water-quality samples; site code (string, e.g. "BRK-04"), pH, dissolved oxygen
 *   (mg/L), nitrate (mg/L), conductivity (µS/cm, hundreds), water temperature, riffle fraction, and
 *   the stream grade A/B/C/D.
 * - streams_field.csv: the raw field sheet of the same samples, with "NA" and "<0.1" (below detection
 *   limit) cells in the nitrate column.
 * - invasive.csv: 520 survey plots; plot id, distance to road (m), disturbance index, elevation (m),
 *   soil moisture, canopy %, survey day (epoch), and presence of an invasive plant (0/1, about 6%).
 * - phenology.csv: 300 site-years; site id, year, latitude, elevation, April growing degree days,
 *   snowmelt day of year, spring temperature, and the first flowering day of year.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function poisson(next: () => number, lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0, p = 1;
  do {
    k++;
    p *= next();
  } while (p > l);
  return k - 1;
}

function camtrapCounts(): void {
  const next = rng(6501);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const site = 1 + Math.floor(next() * 24);
    const h = Math.floor(next() * 3);
    const forest = h === 0 ? 1 : 0, grass = h === 1 ? 1 : 0, wetland = h === 2 ? 1 : 0;
    const canopy = clamp(forest ? normal(next, 70, 15) : grass ? normal(next, 15, 10) : normal(next, 35, 15), 0, 100);
    const water = clamp(wetland ? next() * 400 : next() * 2500, 5, 3000);
    const hour = Math.floor(next() * 24);
    const day = 19360 + Math.floor(next() * 365);
    const night = Math.cos((2 * Math.PI * hour) / 24); // 1 at midnight, -1 at noon
    const lambda = Math.exp(0.0 + 1.1 * forest + 0.8 * wetland + 1.2 * (canopy / 100) - 1.4 * (water / 1000) + 1.2 * night);
    rows.push([site, forest, grass, wetland, r1(canopy), Math.round(water), hour, day, poisson(next, lambda)]);
  }
  write('camtrap_counts.csv', ['site', 'habitat_forest', 'habitat_grass', 'habitat_wetland', 'canopy_pct', 'dist_water_m', 'hour', 'survey_day', 'count'], rows);
}

const SPECIES = ['deer', 'boar', 'fox', 'hare', 'otter'];

function camtrapSpecies(): void {
  const next = rng(6502);
  const rows: (number | string)[][] = [];
  const onehot: (number | string)[][] = [];
  for (let i = 0; i < 450; i++) {
    const h = Math.floor(next() * 4);
    const hab = [0, 0, 0, 0];
    hab[h] = 1; // forest, grass, wetland, scrub
    const canopy = clamp([normal(next, 72, 12), normal(next, 12, 8), normal(next, 30, 12), normal(next, 40, 12)][h], 0, 100);
    const water = clamp(h === 2 ? next() * 300 : 100 + next() * 2400, 2, 3000);
    const hour = Math.floor(next() * 24);
    const elevation = 200 + next() * 1200;
    const temp = clamp(normal(next, 22 - elevation / 150, 3), -5, 35);
    const night = Math.cos((2 * Math.PI * hour) / 24);
    const c = canopy / 50 - 1, w = water / 1000, e = (elevation - 800) / 400;
    const scores = [
      2.0 * hab[0] + 1.5 * c - 1.0 * Math.abs(night) + 0.8 * e, // deer: forest, crepuscular, uplands
      1.5 * hab[0] + 0.5 * c + 1.5 * night - 0.8 * e, // boar: forest, nocturnal, lowlands
      1.5 * hab[3] + 1.2 * hab[1] + 1.6 * night - 0.5 * c, // fox: open/scrub, nocturnal
      2.0 * hab[1] - 1.8 * night - 1.0 * c, // hare: grassland by day
      3.0 * hab[2] - 2.0 * w + 0.5 * night, // otter: wetland, near water
    ].map((s) => s + 0.35 * normal(next, 0, 1));
    const k = scores.indexOf(Math.max(...scores));
    const feats = [...hab, r1(canopy), Math.round(water), hour, Math.round(elevation), r1(temp)];
    rows.push([...feats, SPECIES[k]]);
    onehot.push([...feats, ...SPECIES.map((_, j) => (j === k ? 1 : 0))]);
  }
  const header = ['habitat_forest', 'habitat_grass', 'habitat_wetland', 'habitat_scrub', 'canopy_pct', 'dist_water_m', 'hour', 'elevation_m', 'temp_c'];
  write('camtrap_species.csv', [...header, 'species'], rows);
  write('camtrap_species_onehot.csv', [...header, ...SPECIES.map((s) => `sp_${s}`)], onehot);
}

function birds(): void {
  const next = rng(6503);
  const rows: (number | string)[][] = [];
  const subspecies = ['alpina', 'nominate', 'septentrionalis'];
  for (let i = 0; i < 360; i++) {
    const male = next() < 0.5;
    const ssp = Math.floor(next() * 3);
    const size = normal(next, 0, 1);
    const wing = 66 + (male ? 3.2 : 0) + [2.5, 0, -2.5][ssp] + 1.0 * size + normal(next, 0, 0.8);
    const mass = 21 + (male ? 1.6 : 0) + [1.5, 0, -0.8][ssp] + 0.9 * size + normal(next, 0, 0.7);
    const bill = 8.2 + (male ? 0.25 : 0) + [-0.7, 0, 0.8][ssp] + 0.12 * size + normal(next, 0, 0.15);
    const tarsus = 19.5 + (male ? 0.6 : 0) + [0.8, 0, -0.6][ssp] + 0.4 * size + normal(next, 0, 0.3);
    const day = 120 + Math.floor(next() * 120);
    rows.push([240001 + i * 7, r1(wing), r1(mass), r2(bill), r1(tarsus), day, male ? 'M' : 'F', subspecies[ssp]]);
  }
  const header = ['ring_id', 'wing_mm', 'mass_g', 'bill_depth_mm', 'tarsus_mm', 'capture_doy', 'sex', 'subspecies'];
  write('birds.csv', header, rows);
  write('birds_2019.csv', header, rows.slice(0, 4));
}

function trees(): void {
  const next = rng(6504);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 350; i++) {
    const plot = 100 + Math.floor(next() * 30);
    const dbh = clamp(Math.exp(normal(next, Math.log(24), 0.55)), 5, 110);
    const height = clamp((1.3 + 32 * (1 - Math.exp(-0.045 * dbh))) * Math.exp(normal(next, 0, 0.1)), 2, 45);
    const basal = clamp(normal(next, 28, 8), 8, 55);
    const rho = clamp(normal(next, 0.58, 0.09), 0.35, 0.85);
    const slope = clamp(next() * 45, 0, 45);
    const agb = 0.0673 * Math.pow(rho * dbh * dbh * height, 0.976) * Math.exp(normal(next, 0, 0.08));
    rows.push([plot, r1(dbh), r1(height), r1(basal), r3(rho), r1(slope), r1(agb)]);
  }
  write('trees.csv', ['plot_id', 'dbh_cm', 'height_m', 'basal_area_m2ha', 'wood_density', 'slope_pct', 'biomass_kg'], rows);
}

function streams(): void {
  const next = rng(6505);
  const rows: (number | string)[][] = [];
  const field: (number | string)[][] = [];
  const sites = ['BRK', 'MIL', 'OAK', 'FEN', 'RDG', 'WLW'];
  for (let i = 0; i < 380; i++) {
    const site = `${sites[Math.floor(next() * sites.length)]}-${String(1 + Math.floor(next() * 9)).padStart(2, '0')}`;
    const ph = clamp(normal(next, 7.3, 0.6), 5.5, 9.2);
    const dox = clamp(normal(next, 8, 2.2), 1.5, 13);
    const nitrate = clamp(Math.exp(normal(next, Math.log(3), 0.7)), 0.05, 25);
    const cond = clamp(normal(next, 450, 200), 60, 1400);
    const temp = clamp(normal(next, 14, 4), 2, 26);
    const riffle = clamp(next(), 0, 1);
    const score = 0.9 * (dox - 8) / 2.2 - 0.8 * (Math.log(nitrate) - Math.log(3)) / 0.7 - 0.8 * (cond - 450) / 200 -
      1.2 * (Math.abs(ph - 7.3) - 0.45) / 0.35 + 0.5 * (riffle - 0.5) + 0.25 * normal(next, 0, 1);
    const grade = score > 1.0 ? 'A' : score > 0 ? 'B' : score > -1.0 ? 'C' : 'D';
    const row = [site, r2(ph), r1(dox), r2(nitrate), Math.round(cond), r1(temp), r2(riffle), grade];
    rows.push(row);
    const raw = [...row];
    if (i % 23 === 5) raw[3] = 'NA';
    else if (nitrate < 0.4) raw[3] = '<0.1';
    field.push(raw);
  }
  const header = ['site_code', 'ph', 'do_mgL', 'nitrate_mgL', 'conductivity_uScm', 'temp_c', 'riffle_frac', 'grade'];
  write('streams.csv', header, rows);
  write('streams_field.csv', header, field);
}

function invasive(): void {
  const next = rng(6506);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 520; i++) {
    const road = clamp(Math.exp(normal(next, Math.log(800), 1.0)), 5, 6000);
    const disturbance = clamp(next(), 0, 1);
    const elevation = 200 + next() * 1600;
    const moisture = clamp(normal(next, 0.35, 0.12), 0.02, 0.9);
    const canopy = clamp(next() * 100, 0, 100);
    const day = 19500 + Math.floor(next() * 200);
    const z = -3.6 + 3.2 * (disturbance - 0.5) - 1.6 * Math.log(road / 800) - 1.5 * (elevation - 1000) / 460 + 2.0 * (moisture - 0.35) / 0.12 * 0.5 - 0.01 * (canopy - 50);
    const present = next() < sigmoid(2.2 * z - 0.3) ? 1 : 0;
    rows.push([5000 + i, Math.round(road), r3(disturbance), Math.round(elevation), r3(moisture), r1(canopy), day, present]);
  }
  write('invasive.csv', ['plot_id', 'dist_road_m', 'disturbance', 'elevation_m', 'soil_moisture', 'canopy_pct', 'survey_day', 'present'], rows);
}

function phenology(): void {
  const next = rng(6507);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 300; i++) {
    const site = 1 + Math.floor(next() * 15);
    const year = 2005 + Math.floor(next() * 18);
    const lat = 44 + next() * 8;
    const elevation = 100 + next() * 1900;
    const snowmelt = clamp(60 + 0.035 * elevation + 3 * (lat - 48) + normal(next, 0, 8), 40, 170);
    const gdd = clamp(420 - 0.15 * elevation - 12 * (lat - 48) + normal(next, 0, 60), 20, 700);
    const temp = clamp(4 + gdd / 60 + normal(next, 0, 1), -2, 18);
    const flowering = 110 + 0.55 * snowmelt - 40 * (1 - Math.exp(-gdd / 220)) + 0.3 * Math.max(0, lat - 48) ** 2 + normal(next, 0, 3);
    rows.push([site, year, r2(lat), Math.round(elevation), Math.round(snowmelt), Math.round(gdd), r1(temp), Math.round(flowering)]);
  }
  write('phenology.csv', ['site_id', 'year', 'latitude', 'elevation_m', 'snowmelt_doy', 'gdd_april', 'spring_temp_c', 'flowering_doy'], rows);
}

camtrapCounts();
camtrapSpecies();
birds();
trees();
streams();
invasive();
phenology();
