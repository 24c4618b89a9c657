/**
 * Writes the CSVs of the eighty-fourth blind fault set (elections, polling and survey research),
 * seeded so every run gives the same files: `npx tsx test/faults-blind84/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** precincts.csv: precinct results, turnout in the thousands, and the leading party (3 classes). */
function precincts(): void {
  const next = rng(8401);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const registered = Math.round(clamp(Math.exp(normal(next, 8.2, 0.45)), 800, 14000));
    const income = Math.round(clamp(Math.exp(normal(next, 10.95, 0.35)), 22000, 180000));
    const college = r3(clamp(normal(next, 0.32, 0.12), 0.03, 0.85));
    const over65 = r3(clamp(normal(next, 0.18, 0.06), 0.04, 0.45));
    const urban = next() < 0.45 ? 1 : 0;
    const places = 1 + Math.floor(next() * 4);
    const earlyDays = [0, 7, 14, 21][Math.floor(next() * 4)];
    const rate = clamp(0.38 + 0.25 * (college - 0.32) + 0.5 * (over65 - 0.18) + 0.06 * Math.log(income / 57000)
      + 0.004 * earlyDays + 0.02 * places - 0.04 * urban + normal(next, 0, 0.03), 0.12, 0.92);
    const turnout = Math.round(registered * rate);
    const lean = 1.6 * (college - 0.32) / 0.12 + 1.1 * urban - 0.6 * (over65 - 0.18) / 0.06 - 0.5 * Math.log(income / 57000) / 0.35 + normal(next, 0, 0.5);
    let party: string;
    if (lean > 0.6) party = 'dem';
    else if (lean < -0.6) party = 'rep';
    else party = Math.abs(lean) < 0.15 && next() < 0.5 ? 'ind' : lean > 0 ? 'dem' : 'rep';
    const row = [10000 + i, 17031, registered, income, college, over65, urban, places, earlyDays, turnout, party];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 17) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['precinct_id', 'county_fips', 'registered_voters', 'median_income', 'pct_college', 'pct_over_65', 'urban', 'polling_places', 'early_vote_days', 'turnout', 'leading_party'];
  write('precincts.csv', header, rows);
  write('precincts-export-na.csv', header, naRows);
}

/** survey.csv: respondents with Likert items, raking weights and a vote intention (4 classes). */
function survey(): void {
  const next = rng(8402);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 640; i++) {
    const ts = 1717200000 + Math.floor(next() * 14 * 86400);
    const age = Math.round(clamp(normal(next, 47, 17), 18, 92));
    const bracket = 1 + Math.floor(next() * 7);
    const econ = Math.round(clamp(normal(next, 3, 1.2), 1, 5));
    const trust = Math.round(clamp(normal(next, 2.6, 1.1), 1, 5));
    const immig = Math.round(clamp(normal(next, 3, 1.3), 1, 5));
    const interest = Math.round(clamp(normal(next, 3.3, 1.1), 1, 5));
    const weight = r3(clamp(Math.exp(normal(next, 0, 0.4)), 0.2, 5));
    const sA = 0.9 * (econ - 3) - 0.7 * (immig - 3) + 0.02 * (age - 47);
    const sB = -0.9 * (econ - 3) + 0.8 * (immig - 3) - 0.15 * (bracket - 4);
    const sC = 0.8 * (trust - 2.6) - 0.4;
    const sU = -0.9 * (interest - 3.3) - 0.3;
    const scores = [sA, sB, sC, sU];
    let k = scores.indexOf(Math.max(...scores));
    if (next() < 0.05) k = Math.floor(next() * 4);
    const choice = ['candidate_a', 'candidate_b', 'third_party', 'undecided'][k];
    const approval = r2(clamp(50 + 7 * (econ - 3) + 4 * (trust - 2.6) - 0.1 * (age - 47) + normal(next, 0, 4), 0, 100));
    rows.push([200000 + i, ts, age, bracket, econ, trust, immig, interest, weight, approval, choice]);
  }
  write('survey.csv', ['respondent_id', 'interview_ts', 'age', 'income_bracket', 'econ_likert', 'trust_likert', 'immigration_likert', 'interest_likert', 'rake_weight', 'approval', 'vote_choice'], rows);
}

