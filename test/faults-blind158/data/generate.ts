/**
 * Writes the CSVs of blind fault set 158 (concert venues and ticketing), seeded so every run gives
 * the same files: `npx tsx test/faults-blind158/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** sales.csv: one row per show and sales snapshot -> tickets sold; a copy with "NA" prices (box-office export gaps). */
function sales(): void {
  const next = rng(15801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735700000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const venue = 1 + Math.floor(next() * 14);
    const capacity = [250, 500, 900, 1500, 2500, 5000, 12000][Math.floor(next() * 7)];
    const days = Math.floor(clamp(Math.exp(normal(next, 3.2, 0.9)), 0, 180));
    const followers = Math.round(clamp(Math.exp(normal(next, 10, 1.4)), 200, 5e6));
    const price = r2(clamp(normal(next, 25 + 8 * Math.log10(capacity), 12), 8, 250));
    const weekend = next() < 0.45 ? 1 : 0;
    const spend = Math.round(clamp(Math.exp(normal(next, 7, 0.8)), 100, 60000));
    const demand = sigmoid(-1.2 + 0.45 * (Math.log(followers) - 10) + 0.5 * weekend - 0.015 * (price - 45) + 0.2 * (Math.log(spend) - 7) - 0.012 * days + normal(next, 0, 0.25));
    const sold = Math.round(capacity * demand);
    const pct = r1(100 * sold / capacity);
    out.push(sold);
    const row: (string | number)[] = [`SHW-${31000 + i}`, stamp(t), `VEN-${String(venue).padStart(3, '0')}`, `ART-${Math.floor(next() * 900) + 100}`, days, capacity, price, Math.round(price * 100), followers, weekend, spend, pct, sold];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['show_id', 'snapshot_ts', 'venue_id', 'artist_id', 'days_before', 'capacity', 'price_usd', 'price_cents', 'artist_followers', 'weekend', 'promo_spend_usd', 'capacity_pct', 'tickets_sold'];
  write('sales.csv', header, rows);
  write('sales-na.csv', header, na);
  console.log('tickets sold', stats(out));
}

/** genre.csv: show features -> genre (rock/pop/hiphop/jazz/rare classical); the box-office window number has no effect. */
function genre(): void {
  const next = rng(15802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.32 ? 'rock' : u < 0.6 ? 'pop' : u < 0.8 ? 'hiphop' : u < 0.95 ? 'jazz' : 'classical';
    counts[g] = (counts[g] ?? 0) + 1;
    const age = r1(clamp(normal(next, g === 'pop' ? 22 : g === 'hiphop' ? 25 : g === 'rock' ? 34 : g === 'jazz' ? 47 : 58, 5), 14, 85));
    const db = r1(clamp(normal(next, g === 'rock' ? 108 : g === 'hiphop' ? 104 : g === 'pop' ? 100 : g === 'jazz' ? 88 : 80, 4), 60, 125));
    const setMin = Math.round(clamp(normal(next, g === 'classical' ? 130 : g === 'jazz' ? 110 : g === 'rock' ? 95 : 75, 15), 30, 200));
    const seated = g === 'classical' || g === 'jazz' ? (next() < 0.85 ? 1 : 0) : next() < 0.15 ? 1 : 0;
    const merch = Math.round(clamp(Math.exp(normal(next, g === 'rock' ? 9.5 : g === 'pop' ? 9.8 : g === 'hiphop' ? 9.2 : 7, 0.5)), 0, 200000));
    const window = 1 + Math.floor(next() * 8);
    rows.push([`EVT-${600000 + i * 3}`, age, db, setMin, seated, merch, window, g]);
  }
  write('genre.csv', ['event_id', 'median_fan_age', 'peak_db', 'set_minutes', 'seated', 'merch_usd', 'box_office_window', 'genre'], rows);
  console.log('genres', counts);
}

/** cancel.csv: bookings -> a rare cancelled-show flag; the booking reference number has no effect. */
function cancel(): void {
  const next = rng(15803);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const pct = r1(clamp(normal(next, 68, 22), 2, 100));
    const days = Math.floor(clamp(Math.exp(normal(next, 3, 0.8)), 1, 200));
    const tourLegs = 1 + Math.floor(next() * 30);
    const outdoor = next() < 0.3 ? 1 : 0;
    const rain = r1(clamp(outdoor ? Math.exp(normal(next, 1.5, 1.2)) : 0, 0, 120));
    const guarantee = Math.round(clamp(Math.exp(normal(next, 9.5, 0.9)), 1000, 900000));
    const ref = 2000000 + Math.floor(next() * 7000000);
    const z = -3.4 - 0.05 * (pct - 68) + 0.04 * (tourLegs - 15) + 0.06 * rain + 0.4 * outdoor - 0.3 * (Math.log(guarantee) - 9.5);
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([`VEN-${String(1 + (i % 14)).padStart(3, '0')}`, 1735700000 + i * 5400, pct, days, tourLegs, outdoor, rain, guarantee, ref, c]);
  }
  write('cancel.csv', ['venue_id', 'booked_epoch', 'presale_pct', 'days_to_show', 'tour_leg', 'outdoor', 'rain_mm', 'guarantee_usd', 'booking_ref', 'cancelled'], rows);
  console.log('cancelled', pos, '/ 1200');
}

