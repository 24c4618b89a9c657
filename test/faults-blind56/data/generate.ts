/**
 * Writes the CSVs of test/faults-blind56 (theme: medicine and health records), seeded so every run
 * gives the same files: `npx tsx test/faults-blind56/data/generate.ts`.
 *
 * Every table is made from simple generative rules (a latent risk score from a few vital signs or lab
 * values, plus noise), so a small dense net can learn it once its inputs are scaled.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** diabetes.csv: 600 outpatients, fasting glucose in mg/dL, ~8% with a new type-2 diagnosis. */
function diabetes(): (string | number)[][] {
  const next = rng(5601);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const age = Math.round(clamp(normal(next, 52, 14), 20, 88));
    const sex = next() < 0.5 ? 1 : 0;
    const bmi = round(clamp(normal(next, 28, 5), 17, 48), 1);
    const sick = next() < sigmoid(-3.05 + 0.22 * (bmi - 28) + 0.04 * (age - 52));
    const glucose = Math.round(clamp(sick ? normal(next, 168, 30) : normal(next, 96, 13), 60, 320));
    const polyuria = next() < (sick ? 0.65 : 0.06) ? 1 : 0;
    const family = next() < (sick ? 0.5 : 0.18) ? 1 : 0;
    const sbp = Math.round(clamp(normal(next, 118 + 0.4 * (age - 52) + 0.8 * (bmi - 28), 12), 90, 200));
    rows.push([100001 + i, age, sex, bmi, glucose, sbp, family, polyuria, sick ? 1 : 0]);
  }
  write('diabetes.csv', ['patient_id', 'age', 'sex', 'bmi', 'glucose_mgdl', 'sbp_mmhg', 'family_history', 'polyuria', 'diabetes'], rows);
  return rows;
}

/** triage.csv: 480 emergency arrivals, vital signs and white-cell count (cells/µL) to a risk class. */
function triage(): void {
  const next = rng(5602);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const severity = normal(next, 0, 1);
    const hr = Math.round(clamp(normal(next, 84 + 14 * severity, 9), 40, 180));
    const sbp = Math.round(clamp(normal(next, 124 - 13 * severity, 10), 60, 200));
    const temp = round(clamp(normal(next, 37.1 + 0.5 * severity, 0.35), 35, 41.5), 1);
    const spo2 = Math.round(clamp(normal(next, 96.5 - 1.8 * severity, 1.2), 75, 100));
    const rr = Math.round(clamp(normal(next, 17 + 3 * severity, 2), 8, 40));
    const wbc = Math.round(clamp(normal(next, 8500 + 2600 * severity, 1600), 1500, 30000) / 10) * 10;
    const age = Math.round(clamp(normal(next, 55 + 6 * severity, 18), 18, 98));
    const score = severity + normal(next, 0, 0.25);
    const risk = score < -0.1 ? 'low' : score < 0.85 ? 'medium' : 'high';
    rows.push([200001 + i, 1 + Math.floor(next() * 6), hr, sbp, temp, spo2, rr, wbc, age, risk]);
  }
  write('triage.csv', ['patient_id', 'ward', 'heart_rate', 'sbp_mmhg', 'temp_c', 'spo2_pct', 'resp_rate', 'wbc_per_ul', 'age', 'risk'], rows);
  // The same arrivals as charted at a second hospital: a few SpO2 cells left empty as "NA".
  const gaps = rows.map((r, i) => (i % 37 === 11 ? [...r.slice(0, 5), 'NA', ...r.slice(6)] : r));
  write('triage-site2.csv', ['patient_id', 'ward', 'heart_rate', 'sbp_mmhg', 'temp_c', 'spo2_pct', 'resp_rate', 'wbc_per_ul', 'age', 'risk'], gaps);
}

