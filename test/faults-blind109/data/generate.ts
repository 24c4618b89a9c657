/**
 * Writes the CSVs of blind fault set 109 (veterinary clinics and animal shelters), seeded so every run
 * gives the same files: `npx tsx test/faults-blind109/data/generate.ts`.
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
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** intake.csv: shelter intakes -> days to adoption (skewed); a copy with "NA" weights. */
function intake(): void {
  const next = rng(10901);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const ts = 1672531200 + i * 34000 + Math.floor(next() * 3000);
    const isCat = next() < 0.45 ? 1 : 0;
    const age = Math.round(clamp(Math.exp(normal(next, 3.0, 0.9)), 1, 200));
    const weight = r1(isCat ? clamp(normal(next, 4.2, 1.1), 0.4, 9) : clamp(Math.exp(normal(next, 2.9, 0.55)), 1.5, 70));
    const black = next() < 0.22 ? 1 : 0;
    const bonded = next() < 0.08 ? 1 : 0;
    const behaviour = Math.round(clamp(normal(next, 6.5, 2), 1, 10));
    const medical = next() < 0.18 ? 1 : 0;
    const photos = Math.round(clamp(normal(next, 4, 2.5), 0, 12));
    const row = Math.floor(next() * 12) + 1;
    const days = Math.round(clamp(10 + 0.22 * age + 0.55 * weight * (1 - isCat) + 9 * black + 18 * medical + 14 * bonded - 3.2 * (behaviour - 6.5) - 2.2 * photos + 0.0006 * age * age + normal(next, 0, 5), 1, 400));
    out.push(days);
    const r: (string | number)[] = [`K-${String(100 + (i % 340)).padStart(4, '0')}`, isoDay(ts), ts, isCat, age, weight, black, bonded, behaviour, medical, photos, row, days];
    rows.push(r);
    const n = [...r];
    if (i % 37 === 11) n[5] = 'NA';
    na.push(n);
  }
  const header = ['kennel_id', 'intake_date', 'intake_ts', 'is_cat', 'age_months', 'weight_kg', 'black_coat', 'bonded_pair', 'behaviour_score', 'medical_needs', 'photos_online', 'kennel_row', 'days_to_adoption'];
  write('intake.csv', header, rows);
  write('intake-na.csv', header, na);
  console.log('days to adoption', med(out));
}

/** vitals.csv: puppy and dog visits with weight in grams -> a rare parvo-positive flag; a copy with empty temperatures. */
function vitals(): void {
  const next = rng(10902);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const ts = 1680307200 + i * 7200 + Math.floor(next() * 3600);
    const age = r1(clamp(Math.exp(normal(next, 2.3, 1.0)), 1.5, 180));
    const weightG = Math.round(clamp(1000 * Math.min(age, 14) / 14 * Math.exp(normal(next, 2.8, 0.5)), 600, 70000));
    const vacc = next() < (age < 4 ? 0.45 : 0.8) ? 1 : 0;
    const vomit = Math.round(clamp(Math.exp(normal(next, 0.4, 0.9)) - 1, 0, 30));
    const temp = r1(clamp(normal(next, 38.6, 0.5), 36.5, 41.5));
    const hr = Math.round(clamp(normal(next, 120 - 0.2 * Math.min(age, 60), 22), 50, 220));
    const wbc = r1(clamp(normal(next, 11, 3), 1, 25));
    const z = -3.4 + 1.0 * (age < 6 ? 1 : 0) - 1.8 * vacc + 0.45 * Math.log(vomit + 1) * 2 + 0.9 * (temp - 38.6) - 0.35 * (wbc - 11) + normal(next, 0, 0.3);
    const p = next() < sigmoid(z * 1.3) ? 1 : 0;
    pos += p;
    const r: (string | number)[] = [`P${700000 + i}`, isoDay(ts), ts, age, weightG, vacc, vomit, temp, hr, wbc, p];
    rows.push(r);
    const b = [...r];
    if (i % 41 === 5) b[7] = '';
    blank.push(b);
  }
  const header = ['patient_id', 'visit_date', 'visit_ts', 'age_months', 'weight_g', 'vaccinated', 'vomiting_episodes', 'temp_c', 'heart_rate_bpm', 'wbc_k_ul', 'parvo_positive'];
  write('vitals.csv', header, rows);
  write('vitals-blank.csv', header, blank);
  console.log('parvo positive', pos, 'of 1000');
}

