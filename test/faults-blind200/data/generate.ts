/**
 * Writes this set's CSVs (dental practices and orthodontists), seeded from 200:
 * `npx tsx test/faults-blind200/data/generate.ts`. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(sep)).join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// perio.csv: periodontal risk at the recall visit; 520 patients, periodontitis 0/1 (~30%).
{
  const next = rng(200);
  const head = ['patient_id', 'last_visit', 'age', 'plaque_index', 'pocket_depth_mm', 'bleeding_pct', 'smoker', 'recalls_per_year', 'annual_spend_eur', 'fav_colour_code', 'periodontitis'];
  const rows: (string | number)[][] = [head];
  for (let i = 0; i < 520; i++) {
    const age = Math.round(clamp(normal(next, 46, 16), 18, 88));
    const smoker = next() < 0.22 ? 1 : 0;
    const recalls = Math.min(4, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.3));
    const plaque = clamp(normal(next, 1.3 - 0.15 * recalls + 0.4 * smoker, 0.5), 0, 3);
    const pocket = clamp(1.8 + Math.exp(normal(next, -0.2 + 0.4 * plaque + 0.012 * (age - 45), 0.45)), 1, 9);
    const bleed = clamp(8 + 18 * plaque + 4 * (pocket - 3) + normal(next, 0, 8), 0, 100);
    const spend = Math.exp(normal(next, 5.6 + 0.25 * recalls, 0.8));
    const fav = Math.floor(next() * 9);
    const z = -1.6 + 1.1 * (pocket - 3.2) + 0.9 * smoker + 0.02 * (age - 46) + 0.02 * (bleed - 30) - 0.2 * recalls;
    const y = next() < sigmoid(1.6 * z) ? 1 : 0;
    const month = 1 + Math.floor(next() * 12), day = 1 + Math.floor(next() * 28);
    rows.push([`P${String(10000 + i * 7)}`, `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, age, r2(plaque), r2(pocket, 1), r2(bleed, 1), smoker, recalls, r2(spend), fav, y]);
  }
  write('perio.csv', rows);
  // perio-gaps.csv: the same export from the old practice software: NA, empty and "?" where a chart was not done.
  const gaps = rows.map((r, i) => {
    if (i === 0) return r;
    const c = r.slice();
    if (i % 13 === 0) c[4] = 'NA';
    if (i % 17 === 0) c[5] = '';
    if (i % 29 === 0) c[3] = '?';
    return c;
  });
  write('perio-gaps.csv', gaps);
  // perio-pct.csv: bleeding on probing exported with a percent sign ("23.5%").
  write('perio-pct.csv', rows.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 5 ? `${v}%` : v)))));
}

// ortho.csv: orthodontic cases; treatment length in months (regression).
{
  const next = rng(200 * 3 + 1);
  const head = ['case_ref', 'age_years', 'crowding_mm', 'overjet_mm', 'overbite_mm', 'extractions', 'aligner', 'wear_hours_day', 'compliance_score', 'shoe_size', 'fee_eur', 'months'];
  const rows: (string | number)[][] = [head];
  for (let i = 0; i < 420; i++) {
    const adult = next() < 0.3;
    const age = adult ? clamp(normal(next, 31, 9), 18, 60) : clamp(normal(next, 13, 2), 9, 17);
    const crowding = clamp(Math.exp(normal(next, 1.3, 0.6)), 0, 14);
    const overjet = clamp(normal(next, 4, 2.2), -3, 12);
    const overbite = clamp(normal(next, 3, 1.6), -4, 9);
    const ext = crowding > 6 && next() < 0.6 ? 1 : 0;
    const aligner = next() < (adult ? 0.6 : 0.25) ? 1 : 0;
    const wear = aligner ? clamp(normal(next, 19, 3), 8, 23) : clamp(normal(next, 22, 1.5), 16, 24);
    const comp = clamp(wear / 24 * 10 + normal(next, 0, 0.4), 0, 10);
    const shoe = Math.round(clamp(normal(next, adult ? 41 : 37, 3), 28, 47));
    const months = clamp(10 + 0.9 * crowding + 0.8 * Math.abs(overjet - 2.5) + 0.6 * Math.abs(overbite - 2) + 6 * ext + 0.15 * (age - 14) - 0.8 * (comp - 8) + normal(next, 0, 2.2), 5, 48);
    const fee = 2800 + 95 * months + 900 * aligner + normal(next, 0, 250);
    rows.push([`OR-${2019 + (i % 6)}-${String(i + 1).padStart(4, '0')}`, r2(age, 1), r2(crowding, 1), r2(overjet, 1), r2(overbite, 1), ext, aligner, r2(wear, 1), r2(comp), shoe, Math.round(fee), r2(months, 1)]);
  }
  write('ortho.csv', rows);
  // ortho-eu.csv: the German branch's export: semicolons and decimal commas.
  write('ortho-eu.csv', rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v))), ';');
}

// claims.csv: procedure category of insurance claims (5 classes, implants rare) from chair-side numbers.
{
  const next = rng(200 * 7 + 3);
  const head = ['claim_no', 'chair_minutes', 'xray_count', 'anaesthetic_ml', 'lab_fee_eur', 'surfaces', 'visits', 'hygienist', 'procedure'];
  const rows: (string | number)[][] = [head];
  const kinds = ['cleaning', 'filling', 'crown', 'root_canal', 'implant'];
  const weights = [0.34, 0.3, 0.16, 0.14, 0.06];
  for (let i = 0; i < 560; i++) {
    let u = next(), k = 0;
    while (u > weights[k] && k < 4) { u -= weights[k]; k++; }
    const base = [[35, 0.3, 0, 0, 0, 1, 1], [40, 1, 1.8, 0, 2, 1, 0], [70, 1.5, 2, 380, 1, 2, 0], [85, 3, 3.6, 0, 1, 2.4, 0], [95, 3.5, 3.6, 1200, 0, 3, 0]][k];
    const mins = clamp(normal(next, base[0], 12), 10, 180);
    const xr = Math.max(0, Math.round(normal(next, base[1], 0.8)));
    const ml = clamp(normal(next, base[2], 0.7), 0, 7.2);
    const lab = base[3] > 0 ? clamp(normal(next, base[3], base[3] * 0.25), 0, 3000) : (next() < 0.05 ? r2(normal(next, 120, 30)) : 0);
    const surf = Math.max(0, Math.round(normal(next, base[4], 0.8)));
    const visits = Math.max(1, Math.round(normal(next, base[5], 0.6)));
    const hyg = next() < (k === 0 ? 0.85 : 0.05) ? 1 : 0;
    rows.push([`CL${900000 + i * 13}`, Math.round(mins), xr, r2(ml, 1), r2(lab), surf, visits, hyg, kinds[k]]);
  }
  write('claims.csv', rows);
  // claims-tab.csv: the same claims copied out of the billing system's grid: tab separated.
  write('claims-tab.csv', rows, '\t');
}

// bookings.csv: appointment no-shows (rare positives ~12%), for imbalance cases.
{
  const next = rng(200 * 11 + 5);
  const head = ['booking_ts', 'lead_days', 'hour', 'prior_noshows', 'age', 'sms_reminder', 'distance_km', 'noshow'];
  const rows: (string | number)[][] = [head];
  for (let i = 0; i < 480; i++) {
    const lead = Math.round(Math.exp(normal(next, 2.3, 0.9)));
    const hour = 8 + Math.floor(next() * 10);
    const prior = Math.min(6, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.6));
    const age = Math.round(clamp(normal(next, 40, 17), 5, 90));
    const sms = next() < 0.7 ? 1 : 0;
    const dist = r2(Math.exp(normal(next, 1.8, 0.7)), 1);
    const z = -3 + 0.04 * lead + 0.9 * prior - 0.9 * sms - 0.02 * (age - 40) + 0.05 * dist + (hour < 9 ? 0.4 : 0);
    const y = next() < sigmoid(1.3 * z + 0.6) ? 1 : 0;
    rows.push([`2025-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, lead, hour, prior, age, sms, dist, y]);
  }
  write('bookings.csv', rows);
}
