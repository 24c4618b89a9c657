/** Writes this set's CSVs (ballet schools and dance companies), seeded from 247. Run once: npx tsx data/generate.ts */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);
const r2 = (x: number, d = 1) => Number(x.toFixed(d));

// students.csv: a ballet school's student records, one row per student and term.
{
  const next = rng(247);
  const rows: string[] = ['student_id,enrolled,age,years_training,classes_per_week,turnout_deg,flexibility_cm,jump_cm,height_cm,weight_kg,attendance_pct,shoe_size,exam_passed,level,exam_mark'];
  const gapRows: string[] = [rows[0]];
  for (let i = 0; i < 480; i++) {
    const age = Math.round(clamp(normal(next, 13, 3), 8, 19));
    const years = clamp(Math.round(age - 5 - next() * 5), 0, 14);
    const classes = Math.round(clamp(normal(next, 2 + years * 0.35, 1), 1, 10));
    const turnout = r2(clamp(normal(next, 120 + years * 3, 12), 80, 180));
    const flex = r2(clamp(normal(next, 8 + years * 0.8, 5), -5, 35));
    const jump = r2(clamp(normal(next, 18 + age * 1.1 + classes * 0.8, 5), 8, 60));
    const height = r2(clamp(normal(next, 110 + age * 4, 6), 115, 185));
    const weight = r2(clamp(height * 0.32 - 12 + normal(next, 0, 3), 20, 75));
    const att = r2(clamp(100 - Math.abs(normal(next, 0, 12)), 40, 100));
    const shoe = Math.round(clamp(normal(next, 37, 3), 30, 44));
    const score = 0.08 * (turnout - 140) + 0.12 * (flex - 14) + 0.05 * (att - 88) + 0.25 * (classes - 5) + normal(next, 0, 0.7);
    const passed = next() < sigmoid(score * 1.4) ? 1 : 0;
    const mark = r2(clamp(62 + 4 * score + normal(next, 0, 3), 20, 99));
    const lv = years + classes * 0.6 + normal(next, 0, 1.2);
    const level = lv > 15.5 ? 'Advanced2' : lv > 11 ? 'Advanced1' : lv > 6.5 ? 'Intermediate' : 'Grade5';
    const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 1800) * 86400000).toISOString().slice(0, 10);
    const row = [`STU-${String(1000 + i)}`, d, age, years, classes, turnout, flex, jump, height, weight, att, shoe, passed, level, mark];
    rows.push(row.join(','));
    const g = row.map(String);
    if (next() < 0.08) g[5] = 'NA';
    if (next() < 0.05) g[10] = '';
    if (next() < 0.03) g[6] = 'n/a';
    gapRows.push(g.join(','));
  }
  out('students.csv', rows.join('\n') + '\n');
  out('students-gaps.csv', gapRows.join('\n') + '\n');
}

