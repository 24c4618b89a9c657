/**
 * Writes the CSVs of test/faults-blind64 (civic and public-sector data), seeded so every run gives
 * the same files: `npx tsx test/faults-blind64/data/generate.ts`. Each table comes from simple
 * generative rules so a small dense network can learn it; the broken variants (currency strings,
 * NA cells, a four-row extract) exist for the data-error specs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const OUT = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, name), text);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const pick = <T>(next: () => number, items: readonly T[], weights: readonly number[]): T => {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = next() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i];
    if (u <= 0) return items[i];
  }
  return items[items.length - 1];
};

/** 311 service requests: category one-hot, district, hour, weekday; days to close (heavy-tailed) and the handling department. */
function requests311(): void {
  const next = rng(6401);
  const cats = ['pothole', 'noise', 'graffiti', 'streetlight', 'trash'] as const;
  const base: Record<(typeof cats)[number], number> = { pothole: 12, noise: 1.2, graffiti: 7, streetlight: 20, trash: 3 };
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 640; i++) {
    const cat = pick(next, cats, [0.25, 0.22, 0.18, 0.15, 0.2]);
    const district = 1 + Math.floor(next() * 8);
    const night = next() < (cat === 'noise' ? 0.55 : 0.12);
    const hour = night ? (20 + Math.floor(next() * 10)) % 24 : 6 + Math.floor(next() * 14);
    const weekday = Math.floor(next() * 7);
    const priorOpen = Math.floor(Math.exp(normal(next, 2 + 0.1 * district, 0.7)));
    const days = base[cat] * Math.exp(0.09 * (district - 4.5)) * (1 + priorOpen / 40) * (weekday >= 5 ? 1.3 : 1) * Math.exp(normal(next, 0, 0.3));
    let dept: string;
    if (cat === 'pothole') dept = 'PublicWorks';
    else if (cat === 'streetlight') dept = 'Utilities';
    else if (cat === 'trash') dept = 'Sanitation';
    else if (cat === 'graffiti') dept = district <= 4 ? 'PublicWorks' : 'Sanitation';
    else dept = hour >= 20 || hour < 6 ? 'Police' : 'Environment';
    if (next() < 0.04) dept = pick(next, ['PublicWorks', 'Utilities', 'Sanitation', 'Police', 'Environment'], [1, 1, 1, 1, 1]);
    rows.push([
      2024100000 + i * 7 + Math.floor(next() * 7),
      1704067200 + Math.floor(next() * 31_536_000),
      ...cats.map((c) => (c === cat ? 1 : 0)),
      district, hour, weekday, priorOpen, 6, r2(days), dept,
    ]);
  }
  write('requests311.csv', ['case_id', 'filed_epoch', ...cats.map((c) => `cat_${c}`), 'district', 'hour', 'weekday', 'prior_open', 'city_code', 'days_to_close', 'department'], rows);
}

/** Census tracts: population, median income, household size, renter share; median rent and a deprivation band. */
function tracts(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(6402);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const population = Math.round(clamp(normal(next, 4500, 1500), 800, 12000));
    const income = Math.round(Math.exp(normal(next, Math.log(55000), 0.4)));
    const hh = r2(clamp(normal(next, 2.6, 0.5), 1.3, 4.5));
    const renter = r2(clamp(sigmoid(normal(next, 0, 1.1)), 0.03, 0.97));
    const over65 = r2(clamp(normal(next, 16, 5), 3, 40));
    const dist = r2(0.5 + next() * 24.5);
    const rent = Math.round(350 + 0.017 * income + 300 * renter - 22 * dist + 80 * (hh - 2.6) + normal(next, 0, 60));
    const z = (-1.2 * Math.log(income / 55000)) / 0.4 + 2.4 * (renter - 0.5) + 0.05 * (over65 - 16) + normal(next, 0, 0.35);
    const band = z < -0.7 ? 'low' : z < 0.7 ? 'mid' : 'high';
    rows.push([60370000 + 100 * i + Math.floor(next() * 100), population, income, hh, renter, over65, dist, rent, band]);
  }
  const header = ['tract_id', 'population', 'median_income', 'household_size', 'renter_share', 'pct_over65', 'dist_downtown_km', 'median_rent', 'deprivation'];
  write('tracts.csv', header, rows);
  return { header, rows };
}

/** Building permits: floor area, estimated cost (currency, up to tens of millions), storeys; approval and processing weeks. */
function permits(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(6403);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const area = Math.round(clamp(Math.exp(normal(next, Math.log(250), 0.9)), 30, 8000));
    const storeys = Math.round(clamp(1 + area / 450 + normal(next, 0, 0.8), 1, 15));
    const cost = Math.round(area * (1500 + 300 * storeys) * Math.exp(normal(next, 0, 0.2)));
    const residential = next() < 0.6 ? 1 : 0;
    const heritage = next() < 0.12 ? 1 : 0;
    const variance = next() < 0.22 ? 1 : 0;
    const weeks = r2(Math.max(1, 2 + 1.6 * Math.log(area / 100) + 3 * heritage + 2.5 * variance + 0.4 * storeys + normal(next, 0, 0.8)));
    const score = 0.9 - 2.4 * variance - 1.6 * heritage + 0.8 * residential - 0.25 * (storeys - 3) + normal(next, 0, 0.45);
    rows.push([20230000 + i * 3, 4100000000 + Math.floor(next() * 9e8), 1672531200 + Math.floor(next() * 31_536_000), area, cost, storeys, residential, heritage, variance, weeks, score > 0 ? 1 : 0]);
  }
  const header = ['permit_no', 'parcel_id', 'filed_epoch', 'floor_area_m2', 'est_cost', 'storeys', 'zone_residential', 'heritage', 'needs_variance', 'processing_weeks', 'approved'];
  write('permits.csv', header, rows);
  return { header, rows };
}

