/**
 * Writes the CSVs of the ninety-seventh blind fault set (cinemas and film distribution), seeded so every
 * run gives the same files: `npx tsx test/faults-blind97/data/generate.ts`.
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
const grouped = (n: number) => `"${Math.round(n).toLocaleString('en-US')}"`;

/** screenings.csv: single screenings of a cinema chain: admissions and a rare sold-out premiere flag. */
function screenings(): void {
  const next = rng(9701);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let soldOut = 0;
  for (let i = 0; i < 900; i++) {
    const id = `SCR-${String(4700000 + i * 17)}`;
    const cinema = 210 + Math.floor(next() * 40);
    const ts = 1735689600 + i * 3 * 3600 + Math.floor(next() * 3000);
    const hour = [11, 13, 15, 17, 18, 20, 21, 22][Math.floor(next() * 8)];
    const weekday = Math.floor(next() * 7);
    const seats = [64, 96, 120, 180, 240, 320, 450][Math.floor(next() * 7)];
    const price = r2(clamp(normal(next, 11.5 + (hour >= 18 ? 1.5 : 0), 2.0), 6, 18));
    const weeks = Math.min(12, Math.floor(Math.exp(normal(next, 1.0, 0.8))));
    const is3d = next() < 0.2 ? 1 : 0;
    const holiday = next() < 0.15 ? 1 : 0;
    const premiere = next() < 0.06 ? 1 : 0;
    const weekend = weekday >= 5 ? 1 : 0;
    const evening = hour >= 18 ? 1 : 0;
    const demand = clamp(0.18 + 0.14 * evening + 0.12 * weekend + 0.1 * holiday - 0.035 * weeks + 0.45 * premiere - 0.01 * (price - 11.5) + normal(next, 0, 0.05), 0.01, 1.05);
    const admissions = Math.round(clamp(seats * Math.min(1, demand), 1, seats));
    const zSold = -6.0 + 6.5 * premiere + 2.0 * weekend + 1.8 * evening - 0.01 * (seats - 200) - 0.5 * weeks + normal(next, 0, 0.3);
    const sold = next() < sigmoid(zSold) ? 1 : 0;
    soldOut += sold;
    const row: (string | number)[] = [id, cinema, ts, 7, hour, weekday, seats, price, weeks, is3d, holiday, premiere, admissions, sold];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[7] = 'NA';
    naRows.push(na);
  }
  const header = ['screening_id', 'cinema_id', 'show_ts', 'chain_id', 'show_hour', 'weekday', 'screen_seats', 'ticket_price_eur', 'weeks_since_release',
    'is_3d', 'school_holiday', 'premiere_night', 'admissions', 'sold_out_premiere'];
  write('screenings.csv', header, rows);
  write('screenings-export-na.csv', header, naRows);
  const a = rows.map((r) => r[12] as number).sort((x, y) => x - y);
  console.log(`sold out ${soldOut}/900`, 'admissions', a[0], a[450], a[899]);
}

