/**
 * Writes the CSVs of blind fault set 113 (hotels and short-term rentals), seeded so every run gives the
 * same files: `npx tsx test/faults-blind113/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const iso = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' ');
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** bookings.csv: reservations -> a rare no_show flag (about 6%); a copy with "NA" review scores. */
function bookings(): void {
  const next = rng(11301);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  let shows = 0;
  for (let i = 0; i < 1100; i++) {
    const ts = 1704067200 + i * 2900 + Math.floor(next() * 1800);
    const lead = Math.round(clamp(Math.exp(normal(next, 3.0, 1.1)), 0, 400));
    const nights = Math.round(clamp(Math.exp(normal(next, 0.8, 0.6)), 1, 21));
    const rate = Math.round(clamp(normal(next, 16000, 6000), 5900, 58000));
    const prepaid = next() < 0.45 ? 1 : 0;
    const prev = Math.floor(clamp(Math.exp(normal(next, -0.5, 1)), 0, 30));
    const review = r1(clamp(normal(next, 8.3, 0.9), 3, 10));
    const z = -3.6 + 0.9 * Math.log1p(lead) / 2 - 2.2 * prepaid - 0.5 * Math.min(prev, 4) + 0.00004 * (rate - 16000) - 0.25 * (review - 8.3) + normal(next, 0, 0.3);
    const ns = next() < sigmoid(z) ? 1 : 0;
    shows += ns;
    const row: (string | number)[] = [`BK-${700000 + i}`, iso(ts), ts, lead, nights, rate, prepaid, prev, review, ns];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[8] = 'NA';
    na.push(n);
  }
  const header = ['booking_id', 'booked_at', 'booked_ts', 'lead_time_days', 'nights', 'rate_cents', 'prepaid', 'previous_stays', 'review_score', 'no_show'];
  write('bookings.csv', header, rows);
  write('bookings-na.csv', header, na);
  console.log('no-shows', shows, 'of', rows.length);
}

/** pricing.csv: nightly pricing log -> the nightly rate in cents (raw, 6,000-60,000). */
function pricing(): void {
  const next = rng(11302);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const day = 19700 + i;
    const occ = r1(clamp(normal(next, 72, 15), 20, 100));
    const lead = Math.round(clamp(Math.exp(normal(next, 2.8, 0.9)), 0, 300));
    const dow = i % 7;
    const event = next() < 0.12 ? 1 : 0;
    const comp = Math.round(clamp(normal(next, 18000, 4000), 8000, 40000));
    const season = r2(clamp(1 + 0.3 * Math.sin((2 * Math.PI * i) / 365) + normal(next, 0, 0.03), 0.6, 1.4));
    const rate = Math.round(clamp((6000 + 120 * occ + 0.55 * comp + 5000 * event + (dow >= 4 ? 2500 : 0) - 15 * Math.min(lead, 120)) * season + normal(next, 0, 900), 6000, 60000));
    out.push(rate);
    rows.push([`P-${day}`, day, occ, lead, dow, event, comp, season, rate]);
  }
  write('pricing.csv', ['price_id', 'stay_day', 'occupancy_pct', 'lead_time_days', 'day_of_week', 'event_in_town', 'competitor_rate_cents', 'season_index', 'nightly_rate_cents'], rows);
  console.log('rate', stats(out));
}

