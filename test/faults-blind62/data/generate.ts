/**
 * Writes the CSVs of test/faults-blind62 (travel, hotels and tourism), seeded so every run gives the
 * same files: `npx tsx test/faults-blind62/data/generate.ts`. Each table comes from simple generative
 * rules a small dense network can learn, with the mixed scales, skewed counts, ID and epoch columns and
 * constant columns that travel data has.
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

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Hotel bookings: cancellation (~30%) and the average daily rate. */
function bookings(): (string | number)[][] {
  const next = rng(6201);
  const rows: (string | number)[][] = [];
  const start = 1672531200; // 2023-01-01 as a Unix epoch
  for (let i = 0; i < 640; i++) {
    const bookingId = 4_810_000 + Math.floor(next() * 900_000);
    const bookingEpoch = start + Math.floor(next() * 365 * 86400);
    const lead = Math.floor(Math.min(420, -Math.log(Math.max(next(), 1e-9)) * 70)); // skewed, days
    const nights = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2.2);
    const adults = 1 + (next() < 0.62 ? 1 : 0) + (next() < 0.08 ? 1 : 0);
    const children = next() < 0.18 ? 1 + (next() < 0.35 ? 1 : 0) : 0;
    const r = next();
    const room = r < 0.6 ? 0 : r < 0.88 ? 1 : 2; // standard, deluxe, suite
    const month = 1 + Math.floor(next() * 12);
    const summer = month >= 6 && month <= 8 ? 1 : 0;
    const requests = Math.min(4, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.8));
    const prevCancel = next() < 0.1 ? 1 : 0;
    const deposit = next() < 0.22 ? 1 : 0;
    const adr = clamp(72 + 55 * room * room + 38 * summer + 9 * (adults - 1) + 6 * children - 0.04 * lead + normal(next, 0, 9), 35, 520);
    const score = -0.85 + 0.0085 * lead - 0.75 * requests + 1.9 * prevCancel - 1.6 * deposit + 0.006 * (adr - 100) - 0.15 * (nights - 2);
    const canceled = next() < sigmoid(2.4 * score) ? 1 : 0;
    rows.push([bookingId, bookingEpoch, lead, nights, adults, children, room === 0 ? 1 : 0, room === 1 ? 1 : 0, room === 2 ? 1 : 0,
      month, round(adr, 2), requests, prevCancel, deposit, 1, canceled]);
  }
  return rows;
}

const BOOKING_HEADER = ['booking_id', 'booking_epoch', 'lead_time', 'nights', 'adults', 'children', 'room_standard', 'room_deluxe',
  'room_suite', 'arrival_month', 'adr', 'special_requests', 'prev_cancellations', 'deposit', 'hotel_code', 'canceled'];

/** Flights: fare in currency, heavy-tailed (class and last-minute multipliers, lognormal noise). */
function flights(): (string | number)[][] {
  const next = rng(6202);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 560; i++) {
    const flightId = 100_000 + i * 7 + Math.floor(next() * 7);
    const distance = Math.round(250 + -Math.log(Math.max(next(), 1e-9)) * 1800);
    const daysBefore = Math.floor(next() * 180);
    const weekday = Math.floor(next() * 7);
    const weekend = weekday >= 5 ? 1 : 0;
    const c = next();
    const cls = c < 0.7 ? 0 : c < 0.88 ? 1 : 2; // economy, premium, business
    const mult = [1, 1.8, 3.6][cls];
    const fare = (45 + 0.085 * distance) * mult * (1 + 1.2 * Math.exp(-daysBefore / 18)) * (1 + 0.12 * weekend) * Math.exp(normal(next, 0, 0.08));
    rows.push([flightId, distance, daysBefore, weekday, weekend, cls === 0 ? 1 : 0, cls === 1 ? 1 : 0, cls === 2 ? 1 : 0, round(fare, 2)]);
  }
  return rows;
}

/** Guest reviews: rating 1-10 and traveller type (business / family / couple / solo). */
function reviews(): (string | number)[][] {
  const next = rng(6203);
  const rows: (string | number)[][] = [];
  const types = ['business', 'family', 'couple', 'solo'];
  for (let i = 0; i < 600; i++) {
    const t = Math.floor(next() * 4);
    const type = types[t];
    const party = t === 0 ? 1 : t === 1 ? 3 + Math.floor(next() * 3) : t === 2 ? 2 : 1;
    const children = t === 1 ? 1 + Math.floor(next() * 3) : 0;
    const nights = t === 0 ? 1 + Math.floor(next() * 3) : t === 1 ? 4 + Math.floor(next() * 7) : 2 + Math.floor(next() * 6);
    const weekdayCheckin = t === 0 ? (next() < 0.85 ? 1 : 0) : next() < 0.35 ? 1 : 0;
    const solo = t === 3;
    const leisureKm = t === 0 ? 300 + next() * 900 : solo ? 800 + next() * 4000 : 200 + next() * 2500; // distance from home
    const roomScore = round(clamp(normal(next, 7.2, 1.4), 1, 10), 1);
    const staffScore = round(clamp(normal(next, 7.8, 1.3), 1, 10), 1);
    const price = round((90 + 25 * party) * nights * Math.exp(normal(next, 0, 0.2)), 2);
    const rating = round(clamp(0.45 * roomScore + 0.45 * staffScore + 1.1 - 0.0004 * (price / nights - 120) * 3 + normal(next, 0, 0.35), 1, 10), 1);
    rows.push([nights, party, children, weekdayCheckin, Math.round(leisureKm), roomScore, staffScore, price, rating, type]);
  }
  return rows;
}

