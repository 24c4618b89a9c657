/**
 * Writes the CSVs of test/faults-blind58 (people analytics and insurance), seeded, so every run gives
 * the same files: `npx tsx test/faults-blind58/data/generate.ts`.
 *
 * - employees.csv: 640 employees of a mid-size firm (id, hire date as a Unix epoch, age, tenure in
 *   months, salary in currency units, rating 1-5, monthly overtime hours, department one-hot, remote
 *   flag); targets `attrition` (0/1, about 12%) and `next_salary` (next year's salary).
 * - candidates.csv: 420 screened candidates (test score 0-100, years of experience, interview 1-10,
 *   referral flag, degree level 0-3); target `hired` (0/1, about 30%) and `offer` (starting offer).
 * - policies.csv: 720 motor policies (id, holder age, vehicle value, annual km, prior claims, postcode
 *   as a number, urban flag, years licensed); target `claim` (0/1, about 9%).
 * - claims.csv: 400 settled claims (policy facts, adjuster severity 1-10, injury flag); targets
 *   `claim_amount` (currency, heavy-tailed), `log_amount` (its natural log) and `days_to_settle`.
 * - risk.csv: 520 questionnaires (q1..q6 Likert 1-5, smoker, bmi, age) → `tier` low/medium/high/decline.
 * - branch-north.csv: 300 employees of one branch, with a `branch_code` column constant for the branch.
 * Broken on purpose (for data-error specs): employees-hris-export.csv (overtime cells "N/A" in a few
 * rows, as exported by an HR system), policies-pilot.csv (6 rows of a pilot branch), claims-2023.csv
 * (amounts written with a currency symbol and thousands separators in the vehicle value column).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

// ---------------------------------------------------------------- employees
const DEPTS = ['sales', 'eng', 'ops', 'hr'];
const DEPT_BASE: Record<string, number> = { sales: 52000, eng: 78000, ops: 45000, hr: 50000 };
const NOW_EPOCH = 1704067200; // 2024-01-01
const MONTH = 2629800;

interface Employee {
  id: number; hire: number; age: number; tenure: number; salary: number; rating: number; overtime: number;
  dept: string; remote: number; attrition: number; next: number;
}

function employees(seed: number, count: number, idBase: number): Employee[] {
  const next = rng(seed);
  const out: Employee[] = [];
  for (let i = 0; i < count; i++) {
    const dept = DEPTS[Math.floor(next() * DEPTS.length)];
    const tenure = Math.round(clamp(Math.abs(normal(next, 0, 60)), 1, 190));
    const hire = NOW_EPOCH - tenure * MONTH - Math.floor(next() * MONTH);
    const age = Math.round(clamp(22 + tenure / 12 + Math.abs(normal(next, 8, 8)), 21, 64));
    const rating = Math.round(clamp(normal(next, 3.2, 0.9), 1, 5));
    const salary = Math.round(DEPT_BASE[dept] + 900 * (tenure / 12) + 350 * (age - 22) + 2500 * (rating - 3) + normal(next, 0, 3000));
    const overtime = round(clamp(Math.abs(normal(next, 12, 14)), 0, 80), 1);
    const remote = next() < 0.3 ? 1 : 0;
    const relPay = (salary - DEPT_BASE[dept] - 900 * (tenure / 12)) / 6000;
    const z = -3.3 + 0.09 * (overtime - 12) - 0.9 * (rating - 3.2) - 0.35 * (tenure / 12 - 4) - 0.5 * relPay - 0.4 * remote;
    const attrition = next() < sigmoid(z) ? 1 : 0;
    const nextSalary = Math.round(salary * (1.025 + 0.015 * (rating - 3)) + (dept === 'eng' ? 1500 : 0) + normal(next, 0, 800));
    out.push({ id: idBase + i * 7 + Math.floor(next() * 5), hire, age, tenure, salary, rating, overtime, dept, remote, attrition, next: nextSalary });
  }
  return out;
}

const EMP_HEADER = ['employee_id', 'hire_epoch', 'age', 'tenure_months', 'salary', 'rating', 'overtime_hours',
  'dept_sales', 'dept_eng', 'dept_ops', 'dept_hr', 'remote', 'attrition', 'next_salary'];
const empRow = (e: Employee): (string | number)[] => [e.id, e.hire, e.age, e.tenure, e.salary, e.rating, e.overtime,
  ...DEPTS.map((d) => (d === e.dept ? 1 : 0)), e.remote, e.attrition, e.next];

const staff = employees(5801, 640, 200000);
write('employees.csv', EMP_HEADER, staff.map(empRow));
console.log(`  attrition rate ${(staff.filter((e) => e.attrition).length / staff.length).toFixed(3)}`);

// The HR system's export writes "N/A" where overtime was never recorded.
const naNext = rng(5802);
write('employees-hris-export.csv', EMP_HEADER, staff.slice(0, 300).map((e) => {
  const row = empRow(e);
  if (naNext() < 0.06) row[6] = 'N/A';
  return row;
}));

const north = employees(5803, 300, 500000);
write('branch-north.csv', [...EMP_HEADER.slice(0, 11), 'branch_code', ...EMP_HEADER.slice(11)],
  north.map((e) => { const r = empRow(e); return [...r.slice(0, 11), 4, ...r.slice(11)]; }));

// ---------------------------------------------------------------- candidates
{
  const next = rng(5804);
  const rows: (string | number)[][] = [];
  let hiredCount = 0;
  for (let i = 0; i < 420; i++) {
    const test = round(clamp(normal(next, 64, 15), 5, 100), 0);
    const years = round(clamp(Math.abs(normal(next, 4, 4)), 0, 25), 1);
    const interview = Math.round(clamp(normal(next, 5.5 + (test - 64) / 30, 1.8), 1, 10));
    const referral = next() < 0.2 ? 1 : 0;
    const degree = Math.floor(next() * 4);
    const z = -1.2 + 0.09 * (test - 64) + 0.25 * (years - 4) + 0.8 * (interview - 5.5) + 1.0 * referral + 0.3 * (degree - 1.5);
    const hired = next() < sigmoid(z) ? 1 : 0;
    hiredCount += hired;
    const offer = Math.round(38000 + 2200 * years + 180 * (test - 64) + 2500 * degree + normal(next, 0, 2500));
    rows.push([3000 + i, test, years, interview, referral, degree, hired, offer]);
  }
  write('candidates.csv', ['candidate_id', 'test_score', 'years_experience', 'interview', 'referral', 'degree_level', 'hired', 'offer'], rows);
  console.log(`  hired rate ${(hiredCount / 420).toFixed(3)}`);
}

// ---------------------------------------------------------------- policies
{
  const next = rng(5805);
  const rows: (string | number)[][] = [];
  let claims = 0;
  for (let i = 0; i < 720; i++) {
    const age = Math.round(clamp(normal(next, 45, 15), 18, 88));
    const licensed = Math.max(0, Math.min(age - 17, Math.round(age - 18 - Math.abs(normal(next, 0, 4)))));
    const value = Math.round(clamp(Math.exp(normal(next, Math.log(22000), 0.5)), 3000, 150000));
    const km = Math.round(clamp(normal(next, 14000, 6000), 1500, 50000));
    const prior = Math.min(5, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.45));
    const postcode = 1000 + Math.floor(next() * 9000);
    const urban = postcode < 4000 ? 1 : 0;
    const young = age < 25 ? 1 : 0;
    const z = -3.7 + 2.4 * young + 1.3 * prior + 1.1 * (km - 14000) / 6000 + 1.2 * urban - 0.03 * (licensed - 20);
    const claim = next() < sigmoid(z) ? 1 : 0;
    claims += claim;
    rows.push([900000 + i * 3, age, licensed, value, km, prior, postcode, urban, claim]);
  }
  write('policies.csv', ['policy_id', 'holder_age', 'years_licensed', 'vehicle_value', 'annual_km', 'prior_claims', 'postcode', 'urban', 'claim'], rows);
  console.log(`  claim rate ${(claims / 720).toFixed(3)}`);
  write('policies-pilot.csv', ['policy_id', 'holder_age', 'years_licensed', 'vehicle_value', 'annual_km', 'prior_claims', 'postcode', 'urban', 'claim'], rows.slice(0, 6));
}

// ---------------------------------------------------------------- claims
{
  const next = rng(5806);
  const rows: (string | number)[][] = [];
  const raw: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(clamp(normal(next, 42, 15), 18, 88));
    const value = Math.round(clamp(Math.exp(normal(next, Math.log(22000), 0.5)), 3000, 150000));
    const km = Math.round(clamp(normal(next, 15000, 6000), 1500, 50000));
    const severity = Math.round(clamp(normal(next, 4.5, 2), 1, 10));
    const injury = next() < 0.18 + 0.04 * severity ? 1 : 0;
    const logAmount = 6.8 + 0.28 * severity + 0.9 * injury + 0.45 * Math.log(value / 22000) + normal(next, 0, 0.25);
    const amount = Math.round(Math.exp(logAmount));
    const days = Math.round(clamp(12 + 5 * severity + 30 * injury + 0.00012 * amount + normal(next, 0, 5), 2, 400));
    rows.push([700000 + i, age, value, km, severity, injury, amount, round(logAmount, 4), days]);
    raw.push([700000 + i, age, `"$${value.toLocaleString('en-US')}"`, km, severity, injury, amount, round(logAmount, 4), days]);
  }
  const header = ['claim_id', 'holder_age', 'vehicle_value', 'annual_km', 'severity', 'injury', 'claim_amount', 'log_amount', 'days_to_settle'];
  write('claims.csv', header, rows);
  write('claims-2023.csv', header, raw);
  const amounts = rows.map((r) => Number(r[6])).sort((a, b) => a - b);
  console.log(`  claim amount median ${amounts[200]} p95 ${amounts[380]} max ${amounts[399]}`);
}

// ---------------------------------------------------------------- risk questionnaire
{
  const next = rng(5807);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = { low: 0, medium: 0, high: 0, decline: 0 };
  for (let i = 0; i < 520; i++) {
    const q = Array.from({ length: 6 }, () => Math.round(clamp(normal(next, 3, 1.2), 1, 5)));
    const smoker = next() < 0.22 ? 1 : 0;
    const bmi = round(clamp(normal(next, 26, 4.5), 16, 45), 1);
    const age = Math.round(clamp(normal(next, 44, 13), 18, 80));
    const score = 0.5 * (q[0] + q[1] + q[2]) + 0.25 * (q[3] + q[4]) - 0.1 * q[5] + 2.2 * smoker + 0.15 * (bmi - 26) + 0.05 * (age - 44) + normal(next, 0, 0.4);
    const tier = score < 4.6 ? 'low' : score < 6.0 ? 'medium' : score < 7.6 ? 'high' : 'decline';
    counts[tier]++;
    rows.push([...q, smoker, bmi, age, tier]);
  }
  write('risk.csv', ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'smoker', 'bmi', 'age', 'tier'], rows);
  console.log(`  tiers ${JSON.stringify(counts)}`);
}
