/**
 * Writes the CSVs of the eighty-ninth blind fault set (live events, theatres, concerts and ticketing),
 * seeded so every run gives the same files: `npx tsx test/faults-blind89/data/generate.ts`.
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

/** shows.csv: concert and theatre shows: sell-through percent and a rare sold-out flag. */
function shows(): void {
  const next = rng(8901);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let soldOut = 0;
  for (let i = 0; i < 720; i++) {
    const id = `SH-${24 + Math.floor(i / 300)}-${String(12000 + i * 7).padStart(5, '0')}`;
    const ts = 1704067200 + i * 43200 + Math.floor(next() * 30000);
    const capacity = [250, 800, 2500, 12000][Math.floor(next() * 4)];
    const price = r2(clamp(28 + capacity * 0.004 + normal(next, 0, 14), 8, 400));
    const artist = r1(clamp(normal(next, 60, 18), 5, 100));
    const presale = r1(clamp(8 + artist / 6 + normal(next, 0, 5), 0, 70));
    const days = Math.round(clamp(normal(next, 60, 25), 1, 150));
    const weekend = next() < 0.45 ? 1 : 0;
    const spend = Math.round(clamp(Math.exp(normal(next, 9.6, 0.6)), 500, 250000));
    const sell = r1(clamp(64 + 0.32 * (artist - 60) + 0.45 * (presale - 18) + 5 * weekend - 0.06 * (price - 50)
      - 0.0006 * (capacity - 3900) + 0.05 * (days - 60) + normal(next, 0, 2), 5, 100));
    const z = -4.2 + 0.06 * Math.max(0, artist - 60) + 0.35 * Math.max(0, sell - 74) + 0.8 * weekend
      + 0.35 * Math.log(spend / 15000) - 0.00012 * (capacity - 3900) + normal(next, 0, 0.3);
    const so = next() < sigmoid(z) ? 1 : 0;
    soldOut += so;
    const row: (string | number)[] = [id, 7, ts, capacity, price, artist, presale, days, weekend, spend, sell, so];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['show_id', 'promoter_id', 'on_sale_ts', 'capacity', 'face_price_usd', 'artist_score', 'presale_pct', 'days_before_show',
    'weekend', 'marketing_spend_usd', 'sell_through_pct', 'sold_out'];
  write('shows.csv', header, rows);
  write('shows-export-na.csv', header, naRows);
  console.log(`shows sold out ${soldOut}/720`);
}

/** attendance.csv: theatre performances: comp tickets and prices beside rain in mm; no-show percent and a 3-band class. */
function attendance(): void {
  const next = rng(8902);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 640; i++) {
    const ts = 1709251200 + Math.floor(next() * 400 * 86400);
    const age = Math.round(clamp(normal(next, 46, 14), 18, 80));
    const price = r2(clamp(normal(next, 70, 28), 12, 250));
    const ahead = Math.round(clamp(normal(next, 100 - age, 20) * price / 70, 2, 180));
    const comps = [0, 20, 40, 80, 120, 160, 240][Math.floor(next() * 7)];
    const perWeek = [4, 6, 6, 8][Math.floor(next() * 4)];
    const rain = r1(clamp(Math.exp(normal(next, 0.5, 1.0)) - 1, 0, 40));
    const noShow = r1(clamp(3 + 9 * (comps * perWeek / 600) * (40 / Math.max(ahead, 15)) * (70 / price) * 0.5 + 0.25 * rain
      + normal(next, 0, 1.5), 0, 70));
    const band = noShow < 7 ? 'low' : noShow < 16 ? 'typical' : 'high';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([`PF${500000 + i * 11}`, ts, age, price, ahead, comps, perWeek, rain, noShow, band]);
  }
  write('attendance.csv', ['performance_id', 'curtain_ts', 'median_age', 'avg_price_usd', 'days_booked_ahead', 'comp_tickets', 'shows_per_week', 'rain_mm', 'no_show_pct', 'no_show_band'], rows);
  console.log('no-show bands', JSON.stringify(counts));
}