/** rooms.csv: the room inventory -> room_type (standard / deluxe / suite / family / a rare accessible). */
function rooms(): void {
  const next = rng(11303);
  const names = ['standard', 'deluxe', 'suite', 'family', 'accessible'];
  const weights = [0.4, 0.25, 0.12, 0.17, 0.06];
  const counts = [0, 0, 0, 0, 0];
  // per class: sqft, beds, max guests, floor, rate cents, view score, bathroom sqft
  const proto = [[260, 1, 2, 4, 14000, 2, 45], [340, 1, 2, 8, 19000, 6, 60], [620, 1, 3, 14, 38000, 8, 110], [420, 2, 5, 5, 22000, 3, 65], [360, 1, 2, 1, 15000, 2, 90]];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 860; i++) {
    let u = next(), c = 0;
    while (c < 4 && u > weights[c]) { u -= weights[c]; c++; }
    counts[c]++;
    const p = proto[c];
    const sqft = Math.round(clamp(normal(next, p[0], p[0] * 0.1), 150, 1200));
    const beds = Math.max(1, p[1] + (next() < 0.1 ? 1 : 0));
    const guests = Math.max(1, Math.round(p[2] + normal(next, 0, 0.4)));
    const floor = Math.round(clamp(normal(next, p[3], 2.5), 0, 20));
    const rate = Math.round(clamp(normal(next, p[4], p[4] * 0.12), 6000, 80000));
    const view = Math.round(clamp(normal(next, p[5], 1.3), 0, 10));
    const bath = Math.round(clamp(normal(next, p[6], 8), 25, 200));
    rows.push([`R${1000 + i}`, `B${1 + (i % 3)}`, sqft, beds, guests, floor, rate, view, bath, names[c]]);
  }
  write('rooms.csv', ['room_id', 'building', 'sqft', 'beds', 'max_guests', 'floor', 'rate_cents', 'view_score', 'bathroom_sqft', 'room_type'], rows);
  console.log('rooms', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** housekeeping.csv: turnover log of short-term rental units -> cleaning minutes (tab-separated export). */
function housekeeping(): void {
  const next = rng(11304);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const ts = 1709251200 + i * 5000 + Math.floor(next() * 2000);
    const sqft = Math.round(clamp(normal(next, 700, 250), 250, 2200));
    const guests = Math.round(clamp(normal(next, 3, 1.5), 1, 10));
    const nights = Math.round(clamp(Math.exp(normal(next, 1, 0.6)), 1, 28));
    const pets = next() < 0.15 ? 1 : 0;
    const late = next() < 0.2 ? 1 : 0;
    const bathrooms = Math.max(1, Math.round(sqft / 600 + normal(next, 0, 0.3)));
    const minutes = Math.round(clamp(20 + 0.045 * sqft + 6 * guests + 2.5 * Math.min(nights, 14) + 25 * pets + 12 * bathrooms - 8 * late + normal(next, 0, 6), 15, 300));
    out.push(minutes);
    rows.push([`U-${200 + (i % 60)}`, iso(ts), sqft, guests, nights, pets, late, bathrooms, minutes]);
  }
  write('housekeeping.csv', ['unit_id', 'checkout_at', 'unit_sqft', 'guests', 'nights', 'pets', 'late_checkout', 'bathrooms', 'cleaning_minutes'], rows, '\t');
  console.log('minutes', stats(out));
}

/** minibar.csv: folio lines per stay, a semicolon export with decimal commas -> minibar spend (skewed). */
function minibar(): void {
  const next = rng(11305);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 950; i++) {
    const guests = Math.round(clamp(normal(next, 2, 0.9), 1, 5));
    const nights = Math.round(clamp(Math.exp(normal(next, 0.9, 0.6)), 1, 14));
    const business = next() < 0.35 ? 1 : 0;
    const tier = Math.floor(next() * 4);
    const age = Math.round(clamp(normal(next, 42, 12), 18, 85));
    const arrival = Math.round(clamp(normal(next, 17, 4), 0, 23));
    const spend = r2(clamp(Math.exp(1.2 + 0.35 * Math.log(nights) + 0.25 * guests + 0.6 * business + 0.2 * tier - 0.012 * (age - 42) + 0.04 * (arrival - 17) + normal(next, 0, 0.25)), 0, 900));
    out.push(spend);
    rows.push([`F-${90000 + i}`, guests, nights, business, tier, age, arrival, dec(spend)]);
  }
  write('minibar.csv', ['folio_id', 'guests', 'nights', 'business_trip', 'loyalty_tier', 'guest_age', 'arrival_hour', 'minibar_spend_eur'], rows, ';');
  console.log('spend', stats(out));
}

bookings();
pricing();
rooms();
housekeeping();
minibar();
