/**
 * Writes the CSVs of fault set blind242 (wildlife rescue and rehabilitation centres), seeded from 242.
 * Run once: npx tsx test/faults-blind242/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(sep)).join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. intake.csv: admissions of one centre, released (0/1) after rehabilitation.
{
  const R = rng(242001);
  const rows: (string | number)[][] = [['case_id', 'admitted', 'weight_g', 'wing_or_body_cm', 'age_est_days', 'body_condition', 'temp_c', 'dehydration_pct', 'wound_score', 'hours_before_admit', 'finder_postcode_digit', 'released']];
  for (let i = 0; i < 480; i++) {
    const weight = Math.exp(normal(R, 6.2, 1.4)); // skewed: 30 g songbirds to 15 kg swans/foxes
    const length = 4 * Math.pow(weight, 1 / 3) + normal(R, 0, 2); // collinear with weight
    const age = clamp(Math.round(Math.exp(normal(R, 4.5, 1.2))), 1, 3650);
    const bc = clamp(Math.round(normal(R, 3, 1)), 1, 5);
    const temp = normal(R, 39.5, 1.3);
    const dehyd = clamp(normal(R, 6, 3.5), 0, 15);
    const wound = clamp(Math.round(normal(R, 2, 1.5)), 0, 5);
    const hours = clamp(Math.exp(normal(R, 2, 1)), 0.5, 96);
    const postcode = Math.floor(R() * 10); // no effect
    const z = 0.9 * (bc - 3) - 0.35 * (dehyd - 6) - 0.7 * (wound - 2) - 0.02 * (hours - 10) - 0.6 * Math.abs(temp - 39.5) + 0.15 * Math.log(age) + 0.2;
    const released = R() < sigmoid(1.6 * z) ? 1 : 0;
    const month = 1 + Math.floor(R() * 12), day = 1 + Math.floor(R() * 28);
    rows.push([`WR-${24000 + i}`, `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, r2(weight, 1), r2(length, 1), age, bc, r2(temp, 1), r2(dehyd, 1), wound, r2(hours, 1), postcode, released]);
  }
  write('intake.csv', rows);
  // The same admissions with the gaps of the real intake sheet: NA, empty and "?" where staff did not record.
  const G = rng(242002);
  const gaps = rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j >= 2 && j <= 9 && G() < 0.04 ? ['NA', '', '?'][Math.floor(G() * 3)] : c))));
  write('intake-gaps.csv', gaps);
}

// 2. triage.csv: the species group from the intake exam, 4 string classes, bats rare.
{
  const R = rng(242003);
  const groups = [
    { name: 'bird', p: 0.48, logw: 5.0, temp: 41, len: 22, hr: 300 },
    { name: 'mammal', p: 0.3, logw: 7.0, temp: 38.3, len: 35, hr: 160 },
    { name: 'reptile', p: 0.14, logw: 6.0, temp: 24, len: 30, hr: 40 },
    { name: 'bat', p: 0.08, logw: 3.0, temp: 35, len: 8, hr: 500 },
  ];
  const rows: (string | number)[][] = [['case_id', 'weight_g', 'body_len_cm', 'temp_c', 'heart_rate_bpm', 'resp_rate', 'species_group']];
  for (let i = 0; i < 420; i++) {
    let u = R(), g = groups[0];
    for (const c of groups) { if (u < c.p) { g = c; break; } u -= c.p; }
    const w = Math.exp(normal(R, g.logw, 0.9));
    const len = Math.max(2, g.len * Math.exp(normal(R, 0, 0.3)));
    const temp = normal(R, g.temp, 1.6);
    const hr = Math.max(10, normal(R, g.hr, g.hr * 0.25));
    const resp = Math.max(2, normal(R, g.hr / 6, 8));
    rows.push([`T${5000 + i}`, r2(w, 1), r2(len, 1), r2(temp, 1), Math.round(hr), Math.round(resp), g.name]);
  }
  write('triage.csv', rows);
}

// 3. stay.csv: days in care (regression, raw units) and food cost in dollars for hedgehogs and birds.
{
  const R = rng(242004);
  const rows: (string | number)[][] = [['case_id', 'weight_g', 'age_est_days', 'wound_score', 'dehydration_pct', 'orphaned', 'parasite_load', 'days_in_care', 'food_cost_usd']];
  for (let i = 0; i < 400; i++) {
    const w = Math.exp(normal(R, 6, 0.9));
    const age = clamp(Math.round(Math.exp(normal(R, 4, 1.3))), 1, 2000);
    const wound = clamp(Math.round(normal(R, 2, 1.4)), 0, 5);
    const dehyd = clamp(normal(R, 5, 3), 0, 15);
    const orphan = age < 40 && R() < 0.7 ? 1 : 0;
    const para = clamp(Math.round(normal(R, 1.5, 1.2)), 0, 4);
    const days = clamp(8 + 6 * wound + 1.2 * dehyd + 25 * orphan + 3 * para - 2 * Math.log(age) + normal(R, 0, 4), 1, 160);
    const cost = days * (0.8 + w / 800) + normal(R, 0, 5);
    rows.push([`S${700 + i}`, r2(w, 1), age, wound, r2(dehyd, 1), orphan, para, r2(days, 1), r2(Math.max(1, cost), 2)]);
  }
  write('stay.csv', rows);
}

// 4. bloods-eu.csv: the partner vet lab's export, semicolons and decimal commas; survived 0/1 at 7 days.
{
  const R = rng(242005);
  const rows: (string | number)[][] = [['sample_id', 'pcv_pct', 'total_protein_g_dl', 'glucose_mmol_l', 'uric_acid_umol_l', 'lead_ug_dl', 'survived_7d']];
  const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 360; i++) {
    const pcv = clamp(normal(R, 40, 9), 10, 65);
    const tp = clamp(normal(R, 3.6, 0.9), 1, 7);
    const glu = clamp(normal(R, 14, 4), 2, 30);
    const ua = Math.exp(normal(R, 6, 0.6));
    const lead = Math.exp(normal(R, 2, 1.1));
    const z = 0.12 * (pcv - 40) + 0.9 * (tp - 3.6) - 0.25 * Math.abs(glu - 14) - 0.004 * (ua - 400) - 0.03 * (lead - 7) + 0.8;
    const y = R() < sigmoid(1.3 * z) ? 1 : 0;
    rows.push([`LAB/${i + 1}`, dc(pcv, 1), dc(tp, 2), dc(glu, 1), dc(ua, 0), dc(lead, 1), y]);
  }
  write('bloods-eu.csv', rows, ';');
}

// 5. volunteers.csv: tab-separated rota sheet; weekly feeds completed (regression, target ~100s).
{
  const R = rng(242006);
  const rows: (string | number)[][] = [['week', 'volunteers', 'volunteer_hours', 'patients', 'orphans', 'rain_mm', 'feeds_done']];
  for (let i = 0; i < 300; i++) {
    const vol = Math.round(clamp(normal(R, 14, 4), 3, 30));
    const hours = vol * clamp(normal(R, 5, 1.2), 1, 10);
    const pats = Math.round(clamp(normal(R, 60, 25), 5, 150));
    const orph = Math.round(clamp(pats * R() * 0.4, 0, 60));
    const rain = Math.max(0, normal(R, 20, 15));
    const feeds = Math.min(pats * 3 + orph * 8, 6 * hours) + normal(R, 0, 12) - 0.3 * rain;
    rows.push([`2023-W${(i % 52) + 1}`, vol, r2(hours, 1), pats, orph, r2(rain, 1), r2(Math.max(0, feeds), 1)]);
  }
  write('volunteers.csv', rows, '\t');
}
