/**
 * Writes the CSVs of the sixtieth blind fault set (marketing, advertising and media streaming):
 * `npx tsx test/faults-blind60/data/generate.ts`. Seeded, so every run writes the same files.
 *
 * - ad_clicks.csv: 1500 ad impressions-slots: ad_id, impressions (millions-scale, log-normal), bid
 *   (currency), position 1-8, device one-hot, hour, hist_ctr in [0, 0.1]; clicked (rare, ~4%) and
 *   cpc (cost per click, currency).
 * - campaigns.csv: 360 campaigns: campaign_id, market (constant: one market), start_epoch (seconds),
 *   spend per channel in currency, e-mail sends, weeks; sales and signups.
 * - email.csv: 900 e-mail sends: send_hour, subject_len, past_open_rate, list_size, weekday,
 *   has_emoji; opened (~30%).
 * - streaming.csv: 1000 subscribers: user_id, signup_epoch, watch_min_week (heavy-tailed), sessions,
 *   genres, plan_tier, tenure_months, tickets; churned (~20%) and next_month_min (heavy-tailed).
 * - ratings.csv: 800 title views: completion, rewatches, minutes, genre_match, trailer_views,
 *   friends_rated; rating 1-5.
 * - rfm.csv: 600 customers: customer_id, recency_days, frequency, monetary; segment (4 strings).
 * - Broken exports for data-error faults: ad_clicks_export.csv (bid as "$1.23"), streaming_gaps.csv
 *   (NA and empty cells), campaigns_pilot.csv (two rows).
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
const r4 = (x: number) => Math.round(x * 10000) / 10000;

function adClicks(): (string | number)[][] {
  const next = rng(6001);
  const rows: (string | number)[][] = [];
  let clicks = 0;
  for (let i = 0; i < 1500; i++) {
    const impressions = Math.round(Math.exp(normal(next, 12.5, 1.1)));
    const bid = r2(0.2 + 3.8 * next());
    const position = 1 + Math.floor(next() * 8);
    const u = next();
    const device = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
    const hour = Math.floor(next() * 24);
    const histCtr = r4(clamp(normal(next, 0.03, 0.02), 0, 0.1));
    const z = -5.1 + 1.3 * (bid - 2.1) - 0.55 * (position - 4.5) + 60 * (histCtr - 0.03) + (device === 0 ? 0.5 : -0.5) + 0.7 * Math.cos((2 * Math.PI * (hour - 20)) / 24);
    const clicked = next() < sigmoid(z) ? 1 : 0;
    clicks += clicked;
    const cpc = r2(Math.max(0.05, 0.25 + 0.55 * bid - 0.09 * (position - 1) + (device === 1 ? 0.2 : 0) + 0.6 * histCtr * 10 + normal(next, 0, 0.06)));
    rows.push([100000 + i, impressions, bid, position, device === 0 ? 1 : 0, device === 1 ? 1 : 0, device === 2 ? 1 : 0, hour, histCtr, clicked, cpc]);
  }
  console.log(`  click rate ${(clicks / 1500).toFixed(3)}`);
  return rows;
}

function campaigns(): (string | number)[][] {
  const next = rng(6002);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const start = 1600000000 + Math.floor(next() * 60000000);
    const tv = Math.round(next() * 200000);
    const search = Math.round(1000 + next() * 79000);
    const social = Math.round(next() * 50000);
    const sends = Math.round(next() * 500000);
    const weeks = 2 + Math.floor(next() * 11);
    const sales = Math.round(1500 + 18 * Math.sqrt(tv) + 0.06 * search + 0.04 * social + 0.003 * sends + 180 * weeks + normal(next, 0, 250));
    const signups = Math.max(0, Math.round(0.08 * sales + 0.002 * social + normal(next, 0, 25)));
    rows.push([5000 + i, 44, start, tv, search, social, sends, weeks, sales, signups]);
  }
  return rows;
}

function email(): (string | number)[][] {
  const next = rng(6003);
  const rows: (string | number)[][] = [];
  let opens = 0;
  for (let i = 0; i < 900; i++) {
    const hour = Math.floor(next() * 24);
    const subjectLen = 10 + Math.floor(next() * 80);
    const pastOpen = r4(clamp(normal(next, 0.22, 0.1), 0, 0.7));
    const listSize = Math.round(Math.exp(normal(next, 9.5, 1.2)));
    const weekday = Math.floor(next() * 7);
    const emoji = next() < 0.3 ? 1 : 0;
    const z = -1.0 + 12 * (pastOpen - 0.22) - 0.05 * (subjectLen - 45) + 1.4 * Math.cos((2 * Math.PI * (hour - 10)) / 24) + 0.6 * emoji - 0.8 * (weekday >= 5 ? 1 : 0);
    const opened = next() < sigmoid(z) ? 1 : 0;
    opens += opened;
    rows.push([hour, subjectLen, pastOpen, listSize, weekday, emoji, opened]);
  }
  console.log(`  open rate ${(opens / 900).toFixed(3)}`);
  return rows;
}

function streaming(): (string | number)[][] {
  const next = rng(6004);
  const rows: (string | number)[][] = [];
  let churn = 0;
  for (let i = 0; i < 1000; i++) {
    const signup = 1500000000 + Math.floor(next() * 150000000);
    const watch = Math.round(Math.exp(normal(next, 5.3, 0.9)));
    const sessions = Math.max(0, Math.round(watch / 45 + normal(next, 0, 1.5)));
    const genres = 1 + Math.floor(next() * 9);
    const tier = Math.floor(next() * 3);
    const tenure = 1 + Math.floor(next() * 60);
    const tickets = Math.floor(next() * next() * 6);
    const z = -2.5 - 1.4 * Math.log(watch / 200) - 0.05 * (tenure - 30) + 0.7 * tickets - 0.25 * (genres - 5) - 0.3 * (tier - 1);
    const churned = next() < sigmoid(z) ? 1 : 0;
    churn += churned;
    const nextMonth = Math.round(4.3 * watch * (churned ? 0.25 : 1) * (1 + 0.03 * (genres - 5)) * Math.exp(normal(next, 0, 0.12)));
    rows.push([1000000 + i, signup, watch, sessions, genres, tier, tenure, tickets, churned, nextMonth]);
  }
  console.log(`  churn rate ${(churn / 1000).toFixed(3)}`);
  return rows;
}

function ratings(): (string | number)[][] {
  const next = rng(6005);
  const rows: (string | number)[][] = [];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 800; i++) {
    const completion = r4(next());
    const rewatches = Math.floor(next() * next() * 5);
    const minutes = Math.round(20 + completion * (40 + next() * 100));
    const genreMatch = r4(next());
    const trailer = Math.floor(next() * 4);
    const friends = r2(1 + 4 * next());
    const score = 3.2 * (completion - 0.5) + 0.5 * rewatches + 2.2 * (genreMatch - 0.5) + 0.4 * (friends - 3) + normal(next, 0, 0.3);
    const rating = clamp(Math.round(3 + score), 1, 5);
    counts[rating - 1]++;
    rows.push([completion, rewatches, minutes, genreMatch, trailer, friends, rating]);
  }
  console.log(`  ratings ${counts.join('/')}`);
  return rows;
}

function rfm(): (string | number)[][] {
  const next = rng(6006);
  const rows: (string | number)[][] = [];
  const names = ['champions', 'loyal', 'at_risk', 'lost'];
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 600; i++) {
    const recency = Math.floor(next() * 365);
    const frequency = 1 + Math.floor(Math.exp(normal(next, 1.8, 0.8)));
    const monetary = r2(frequency * Math.exp(normal(next, 3.8, 0.4)));
    let s: number;
    if (recency < 90 && frequency >= 8) s = 0;
    else if (recency < 180) s = 1;
    else if (frequency >= 5) s = 2;
    else s = 3;
    if (next() < 0.03) s = Math.floor(next() * 4);
    counts[s]++;
    rows.push([70000 + i, recency, frequency, monetary, names[s]]);
  }
  console.log(`  segments ${counts.join('/')}`);
  return rows;
}

const adHeader = ['ad_id', 'impressions', 'bid', 'position', 'device_mobile', 'device_desktop', 'device_tablet', 'hour', 'hist_ctr', 'clicked', 'cpc'];
const ads = adClicks();
write('ad_clicks.csv', adHeader, ads);
write('ad_clicks_export.csv', adHeader, ads.slice(0, 400).map((r) => r.map((c, j) => (j === 2 ? `$${Number(c).toFixed(2)}` : c))));

const campaignHeader = ['campaign_id', 'market', 'start_epoch', 'tv_spend', 'search_spend', 'social_spend', 'email_sends', 'weeks', 'sales', 'signups'];
const camps = campaigns();
write('campaigns.csv', campaignHeader, camps);
write('campaigns_pilot.csv', campaignHeader, camps.slice(0, 2));

write('email.csv', ['send_hour', 'subject_len', 'past_open_rate', 'list_size', 'weekday', 'has_emoji', 'opened'], email());

const streamHeader = ['user_id', 'signup_epoch', 'watch_min_week', 'sessions', 'genres', 'plan_tier', 'tenure_months', 'tickets', 'churned', 'next_month_min'];
const users = streaming();
write('streaming.csv', streamHeader, users);
const gapRng = rng(6007);
write('streaming_gaps.csv', streamHeader, users.slice(0, 500).map((r) => r.map((c, j) => (j === 2 || j === 6) && gapRng() < 0.05 ? (gapRng() < 0.5 ? 'NA' : '') : c)));

write('ratings.csv', ['completion', 'rewatches', 'minutes', 'genre_match', 'trailer_views', 'friends_rated', 'rating'], ratings());
write('rfm.csv', ['customer_id', 'recency_days', 'frequency', 'monetary', 'segment'], rfm());
