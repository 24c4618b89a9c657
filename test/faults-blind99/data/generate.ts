/**
 * Writes the CSVs of the ninety-ninth blind fault set (breweries and craft beer), seeded so every
 * run gives the same files: `npx tsx test/faults-blind99/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const day = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);

/** batches.csv: brewhouse batch log: final ABV and a rare "infected batch" flag. Plus an export with "NA" fermentation temperatures. */
function batches(): void {
  const next = rng(9901);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let infected = 0;
  const styles = ['helles', 'pale_ale', 'ipa', 'stout', 'saison'];
  for (let i = 0; i < 800; i++) {
    const ts = 1672560000 + i * 43200 + Math.floor(next() * 20000);
    const tank = 1 + Math.floor(next() * 12);
    const brewer = 100 + Math.floor(next() * 9);
    const style = styles[Math.floor(next() * 5)];
    const og = r3(clamp(normal(next, 1.056, 0.012), 1.032, 1.1));
    const mash = r1(clamp(normal(next, 66, 1.5), 62, 70));
    const ferm = r1(clamp(normal(next, 18.5, 2.2), 10, 28));
    const daysTank = Math.round(clamp(Math.exp(normal(next, 2.8, 0.45)), 6, 60));
    const volume = Math.round(clamp(Math.exp(normal(next, 7.6, 0.9)), 200, 50000));
    const hops = Math.round(clamp(volume * Math.exp(normal(next, 1.2, 0.6)), 50, 200000));
    const cells = Math.round(volume * 0.75 * ((og - 1) * 1000 / 4) * Math.exp(normal(next, 0, 0.3)));
    const sanitation = r1(clamp(normal(next, 8, 1.2), 3, 10));
    const dryHop = next() < 0.35 ? 1 : 0;
    const abv = r2(clamp((og - 1) * 131.25 * (0.74 + 0.004 * (66 - mash) * 5 + 0.006 * (ferm - 18)) + 0.015 * Math.min(daysTank, 25) + normal(next, 0, 0.18), 2, 12));
    const z = -4.9 + 0.75 * (ferm - 18.5) + 0.09 * (daysTank - 16) - 1.7 * (sanitation - 8) + 1.2 * dryHop + normal(next, 0, 0.3);
    const inf = next() < sigmoid(z) ? 1 : 0;
    infected += inf;
    const row: (string | number)[] = [`B-${2023 + Math.floor(i / 400)}-${String(i % 400 + 1).padStart(4, '0')}`, day(ts), ts, tank, brewer, style, og, mash, ferm,
      daysTank, volume, hops, cells, sanitation, dryHop, abv, inf];
    rows.push(row);
    const na = [...row];
    if (i % 29 === 7) na[8] = 'NA';
    naRows.push(na);
  }
  const header = ['batch_id', 'brew_date', 'brew_ts', 'tank_no', 'brewer_id', 'style', 'original_gravity', 'mash_temp_c', 'ferment_temp_c',
    'days_in_tank', 'batch_volume_l', 'hops_g', 'yeast_cells_billion', 'sanitation_score', 'dry_hopped', 'final_abv', 'infected'];
  write('batches.csv', header, rows);
  write('batches-lims-export-na.csv', header, naRows);
  const as = rows.map((r) => r[15] as number).sort((a, b) => a - b);
  console.log(`infected ${infected}/800`, 'abv', as[0], as[400], as[799]);
}

/** recipes.csv: recipe sheets from a homebrew competition: the beer style (sour rare) from the numbers, plus one-hot style columns. */
function recipes(): void {
  const next = rng(9902);
  const rows: (string | number)[][] = [];
  const names = ['lager', 'pale_ale', 'ipa', 'stout', 'sour'];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 600; i++) {
    const u = next();
    const latent = u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.94 ? 3 : 4;
    const og = r3(clamp(normal(next, [1.048, 1.052, 1.064, 1.066, 1.044][latent], 0.006), 1.028, 1.11));
    const fg = r3(clamp(normal(next, [1.009, 1.011, 1.012, 1.017, 1.006][latent], 0.003), 0.998, 1.03));
    const ibu = Math.round(clamp(normal(next, [20, 35, 62, 38, 8][latent], 8), 0, 120));
    const srm = r1(clamp(Math.exp(normal(next, [1.2, 2.0, 1.9, 3.6, 1.3][latent], 0.25)), 1, 80));
    const ph = r2(clamp(normal(next, [4.4, 4.3, 4.3, 4.4, 3.3][latent], 0.12), 2.8, 5));
    const fermTemp = r1(clamp(normal(next, [10, 19, 19, 19, 21][latent], 1.6), 6, 30));
    const hopsPerHl = Math.round(clamp(Math.exp(normal(next, [4.6, 5.5, 6.6, 5.0, 3.5][latent], 0.35)), 10, 3000));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const onehot = names.map((_, j) => (j === k ? 1 : 0));
    rows.push([`R${5000 + i * 13}`, 10 + Math.floor(next() * 40), og, fg, ibu, srm, ph, fermTemp, hopsPerHl, names[k], ...onehot]);
  }
  write('recipes.csv', ['recipe_no', 'entrant_id', 'original_gravity', 'final_gravity', 'ibu', 'colour_srm', 'ph', 'ferment_temp_c', 'hops_g_per_hl', 'style',
    'is_lager', 'is_pale_ale', 'is_ipa', 'is_stout', 'is_sour'], rows);
  console.log('styles', JSON.stringify(counts));
}