/** species.csv: mixed-practice patients -> species (a rare ferret class). */
function species(): void {
  const next = rng(10903);
  const rows: (string | number)[][] = [];
  const names = ['dog', 'cat', 'rabbit', 'guinea_pig', 'ferret'];
  const weights = [0.42, 0.33, 0.12, 0.09, 0.04];
  const counts = [0, 0, 0, 0, 0];
  // per class: weight kg, heart rate, resp rate, temp C, body length cm, ear length cm
  const proto = [[18, 100, 22, 38.6, 75, 9], [4.3, 180, 28, 38.7, 46, 6], [2.2, 220, 45, 39.2, 40, 11], [1.0, 270, 90, 38.9, 25, 2.2], [1.1, 230, 38, 38.9, 42, 2.5]];
  const spread = [[8, 18, 5, 0.4, 18, 3], [1, 20, 5, 0.4, 5, 0.8], [0.6, 25, 8, 0.4, 5, 2], [0.2, 30, 12, 0.4, 3, 0.4], [0.35, 30, 8, 0.5, 6, 0.5]];
  for (let i = 0; i < 850; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k], s = spread[k];
    const w = r2(clamp(normal(next, p[0], s[0]), 0.3, 80));
    const hr = Math.round(clamp(normal(next, p[1], s[1]), 40, 380));
    const rr = Math.round(clamp(normal(next, p[2], s[2]), 8, 150));
    const t = r1(clamp(normal(next, p[3], s[3]), 36, 41));
    const len = Math.round(clamp(normal(next, p[4], s[4]), 15, 140));
    const ear = r1(clamp(normal(next, p[5], s[5]), 1, 20));
    let label = k;
    if (next() < 0.02) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([`C-${5000 + i}`, ['north', 'south', 'mobile'][i % 3], w, hr, rr, t, len, ear, names[label]]);
  }
  write('species.csv', ['chart_no', 'clinic', 'weight_kg', 'heart_rate_bpm', 'resp_rate', 'temp_c', 'body_length_cm', 'ear_length_cm', 'species'], rows);
  console.log('species', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** bills.csv: clinic invoices, a semicolon export with decimal commas -> bill in euros (skewed) and in cents. */
function bills(): void {
  const next = rng(10904);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const fmt = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 700; i++) {
    const ts = 1688169600 + i * 40000;
    const sp = next() < 0.55 ? 'dog' : next() < 0.8 ? 'cat' : 'exotic';
    const surgery = next() < 0.3 ? Math.round(clamp(Math.exp(normal(next, 4.0, 0.6)), 10, 400)) : 0;
    const anesthesia = surgery > 0 || next() < 0.05 ? 1 : 0;
    const xrays = Math.round(clamp(Math.exp(normal(next, 0, 0.8)) - 0.6, 0, 12));
    const labs = Math.round(clamp(normal(next, 1.5, 1.3), 0, 8));
    const nights = surgery > 0 ? Math.round(clamp(Math.exp(normal(next, 0.5, 0.7)) - 1, 0, 14)) : (next() < 0.06 ? Math.round(1 + next() * 4) : 0);
    const weight = r1(sp === 'dog' ? clamp(Math.exp(normal(next, 2.9, 0.5)), 2, 70) : sp === 'cat' ? clamp(normal(next, 4.3, 1), 1.5, 9) : clamp(normal(next, 1.2, 0.6), 0.1, 4));
    const bill = r2(clamp((45 + 4.2 * surgery + 160 * anesthesia + 65 * xrays + 38 * labs + 110 * nights + 1.5 * weight) * Math.exp(normal(next, 0, 0.1)), 20, 20000));
    out.push(bill);
    rows.push([`INV-${2023000 + i}`, isoDay(ts), sp, surgery, anesthesia, xrays, labs, nights, fmt(weight), fmt(bill), Math.round(bill * 100)]);
  }
  write('bills.csv', ['invoice_id', 'visit_date', 'species', 'surgery_min', 'anesthesia', 'xrays', 'lab_tests', 'nights_hospitalized', 'weight_kg', 'bill_eur', 'bill_cents'], rows, ';');
  console.log('bill eur', med(out));
}

/** recovery.csv: anaesthesia recoveries -> minutes to sternal recumbency (nonlinear in end temperature). */
function recovery(): void {
  const next = rng(10905);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 600; i++) {
    const weight = r1(clamp(Math.exp(normal(next, 2.4, 0.8)), 0.8, 65));
    const dose = r1(weight * clamp(normal(next, 6, 1.2), 2, 10));
    const surgery = Math.round(clamp(Math.exp(normal(next, 3.7, 0.5)), 10, 240));
    const age = Math.round(clamp(Math.exp(normal(next, 3.6, 0.9)), 3, 220));
    const endTemp = r1(clamp(normal(next, 37.2, 0.9), 34, 39.5));
    const brachy = next() < 0.15 ? 1 : 0;
    const minutes = r1(clamp(12 + 0.9 * (dose / weight - 6) * 3 + 0.08 * surgery + 0.04 * age + 2.5 * Math.max(0, 37.5 - endTemp) ** 2 + 6 * brachy + normal(next, 0, 2.5), 2, 120));
    out.push(minutes);
    rows.push([`A-${i + 1}`, weight, dose, surgery, age, endTemp, brachy, minutes]);
  }
  write('recovery.csv', ['case_no', 'weight_kg', 'propofol_mg', 'surgery_min', 'age_months', 'end_temp_c', 'brachycephalic', 'recovery_min'], rows);
  console.log('recovery min', med(out));
}

intake();
vitals();
species();
bills();
recovery();