/** los.csv: 420 inpatients, length of stay in days from age, comorbidities and labs. */
function lengthOfStay(): void {
  const next = rng(5603);
  const rows: (string | number)[][] = [];
  const lod: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const age = Math.round(clamp(normal(next, 63, 16), 18, 97));
    const comorbid = Math.round(clamp(normal(next, 1.6 + 0.03 * (age - 63), 1.2), 0, 7));
    const creat = round(clamp(Math.exp(normal(next, 0.05 + 0.12 * comorbid, 0.35)), 0.4, 6), 2);
    const emergency = next() < 0.55 ? 1 : 0;
    const wbcK = round(clamp(normal(next, 8 + 2.5 * emergency, 2.5), 2, 25), 1);
    const albumin = round(clamp(normal(next, 3.9 - 0.15 * comorbid, 0.4), 1.8, 5.2), 1);
    const los = round(clamp(1.5 + 0.06 * (age - 18) + 1.1 * comorbid + 1.4 * creat + 2.2 * emergency + 1.8 * (3.9 - albumin) + normal(next, 0, 1.0), 1, 40), 1);
    rows.push([age, comorbid, creat, emergency, wbcK, albumin, los]);
    // The same stays exported from the lab system, where results under the assay's limit read "<0.5".
    lod.push([age, comorbid, creat < 0.5 ? '<0.5' : creat, emergency, wbcK, albumin, los]);
  }
  const header = ['age', 'comorbidities', 'creatinine_mgdl', 'emergency', 'wbc_k_per_ul', 'albumin_gdl', 'los_days'];
  write('los.csv', header, rows);
  write('los-labexport.csv', header, lod);
}

/** bmi.csv: 320 adults, BMI from height (cm) and weight (kg), with a constant unit column. */
function bmi(): void {
  const next = rng(5604);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 320; i++) {
    const height = round(clamp(normal(next, 170, 10), 145, 205), 1);
    const weight = round(clamp(normal(next, 24.5 * (height / 100) ** 2 + 2, 14), 38, 160), 1);
    const value = round(weight / (height / 100) ** 2, 2);
    rows.push([300001 + i, height, weight, 1, value]);
  }
  write('bmi.csv', ['patient_id', 'height_cm', 'weight_kg', 'scale_unit_kg', 'bmi'], rows);
}

/** vanco.csv: 360 vancomycin loading doses (mg, and the same in g) from weight, age and renal clearance. */
function vancomycin(): void {
  const next = rng(5605);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const weight = round(clamp(normal(next, 78, 17), 40, 150), 1);
    const age = Math.round(clamp(normal(next, 60, 17), 18, 95));
    const crcl = Math.round(clamp(normal(next, 125 - 0.9 * age, 22), 10, 150));
    const mg = Math.round(clamp(15 * weight * (0.45 + 0.55 * Math.min(crcl, 100) / 100) + normal(next, 0, 60), 250, 2500) / 10) * 10;
    rows.push([weight, age, crcl, mg, round(mg / 1000, 3)]);
  }
  write('vanco.csv', ['weight_kg', 'age', 'crcl_ml_min', 'dose_mg', 'dose_g'], rows);
}

/** ecg.csv: 450 twelve-lead ECG summaries (intervals in ms) to a rhythm class. */
function ecg(): void {
  const next = rng(5606);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const u = next();
    const rhythm = u < 0.55 ? 'sinus' : u < 0.8 ? 'af' : 'block';
    const age = Math.round(clamp(normal(next, rhythm === 'sinus' ? 55 : 70, 14), 18, 98));
    const hr = Math.round(clamp(normal(next, rhythm === 'af' ? 105 : rhythm === 'block' ? 58 : 74, 12), 35, 170));
    const pr = Math.round(clamp(rhythm === 'block' ? normal(next, 250, 25) : normal(next, 160, 20), 90, 360));
    const qrs = Math.round(clamp(normal(next, rhythm === 'block' ? 112 : 94, 12), 60, 180));
    const qtc = Math.round(clamp(normal(next, 425, 22), 340, 540));
    const rrsd = Math.round(clamp(rhythm === 'af' ? normal(next, 140, 35) : normal(next, 38, 14), 5, 300));
    rows.push([age, hr, pr, qrs, qtc, rrsd, rhythm]);
  }
  write('ecg.csv', ['age', 'heart_rate', 'pr_ms', 'qrs_ms', 'qtc_ms', 'rr_sd_ms', 'rhythm'], rows);
}

