/**
 * Writes the CSVs of test/faults-blind49 (theme: finance, banking and insurance), seeded, so every
 * run gives the same files: `npx tsx test/faults-blind49/data/generate.ts`.
 *
 * loans.csv          800 loans: loan_id, application_date (YYYYMMDD), income, loan_amount, term_months,
 *                    dti (already in [0, 1]), credit_history_years -> default 0/1 (about 10%).
 * loans-export.csv   the same loans as a bank's export: dates as 2021-03-15, a few incomes "N/A".
 * fraud.csv          1500 card transactions: txn_id, amount, hour, merchant one-hot (4), distance_km
 *                    -> fraud 0/1 (about 1.5%).
 * claims.csv         700 motor policies: policy_id, driver_age, vehicle_value, annual_km, prior_claims,
 *                    region_risk -> claim_amount (currency, ~65% zero, heavy tail), claim_k (thousands),
 *                    log_claim (log1p of the amount).
 * credit_bands.csv   600 applicants: utilization, late_payments, account_age_years, num_accounts, income
 *                    -> band (poor/fair/good/excellent) and band_idx 0..3.
 * index_returns.csv  1000 trading days: date, ret_lag1..ret_lag5 (percent), volume_chg -> next_ret
 *                    (percent, almost no signal).
 * mortgage_rates.csv 600 house loans: applicant_id, ltv, credit_score, loan_amount, term_years,
 *                    property_value, dti -> rate (percent).
 * segments.csv       900 bank customers: customer_id, checking_balance, savings_balance,
 *                    monthly_txn_count, card_spend, age, num_products -> segment (4 strings) and its
 *                    one-hot columns seg_mass, seg_affluent, seg_private, seg_business.
 * fx.csv             480 months: month, rate_diff, inflation_diff, gdp_growth_diff, trade_balance_bn
 *                    -> fx_change (percent).
 * loans-q1.csv       a 2-row extract of loans.csv (too few rows to train on).
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

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r4 = (x: number) => Math.round(x * 10000) / 10000;

function dateNumber(next: () => number, fromYear: number, years: number): number {
  const y = fromYear + Math.floor(next() * years);
  const m = 1 + Math.floor(next() * 12);
  const d = 1 + Math.floor(next() * 28);
  return y * 10000 + m * 100 + d;
}
const isoDate = (n: number) => `${Math.floor(n / 10000)}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;

// ---------- loans ----------
function loans(): void {
  const next = rng(4901);
  const rows: (string | number)[][] = [];
  const terms = [12, 24, 36, 60, 120, 240, 360];
  let defaults = 0;
  for (let i = 0; i < 800; i++) {
    const loanId = 100000 + Math.floor(next() * 900000);
    const date = dateNumber(next, 2018, 6);
    const income = Math.round(clamp(Math.exp(normal(next, Math.log(62000), 0.5)), 18000, 400000));
    const term = terms[Math.floor(next() * terms.length)];
    const ratio = Math.exp(normal(next, term >= 120 ? 0.9 : -1.2, 0.6)); // loan / income
    const loanAmount = Math.round(clamp(income * ratio, 2000, 900000) / 100) * 100;
    const dti = clamp(normal(next, 0.32, 0.13), 0.01, 0.95);
    const history = clamp(Math.exp(normal(next, Math.log(9), 0.7)), 0.3, 40);
    const z = -4.6 + 16 * (dti - 0.32) + 1.6 * Math.log(loanAmount / income / (term >= 120 ? 2.5 : 0.3)) - 2.0 * Math.log(history / 9) + normal(next, 0, 0.3);
    const y = next() < sigmoid(z) ? 1 : 0;
    defaults += y;
    rows.push([loanId, date, income, loanAmount, term, r3(dti), r2(history), y]);
  }
  console.log(`loans default rate ${(defaults / rows.length).toFixed(3)}`);
  const header = ['loan_id', 'application_date', 'income', 'loan_amount', 'term_months', 'dti', 'credit_history_years', 'default'];
  write('loans.csv', header, rows);
  write('loans-q1.csv', header, rows.slice(0, 2));
  const next2 = rng(4902);
  write('loans-export.csv', header, rows.map((r) => {
    const copy = [...r];
    copy[1] = isoDate(r[1] as number);
    if (next2() < 0.03) copy[2] = 'N/A';
    return copy;
  }));
}

// ---------- fraud ----------
function fraud(): void {
  const next = rng(4903);
  const rows: (string | number)[][] = [];
  let frauds = 0;
  for (let i = 0; i < 1500; i++) {
    const txnId = 5000000 + i * 7 + Math.floor(next() * 7);
    const m = next();
    const merchant = m < 0.4 ? 0 : m < 0.6 ? 1 : m < 0.88 ? 2 : 3; // grocery, fuel, online, travel
    const amount = r2(clamp(Math.exp(normal(next, merchant === 3 ? Math.log(600) : merchant === 2 ? Math.log(80) : Math.log(45), 0.9)), 1, 25000));
    const hour = Math.floor(clamp(normal(next, 14, 4.5), 0, 23.99));
    const distance = r2(clamp(Math.exp(normal(next, Math.log(8), 1.3)), 0.1, 9000));
    const night = hour <= 4 || hour >= 23 ? 1 : 0;
    const z = -11.6 + 2.6 * Math.log(distance / 8) + 1.4 * Math.log(amount / 50) + 4 * night + (merchant === 2 ? 2.5 : merchant === 3 ? 1.5 : 0);
    const y = next() < sigmoid(z) ? 1 : 0;
    frauds += y;
    rows.push([txnId, amount, hour, merchant === 0 ? 1 : 0, merchant === 1 ? 1 : 0, merchant === 2 ? 1 : 0, merchant === 3 ? 1 : 0, distance, y]);
  }
  console.log(`fraud rate ${(frauds / rows.length).toFixed(4)}`);
  write('fraud.csv', ['txn_id', 'amount', 'hour', 'merch_grocery', 'merch_fuel', 'merch_online', 'merch_travel', 'distance_km', 'fraud'], rows);
}

// ---------- claims ----------
function claims(): void {
  const next = rng(4904);
  const rows: (string | number)[][] = [];
  let zeros = 0;
  for (let i = 0; i < 700; i++) {
    const policyId = 70000000 + Math.floor(next() * 9999999);
    const age = Math.round(clamp(normal(next, 44, 14), 18, 85));
    const vehicleValue = Math.round(clamp(Math.exp(normal(next, Math.log(22000), 0.6)), 3000, 180000) / 100) * 100;
    const annualKm = r2(clamp(normal(next, 14, 6), 1, 60)); // thousands of km
    const prior = Math.min(5, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.7));
    const regionRisk = r3(clamp(next() * 0.9 + 0.05, 0, 1));
    const young = age < 25 ? 1 : 0;
    const zClaim = -0.9 + 1.1 * prior + 3.0 * (regionRisk - 0.5) + 1.6 * young + 0.06 * (annualKm - 14) + 0.02 * (age > 70 ? age - 70 : 0);
    const claims = next() < sigmoid(zClaim * 2.6);
    let amount = 0;
    if (claims) {
      const severity = Math.log(vehicleValue) - 2.3 + 0.35 * prior + normal(next, 0, 0.45);
      amount = Math.round(Math.exp(severity));
      if (next() < 0.03) amount = Math.round(amount * (20 + next() * 40)); // a few huge (injury) claims
    } else zeros++;
    rows.push([policyId, age, vehicleValue, annualKm, prior, regionRisk, amount, r3(amount / 1000), r4(Math.log1p(amount))]);
  }
  console.log(`claims zero share ${(zeros / rows.length).toFixed(3)}`);
  write('claims.csv', ['policy_id', 'driver_age', 'vehicle_value', 'annual_km', 'prior_claims', 'region_risk', 'claim_amount', 'claim_k', 'log_claim'], rows);
}

// ---------- credit bands ----------
function creditBands(): void {
  const next = rng(4905);
  const rows: (string | number)[][] = [];
  const names = ['poor', 'fair', 'good', 'excellent'];
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 600; i++) {
    const util = r3(clamp(next() ** 1.3, 0, 1));
    const late = Math.min(12, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.5));
    const ageYears = r2(clamp(Math.exp(normal(next, Math.log(8), 0.7)), 0.2, 45));
    const accounts = Math.max(1, Math.round(normal(next, 5, 2.5)));
    const income = Math.round(clamp(Math.exp(normal(next, Math.log(55000), 0.5)), 12000, 500000));
    const score = 700 - 160 * util - 28 * late + 45 * Math.log(ageYears / 8) + 4 * (accounts - 5) + 20 * Math.log(income / 55000) + normal(next, 0, 14);
    const band = score < 560 ? 0 : score < 630 ? 1 : score < 690 ? 2 : 3;
    counts[band]++;
    rows.push([util, late, ageYears, accounts, income, names[band], band]);
  }
  console.log(`credit band counts ${counts.join('/')}`);
  write('credit_bands.csv', ['utilization', 'late_payments', 'account_age_years', 'num_accounts', 'income', 'band', 'band_idx'], rows);
}

// ---------- index returns ----------
function indexReturns(): void {
  const next = rng(4906);
  const rows: (string | number)[][] = [];
  const rets: number[] = [];
  for (let i = 0; i < 1006; i++) rets.push(normal(next, 0.03, 1.0));
  let day = 20100104;
  for (let i = 5; i < 1005; i++) {
    const lags = [rets[i], rets[i - 1], rets[i - 2], rets[i - 3], rets[i - 4]];
    const volume = normal(next, 0, 0.2);
    const nextRet = 0.06 * lags[0] - 0.03 * lags[1] + normal(next, 0.03, 1.0);
    rets[i + 1] = nextRet;
    rows.push([day, ...lags.map(r3), r3(volume), r3(nextRet)]);
    day += 1; // not a calendar; it only has to look like a date column
  }
  write('index_returns.csv', ['date', 'ret_lag1', 'ret_lag2', 'ret_lag3', 'ret_lag4', 'ret_lag5', 'volume_chg', 'next_ret'], rows);
}

// ---------- mortgage rates ----------
function mortgage(): void {
  const next = rng(4907);
  const rows: (string | number)[][] = [];
  const terms = [15, 20, 25, 30];
  for (let i = 0; i < 600; i++) {
    const applicantId = 300000 + Math.floor(next() * 600000);
    const property = Math.round(clamp(Math.exp(normal(next, Math.log(420000), 0.55)), 60000, 6000000) / 1000) * 1000;
    const ltv = r3(clamp(normal(next, 0.72, 0.14), 0.2, 0.97));
    const loanAmount = Math.round(property * ltv / 100) * 100;
    const score = Math.round(clamp(normal(next, 715, 55), 540, 850));
    const term = terms[Math.floor(next() * terms.length)];
    const dti = r3(clamp(normal(next, 0.33, 0.1), 0.05, 0.65));
    const rate = 4.1 + 3.2 * Math.max(0, ltv - 0.6) + 2.2 * Math.max(0, ltv - 0.85) * 4 + (740 - score) / 55 + 0.035 * (term - 15) + 2.0 * (dti - 0.33)
      - 0.25 * Math.log(loanAmount / 300000) + normal(next, 0, 0.2);
    rows.push([applicantId, ltv, score, loanAmount, term, property, dti, r3(clamp(rate, 1.5, 14))]);
  }
  write('mortgage_rates.csv', ['applicant_id', 'ltv', 'credit_score', 'loan_amount', 'term_years', 'property_value', 'dti', 'rate'], rows);
}

// ---------- customer segments ----------
function segments(): void {
  const next = rng(4908);
  const rows: (string | number)[][] = [];
  const names = ['mass', 'affluent', 'private', 'business'];
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 900; i++) {
    const u = next();
    const seg = u < 0.5 ? 0 : u < 0.75 ? 1 : u < 0.87 ? 2 : 3;
    counts[seg]++;
    const customerId = 10000000 + Math.floor(next() * 89999999);
    const checking = Math.round(Math.exp(normal(next, [Math.log(2500), Math.log(25000), Math.log(180000), Math.log(90000)][seg], 0.6)));
    const savings = Math.round(Math.exp(normal(next, [Math.log(6000), Math.log(120000), Math.log(1500000), Math.log(40000)][seg], 0.6)));
    const txns = Math.max(0, Math.round(normal(next, [35, 45, 30, 260][seg], [12, 15, 12, 60][seg])));
    const spend = Math.round(Math.exp(normal(next, [Math.log(900), Math.log(3500), Math.log(9000), Math.log(6000)][seg], 0.5)));
    const age = Math.round(clamp(normal(next, [38, 47, 58, 45][seg], 12), 18, 90));
    const products = Math.max(1, Math.round(normal(next, [2, 3.5, 5, 4][seg], 1)));
    rows.push([customerId, checking, savings, txns, spend, age, products, names[seg], ...names.map((_, k) => (k === seg ? 1 : 0))]);
  }
  console.log(`segment counts ${counts.join('/')}`);
  write('segments.csv', ['customer_id', 'checking_balance', 'savings_balance', 'monthly_txn_count', 'card_spend', 'age', 'num_products', 'segment', 'seg_mass', 'seg_affluent', 'seg_private', 'seg_business'], rows);
}

// ---------- fx ----------
function fx(): void {
  const next = rng(4909);
  const rows: (string | number)[][] = [];
  let month = 198501;
  for (let i = 0; i < 480; i++) {
    const rateDiff = r2(normal(next, 0.5, 1.8));
    const inflDiff = r2(normal(next, 0.3, 1.5));
    const gdpDiff = r2(normal(next, 0, 1.2));
    const trade = r2(normal(next, -5, 22)); // billions
    const change = 0.55 * rateDiff - 0.45 * inflDiff + 0.3 * gdpDiff + 0.025 * trade + 0.15 * rateDiff * gdpDiff + normal(next, 0, 0.45);
    rows.push([month, rateDiff, inflDiff, gdpDiff, trade, r3(change)]);
    month = month % 100 === 12 ? month + 89 : month + 1;
  }
  write('fx.csv', ['month', 'rate_diff', 'inflation_diff', 'gdp_growth_diff', 'trade_balance_bn', 'fx_change'], rows);
}

loans();
fraud();
claims();
creditBands();
indexReturns();
mortgage();
segments();
fx();
