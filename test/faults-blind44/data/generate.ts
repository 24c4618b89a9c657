/**
 * Writes the CSVs of test/faults-blind44 (theme: sparse and categorical inputs), seeded, so every
 * run writes the same files: `npx tsx test/faults-blind44/data/generate.ts`.
 *
 * Each file also prints its class balance (or target spread) and the loss of the true generating
 * probabilities (the Bayes loss) next to the constant-prediction baseline, so it is known before any
 * spec runs how far below the baseline a well-trained network can get.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

function pick(next: () => number, weights: number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

const oneHot = (k: number, n: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
const poisson = (next: () => number, lambda: number) => {
  const l = Math.exp(-lambda);
  let k = 0, p = 1;
  do {
    k++;
    p *= next();
  } while (p > l);
  return k - 1;
};

function bceStats(name: string, probs: number[], labels: number[]): void {
  const rate = labels.reduce((s, y) => s + y, 0) / labels.length;
  const base = -(rate * Math.log(rate) + (1 - rate) * Math.log(1 - rate));
  const bayes = -probs.reduce((s, p, i) => s + (labels[i] ? Math.log(p) : Math.log(1 - p)), 0) / probs.length;
  console.log(`${name}: ${labels.length} rows, positive rate ${rate.toFixed(3)}, baseline ${base.toFixed(4)}, Bayes loss ${bayes.toFixed(4)} (ratio ${(bayes / base).toFixed(2)})`);
}

function mseStats(name: string, targets: number[], truth: number[]): void {
  const mean = targets.reduce((s, t) => s + t, 0) / targets.length;
  const base = targets.reduce((s, t) => s + (t - mean) ** 2, 0) / targets.length;
  const bayes = targets.reduce((s, t, i) => s + (t - truth[i]) ** 2, 0) / targets.length;
  console.log(`${name}: ${targets.length} rows, mean ${mean.toFixed(2)}, baseline (variance) ${base.toFixed(4)}, noise mse ${bayes.toFixed(4)} (ratio ${(bayes / base).toFixed(2)})`);
}

// ---------------------------------------------------------------------------------------------
// churn.csv: a telecom customer table exported from the CRM, categoricals one-hot encoded with every
// category kept (the dummy-variable trap), three numeric columns left in their own units.
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'coast', 'mountain', 'islands'];
const PLANS = ['monthly', 'one_year', 'two_year', 'family', 'student'];
const DEVICES = ['android', 'iphone', 'tablet', 'feature_phone'];
const CHANNELS = ['web', 'store', 'phone', 'partner', 'door', 'promo'];
const PAYMENTS = ['card', 'echeck', 'transfer', 'cash'];

interface Customer {
  id: number;
  zip: number;
  region: number;
  plan: number;
  device: number;
  channel: number;
  payment: number;
  paperless: number;
  tenure: number;
  charges: number;
  calls: number;
  churned: number;
  p: number;
}

function customers(seed: number, n: number): Customer[] {
  const next = rng(seed);
  const out: Customer[] = [];
  for (let i = 0; i < n; i++) {
    const region = pick(next, [3, 3, 2, 2, 2, 1, 1, 1]);
    const plan = pick(next, [5, 2, 2, 2, 1]);
    const device = pick(next, [5, 4, 2, 1]);
    const channel = pick(next, [5, 3, 2, 1, 1, 1]);
    const payment = pick(next, [4, 3, 2, 1]);
    const paperless = next() < 0.6 ? 1 : 0;
    const tenure = Math.round(clamp(plan === 0 ? 4 + 30 * next() ** 1.5 : 6 + 66 * next(), 0, 72));
    const charges = Math.round((clamp(normal(next, 45 + 18 * plan + 12 * (device === 1 ? 1 : 0), 18), 18, 150)) * 100) / 100;
    const calls = Math.min(8, poisson(next, 1.2));
    let score = -1.0 + 1.8 * (plan === 0 ? 1 : 0) - 1.6 * (plan === 2 ? 1 : 0) - 0.08 * tenure + 0.6 * calls;
    score += 0.02 * (charges - 70) + ([2, 5].includes(region) ? 0.9 : 0) + (payment === 1 ? 1.0 : 0);
    // interactions a linear model cannot draw
    score += plan === 0 && calls >= 3 ? 2.5 : 0;
    score += device === 3 && channel === 2 ? 2.0 : 0;
    score -= plan === 4 && tenure > 12 ? 2.0 : 0;
    const p = sigmoid(5 * score);
    const churned = next() < p ? 1 : 0;
    out.push({ id: 1_000_000 + Math.floor(next() * 9_000_000), zip: 10000 + Math.floor(next() * 89999), region, plan, device, channel, payment, paperless, tenure, charges, calls, churned, p });
  }
  return out;
}

function churnFiles(): void {
  const rows = customers(4401, 640);
  const header = [
    ...REGIONS.map((r) => `region_${r}`),
    ...PLANS.map((p) => `plan_${p}`),
    ...DEVICES.map((d) => `device_${d}`),
    ...CHANNELS.map((c) => `channel_${c}`),
    ...PAYMENTS.map((p) => `payment_${p}`),
    'paperless',
    'tenure_months',
    'monthly_charges',
    'support_calls',
    'churned',
  ];
  const body = (c: Customer) => [
    ...oneHot(c.region, 8),
    ...oneHot(c.plan, 5),
    ...oneHot(c.device, 4),
    ...oneHot(c.channel, 6),
    ...oneHot(c.payment, 4),
    c.paperless,
    c.tenure,
    c.charges.toFixed(2),
    c.calls,
    c.churned,
  ];
  write('churn.csv', header, rows.map(body));
  bceStats('churn.csv', rows.map((c) => c.p), rows.map((c) => c.churned));
  // The raw CRM export: customer_id and zip_code still in, as numbers.
  write('churn-export.csv', ['customer_id', 'zip_code', ...header], rows.map((c) => [c.id, c.zip, ...body(c)]));
  // The same export with "paperless" as the CRM writes it (Yes/No), not yet recoded.
  write(
    'churn-yesno.csv',
    header,
    rows.map((c) => body(c).map((v, i) => (i === header.indexOf('paperless') ? (v === 1 ? 'Yes' : 'No') : v))),
  );
}

// ---------------------------------------------------------------------------------------------
// reviews.csv: product reviews as bag-of-words counts over 40 words, sentiment 1 = positive.
const POSITIVE = ['great', 'love', 'excellent', 'perfect', 'recommend', 'happy', 'amazing', 'best', 'works', 'easy', 'fast', 'sturdy'];
const NEGATIVE = ['terrible', 'broken', 'refund', 'waste', 'poor', 'disappointed', 'return', 'slow', 'cheap', 'worst', 'stopped', 'missing'];
const NEUTRAL = ['product', 'price', 'bought', 'delivery', 'box', 'size', 'color', 'battery', 'day', 'week', 'use', 'kids', 'gift', 'quality', 'time', 'not'];

function reviewRows(seed: number, n: number): { header: string[]; rows: number[][]; labels: number[]; probs: number[] } {
  const next = rng(seed);
  const words = [...POSITIVE, ...NEGATIVE, ...NEUTRAL];
  const header = [...words.map((w) => `w_${w}`), 'sentiment'];
  const rows: number[][] = [];
  const labels: number[] = [];
  const probs: number[] = [];
  for (let i = 0; i < n; i++) {
    const positive = next() < 0.55 ? 1 : 0;
    const long = next() < 0.05;
    const length = long ? 60 + Math.floor(next() * 80) : 4 + Math.floor(next() * 14);
    const counts = new Array<number>(words.length).fill(0);
    // "not great" in a negative review: the word "not" turns positive words negative
    const negated = !positive && next() < 0.3;
    for (let k = 0; k < length; k++) {
      const u = next();
      let pool: number[];
      if (negated && u < 0.35) pool = [POSITIVE.length * 2 + NEUTRAL.indexOf('not'), Math.floor(next() * POSITIVE.length)];
      else if (u < 0.5) pool = [positive ? Math.floor(next() * POSITIVE.length) : POSITIVE.length + Math.floor(next() * NEGATIVE.length)];
      else if (u < 0.58) pool = [positive ? POSITIVE.length + Math.floor(next() * NEGATIVE.length) : Math.floor(next() * POSITIVE.length)];
      else pool = [POSITIVE.length * 2 + Math.floor(next() * (NEUTRAL.length - 1))];
      for (const w of pool) counts[w]++;
    }
    if (!long) for (let w = 0; w < counts.length; w++) counts[w] = Math.min(counts[w], 5);
    const flip = next() < 0.04;
    const label = flip ? 1 - positive : positive;
    rows.push([...counts, label]);
    labels.push(label);
    probs.push(positive ? 0.96 : 0.04);
  }
  return { header, rows, labels, probs };
}

function reviewFiles(): void {
  const { header, rows, labels, probs } = reviewRows(4402, 520);
  write('reviews.csv', header, rows);
  bceStats('reviews.csv (4% flipped: Bayes is an upper bound)', probs, labels);
  // the "sample" export someone pasted from a notebook: the first four reviews only
  write('reviews-sample.csv', header, rows.slice(0, 4));
}

// ---------------------------------------------------------------------------------------------
// tickets.csv: support tickets, word presence/counts over 50 words, labelled by topic (a string).
const TOPICS = ['billing', 'login', 'shipping', 'bug', 'refund'];
const TOPIC_WORDS: string[][] = [
  ['invoice', 'charged', 'payment', 'bill', 'card', 'twice'],
  ['password', 'login', 'reset', 'locked', 'email', 'code'],
  ['package', 'tracking', 'delivery', 'courier', 'address', 'late'],
  ['crash', 'error', 'app', 'freeze', 'update', 'screen'],
  ['refund', 'return', 'money', 'cancel', 'back', 'credit'],
];
const SHARED = ['please', 'help', 'account', 'order', 'thanks', 'issue', 'today', 'still', 'again', 'need',
  'urgent', 'hello', 'customer', 'week', 'since', 'phone', 'website', 'problem', 'waiting', 'reply'];

function ticketFiles(): void {
  const next = rng(4403);
  const vocab = [...TOPIC_WORDS.flat(), ...SHARED];
  const rows: { counts: number[]; topic: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const topic = pick(next, [3, 3, 2, 2, 2]);
    // a refund ticket often talks about the bill, a login ticket about the app
    const second = next() < 0.35 ? (topic === 4 ? 0 : topic === 1 ? 3 : Math.floor(next() * 5)) : -1;
    const counts = new Array<number>(vocab.length).fill(0);
    const length = 3 + Math.floor(next() * 9);
    for (let k = 0; k < length; k++) {
      const u = next();
      let w: number;
      if (u < 0.45) w = topic * 6 + Math.floor(next() * 6);
      else if (u < 0.6 && second >= 0) w = second * 6 + Math.floor(next() * 6);
      else w = 30 + Math.floor(next() * SHARED.length);
      counts[w] = Math.min(4, counts[w] + 1);
    }
    const label = next() < 0.04 ? Math.floor(next() * 5) : topic;
    rows.push({ counts, topic: label });
  }
  write('tickets.csv', [...vocab, 'topic'], rows.map((r) => [...r.counts, TOPICS[r.topic]]));
  write('tickets-onehot.csv', [...vocab, ...TOPICS.map((t) => `topic_${t}`)], rows.map((r) => [...r.counts, ...oneHot(r.topic, 5)]));
  const counts = TOPICS.map((_, k) => rows.filter((r) => r.topic === k).length);
  const base = -counts.reduce((s, c) => s + (c / rows.length) * Math.log(c / rows.length), 0);
  console.log(`tickets.csv: ${rows.length} rows, topics ${counts.join('/')}, baseline ${base.toFixed(4)}`);
}

// ---------------------------------------------------------------------------------------------
// survey.csv: ten 1-5 Likert answers next to household income in dollars, household size, and
// one-hot employment and region; targets: a wellbeing score (0-100), promoter yes/no, yearly spend in dollars.
const EMPLOYMENT = ['employed', 'self_employed', 'unemployed', 'retired'];
const SURVEY_REGIONS = ['urban_north', 'urban_south', 'suburban', 'rural', 'remote'];

function surveyFiles(): void {
  const next = rng(4404);
  const n = 420;
  const header = [...Array.from({ length: 10 }, (_, i) => `q${i + 1}`), 'income', 'household_size',
    ...EMPLOYMENT.map((e) => `employment_${e}`), ...SURVEY_REGIONS.map((r) => `region_${r}`)];
  const features: (number | string)[][] = [];
  const wellbeing: number[] = [], wellTruth: number[] = [];
  const promoter: number[] = [], promoterP: number[] = [];
  const spend: number[] = [], spendTruth: number[] = [];
  for (let i = 0; i < n; i++) {
    const mood = normal(next, 0, 1);
    const q = Array.from({ length: 10 }, (_, k) => Math.round(clamp(3 + (k < 6 ? 1.1 * mood : 0) + normal(next, 0, 0.8), 1, 5)));
    const employment = pick(next, [6, 2, 1, 2]);
    const region = pick(next, [3, 3, 3, 2, 1]);
    const income = Math.round(Math.exp(normal(next, Math.log(employment === 2 ? 22000 : 58000), 0.55)) / 100) * 100;
    const household = 1 + Math.min(5, poisson(next, 1.4));
    const qa = (q[0] + q[2] + q[4]) / 3, qb = (q[1] + q[3]) / 2;
    let w = 50 + 7 * (qa - 3) + 4 * (qb - 3) + 9 * Math.log(income / 58000) - 2 * Math.max(0, household - 3);
    w += employment === 2 ? -9 : 0;
    w += region === 4 ? -4 : 0;
    // income only helps up to a point, and helps less for the retired
    w -= income > 120000 ? 5 : 0;
    w += employment === 3 && q[6] >= 4 ? 6 : 0;
    const wn = Math.round(clamp(w + normal(next, 0, 2.5), 0, 100));
    wellbeing.push(wn);
    wellTruth.push(w);
    const pz = 1.6 * (q[0] - 3) + 1.2 * (q[7] - 3) + (q[8] >= 4 && q[9] >= 4 ? 2.5 : -0.5) + (region === 3 ? 0.8 : 0);
    const pp = sigmoid(4 * pz);
    promoter.push(next() < pp ? 1 : 0);
    promoterP.push(pp);
    const st = 0.09 * income * (1 + 0.15 * (household - 1)) * (employment === 3 ? 0.7 : 1);
    spendTruth.push(st);
    spend.push(Math.round(st * Math.exp(normal(next, 0, 0.12))));
    features.push([...q, income, household, ...oneHot(employment, 4), ...oneHot(region, 5)]);
  }
  write('survey.csv', [...header, 'wellbeing'], features.map((f, i) => [...f, wellbeing[i]]));
  write('survey-nps.csv', [...header, 'promoter'], features.map((f, i) => [...f, promoter[i]]));
  write('survey-spend.csv', [...header, 'annual_spend'], features.map((f, i) => [...f, spend[i]]));
  mseStats('survey.csv wellbeing', wellbeing, wellTruth);
  bceStats('survey-nps.csv promoter', promoterP, promoter);
  mseStats('survey-spend.csv annual_spend (dollars)', spend, spendTruth);
}

// ---------------------------------------------------------------------------------------------
// ratings.csv: 1-5 star ratings from one-hot user group, item category, price band and a prime flag.
const USER_GROUPS = ['teen', 'student', 'parent', 'professional', 'senior', 'business'];
const CATEGORIES = ['books', 'toys', 'garden', 'kitchen', 'phones', 'laptops', 'shoes', 'beauty', 'games', 'tools'];
const PRICE_BANDS = ['budget', 'mid', 'premium', 'luxury'];

function ratingsFile(): void {
  const next = rng(4405);
  const groupEffect = [0.2, -0.1, 0.0, -0.3, 0.3, -0.2];
  const catEffect = [0.5, 0.1, 0.3, 0.2, -0.6, -0.4, -0.2, 0.1, 0.4, 0.3];
  // taste: each group loves or hates a few categories
  const taste = USER_GROUPS.map(() => CATEGORIES.map(() => 0));
  for (let g = 0; g < 6; g++) for (let c = 0; c < 10; c++) {
    const u = next();
    taste[g][c] = u < 0.15 ? 1.4 : u < 0.3 ? -1.4 : 0;
  }
  const header = [...USER_GROUPS.map((g) => `group_${g}`), ...CATEGORIES.map((c) => `category_${c}`),
    ...PRICE_BANDS.map((p) => `price_${p}`), 'prime', 'stars'];
  const rows: number[][] = [];
  const stars: number[] = [], truth: number[] = [];
  for (let i = 0; i < 900; i++) {
    const g = pick(next, [1, 2, 2, 2, 1, 1]);
    const c = pick(next, [2, 2, 1, 2, 2, 1, 2, 1, 2, 1]);
    const p = pick(next, [3, 4, 2, 1]);
    const prime = next() < 0.4 ? 1 : 0;
    let r = 3.4 + groupEffect[g] + catEffect[c] + taste[g][c] + (p === 0 ? -0.3 : p === 3 ? 0.3 : 0) + 0.2 * prime;
    r -= p === 0 && (c === 4 || c === 5) ? 1.0 : 0;
    const s = Math.round(clamp(r + normal(next, 0, 0.35), 1, 5));
    stars.push(s);
    truth.push(clamp(r, 1, 5));
    rows.push([...oneHot(g, 6), ...oneHot(c, 10), ...oneHot(p, 4), prime, s]);
  }
  write('ratings.csv', header, rows);
  mseStats('ratings.csv stars', stars, truth);
}

// ---------------------------------------------------------------------------------------------
// clicks.csv: did the user click the recommended item; positives are rare (about 6%).
const SEGMENTS = ['new', 'casual', 'loyal', 'bargain', 'premium'];
const ITEM_CATS = ['news', 'sport', 'music', 'movies', 'games', 'travel', 'food', 'fashion', 'tech', 'finance', 'health', 'home'];

function clicksFile(): void {
  const next = rng(4406);
  const affinity = SEGMENTS.map(() => ITEM_CATS.map(() => -1.5));
  for (let s = 0; s < 5; s++) for (let k = 0; k < 2; k++) affinity[s][Math.floor(next() * 12)] = 3.0;
  const header = [...SEGMENTS.map((s) => `segment_${s}`), ...ITEM_CATS.map((c) => `item_${c}`),
    ...Array.from({ length: 6 }, (_, i) => `slot_${i + 1}`), 'hour_morning', 'hour_afternoon', 'hour_evening', 'hour_night',
    'device_mobile', 'device_desktop', 'device_tv', 'past_clicks', 'clicked'];
  const rows: number[][] = [];
  const labels: number[] = [], probs: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = pick(next, [3, 4, 2, 3, 1]);
    const c = Math.floor(next() * 12);
    const slot = pick(next, [3, 3, 2, 2, 1, 1]);
    const hour = pick(next, [2, 3, 4, 1]);
    const device = pick(next, [5, 3, 1]);
    const past = Math.min(20, poisson(next, s === 2 ? 6 : 1.5));
    const z = -6.0 + 1.8 * affinity[s][c] + (slot === 0 ? 1.4 : slot === 1 ? 0.6 : -0.4 * (slot - 1)) + 0.12 * past + (hour === 2 ? 0.4 : 0);
    const p = sigmoid(z);
    const y = next() < p ? 1 : 0;
    labels.push(y);
    probs.push(p);
    rows.push([...oneHot(s, 5), ...oneHot(c, 12), ...oneHot(slot, 6), ...oneHot(hour, 4), ...oneHot(device, 3), past, y]);
  }
  write('clicks.csv', header, rows);
  bceStats('clicks.csv', probs, labels);
}

// ---------------------------------------------------------------------------------------------
// insurance.csv: yearly medical charges (thousands of dollars) from age, bmi, smoker, one-hot
// children count, region (with region_southeast joined in twice) and plan (platinum never sold: all zero).
const INS_REGIONS = ['northeast', 'northwest', 'southeast', 'southwest'];
const INS_PLANS = ['bronze', 'silver', 'gold', 'platinum'];

function insuranceFiles(): void {
  const next = rng(4407);
  const header = ['age', 'bmi', 'smoker', ...Array.from({ length: 6 }, (_, i) => `children_${i}`),
    ...INS_REGIONS.map((r) => `region_${r}`), 'region_southeast_2', ...INS_PLANS.map((p) => `plan_${p}`)];
  const feats: number[][] = [];
  const thousands: number[] = [], truth: number[] = [];
  for (let i = 0; i < 480; i++) {
    const age = 18 + Math.floor(next() * 47);
    const bmi = Math.round(clamp(normal(next, 30, 5.5), 16, 48) * 10) / 10;
    const smoker = next() < 0.2 ? 1 : 0;
    const children = Math.min(5, poisson(next, 1.1));
    const region = Math.floor(next() * 4);
    const plan = pick(next, [4, 3, 2, 0]);
    let c = 1.5 + 0.26 * age + 0.5 * children + (region === 0 ? 1.0 : 0) + [0, 1.5, 3.5, 5][plan];
    c += smoker ? 14 + 1.6 * Math.max(0, bmi - 30) : 0.05 * Math.max(0, bmi - 25);
    const y = Math.max(1, c + normal(next, 0, 1.2));
    thousands.push(Math.round(y * 100) / 100);
    truth.push(c);
    feats.push([age, bmi, smoker, ...oneHot(children, 6), ...oneHot(region, 4), region === 2 ? 1 : 0, ...oneHot(plan, 4)]);
  }
  write('insurance.csv', [...header, 'charges_k'], feats.map((f, i) => [...f, thousands[i].toFixed(2)]));
  write('insurance-dollars.csv', [...header, 'charges'], feats.map((f, i) => [...f, (thousands[i] * 1000).toFixed(2)]));
  mseStats('insurance.csv charges_k', thousands, truth);
}

churnFiles();
reviewFiles();
ticketFiles();
surveyFiles();
ratingsFile();
clicksFile();
insuranceFiles();
