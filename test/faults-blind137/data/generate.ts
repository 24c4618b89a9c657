/**
 * Writes the CSVs of blind fault set 137 (leisure venues: escape rooms, bowling alleys and arcades), seeded
 * so every run gives the same files: `npx tsx test/faults-blind137/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** escape.csv: escape-room bookings -> minutes the group needed; a copy with "NA" lead days (booking-system export gaps). */
function escape(): void {
  const next = rng(13701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704096000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const venue = 1 + Math.floor(next() * 6);
    const group = 2 + Math.floor(next() * 7);
    const lead = Math.round(clamp(Math.exp(normal(next, 1.8, 1.0)), 0, 120));
    const difficulty = 1 + Math.floor(next() * 5);
    const hints = Math.floor(next() * 4);
    const hour = 10 + Math.floor(next() * 13);
    const first = next() < 0.45 ? 1 : 0;
    const mins = r1(clamp(38 + 4.5 * difficulty - 1.6 * group - 2.5 * hints + 4 * first + 0.2 * (hour - 16) + normal(next, 0, 1.5), 15, 75));
    out.push(mins);
    const row: (string | number)[] = [`BK-${510000 + i}`, stamp(t), `VEN-${String(venue).padStart(2, '0')}`, group, lead, difficulty, hints, hour, first, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['booking_id', 'booking_ts', 'venue_id', 'group_size', 'lead_days', 'difficulty', 'hints_used', 'start_hour', 'first_visit', 'escape_min'];
  write('escape.csv', header, rows);
  write('escape-na.csv', header, na);
  console.log('escape min', stats(out));
}

/** theme.csv: booking features -> room theme (horror/heist/pirate/space/rare kids 4%); locker number has no effect. */
function theme(): void {
  const next = rng(13702);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const th = u < 0.32 ? 'horror' : u < 0.58 ? 'heist' : u < 0.78 ? 'pirate' : u < 0.96 ? 'space' : 'kids';
    counts[th] = (counts[th] ?? 0) + 1;
    const age = r1(clamp(th === 'kids' ? normal(next, 10, 2) : th === 'horror' ? normal(next, 24, 4) : th === 'heist' ? normal(next, 34, 6) : th === 'pirate' ? normal(next, 28, 8) : normal(next, 30, 5), 6, 70));
    const price = Math.round(clamp(th === 'kids' ? normal(next, 90, 15) : th === 'heist' ? normal(next, 220, 30) : th === 'space' ? normal(next, 180, 25) : th === 'pirate' ? normal(next, 140, 20) : normal(next, 160, 25), 40, 400));
    const group = th === 'kids' ? 6 + Math.floor(next() * 6) : 2 + Math.floor(next() * 6);
    const fog = th === 'horror' ? (next() < 0.9 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    const lead = Math.round(clamp(Math.exp(normal(next, th === 'heist' ? 2.8 : 1.5, 0.7)), 0, 180));
    const locker = 1 + Math.floor(next() * 80);
    rows.push([`BK-${620000 + i * 3}`, age, price, group, fog, lead, locker, th]);
  }
  write('theme.csv', ['booking_id', 'mean_age_y', 'price_usd', 'group_size', 'fog_machine', 'lead_days', 'locker_no', 'room_theme'], rows);
  console.log('themes', counts);
}

/** refund.csv: arcade/bowling visits -> a rare refund flag; skewed queue minutes; the ticket serial has no effect. */
function refund(): void {
  const next = rng(13703);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const queue = r1(clamp(Math.exp(normal(next, 2.0, 0.8)), 0, 240));
    const broken = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.6);
    const spend = r2(clamp(Math.exp(normal(next, 3.2, 0.6)), 2, 600));
    const member = next() < 0.3 ? 1 : 0;
    const visits = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 4);
    const serial = 3000000 + Math.floor(next() * 6000000);
    const z = -2.9 + 0.08 * (queue - 8) + 1.1 * broken - 1.0 * member - 0.05 * visits + 0.4 * (Math.log(spend) - 3.2);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`ARC-${String(1 + (i % 4)).padStart(2, '0')}`, 1706000000 + i * 2700, queue, broken, spend, member, visits, serial, flag]);
  }
  write('refund.csv', ['venue_id', 'visit_epoch', 'queue_min', 'broken_machines', 'spend_usd', 'member', 'prior_visits', 'ticket_serial', 'refund'], rows);
  console.log('refund', pos, '/ 1200');
}

/** lanes.csv: semicolon export with decimal commas -> bowling game score. */
function lanes(): void {
  const next = rng(13704);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const avg = r1(clamp(normal(next, 140, 30), 60, 240));
    const games = 1 + Math.floor(next() * 5);
    const oil = r1(clamp(normal(next, 24, 3), 15, 35));
    const ball = r1(clamp(normal(next, 13, 1.5), 8, 16));
    const bumpers = avg < 100 && next() < 0.5 ? 1 : 0;
    const lane = 1 + Math.floor(next() * 24);
    const score = Math.round(clamp(0.9 * avg + 4 * games - 1.2 * (oil - 24) + 2 * (ball - 13) + 12 * bumpers + 10 + normal(next, 0, 8), 20, 300));
    out.push(score);
    rows.push([`LN-${String(lane).padStart(2, '0')}`, dc(avg), games, dc(oil), dc(ball), bumpers, score]);
  }
  write('lanes.csv', ['lane_id', 'bowler_avg', 'games_tonight', 'oil_ml', 'ball_lb', 'bumpers', 'score'], rows, ';');
  console.log('score', stats(out));
}

/** tokens.csv: tab-separated arcade card log -> token spend in dollars and in cents (skewed). */
function tokens(): void {
  const next = rng(13705);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 950; i++) {
    const minutes = Math.round(clamp(Math.exp(normal(next, 3.8, 0.5)), 5, 300));
    const party = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.8);
    const kids = Math.min(party, Math.floor(next() * 4));
    const member = next() < 0.35 ? 1 : 0;
    const hour = 11 + Math.floor(next() * 12);
    const queue = r1(clamp(Math.exp(normal(next, 1.5, 0.9)), 0, 120));
    const usd = r2(clamp(0.35 * minutes + 3 * party + 2.5 * kids - 6 * member + 0.3 * (hour - 16) + normal(next, 0, 2.5), 1, 900));
    out.push(usd);
    rows.push([`CARD-${880000 + i}`, hour, minutes, party, kids, member, queue, usd, Math.round(usd * 100)]);
  }
  write('tokens.csv', ['card_id', 'hour', 'play_min', 'party_size', 'kids', 'member', 'queue_min', 'spend_usd', 'spend_cents'], rows, '\t');
  console.log('spend usd', stats(out));
}

escape();
theme();
refund();
lanes();
tokens();