/** Restaurant inspections graded A/B/C from prior violations, complaints and time since the last visit. */
function inspections(): void {
  const next = rng(6404);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 460; i++) {
    const seats = Math.round(clamp(Math.exp(normal(next, Math.log(60), 0.6)), 8, 300));
    const prior = Math.round(clamp(Math.exp(normal(next, 1.2, 0.7)) - 1, 0, 20));
    const critical = Math.round(clamp(prior * next() * 0.45, 0, 6));
    const daysSince = Math.round(30 + next() * 690);
    const chain = next() < 0.3 ? 1 : 0;
    const complaints = Math.round(clamp(Math.exp(normal(next, 0.8, 0.8)) - 1, 0, 25));
    const score = 0.9 * critical + 0.28 * prior + 0.004 * daysSince + 0.15 * complaints - 1.0 * chain + normal(next, 0, 0.4);
    const grade = score < 2.4 ? 'A' : score < 4.2 ? 'B' : 'C';
    rows.push([880000 + i, seats, prior, critical, daysSince, chain, complaints, 94110, grade]);
  }
  write('inspections.csv', ['establishment_id', 'seats', 'prior_violations', 'prior_critical', 'days_since_last', 'chain', 'complaints_311', 'zip', 'grade'], rows);
}

/** Election turnout in % per precinct from demographics. */
function turnout(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(6405);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 340; i++) {
    const registered = Math.round(clamp(Math.exp(normal(next, Math.log(2200), 0.5)), 300, 9000));
    const age = r2(clamp(normal(next, 42, 8), 24, 68));
    const college = r2(clamp(normal(next, 32, 14), 3, 80));
    const owner = r2(clamp(normal(next, 55, 16), 10, 95));
    const income = Math.round(Math.exp(normal(next, Math.log(60000), 0.35)));
    const distance = r2(0.2 + Math.exp(normal(next, 0, 0.7)));
    const pct = r2(clamp(12 + 0.5 * (age - 24) + 0.32 * college + 0.14 * owner - 2.2 * distance + 3 * Math.log(income / 60000) + normal(next, 0, 2.5), 5, 95));
    rows.push([1000 + i, registered, age, college, owner, income, distance, pct]);
  }
  const header = ['precinct_id', 'registered', 'median_age', 'pct_college', 'pct_homeowner', 'median_income', 'poll_distance_km', 'turnout_pct'];
  write('turnout.csv', header, rows);
  return { header, rows };
}

/** Benefit claims with a rare fraud flag (about 4%): the top of a latent score built from account changes and amounts. */
function claims(): void {
  const next = rng(6406);
  const n = 900;
  const recs: { row: (string | number)[]; z: number }[] = [];
  for (let i = 0; i < n; i++) {
    const amount = Math.round(Math.exp(normal(next, Math.log(800), 0.6)));
    const age = Math.round(clamp(normal(next, 44, 14), 18, 90));
    const priorClaims = Math.floor(clamp(Math.exp(normal(next, 0.3, 0.8)) - 1, 0, 12));
    const addr = pick(next, [0, 1, 2, 3], [0.7, 0.2, 0.07, 0.03]);
    const bank = pick(next, [0, 1, 2, 3], [0.78, 0.15, 0.05, 0.02]);
    const daysToFile = Math.round(clamp(Math.exp(normal(next, 2.5, 0.8)), 0, 120));
    const online = next() < 0.55 ? 1 : 0;
    const z = 1.4 * bank + 1.0 * addr + 1.0 * Math.log(amount / 800) + (daysToFile < 3 ? 0.8 : 0) + 0.3 * online + normal(next, 0, 0.3);
    recs.push({ row: [5500000 + i * 13, amount, age, priorClaims, addr, bank, daysToFile, online], z });
  }
  const cut = [...recs].map((r) => r.z).sort((a, b) => b - a)[Math.round(0.04 * n) - 1];
  write('claims.csv', ['claim_id', 'amount', 'claimant_age', 'prior_claims', 'address_changes_12m', 'bank_changes_12m', 'days_to_file', 'online', 'fraud'],
    recs.map((r) => [...r.row, r.z >= cut ? 1 : 0]));
}

/** Broken exports for the data-error specs. */
function brokenVariants(tr: { header: string[]; rows: (string | number)[][] }, pe: { header: string[]; rows: (string | number)[][] }, tu: { header: string[]; rows: (string | number)[][] }): void {
  // The permits export straight from the finance system: costs as quoted currency strings.
  const money = (x: number) => `"$${x.toLocaleString('en-US')}"`;
  write('permits-finance-export.csv', pe.header, pe.rows.map((r) => r.map((v, j) => (pe.header[j] === 'est_cost' ? money(Number(v)) : v))));
  // Tracts where the income of suppressed (small) tracts is NA.
  const next = rng(6407);
  write('tracts-suppressed.csv', tr.header, tr.rows.map((r) => r.map((v, j) => (tr.header[j] === 'median_income' && next() < 0.06 ? 'NA' : v))));
  // A four-row extract someone saved while testing the query.
  write('turnout-extract.csv', tu.header, tu.rows.slice(0, 4));
}

requests311();
const tr = tracts();
const pe = permits();
inspections();
const tu = turnout();
claims();
brokenVariants(tr, pe, tu);
