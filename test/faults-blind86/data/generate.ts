/**
 * Writes the CSVs of the eighty-sixth blind fault set (courts, legal services and justice),
 * seeded so every run gives the same files: `npx tsx test/faults-blind86/data/generate.ts`.
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
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** cases.csv: civil cases, their duration in days and their outcome (4 classes, dismissals rare). */
function cases(): void {
  const next = rng(8601);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 560; i++) {
    const docket = `CV-${21 + Math.floor(i / 200)}-${String(1000 + i * 7).padStart(5, '0')}`;
    const court = 1 + Math.floor(next() * 12);
    const filed = 1609459200 + Math.floor(next() * 3 * 365 * 86400);
    const claim = Math.round(clamp(Math.exp(normal(next, 10.5, 1.5)), 300, 5000000));
    const parties = 2 + Math.min(6, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2));
    const motions = Math.round(clamp(normal(next, 6, 4), 0, 25));
    const experts = Math.min(4, Math.floor(next() * next() * 5));
    const jury = next() < 0.3 ? 1 : 0;
    const caseload = Math.round(clamp(normal(next, 420, 140), 150, 900));
    const logClaim = Math.log(claim / 36000);
    const duration = Math.round(clamp(260 + 38 * logClaim + 22 * (parties - 3) + 11 * (motions - 6) + 55 * experts + 140 * jury
      + 0.3 * (caseload - 420) + normal(next, 0, 30), 20, 2000));
    const sSettled = 0.4 + 0.35 * logClaim - 0.9 * jury + 0.15 * (parties - 3);
    const sPlaintiff = -0.3 + 0.8 * experts + 0.9 * jury - 0.1 * (motions - 6);
    const sDefense = 0.1 - 0.45 * logClaim + 0.15 * (motions - 6) - 0.4 * experts;
    const sDismissed = -1.0 + 0.35 * (motions - 6) - 0.6 * logClaim - 0.5 * experts;
    const scores = [sSettled, sPlaintiff, sDefense, sDismissed];
    let k = scores.indexOf(Math.max(...scores));
    if (next() < 0.02) k = Math.floor(next() * 4);
    const outcome = ['settled', 'plaintiff_verdict', 'defense_verdict', 'dismissed'][k];
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    const row = [docket, court, filed, claim, parties, motions, experts, jury, caseload, duration, outcome];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['docket_no', 'court_id', 'filed_ts', 'claim_usd', 'parties', 'motions_filed', 'expert_witnesses', 'jury_trial', 'judge_caseload', 'duration_days', 'outcome'];
  write('cases.csv', header, rows);
  write('cases-export-na.csv', header, naRows);
  console.log('case outcomes', JSON.stringify(counts));
}

/** sentencing.csv: defendants, the sentence in months and the custody type (3 classes). */
function sentencing(): void {
  const next = rng(8602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 640; i++) {
    const ts = 1672531200 + Math.floor(next() * 2 * 365 * 86400);
    const age = Math.round(clamp(normal(next, 34, 11), 18, 78));
    const severity = 1 + Math.floor(next() * 10);
    const priors = Math.round(clamp(Math.exp(normal(next, 0.4, 1)) - 1, 0, 30));
    const plea = next() < 0.7 ? 1 : 0;
    const weapon = next() < 0.15 ? 1 : 0;
    const grams = next() < 0.25 ? r1(clamp(Math.exp(normal(next, 3.5, 1.6)), 0.5, 5000)) : 0;
    const months = r1(clamp(3 + 4.5 * severity + 2.4 * priors - 7 * plea + 14 * weapon + 3 * Math.log1p(grams) - 0.08 * (age - 34) + normal(next, 0, 3), 0, 240));
    const latent = months + normal(next, 0, 2);
    const custody = latent < 12 ? 'probation' : latent < 30 ? 'jail' : 'prison';
    counts[custody] = (counts[custody] ?? 0) + 1;
    rows.push([550000 + i, ts, age, severity, priors, plea, weapon, grams, months, custody]);
  }
  write('sentencing.csv', ['defendant_id', 'hearing_ts', 'age', 'offense_severity', 'prior_convictions', 'plea_deal', 'weapon', 'drug_grams', 'sentence_months', 'custody'], rows);
  console.log('custody', JSON.stringify(counts));
}

