/**
 * Writes the CSVs of the ninetieth blind fault set (dentistry and dental clinics), seeded so every
 * run gives the same files: `npx tsx test/faults-blind90/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** visits.csv: dental check-up visits: appointment length in minutes and a rare "extraction needed" flag. */
function visits(): void {
  const next = rng(9001);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let ext = 0;
  for (let i = 0; i < 720; i++) {
    const pid = `DP-${String(4500 + i * 7).padStart(6, '0')}`;
    const ts = 1672531200 + i * 36000 + Math.floor(next() * 30000);
    const age = Math.round(clamp(normal(next, 42, 19), 4, 92));
    const sinceLast = Math.round(clamp(Math.exp(normal(next, 5.6, 0.8)), 30, 2500));
    const plaque = r2(clamp(normal(next, 1.1 + 0.25 * Math.log(sinceLast / 180), 0.45), 0, 3));
    const caries = Math.round(clamp(Math.exp(normal(next, 0.2 + 0.35 * plaque + 0.15 * Math.log(sinceLast / 180), 0.6)) - 1, 0, 14));
    const pocket = r1(clamp(normal(next, 2.2 + 0.02 * (age - 40) + 0.5 * plaque, 0.5), 1, 9));
    const fluoride = r2(clamp(normal(next, 0.6, 0.3), 0, 1.5));
    const xrays = Math.floor(next() * 5);
    const anxious = next() < 0.18 ? 1 : 0;
    const minutes = Math.round(clamp(18 + 6.5 * caries + 4 * xrays + 7 * (pocket - 2.5) + 8 * plaque + 9 * anxious + normal(next, 0, 4), 10, 150));
    const z = -6.6 + 1.0 * caries + 1.8 * Math.max(0, pocket - 3.2) + 0.03 * (age - 40) + 0.6 * Math.log(sinceLast / 180) + normal(next, 0, 0.3);
    const extraction = next() < sigmoid(z) ? 1 : 0;
    ext += extraction;
    const row: (string | number)[] = [pid, 7, ts, age, sinceLast, plaque, caries, pocket, fluoride, xrays, anxious, minutes, extraction];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[5] = 'NA';
    naRows.push(na);
  }
  const header = ['patient_id', 'clinic_id', 'visit_ts', 'age', 'days_since_last_visit', 'plaque_index', 'caries_count', 'pocket_depth_mm',
    'fluoride_ppm', 'xrays_taken', 'anxious_patient', 'appointment_min', 'extraction_needed'];
  write('visits.csv', header, rows);
  write('visits-export-na.csv', header, naRows);
  console.log(`visits extraction ${ext}/720`);
}

/** treatments.csv: treatment plans of a clinic chain: the treatment type as a class (extraction rare). */
function treatments(): void {
  const next = rng(9002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['filling', 'root_canal', 'crown', 'extraction'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.45 ? 0 : k0 < 0.7 ? 1 : k0 < 0.91 ? 2 : 3;
    const tooth = [11, 12, 13, 14, 15, 16, 17, 18, 21, 24, 26, 27, 31, 35, 36, 37, 38, 46, 47, 48][Math.floor(next() * 20)];
    const age = Math.round(clamp(normal(next, [35, 45, 55, 50][latent], 15), 6, 92));
    const depth = r2(clamp(normal(next, [1.2, 3.4, 2.4, 4.2][latent], 0.6), 0.1, 6));
    const pain = Math.round(clamp(normal(next, [2, 7, 3, 7][latent], 1.6), 0, 10));
    const remaining = r1(clamp(normal(next, [80, 60, 35, 15][latent], 12), 0, 100));
    const mobility = latent === 3 ? Math.floor(next() * 3) + 1 : next() < 0.1 ? 1 : 0;
    const quote = r2(clamp(Math.exp(normal(next, [5.0, 6.8, 7.0, 5.3][latent], 0.35)), 40, 6000));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`TP-${20000 + i * 3}`, tooth, age, depth, pain, remaining, mobility, quote, names[k]]);
  }
  write('treatments.csv', ['plan_id', 'tooth_number', 'age', 'lesion_depth_mm', 'pain_score', 'tooth_structure_pct', 'mobility_grade', 'quoted_cost_usd', 'treatment_type'], rows);
  console.log('treatments', JSON.stringify(counts));
}

