/**
 * Writes the CSVs of test/faults-blind67 (web analytics and social media), seeded so every run gives
 * the same files: `npx tsx test/faults-blind67/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
type Row = (string | number)[];

function write(name: string, header: string[], rows: Row[]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The value at quantile q of xs. */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// sessions.csv: 800 web sessions; rare conversion (~4%) and revenue per session (mostly zeros).
function sessions(): Row[] {
  const next = rng(6701);
  const rows: { row: Row; conv: number; rev: number }[] = [];
  const latents: number[] = [];
  const raw: { pages: number; seconds: number; dev: number; ref: number; hour: number; variant: number; returning: number }[] = [];
  for (let i = 0; i < 800; i++) {
    const u = next();
    const dev = u < 0.55 ? 0 : u < 0.9 ? 1 : 2; // mobile, desktop, tablet
    const v = next();
    const ref = v < 0.4 ? 0 : v < 0.7 ? 1 : v < 0.9 ? 2 : 3; // search, social, direct, email
    const pages = Math.max(1, Math.round(Math.exp(normal(next, 1.3, 0.6))));
    const seconds = Math.round(clamp(pages * normal(next, 45, 12) + normal(next, 30, 20), 5, 3000));
    const hour = Math.floor(next() * 24);
    const variant = next() < 0.5 ? 1 : 0;
    const returning = next() < 0.35 ? 1 : 0;
    raw.push({ pages, seconds, dev, ref, hour, variant, returning });
    const z = 0.55 * pages + 0.004 * seconds + 0.9 * (dev === 1 ? 1 : 0) + 1.1 * (ref === 3 ? 1 : 0) + 0.8 * returning + 0.3 * variant - (ref === 1 ? 0.7 : 0) + normal(next, 0, 0.25);
    latents.push(z);
  }
  const cut = quantile(latents, 0.96);
  const cartCut = quantile(latents, 0.72);
  raw.forEach((s, i) => {
    const conv = latents[i] >= cut ? 1 : 0;
    const buys = latents[i] >= cartCut;
    const rev = buys ? r2(clamp(12 + 9 * s.pages + 0.02 * s.seconds + 15 * (s.dev === 1 ? 1 : 0) + 10 * s.returning + normal(next, 0, 4), 1, 2000)) : 0;
    const row: Row = [
      500000 + i, 1714000000 + i * 173 + Math.floor(next() * 100), s.pages, s.seconds,
      s.dev === 0 ? 1 : 0, s.dev === 1 ? 1 : 0, s.dev === 2 ? 1 : 0,
      s.ref === 0 ? 1 : 0, s.ref === 1 ? 1 : 0, s.ref === 2 ? 1 : 0, s.ref === 3 ? 1 : 0,
      s.hour, s.returning, s.variant, 42, conv, rev,
    ];
    rows.push({ row, conv, rev });
  });
  return rows.map((r) => r.row);
}
const SESSION_HEADER = ['session_id', 'started_at', 'pages', 'seconds', 'dev_mobile', 'dev_desktop', 'dev_tablet', 'ref_search', 'ref_social', 'ref_direct', 'ref_email', 'hour', 'returning', 'variant', 'campaign_id', 'converted', 'revenue'];

// posts.csv: 600 social posts; likes and shares (skewed, follower-driven) and a low/medium/viral tier.
function posts(): Row[] {
  const next = rng(6702);
  const out: { base: Row; likes: number; shares: number; rate: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const followers = Math.round(clamp(Math.exp(normal(next, 10.8, 1.0)), 800, 2_500_000));
    const chars = Math.round(clamp(normal(next, 140, 60), 12, 280));
    const hashtags = Math.floor(next() * 7);
    const hour = Math.floor(next() * 24);
    const image = next() < 0.45 ? 1 : 0;
    const video = next() < 0.2 ? 1 : 0;
    const prime = hour >= 17 && hour <= 21 ? 1 : 0;
    // engagement rate per follower: image, video, prime time and 2-3 hashtags help; long posts hurt
    const logRate = -6.2 + 0.7 * image + 0.9 * video + 0.5 * prime - 0.12 * Math.abs(hashtags - 2.5) - 0.003 * (chars - 140) + normal(next, 0, 0.15);
    const rate = Math.exp(logRate);
    const likes = Math.round(followers * rate * 10);
    const shares = Math.round(likes * (0.05 + 0.04 * video));
    out.push({ base: [700000 + i, 1716000000 + i * 611, chars, hashtags, followers, hour, image, video], likes, shares, rate: logRate });
  }
  const rates = out.map((p) => p.rate);
  const lo = quantile(rates, 0.5), hi = quantile(rates, 0.85);
  return out.map((p) => [...p.base, p.likes, r3(Math.log10(1 + p.likes)), p.shares, p.rate < lo ? 'low' : p.rate < hi ? 'medium' : 'viral']);
}
const POST_HEADER = ['post_id', 'posted_at', 'chars', 'hashtags', 'followers', 'hour', 'has_image', 'has_video', 'likes', 'log_likes', 'shares', 'tier'];