/** Tourist arrivals per month: season, exchange rate, holidays (in thousands). */
function arrivals(): (string | number)[][] {
  const next = rng(6204);
  const rows: (string | number)[][] = [];
  let fx = 1.1;
  for (let year = 2004; year < 2024; year++) {
    for (let month = 1; month <= 12; month++) {
      fx = clamp(fx + normal(next, 0, 0.02), 0.85, 1.45);
      const s = Math.sin((2 * Math.PI * (month - 1)) / 12), c = Math.cos((2 * Math.PI * (month - 1)) / 12);
      const holidays = [1, 4, 7, 8, 12].includes(month) ? 1 : 0;
      const trend = (year - 2004) * 3.5;
      const arrivalsK = 120 + trend - 45 * c + 12 * s + 28 * holidays - 60 * (fx - 1.1) + normal(next, 0, 6);
      rows.push([year, month, round(s, 4), round(c, 4), round(fx, 4), holidays, round(arrivalsK, 1)]);
    }
  }
  return rows;
}

/** Occupancy in % from calendar, events and price. */
function occupancy(): (string | number)[][] {
  const next = rng(6205);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const dow = Math.floor(next() * 7);
    const weekend = dow >= 4 && dow <= 5 ? 1 : 0;
    const month = 1 + Math.floor(next() * 12);
    const peak = month >= 6 && month <= 9 ? 1 : 0;
    const event = next() < 0.12 ? 1 : 0;
    const price = round(95 + 35 * peak + 40 * event + 15 * weekend + normal(next, 0, 14), 2);
    const occ = clamp(52 + 16 * weekend + 18 * peak + 22 * event - 0.25 * (price - 110) + 6 * Math.sin(dow) + normal(next, 0, 4), 5, 100);
    rows.push([dow, weekend, month, peak, event, price, round(occ, 1)]);
  }
  return rows;
}

/** No-shows: rare (~4%). */
function noshows(): (string | number)[][] {
  const next = rng(6206);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const lead = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 40);
    const ota = next() < 0.45 ? 1 : 0;
    const deposit = next() < 0.3 ? 1 : 0;
    const prevNoShow = next() < 0.05 ? 1 : 0;
    const loyalty = next() < 0.25 ? 1 : 0;
    const rate = round(clamp(normal(next, 130, 35), 45, 400), 2);
    const z = -5.6 + 2.6 * ota - 3 * deposit + 3.8 * prevNoShow - 1.8 * loyalty + 0.014 * lead;
    const noShow = next() < sigmoid(z) ? 1 : 0;
    rows.push([lead, ota, deposit, prevNoShow, loyalty, rate, noShow]);
  }
  return rows;
}

function main(): void {
  const b = bookings();
  write('hotel_bookings.csv', BOOKING_HEADER, b);
  // An export where the property system left gaps: empty lead times and "NA" rates on some rows.
  const gaps = b.slice(0, 200).map((row, i) => row.map((cell, j) => (i % 23 === 5 && j === 2 ? '' : i % 31 === 7 && j === 10 ? 'NA' : cell)));
  write('hotel_bookings_export.csv', BOOKING_HEADER, gaps);
  // One property's first week: far too few bookings to train on.
  write('bookings_one_week.csv', BOOKING_HEADER, b.slice(0, 3));
  write('flights.csv', ['flight_id', 'distance_km', 'days_before', 'weekday', 'weekend', 'economy', 'premium', 'business', 'fare'], flights());
  write('reviews.csv', ['stay_nights', 'party_size', 'children', 'weekday_checkin', 'home_distance_km', 'room_score', 'staff_score',
    'price_paid', 'rating', 'traveller_type'], reviews());
  write('arrivals.csv', ['year', 'month', 'month_sin', 'month_cos', 'exchange_rate', 'holidays', 'arrivals_k'], arrivals());
  write('occupancy.csv', ['day_of_week', 'weekend', 'month', 'peak_season', 'event', 'price', 'occupancy_pct'], occupancy());
  write('noshows.csv', ['lead_time', 'ota_channel', 'deposit', 'prev_noshow', 'loyalty_member', 'rate', 'no_show'], noshows());
}

main();