/** taproom.csv: daily taproom sales: pints sold (skewed), peaking on warm days but falling on very hot ones. */
function taproom(): void {
  const next = rng(9903);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const ts = 1640995200 + i * 86400;
    const weekday = i % 7;
    const temp = r1(normal(next, 14, 8));
    const rain = r1(clamp(Math.exp(normal(next, -1, 1.5)) - 0.2, 0, 45));
    const taps = 8 + Math.floor(next() * 17);
    const event = next() < 0.08 ? 1 : 0;
    const followers = Math.round(2000 + i * 9 + normal(next, 0, 150));
    const happy = next() < 0.3 ? 1 : 0;
    const weekend = weekday >= 4 ? 1 : 0;
    const mean = Math.exp(4.6 + 0.75 * weekend + 0.9 * Math.exp(-((temp - 23) ** 2) / 60) - 0.04 * rain + 0.9 * event + 0.2 * happy + 0.02 * taps + 0.00008 * followers);
    const pints = Math.round(clamp(mean * Math.exp(normal(next, 0, 0.15)), 10, 5000));
    rows.push([day(ts), ts, weekday, weekend, temp, rain, taps, event, followers, happy, pints]);
  }
  write('taproom.csv', ['date', 'day_ts', 'weekday', 'weekend', 'temp_c', 'rain_mm', 'taps_on', 'live_event', 'instagram_followers', 'happy_hour', 'pints_sold'], rows);
  const ps = rows.map((r) => r[10] as number).sort((a, b) => a - b);
  console.log('pints', ps[0], ps[350], ps[699]);
}

/** malt.csv: a German maltster's lot analysis, exported with semicolons and decimal commas; plus a copy with "1.250" thousands dots. */
function malt(): void {
  const next = rng(9904);
  const rows: (string | number)[][] = [];
  const dotted: string[] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  const header = ['lot', 'steep_hours', 'steep_temp_c', 'germ_days', 'kiln_max_c', 'moisture_pct', 'protein_pct', 'lot_kg', 'extract_pct', 'colour_ebc'];
  for (let i = 0; i < 650; i++) {
    const steep = r1(clamp(normal(next, 44, 6), 28, 60));
    const steepTemp = r1(clamp(normal(next, 15, 1.5), 10, 20));
    const germ = r1(clamp(normal(next, 5, 0.8), 3, 7));
    const kiln = Math.round(clamp(normal(next, 88, 12), 70, 140));
    const moisture = r1(clamp(normal(next, 4.5, 0.6), 2.5, 7));
    const protein = r1(clamp(normal(next, 10.8, 0.9), 8, 14));
    const kg = Math.round(clamp(Math.exp(normal(next, 9.6, 0.6)), 2000, 90000));
    const extract = r1(81 - 1.1 * (protein - 10.8) + 0.06 * (steep - 44) + 0.5 * (germ - 5) - 0.3 * (moisture - 4.5) + normal(next, 0, 0.35));
    const colour = r1(clamp(3 + 0.012 * Math.exp((kiln - 70) / 12) * 10 + 0.3 * (germ - 5) + normal(next, 0, 0.4), 2, 200));
    rows.push([`ML${70000 + i}`, dec(steep), dec(steepTemp), dec(germ), kiln, dec(moisture), dec(protein), kg, dec(extract), dec(colour)]);
    const dot = (x: number) => (x >= 1000 ? `${Math.floor(x / 1000)}.${String(x % 1000).padStart(3, '0')}` : String(x));
    dotted.push([`ML${70000 + i}`, dec(steep), dec(steepTemp), dec(germ), kiln, dec(moisture), dec(protein), dot(kg), dec(extract), dec(colour)].join(';'));
  }
  write('malt.csv', header, rows, ';');
  fs.writeFileSync(path.join(DIR, 'malt-erp-export.csv'), [header.join(';'), ...dotted].join('\n') + '\n');
  console.log('malt written');
}

/** boils.csv: kettle boils: measured bitterness (IBU) from hop additions (Tinseth-like utilization, nonlinear in boil time). */
function boils(): void {
  const next = rng(9905);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 650; i++) {
    const ts = 1688169600 + i * 30000 + Math.floor(next() * 9000);
    const volumeHl = r1(clamp(Math.exp(normal(next, 2.6, 0.7)), 1, 100));
    const alpha = r1(clamp(normal(next, 9, 3.5), 2.5, 18));
    const gPerHl = clamp(Math.exp(normal(next, 4.3, 0.55)), 15, 900);
    const hopsG = Math.round(gPerHl * volumeHl);
    const boilMin = [0, 5, 10, 15, 20, 30, 45, 60, 75, 90][Math.floor(next() * 10)];
    const og = r3(clamp(normal(next, 1.056, 0.012), 1.03, 1.1));
    const util = 1.65 * Math.pow(0.000125, og - 1) * (1 - Math.exp(-0.04 * boilMin)) / 4.15;
    const ibu = r1(clamp(alpha / 100 * (hopsG / (volumeHl * 100)) * 1000 * util * 1.0 + 2 + normal(next, 0, 2), 0, 200));
    rows.push([`K${3300 + i}`, ts, volumeHl, Math.round(volumeHl * 100), alpha, hopsG, boilMin, og, ibu]);
  }
  write('boils.csv', ['boil_id', 'start_ts', 'wort_hl', 'wort_l', 'alpha_acid_pct', 'hops_g', 'boil_min', 'original_gravity', 'ibu'], rows);
  const is = rows.map((r) => r[8] as number).sort((a, b) => a - b);
  console.log('ibu', is[0], is[325], is[649]);
}

batches();
recipes();
taproom();
malt();
boils();