/** boxoffice.csv: venue-weeks: tickets sold per week (skewed counts). */
function boxoffice(): void {
  const next = rng(8903);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 460; i++) {
    const venue = 40 + (i % 23);
    const week = 1704067200 + Math.floor(i / 23) * 86400 * 7;
    const pop = Math.round(clamp(Math.exp(normal(next, 12.0, 0.9)), 20000, 3000000));
    const staff = 1 + Math.min(6, Math.floor(pop / 250000 + next() * 1.5));
    const ushers = staff * 2 + Math.floor(next() * 3 * staff);
    const nights = [3, 4, 5, 5, 6, 7][Math.floor(next() * 6)];
    const promo = r2(clamp(normal(next, 0.4, 0.2), 0, 1));
    const competing = Math.floor(next() * next() * 9);
    const parking = next() < 0.4 ? 1 : 0;
    const sold = Math.round(clamp(0.0009 * pop + 110 * staff + 22 * ushers + 140 * (nights - 5) + 600 * promo - 45 * competing + 90 * parking
      + normal(next, 0, 60), 40, 20000));
    rows.push([venue, week, pop, staff, ushers, nights, promo, competing, parking, sold]);
  }
  write('boxoffice.csv', ['venue_id', 'week_ts', 'metro_pop', 'box_office_staff', 'ushers', 'open_nights', 'promo_index', 'competing_events', 'parking', 'tickets_sold_week'], rows);
}

/** resale.csv: secondary-market listings: prices from a few dollars to thousands, skewed markups -> genre (opera rare). */
function resale(): void {
  const next = rng(8904);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['pop', 'rock', 'hiphop', 'opera'];
  for (let i = 0; i < 600; i++) {
    const k0 = next();
    const latent = k0 < 0.38 ? 0 : k0 < 0.66 ? 1 : k0 < 0.92 ? 2 : 3;
    const face = r2(clamp(Math.exp(normal(next, [4.4, 3.9, 4.1, 5.3][latent], 0.4)), 5, 900));
    const markup = r1(clamp(Math.exp(normal(next, [4.6, 3.2, 3.9, 1.6][latent], 1.1)), 0, 3000));
    const resalePrice = r2(clamp(face * (1 + markup / 100), 5, 12000));
    const seats = [1, 2, 2, 2, 4, 4, 6, 8][Math.floor(next() * 8)];
    const length = Math.round(clamp(normal(next, [110, 130, 95, 190][latent], 15), 60, 260));
    const days = Math.round(clamp(normal(next, [40, 25, 15, 70][latent], 10), 0, 180));
    const ageLimit = latent === 2 && next() < 0.5 ? [16, 18, 21][Math.floor(next() * 3)] : 0;
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`L-${String(300000 + i * 29).padStart(7, '0')}`, face, resalePrice, markup, seats, length, days, ageLimit, names[k]]);
  }
  write('resale.csv', ['listing_id', 'face_price_usd', 'resale_price_usd', 'markup_pct', 'seats_in_listing', 'show_length_min', 'days_before_show', 'age_limit', 'genre'], rows);
  console.log('genres', JSON.stringify(counts));
}

/** tours.csv: tour dates: fans registered, presale sign-ups, held tickets -> tickets sold at the date and its outcome (cancelled rare). */
function tours(): void {
  const next = rng(8905);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 500; i++) {
    const tour = 1 + (i % 20);
    const date = 1717200000 + Math.floor(i / 20) * 7 * 86400;
    const markets = 1 + Math.floor(Math.exp(normal(next, 1.8, 0.7)));
    const fans = Math.round(markets * clamp(normal(next, 140, 60), 10, 400));
    const signups = r1(clamp(markets * normal(next, 8, 4), 0, 400));
    const held = Math.round(clamp(fans * normal(next, 9, 4) + normal(next, 2000, 1500), 0, 200000));
    const daysTo = Math.round(clamp(normal(next, 150, 80), 5, 365));
    const loadIn = Math.round(clamp(normal(next, 14, 5), 3, 36));
    const cost = Math.round(clamp(Math.exp(normal(next, 11.5, 1.2)), 2000, 3000000));
    const sold = Math.round(clamp(4.3 * fans + 9 * signups * 4 + 0.2 * Math.max(0, 120 - daysTo) * markets * 3 + 20 * loadIn + normal(next, 0, 150), 0, 200000));
    const cover = held / Math.max(sold, 1);
    const score = cover - 0.01 * loadIn + 0.002 * (daysTo - 150) + normal(next, 0, 0.15);
    const outcome = score < 0.75 ? 'extra_date' : score < 2.6 ? 'as_planned' : 'cancelled';
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    rows.push([tour, date, markets, fans, signups, held, daysTo, loadIn, cost, sold, outcome]);
  }
  write('tours.csv', ['tour_id', 'date_ts', 'markets', 'registered_fans', 'presale_signups_per_day', 'tickets_held', 'days_to_show', 'load_in_hours', 'production_cost_usd', 'tickets_sold', 'outcome'], rows);
  console.log('tour outcomes', JSON.stringify(counts));
}

shows();
attendance();
boxoffice();
resale();
tours();