/** readmit.csv: 520 discharges, 30-day readmission (~15%), with IDs, admission dates and ward numbers left in. */
function readmission(): void {
  const next = rng(5607);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const age = Math.round(clamp(normal(next, 66, 15), 18, 99));
    const prior = Math.round(clamp(Math.abs(normal(next, 0, 1.8)), 0, 9));
    const los = round(clamp(Math.exp(normal(next, 1.5, 0.5)), 1, 40), 1);
    const hba1c = round(clamp(normal(next, 6.4, 1.1), 4.5, 13), 1);
    const home = next() < 0.7 ? 1 : 0;
    const z = -3.3 + 0.75 * prior + 0.09 * (los - 5) + 0.5 * (hba1c - 6.4) + 0.03 * (age - 66) - 1.1 * home;
    const readmit = next() < sigmoid(2.2 * z + 3.2) ? 1 : 0;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 730) * 86400000);
    const date = day.toISOString().slice(0, 10);
    const yyyymmdd = Number(date.replace(/-/g, ''));
    rows.push([400001 + i, date, yyyymmdd, 1 + Math.floor(next() * 14), age, prior, los, hba1c, home, readmit]);
  }
  write('readmit.csv', ['patient_id', 'admit_date', 'admit_yyyymmdd', 'ward', 'age', 'prior_admissions', 'los_days', 'hba1c_pct', 'discharged_home', 'readmit_30d'], rows);
}

/** lipids.csv: 380 lipid panels from a European site, in mmol/L: LDL from the others (Friedewald). */
function lipids(): void {
  const next = rng(5608);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const hdl = round(clamp(normal(next, 1.35, 0.35), 0.5, 3), 2);
    const tg = round(clamp(Math.exp(normal(next, 0.35, 0.45)), 0.4, 6), 2);
    const ldl = clamp(normal(next, 3.1, 0.9), 0.8, 6.5);
    const total = round(ldl + hdl + tg / 2.2, 2);
    const age = Math.round(clamp(normal(next, 54, 13), 20, 90));
    const measured = round(clamp(ldl + normal(next, 0, 0.12), 0.5, 7), 2);
    rows.push([age, total, hdl, tg, measured]);
  }
  write('lipids.csv', ['age', 'total_chol_mmol', 'hdl_mmol', 'tg_mmol', 'ldl_mmol'], rows);
}

/** sepsis.csv: 540 ward patients, sepsis within 48 h (~6%), with lactate and a constant site column. */
function sepsis(): void {
  const next = rng(5609);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 540; i++) {
    const sick = next() < 0.06;
    const hr = Math.round(clamp(normal(next, sick ? 112 : 82, 12), 40, 180));
    const temp = round(clamp(normal(next, sick ? 38.6 : 37.0, 0.5), 35, 41.5), 1);
    const lactate = round(clamp(normal(next, sick ? 3.6 : 1.3, 0.7), 0.3, 12), 1);
    const wbc = Math.round(clamp(normal(next, sick ? 16500 : 8000, 2800), 1000, 40000) / 10) * 10;
    const map = Math.round(clamp(normal(next, sick ? 64 : 88, 9), 35, 140));
    const age = Math.round(clamp(normal(next, 64, 16), 18, 99));
    rows.push([hr, temp, lactate, wbc, map, age, 2, sick ? 1 : 0]);
  }
  write('sepsis.csv', ['heart_rate', 'temp_c', 'lactate_mmol', 'wbc_per_ul', 'map_mmhg', 'age', 'hospital_site', 'sepsis_48h'], rows);
}

/** pilot.csv: the first four patients of a pilot study, none of whom has had the outcome yet. */
function pilot(): void {
  write('pilot.csv', ['age', 'sbp_mmhg', 'glucose_mgdl', 'outcome'], [
    [61, 142, 131, 0],
    [48, 121, 98, 0],
    [72, 155, 160, 0],
    [55, 133, 117, 0],
  ]);
}

diabetes();
triage();
lengthOfStay();
bmi();
vancomycin();
ecg();
readmission();
lipids();
sepsis();
pilot();