/** appeals.csv: appeals and whether the judgment was overturned (rare). */
function appeals(): void {
  const next = rng(8603);
  const rows: (string | number)[][] = [];
  let positives = 0;
  for (let i = 0; i < 900; i++) {
    const trialDays = 1 + Math.floor(Math.exp(normal(next, 1.4, 0.9)));
    const amount = Math.round(clamp(Math.exp(normal(next, 11.5, 1.8)), 1000, 50000000));
    const dissent = next() < 0.1 ? 1 : 0;
    const novel = next() < 0.15 ? 1 : 0;
    const proSe = next() < 0.2 ? 1 : 0;
    const reversalRate = r3(clamp(normal(next, 0.1, 0.05), 0.01, 0.35));
    const pages = Math.round(clamp(normal(next, 48, 18), 8, 140));
    const z = -3.4 + 2.0 * dissent + 1.3 * novel - 1.2 * proSe + 9 * (reversalRate - 0.1) + 0.2 * Math.log(amount / 100000) + 0.01 * (pages - 48);
    const overturned = next() < sigmoid(z) ? 1 : 0;
    positives += overturned;
    rows.push([`A${9000 + i}`, 9, Math.min(trialDays, 90), amount, dissent, novel, proSe, reversalRate, pages, overturned]);
  }
  write('appeals.csv', ['appeal_id', 'circuit', 'trial_days', 'amount_in_controversy_usd', 'dissent_below', 'novel_issue', 'pro_se', 'judge_reversal_rate', 'brief_pages', 'overturned'], rows);
  console.log(`appeals overturned ${positives}/900`);
}

/** backlog.csv: court-months: judges, filings, and the pending backlog (skewed counts). */
function backlog(): void {
  const next = rng(8604);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const court = 1 + (i % 19);
    const month = 1577836800 + Math.floor(i / 19) * 30 * 86400;
    const judges = Math.round(clamp(Math.exp(normal(next, 2.2, 0.6)), 2, 45));
    const filings = Math.round(judges * Math.exp(normal(next, 4.6, 0.3)));
    const clerks = Math.round(judges * clamp(normal(next, 2.5, 0.7), 0.8, 5));
    const remote = r2(clamp(normal(next, 0.35, 0.2), 0, 0.9));
    const vacancies = Math.floor(next() * next() * 4);
    const backlogCases = Math.round(clamp(2.4 * filings - 120 * judges - 25 * clerks + 700 * (0.5 - remote) + 260 * vacancies + 500 + normal(next, 0, 120), 40, 1e6));
    rows.push([court, month, judges, filings, clerks, remote, vacancies, backlogCases]);
  }
  write('backlog.csv', ['court_id', 'month_ts', 'judges', 'new_filings', 'clerks', 'remote_hearing_share', 'judicial_vacancies', 'backlog_cases'], rows);
}

/** billing.csv: law-firm matters: hours, rates, and the share of billed fees collected; a 3-level collection risk. */
function billing(): void {
  const next = rng(8605);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 420; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 5, 1.1)), 5, 6000));
    const rate = Math.round(clamp(normal(next, 480, 180), 150, 1200));
    const partnerShare = r2(clamp(normal(next, 0.3, 0.15), 0.05, 0.8));
    const associates = 1 + Math.floor(next() * 12);
    const contingency = next() < 0.15 ? 1 : 0;
    const billed = Math.round(hours * rate);
    const realization = clamp(89 - 4 * Math.log(hours / 150) - 0.012 * (rate - 480) - 10 * (partnerShare - 0.3) * 2 - 9 * contingency
      - 0.6 * (associates - 6) + normal(next, 0, 2), 30, 100);
    const risk = realization > 87 ? 'low' : realization > 77 ? 'medium' : 'high';
    counts[risk] = (counts[risk] ?? 0) + 1;
    rows.push([`M-${60000 + i}`, hours, rate, partnerShare, associates, contingency, billed, r1(realization), risk]);
  }
  write('billing.csv', ['matter_no', 'billable_hours', 'hourly_rate_usd', 'partner_share', 'associates', 'contingency', 'billed_usd', 'realization_pct', 'collection_risk'], rows);
  console.log('collection risk', JSON.stringify(counts));
}

cases();
sentencing();
appeals();
backlog();
billing();