/** films.csv: films in a distributor's catalogue: genre (documentary rare) and opening-weekend box office. */
function films(): void {
  const next = rng(9702);
  const rows: (string | number)[][] = [];
  const exportRows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['action', 'comedy', 'drama', 'family', 'documentary'];
  for (let i = 0; i < 640; i++) {
    const k0 = next();
    const g = k0 < 0.3 ? 0 : k0 < 0.55 ? 1 : k0 < 0.8 ? 2 : k0 < 0.93 ? 3 : 4;
    const code = `FLM${String(97000 + i * 7)}`;
    const tmdb = 100000 + Math.floor(next() * 800000);
    const releaseDay = Math.floor(next() * 1400);
    const release = new Date(Date.UTC(2021, 0, 1) + releaseDay * 86400000).toISOString().slice(0, 10);
    const releaseTs = 1609459200 + releaseDay * 86400;
    const runtime = Math.round(clamp(normal(next, [128, 102, 118, 96, 88][g], 12), 70, 210));
    const budget = Math.round(clamp(Math.exp(normal(next, [17.2, 15.6, 14.6, 16.6, 12.8][g], 0.7)), 20000, 250000000));
    const screens = Math.round(clamp(Math.exp(normal(next, [7.2, 6.6, 5.6, 6.9, 3.6][g], 0.6)), 5, 4500));
    const stars = Math.round(clamp(normal(next, [3.5, 2.5, 2, 2.2, 0.2][g], 1), 0, 6));
    const critic = Math.round(clamp(normal(next, [58, 55, 72, 62, 78][g], 12), 5, 100));
    const kids = r2(clamp(normal(next, [0.15, 0.2, 0.05, 0.65, 0.08][g], 0.08), 0, 1));
    const sequel = next() < [0.35, 0.15, 0.05, 0.3, 0.01][g] ? 1 : 0;
    const trailer = Math.round(clamp(Math.exp(normal(next, 13 + 0.5 * Math.log(budget / 1e6 + 1), 0.8)), 1000, 90000000));
    const box = Math.round(clamp(900 * screens * (1 + 0.5 * sequel) + 0.004 * budget + 0.012 * trailer + 800 * critic + normal(next, 0, 200000), 5000, 400000000));
    let k = g;
    if (next() < 0.03) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const row: (string | number)[] = [code, tmdb, release, releaseTs, runtime, budget, screens, stars, critic, kids, sequel, trailer, box, names[k]];
    rows.push(row);
    const ex = [...row];
    ex[5] = grouped(budget);
    ex[12] = grouped(box);
    exportRows.push(ex);
  }
  const header = ['film_code', 'tmdb_id', 'release_date', 'release_ts', 'runtime_min', 'marketing_budget_usd', 'opening_screens', 'star_cast', 'critic_score',
    'kids_share', 'is_sequel', 'trailer_views', 'opening_box_office_usd', 'genre'];
  write('films.csv', header, rows);
  write('films-boxoffice-export.csv', header, exportRows);
  const b = rows.map((r) => r[12] as number).sort((x, y) => x - y);
  console.log('genre', JSON.stringify(counts), 'box', b[0], b[320], b[639]);
}

/** concessions.csv: ticket transactions with what the party spent at the concession stand (skewed, many zero). */
function concessions(): void {
  const next = rng(9703);
  const rows: (string | number)[][] = [];
  let zeros = 0;
  for (let i = 0; i < 700; i++) {
    const ref = `TX${String(5500000 + i * 31)}`;
    const till = 30 + Math.floor(next() * 12);
    const ts = 1738368000 + i * 1800 + Math.floor(next() * 1500);
    const party = Math.min(9, 1 + Math.floor(Math.exp(normal(next, 0.4, 0.7))));
    const kids = Math.min(party - 1 >= 0 ? party - 1 : 0, Math.floor(next() * (party + 1) * 0.6));
    const ticketValue = r2(party * clamp(normal(next, 11, 2), 6, 18) - kids * 3);
    const runtime = Math.round(clamp(normal(next, 115, 20), 75, 200));
    const evening = next() < 0.55 ? 1 : 0;
    const loyalty = next() < 0.3 ? 1 : 0;
    const early = Math.round(clamp(Math.exp(normal(next, 2.6, 0.7)), 0, 120));
    const spend = r2(clamp(-4.5 + 3.2 * party + 2.8 * kids + 0.045 * runtime + 2.5 * loyalty + 0.09 * early + 1.5 * evening + normal(next, 0, 1.5), 0, 200));
    if (spend === 0) zeros++;
    rows.push([ref, till, ts, party, kids, ticketValue, runtime, evening, loyalty, early, spend]);
  }
  write('concessions.csv', ['txn_ref', 'till_id', 'sold_ts', 'party_size', 'kids_in_party', 'tickets_value_eur', 'runtime_min', 'evening_show', 'loyalty_member',
    'minutes_before_show', 'concession_spend_eur'], rows);
  const s = rows.map((r) => r[10] as number).sort((x, y) => x - y);
  console.log('spend zeros', zeros, s[0], s[350], s[699]);
}