// accounts.csv: 500 accounts, ~28% bots.
function accounts(): Row[] {
  const next = rng(6703);
  const rows: Row[] = [];
  for (let i = 0; i < 500; i++) {
    const bot = next() < 0.28 ? 1 : 0;
    const age = Math.round(bot ? clamp(Math.exp(normal(next, 3.5, 0.8)), 1, 3000) : clamp(Math.exp(normal(next, 6.3, 0.8)), 5, 5000));
    const following = Math.round(bot ? clamp(normal(next, 2500, 900), 50, 7000) : clamp(Math.exp(normal(next, 5.5, 0.9)), 5, 6000));
    const followers = Math.round(bot ? clamp(Math.exp(normal(next, 4, 1)), 0, 50000) : clamp(Math.exp(normal(next, 6.5, 1.6)), 2, 900000));
    const perDay = r2(bot ? clamp(normal(next, 40, 15), 2, 150) : clamp(Math.exp(normal(next, 0.5, 0.9)), 0.01, 60));
    const links = r2(bot ? clamp(normal(next, 0.7, 0.15), 0, 1) : clamp(normal(next, 0.2, 0.15), 0, 1));
    const avatar = next() < (bot ? 0.35 : 0.92) ? 1 : 0;
    const verifiedEmail = next() < (bot ? 0.3 : 0.8) ? 1 : 0;
    rows.push([900000 + i, 1600000000 + Math.floor(next() * 1e8), age, followers, following, perDay, links, avatar, verifiedEmail, bot]);
  }
  return rows;
}
const ACCOUNT_HEADER = ['account_id', 'created_at', 'age_days', 'followers', 'following', 'posts_per_day', 'link_share', 'has_avatar', 'verified_email', 'is_bot'];

// newsletter.csv: 500 subscribers; churn (~22%) from opens and clicks.
function newsletter(): Row[] {
  const next = rng(6704);
  const rows: Row[] = [];
  for (let i = 0; i < 500; i++) {
    const tenure = Math.floor(clamp(Math.exp(normal(next, 3.3, 0.9)), 1, 400));
    const engaged = sigmoid(normal(next, 0.3, 1.3));
    const opens = Math.round(clamp(12 * engaged + normal(next, 0, 1), 0, 12));
    const clicks = Math.round(clamp(opens * (0.05 + 0.4 * engaged * next()), 0, opens));
    const openRate = r3(opens / 12);
    const clickRate = r3(opens > 0 ? clicks / opens : 0);
    const daysSince = Math.round(clamp(normal(next, 30 * (1 - engaged), 6), 0, 90));
    const z = 2.4 - 5.5 * openRate - 3 * clickRate + 0.05 * daysSince - 0.008 * tenure + normal(next, 0, 0.4);
    const churned = z > 0.9 ? 1 : 0;
    rows.push([300000 + i, 1690000000 + Math.floor(next() * 3e7), tenure, 12, opens, clicks, openRate, clickRate, daysSince, churned]);
  }
  return rows;
}
const NEWS_HEADER = ['subscriber_id', 'signup_at', 'tenure_weeks', 'sends_30d', 'opens_30d', 'clicks_30d', 'open_rate', 'click_rate', 'days_since_open', 'churned'];

// topics.csv: 500 posts as bag-of-words counts of 10 words; 5 categories (string and one-hot).
const TOPICS = ['sports', 'politics', 'food', 'film', 'deals'];
const WORDS = ['goal', 'match', 'vote', 'senate', 'recipe', 'oven', 'trailer', 'cast', 'sale', 'coupon'];
function topics(): Row[] {
  const next = rng(6705);
  const rows: Row[] = [];
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(next() * TOPICS.length);
    const counts = WORDS.map((_, w) => {
      const own = Math.floor(w / 2) === t;
      const lambda = own ? 2.2 : 0.35;
      // Poisson draw by inversion
      let k = 0, p = Math.exp(-lambda), s = p;
      const u = next();
      while (u > s && k < 20) { k++; p *= lambda / k; s += p; }
      return k;
    });
    const length = counts.reduce((a, b) => a + b, 0) + Math.floor(next() * 30) + 8;
    rows.push([1200000 + i, ...counts, length, ...TOPICS.map((_, c) => (c === t ? 1 : 0)), TOPICS[t]]);
  }
  return rows;
}
const TOPIC_HEADER = ['post_id', ...WORDS.map((w) => `w_${w}`), 'n_tokens', ...TOPICS.map((t) => `is_${t}`), 'category'];

function main(): void {
  const s = sessions();
  write('sessions.csv', SESSION_HEADER, s);
  // The same export with the tracker's gaps: empty and "NA" seconds on some rows.
  write('sessions-export.csv', SESSION_HEADER, s.map((row, i) => (i % 37 === 5 ? row.map((c, j) => (j === 3 ? (i % 2 ? 'NA' : '') : c)) : row)));
  const p = posts();
  write('posts.csv', POST_HEADER, p);
  // A four-row sample pasted from the dashboard (one low, two medium, one viral post).
  const pick = (tier: string, n: number) => p.filter((row) => row[row.length - 1] === tier).slice(0, n);
  write('posts-sample.csv', POST_HEADER, [...pick('low', 1), ...pick('medium', 2), ...pick('viral', 1)]);
  write('accounts.csv', ACCOUNT_HEADER, accounts());
  write('newsletter.csv', NEWS_HEADER, newsletter());
  write('topics.csv', TOPIC_HEADER, topics());
}

main();