/** contests.csv: contests and whether a recount was requested (rare, about 5%). */
function contests(): void {
  const next = rng(8403);
  const rows: (string | number)[][] = [];
  let positives = 0;
  for (let i = 0; i < 900; i++) {
    const margin = r3(Math.abs(normal(next, 0, 9)));
    const ballots = Math.round(clamp(Math.exp(normal(next, 10, 1.1)), 900, 2500000));
    const provisional = Math.round(ballots * clamp(normal(next, 0.02, 0.012), 0, 0.08));
    const handCount = next() < 0.2 ? 1 : 0;
    const litigation = next() < 0.1 ? 1 : 0;
    const z = -0.6 - 0.9 * margin + 0.25 * Math.log(ballots / 20000) + 40 * (provisional / ballots - 0.02) + 0.8 * handCount + 1.5 * litigation;
    const recount = next() < sigmoid(z) ? 1 : 0;
    positives += recount;
    rows.push([3000 + i, 2024, margin, ballots, provisional, handCount, litigation, recount]);
  }
  write('contests.csv', ['contest_id', 'cycle', 'margin_pct', 'ballots_cast', 'provisional_ballots', 'hand_count', 'litigation', 'recount'], rows);
  console.log(`contest recounts ${positives}/900`);
}

/** polls.csv: published polls and how far each missed the final result (percentage points). */
function polls(): void {
  const next = rng(8404);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const fieldEnd = 1725000000 + Math.floor(next() * 60) * 86400;
    const n = Math.round(clamp(Math.exp(normal(next, 6.9, 0.5)), 300, 4000));
    const days = Math.floor(next() * 90);
    const online = next() < 0.55 ? 1 : 0;
    const house = r2(normal(next, 0, 1.5));
    const weighted = next() < 0.7 ? 1 : 0;
    const err = Math.abs(100 / Math.sqrt(n) * 0.8 + 0.045 * days + 0.8 * Math.abs(house) + 0.9 * online - 0.8 * weighted + normal(next, 0, 0.6));
    rows.push([700 + i, fieldEnd, n, days, online, house, weighted, r2(err)]);
  }
  write('polls.csv', ['poll_id', 'field_end_epoch', 'sample_size', 'days_to_election', 'online_panel', 'house_effect', 'raked', 'abs_error_pts'], rows);
}

/** campaigns.csv: campaign finance and the vote share won; a three-level race rating. */
function campaigns(): void {
  const next = rng(8405);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const spend = Math.round(clamp(Math.exp(normal(next, 13, 1.1)), 20000, 40000000));
    const opp = Math.round(clamp(Math.exp(normal(next, 13, 1.1)), 20000, 40000000));
    const incumbent = next() < 0.35 ? 1 : 0;
    const pvi = r2(normal(next, 0, 8));
    const ads = Math.round(spend / 4000 * clamp(normal(next, 1, 0.3), 0.2, 2));
    const share = clamp(50 + 3.2 * Math.log(spend / opp) + 5 * incumbent + 0.7 * pvi + normal(next, 0, 2.5), 5, 95);
    const rating = share < 46 ? 'lean_loss' : share < 54 ? 'tossup' : 'lean_win';
    rows.push([4000 + i, spend, opp, incumbent, pvi, ads, r2(share), rating]);
  }
  write('campaigns.csv', ['race_id', 'spend_usd', 'opponent_spend_usd', 'incumbent', 'partisan_lean', 'ad_spots', 'vote_share', 'rating'], rows);
}

precincts();
survey();
contests();
polls();
campaigns();