/** sites.csv: cinema-weeks of a chain: seat occupancy in percent and a low/mid/high band. */
function sites(): void {
  const next = rng(9704);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 560; i++) {
    const site = `CIN-${['NTE', 'LYS', 'BDX', 'LIL', 'MRS', 'TLS', 'REN'][i % 7]}`;
    const week = 1704067200 + Math.floor(i / 7) * 604800;
    const screens = 4 + Math.floor(next() * 14);
    const population = Math.round(clamp(Math.exp(normal(next, 12.2, 0.9)), 20000, 2500000));
    const competitorKm = r1(clamp(Math.exp(normal(next, 1.4, 0.8)), 0.2, 60));
    const avgPrice = r2(clamp(normal(next, 10.5, 1.5), 6.5, 15));
    const marketing = Math.round(clamp(Math.exp(normal(next, 8.5, 1.2)), 200, 400000));
    const blockbusters = Math.min(4, Math.floor(Math.exp(normal(next, -0.2, 0.8))));
    const rain = r1(clamp(Math.exp(normal(next, 1.5, 1.2)) - 1, 0, 120));
    const holiday = next() < 0.18 ? 1 : 0;
    const occ = r1(clamp(12 + 3.2 * Math.log(population / 10000) + 2.5 * Math.log(competitorKm + 1) - 1.8 * (avgPrice - 10.5) + 1.6 * Math.log(marketing / 100)
      + 6.5 * blockbusters + 0.12 * rain + 7 * holiday - 0.6 * screens + normal(next, 0, 2.2), 2, 95));
    const band = occ < 22 ? 'low' : occ < 34 ? 'mid' : 'high';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([site, week, screens, population, competitorKm, avgPrice, marketing, blockbusters, rain, holiday, occ, band]);
  }
  write('sites.csv', ['site_code', 'week_ts', 'screens', 'catchment_population', 'competitor_km', 'avg_ticket_price_eur', 'local_marketing_eur',
    'blockbuster_releases', 'rain_mm', 'public_holiday', 'occupancy_pct', 'occupancy_band'], rows);
  const o = rows.map((r) => r[10] as number).sort((x, y) => x - y);
  console.log('occupancy', o[0], o[280], o[559], JSON.stringify(counts));
}

/** streaming.csv: streaming sessions of one title each: completed or not (runtime near the viewer's usual session) and the star rating given. */
function streaming(): void {
  const next = rng(9705);
  const rows: (string | number)[][] = [];
  let completed = 0;
  for (let i = 0; i < 800; i++) {
    const ref = `ST-${String(880000 + i * 3)}`;
    const user = 1000000 + Math.floor(next() * 90000);
    const ts = 1740787200 + i * 2700 + Math.floor(next() * 2000);
    const runtime = Math.round(clamp(normal(next, 105, 28), 40, 200));
    const usual = Math.round(clamp(normal(next, 100, 30), 30, 200));
    const prev = Math.round(clamp(Math.exp(normal(next, 3.0, 1.1)), 0, 2000));
    const tier = Math.floor(next() * 3);
    const critic = Math.round(clamp(normal(next, 62, 15), 5, 100));
    const z0 = 3.2 - Math.abs(runtime - usual) / 9 + 0.03 * (critic - 62);
    const z = z0 + normal(next, 0, 0.3);
    const done = next() < sigmoid(z) ? 1 : 0;
    completed += done;
    const rating = r1(clamp(1.0 + 0.035 * critic + 1.0 * sigmoid(z0) + 0.15 * tier - 0.004 * Math.abs(runtime - 105) + normal(next, 0, 0.2), 1, 5));
    rows.push([ref, user, ts, runtime, usual, prev, tier, critic, done, rating]);
  }
  write('streaming.csv', ['session_ref', 'user_id', 'started_ts', 'runtime_min', 'usual_session_min', 'titles_watched', 'price_tier', 'critic_score',
    'completed', 'user_rating'], rows);
  const rr = rows.map((r) => r[9] as number).sort((x, y) => x - y);
  console.log(`completed ${completed}/800`, 'rating', rr[0], rr[400], rr[799]);
}

screenings();
films();
concessions();
sites();
streaming();