/** bar.csv: semicolon export with decimal commas -> bar revenue in dollars (skewed). */
function bar(): void {
  const next = rng(15804);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const attend = Math.round(clamp(Math.exp(normal(next, 6.5, 0.9)), 40, 15000));
    const doorsH = r1(clamp(normal(next, 1.5, 0.5), 0.5, 4));
    const age = r1(clamp(normal(next, 30, 8), 18, 70));
    const temp = r1(clamp(normal(next, 18, 8), -10, 40));
    const happy = next() < 0.3 ? 1 : 0;
    const beer = r2(clamp(normal(next, 7.5, 1.5), 4, 14));
    const rev = Math.round(clamp(attend * (4 + 3 * doorsH) * (1 + 0.015 * (temp - 18)) * (happy ? 1.3 : 1) * (8 / beer) * Math.exp(normal(next, 0, 0.15)), 100, 2e6));
    out.push(rev);
    rows.push([`BAR-${9000 + i}`, attend, dc(doorsH), dc(age), dc(temp), happy, dc(beer), rev]);
  }
  write('bar.csv', ['night_id', 'attendance', 'doors_open_h', 'mean_age', 'outdoor_temp_c', 'happy_hour', 'beer_price_usd', 'bar_revenue_usd'], rows, ';');
  console.log('bar usd', stats(out));
}

/** queue.csv: tab-separated door log -> entry wait in seconds and minutes (skewed). */
function queue(): void {
  const next = rng(15805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const scanners = 1 + Math.floor(next() * 10);
    const arrivals = Math.round(clamp(Math.exp(normal(next, 5.5, 0.6)), 20, 3000));
    const bagCheck = next() < 0.5 ? 1 : 0;
    const mobile = r2(clamp(normal(next, 0.6, 0.2), 0, 1));
    const gate = 1 + Math.floor(next() * 6);
    const secs = Math.round(clamp(Math.exp(3 + 0.7 * Math.log(arrivals / scanners) + 0.4 * bagCheck - 0.5 * mobile + normal(next, 0, 0.2)), 5, 7200));
    out.push(secs);
    rows.push([`GATE-${gate}`, gate, scanners, arrivals, bagCheck, mobile, secs, r2(secs / 60)]);
  }
  write('queue.csv', ['gate_id', 'gate_no', 'scanners', 'arrivals_per_15min', 'bag_check', 'mobile_ticket_share', 'wait_s', 'wait_min'], rows, '\t');
  console.log('wait s', stats(out));
}

sales();
genre();
cancel();
bar();
queue();
