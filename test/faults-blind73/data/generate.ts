/**
 * Writes the CSVs of test/faults-blind73 (veterinary medicine and animal health), seeded so every run
 * gives the same files: `npx tsx test/faults-blind73/data/generate.ts`.
 *
 * - clinic-visits.csv: 480 small-animal clinic visits. Species one-hot (dog/cat/rabbit), breed size,
 *   age in months, weight in kg, temperature, heart rate, three presenting-sign flags, plus visit and
 *   clinic IDs and a visit timestamp (epoch seconds). Targets: `diagnosis` (derm, gastro, ortho, resp;
 *   features drawn per class) and `treatment_cost` (skewed, in euros).
 * - dairy-herd.csv: 640 cow test-day records of one farm (farm_id constant): parity, days in milk,
 *   milk yield (litres), somatic cell count (hundreds of thousands), conductivity, udder temperature,
 *   and `mastitis` 0/1 (about 6%).
 * - lab-panel.csv: 420 canine/feline blood panels: enzymes in U/L spanning decades (ALT, ALP),
 *   glucose, urea, creatinine, SDMA, urine specific gravity; `kidney_score` (0-10 regression).
 * - shelter.csv: 400 shelter animals: intake timestamp, age, weight, coat, behaviour score, photos;
 *   `days_to_adoption` (heavy-tailed) and its log.
 * - claims.csv: 450 pet-insurance claims: policy age in days, pet age, breed risk, premium, claim
 *   amount, pre-existing flag, prior claims; `approved` 0/1 (about 70%).
 * - vaccination.csv: 500 vaccination reminders: days overdue, distance, prior missed visits, SMS and
 *   e-mail flags, pet age; `came_back` 0/1.
 * - Broken copies for the data faults: clinic-visits-export.csv (NA weights), lab-panel-lims.csv
 *   ("<20" below-detection creatinine), herd-pilot.csv (4 rows).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const OUT = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function pick<T>(next: () => number, items: T[], weights: number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = next() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i];
    if (u <= 0) return items[i];
  }
  return items[items.length - 1];
}

// ---------- clinic visits ----------
function clinicVisits(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7301);
  const header = ['visit_id', 'clinic_id', 'visit_epoch', 'sp_dog', 'sp_cat', 'sp_rabbit', 'breed_size', 'age_months', 'weight_kg', 'temp_c', 'heart_rate', 'vomiting', 'lameness', 'cough', 'diagnosis', 'treatment_cost'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const dx = pick(next, ['derm', 'gastro', 'ortho', 'resp'], [0.3, 0.3, 0.2, 0.2]);
    const species = pick(next, ['dog', 'cat', 'rabbit'], [0.55, 0.35, 0.1]);
    const breed = species === 'dog' ? (dx === 'ortho' ? pick(next, [1, 2, 3], [0.15, 0.35, 0.5]) : pick(next, [1, 2, 3], [0.4, 0.35, 0.25])) : 1;
    let age = dx === 'ortho' ? 70 + next() * 110 : dx === 'gastro' ? 2 + -Math.log(Math.max(next(), 1e-9)) * 30 : 4 + next() * 150;
    age = Math.round(clamp(age, 2, 200));
    const weight = species === 'dog' ? 4 + 9 * breed ** 1.4 * (0.8 + 0.4 * next()) : species === 'cat' ? normal(next, 4.6, 1.0) : normal(next, 2.1, 0.5);
    const fever = dx === 'gastro' ? 0.7 : dx === 'resp' ? 1.1 : 0;
    const temp = normal(next, 38.6 + fever, 0.35);
    const hrBase = species === 'dog' ? 95 : species === 'cat' ? 165 : 210;
    const hr = normal(next, hrBase + (dx === 'resp' ? 30 : dx === 'gastro' ? 10 : 0), 12);
    const vomit = next() < (dx === 'gastro' ? 0.8 : 0.08) ? 1 : 0;
    const lame = next() < (dx === 'ortho' ? 0.85 : 0.05) ? 1 : 0;
    const cough = next() < (dx === 'resp' ? 0.8 : 0.06) ? 1 : 0;
    const logCost = 4.4 + (dx === 'ortho' ? 1.3 : dx === 'resp' ? 0.6 : dx === 'gastro' ? 0.4 : 0) + 0.025 * weight + 0.003 * age + normal(next, 0, 0.2);
    rows.push([
      100001 + i,
      1 + Math.floor(next() * 6),
      1640995200 + Math.floor(i * 65000 + next() * 60000),
      species === 'dog' ? 1 : 0,
      species === 'cat' ? 1 : 0,
      species === 'rabbit' ? 1 : 0,
      breed,
      age,
      r1(Math.max(0.8, weight)),
      r1(temp),
      Math.round(hr),
      vomit,
      lame,
      cough,
      dx,
      r2(Math.exp(logCost)),
    ]);
  }
  return { header, rows };
}

// ---------- dairy herd ----------
function dairyHerd(count: number, seed: number): { header: string[]; rows: (string | number)[][] } {
  const next = rng(seed);
  const header = ['cow_id', 'farm_id', 'test_epoch', 'parity', 'days_in_milk', 'milk_litres', 'scc', 'conductivity', 'udder_temp', 'mastitis'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const parity = 1 + Math.floor(next() * 6);
    const dim = Math.round(5 + next() * 300);
    const mastitis = next() < sigmoid(-3.7 + 0.3 * parity) ? 1 : 0;
    const lactation = 24 + 3 * Math.min(parity, 3) + 8 * Math.exp(-((dim - 60) ** 2) / 8000) - 0.03 * dim;
    const milk = normal(next, lactation - (mastitis ? 6 : 0), 2.2);
    const scc = Math.exp(normal(next, mastitis ? Math.log(950000) : Math.log(120000), mastitis ? 0.35 : 0.45));
    const cond = normal(next, mastitis ? 6.5 : 5.2, 0.3);
    const udder = normal(next, mastitis ? 39.5 : 38.6, 0.25);
    rows.push([5001 + i, 17, 1672531200 + i * 3600 * 6, parity, dim, r1(Math.max(2, milk)), Math.round(scc / 1000) * 1000, r2(cond), r1(udder), mastitis]);
  }
  return { header, rows };
}

// ---------- lab panel ----------
function labPanel(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7303);
  const header = ['sample_id', 'age_years', 'alt_ul', 'alp_ul', 'glucose', 'urea', 'creatinine', 'sdma', 'usg', 'kidney_score'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const age = r1(1 + next() * 16);
    const stage = clamp(-Math.log(Math.max(next(), 1e-9)) * 1.4 + 0.12 * (age - 6), 0, 6);
    const alt = Math.exp(normal(next, Math.log(60), 0.9));
    const alp = Math.exp(normal(next, Math.log(90), 1.1));
    const glucose = Math.exp(normal(next, Math.log(5.8), 0.35));
    const urea = 6 * Math.exp(0.42 * stage + normal(next, 0, 0.12));
    const creat = 95 * Math.exp(0.45 * stage + normal(next, 0, 0.12));
    const sdma = 9 + 5 * stage + normal(next, 0, 1.5);
    const usg = 1.038 - 0.0045 * stage + normal(next, 0, 0.002);
    const score = clamp(1.6 * stage + normal(next, 0, 0.3), 0, 10);
    rows.push([90001 + i, age, Math.round(alt), Math.round(alp), r1(glucose), r1(urea), Math.round(creat), r1(sdma), Math.round(usg * 1000) / 1000, r2(score)]);
  }
  return { header, rows };
}

// ---------- shelter ----------
function shelter(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7304);
  const header = ['animal_id', 'intake_epoch', 'is_dog', 'age_months', 'weight_kg', 'black_coat', 'behaviour_score', 'photos', 'days_to_adoption', 'log_days'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const dog = next() < 0.5 ? 1 : 0;
    const age = Math.round(2 + -Math.log(Math.max(next(), 1e-9)) * 36);
    const weight = dog ? 5 + next() * 35 : normal(next, 4.3, 0.9);
    const black = next() < 0.25 ? 1 : 0;
    const behaviour = 1 + Math.floor(next() * 5);
    const photos = Math.floor(next() * 9);
    const logDays = 2.6 + 0.012 * age + 0.35 * black - 0.4 * (behaviour - 3) - 0.08 * photos + (dog ? 0.01 * weight : 0) + normal(next, 0, 0.2);
    const days = Math.max(1, Math.round(Math.exp(logDays)));
    rows.push([30001 + i, 1609459200 + i * 86400 + Math.floor(next() * 80000), dog, age, r1(Math.max(1, weight)), black, behaviour, photos, days, r2(Math.log(days))]);
  }
  return { header, rows };
}

// ---------- insurance claims ----------
function claims(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7305);
  const header = ['claim_id', 'policy_days', 'pet_age_years', 'breed_risk', 'premium_month', 'claim_amount', 'pre_existing', 'prior_claims', 'approved'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const policyDays = Math.round(-Math.log(Math.max(next(), 1e-9)) * 400);
    const petAge = r1(0.3 + next() * 13);
    const breedRisk = 1 + Math.floor(next() * 5);
    const premium = r2(18 + 4 * breedRisk + 2.2 * petAge + normal(next, 0, 3));
    const amount = r2(Math.exp(normal(next, Math.log(350), 0.9)));
    const pre = next() < 0.2 ? 1 : 0;
    const prior = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.5);
    const z = 3 - 5 * pre - (policyDays < 30 ? 4.5 : 0) - 0.6 * Math.max(0, amount / 1000 - 2) + normal(next, 0, 0.6);
    rows.push([700001 + i, policyDays, petAge, breedRisk, premium, amount, pre, prior, z > 0 ? 1 : 0]);
  }
  return { header, rows };
}

// ---------- vaccination reminders ----------
function vaccination(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(7306);
  const header = ['owner_id', 'days_overdue', 'distance_km', 'prior_missed', 'sms', 'email', 'pet_age_years', 'came_back'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const overdue = Math.round(next() * 120);
    const distance = r1(-Math.log(Math.max(next(), 1e-9)) * 12);
    const missed = Math.floor(next() * 4);
    const sms = next() < 0.5 ? 1 : 0;
    const email = next() < 0.6 ? 1 : 0;
    const petAge = r1(0.2 + next() * 14);
    const z = 2.2 - 0.035 * overdue - 0.12 * distance - 0.9 * missed + 1.8 * sms + 0.5 * email;
    rows.push([4000001 + i, overdue, distance, missed, sms, email, petAge, next() < sigmoid(2 * z) ? 1 : 0]);
  }
  return { header, rows };
}

function main(): void {
  const clinic = clinicVisits();
  write('clinic-visits.csv', clinic.header, clinic.rows);
  const herd = dairyHerd(640, 7302);
  write('dairy-herd.csv', herd.header, herd.rows);
  const lab = labPanel();
  write('lab-panel.csv', lab.header, lab.rows);
  const sh = shelter();
  write('shelter.csv', sh.header, sh.rows);
  const cl = claims();
  write('claims.csv', cl.header, cl.rows);
  const vac = vaccination();
  write('vaccination.csv', vac.header, vac.rows);

  // Broken copies for the data faults.
  const weightAt = clinic.header.indexOf('weight_kg');
  write('clinic-visits-export.csv', clinic.header, clinic.rows.map((r, i) => (i % 37 === 11 ? r.map((c, j) => (j === weightAt ? 'NA' : c)) : r)));
  const creatAt = lab.header.indexOf('creatinine');
  write('lab-panel-lims.csv', lab.header, lab.rows.map((r) => (Number(r[creatAt]) < 80 ? r.map((c, j) => (j === creatAt ? '<80' : c)) : r)));
  const pilot = dairyHerd(4, 7307);
  write('herd-pilot.csv', pilot.header, pilot.rows);
}

main();