/** claims.csv: dental insurer claims: skewed claim amounts from tens to thousands of dollars. */
function claims(): void {
  const next = rng(9003);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const member = `M${880000 + i * 11}`;
    const ts = 1693526400 + Math.floor(next() * 365 * 86400);
    const age = Math.round(clamp(normal(next, 40, 17), 2, 90));
    const procedures = 1 + Math.floor(next() * next() * 6);
    const chair = Math.round(clamp(procedures * normal(next, 28, 8), 10, 300));
    const major = next() < 0.22 ? 1 : 0;
    const labFee = major ? r2(clamp(Math.exp(normal(next, 5.8, 0.5)), 60, 2500)) : 0;
    const tier = 1 + Math.floor(next() * 3);
    const annualUsed = Math.round(clamp(Math.exp(normal(next, 6, 1)), 0, 5000));
    const amount = Math.round(clamp(35 + 60 * procedures + 1.8 * chair + 1.3 * labFee + 180 * major + 25 * tier + 0.02 * annualUsed + normal(next, 0, 40), 30, 12000));
    rows.push([member, ts, age, procedures, chair, major, labFee, tier, annualUsed, amount]);
  }
  write('claims.csv', ['member_id', 'claim_ts', 'age', 'procedures', 'chair_minutes', 'major_work', 'lab_fee_usd', 'plan_tier', 'annual_max_used_usd', 'claim_amount_usd'], rows);
}

/** clinics.csv: clinic-weeks of a dental chain: patients seen per week (skewed counts). */
function clinics(): void {
  const next = rng(9004);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const clinic = 200 + (i % 24);
    const week = 1704067200 + Math.floor(i / 24) * 7 * 86400;
    const pop = Math.round(clamp(Math.exp(normal(next, 10.5, 0.8)), 4000, 400000));
    const chairs = 2 + Math.min(10, Math.floor(pop / 40000 + next() * 3));
    const dentists = Math.max(1, Math.round(chairs / 2 + normal(next, 0, 0.6)));
    const hygienists = Math.max(0, Math.round(dentists * normal(next, 1.1, 0.4)));
    const hours = [32, 40, 40, 45, 50, 60][Math.floor(next() * 6)];
    const marketing = Math.round(clamp(Math.exp(normal(next, 6.5, 1)), 0, 20000));
    const saturday = next() < 0.4 ? 1 : 0;
    const patients = Math.round(clamp(0.0008 * pop + 38 * dentists + 22 * hygienists + 2.2 * (hours - 40) + 0.004 * marketing + 30 * saturday
      + normal(next, 0, 12), 10, 5000));
    rows.push([clinic, week, pop, chairs, dentists, hygienists, hours, marketing, saturday, patients]);
  }
  write('clinics.csv', ['clinic_id', 'week_ts', 'catchment_pop', 'chairs', 'dentists', 'hygienists', 'open_hours', 'marketing_usd', 'saturday_open', 'patients_per_week'], rows);
}

/** schoolkids.csv: a school fluoride programme: new caries over two years and a 3-level caries risk. */
function schoolkids(): void {
  const next = rng(9005);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const child = `SC${String(100 + i * 5).padStart(5, '0')}`;
    const age = Math.round(clamp(normal(next, 10, 2.5), 5, 16));
    const fluoride = r2(clamp(normal(next, 0.55, 0.35), 0, 1.5));
    const sugar = r1(clamp(Math.exp(normal(next, 0.9, 0.5)), 0, 12));
    const brushing = [0, 1, 1, 2, 2, 2, 3][Math.floor(next() * 7)];
    const sealants = Math.floor(next() * 5);
    const income = Math.round(clamp(Math.exp(normal(next, 10.9, 0.6)), 8000, 300000));
    const plaque = r2(clamp(normal(next, 1.6 - 0.35 * brushing + 0.06 * sugar, 0.3), 0, 3));
    const newCaries = r1(clamp(1.2 + 0.45 * sugar - 1.1 * fluoride - 0.4 * sealants + 0.9 * plaque - 0.3 * Math.log(income / 50000) + normal(next, 0, 0.35), 0, 15));
    const risk = newCaries < 1.5 ? 'low' : newCaries < 3.5 ? 'moderate' : 'high';
    counts[risk] = (counts[risk] ?? 0) + 1;
    rows.push([child, age, fluoride, sugar, brushing, sealants, income, plaque, newCaries, risk]);
  }
  write('schoolkids.csv', ['child_id', 'age', 'fluoride_ppm', 'sugar_servings_day', 'brushing_per_day', 'sealants', 'household_income_usd', 'plaque_index', 'new_caries_2y', 'caries_risk'], rows);
  console.log('caries risk', JSON.stringify(counts));
}

visits();
treatments();
claims();
clinics();
schoolkids();