// boxoffice.csv: a dance company's performances, raw money and seat counts.
{
  const next = rng(247 * 2 + 1);
  const rows = ['performance_id,date,ticket_price_eur,capacity,marketing_eur,days_on_sale,weekend,nutcracker,guest_principal,month,tickets_sold,revenue_eur'];
  for (let i = 0; i < 400; i++) {
    const price = r2(clamp(normal(next, 55, 20), 15, 140), 2);
    const cap = Math.round([480, 900, 1400, 2200][Math.floor(next() * 4)] * (0.95 + next() * 0.1));
    const mkt = r2(Math.exp(normal(next, 8.5, 0.9)), 0);
    const days = Math.round(clamp(normal(next, 60, 25), 7, 180));
    const weekend = next() < 0.4 ? 1 : 0;
    const month = 1 + Math.floor(next() * 12);
    const nut = month === 12 && next() < 0.7 ? 1 : 0;
    const star = next() < 0.15 ? 1 : 0;
    const fill = clamp(sigmoid(0.4 - 0.025 * (price - 55) + 0.5 * Math.log(mkt / 5000) + 0.6 * weekend + 1.6 * nut + 0.9 * star + 0.006 * (days - 60) + normal(next, 0, 0.35)), 0.05, 1);
    const sold = Math.round(cap * fill);
    const d = `2023-${String(month).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    rows.push([`PRF${i + 1}`, d, price, cap, mkt, days, weekend, nut, star, month, sold, r2(sold * price, 2)].join(','));
  }
  out('boxoffice.csv', rows.join('\n') + '\n');
}

// injuries.csv: company medical export from a European spreadsheet: semicolons, decimal commas.
{
  const next = rng(247 * 3 + 7);
  const rows = ['dancer;rank;age;years_pro;rehearsal_h_week;shows_month;pointe_h_week;sleep_h;bmi;prior_injuries;injured_season'];
  const ranks = ['corps', 'corps', 'corps', 'coryphee', 'soloist', 'principal'];
  for (let i = 0; i < 360; i++) {
    const rank = ranks[Math.floor(next() * ranks.length)];
    const age = r2(clamp(normal(next, 26, 5), 18, 42), 0);
    const yp = clamp(age - 18 + Math.round(normal(next, 0, 1.5)), 0, 24);
    const reh = r2(clamp(normal(next, 28, 7), 10, 48));
    const shows = Math.round(clamp(normal(next, 9, 4), 0, 22));
    const pointe = r2(clamp(normal(next, 9, 4), 0, 22));
    const sleep = r2(clamp(normal(next, 7, 1), 4, 9.5));
    const bmi = r2(clamp(normal(next, 19.5, 1.3), 16, 24), 2);
    const prior = Math.min(6, Math.floor(Math.abs(normal(next, 0, 1.4))));
    const z = -1.1 + 0.07 * (reh - 28) + 0.09 * (shows - 9) + 0.08 * (pointe - 9) - 0.55 * (sleep - 7) + 0.45 * prior + 0.04 * (age - 26);
    const inj = next() < sigmoid(z * 1.6) ? 1 : 0;
    const c = (x: number) => String(x).replace('.', ',');
    rows.push([`D${200 + i}`, rank, age, yp, c(reh), shows, c(pointe), c(sleep), c(bmi), prior, inj].join(';'));
  }
  out('injuries.csv', rows.join('\n') + '\n');
}

// auditions.tsv: audition panel scores, tab-separated, role offered as text (principal is rare).
{
  const next = rng(247 * 5 + 3);
  const rows = ['candidate\tschool\ttechnique\tartistry\tmusicality\tpartnering\textension_deg\tpirouettes\tage\trole'];
  const schools = ['Vaganova', 'RoyalBallet', 'POB', 'SAB', 'Other'];
  for (let i = 0; i < 420; i++) {
    const t = r2(clamp(normal(next, 6.5, 1.5), 1, 10));
    const a = r2(clamp(0.5 * t + normal(next, 3.2, 1.2), 1, 10));
    const m = r2(clamp(0.4 * a + normal(next, 4, 1.2), 1, 10));
    const p = r2(clamp(normal(next, 6, 1.8), 1, 10));
    const ext = r2(clamp(normal(next, 150 + 5 * t, 10), 110, 190), 0);
    const pir = Math.round(clamp(normal(next, 2 + 0.5 * t, 1), 1, 8));
    const age = Math.round(clamp(normal(next, 20, 2), 17, 27));
    const s = 1.0 * t + 0.8 * a + 0.4 * m + 0.3 * p + 0.15 * pir + normal(next, 0, 0.9);
    const role = s > 20.6 ? 'principal' : s > 17 ? 'soloist' : s > 13.8 ? 'corps' : 'apprentice';
    rows.push([`C${i}`, schools[Math.floor(next() * 5)], t, a, m, p, ext, pir, age, role].join('\t'));
  }
  out('auditions.tsv', rows.join('\n') + '\n');
}
