/**
 * Writes the CSVs of blind fault set 102 (libraries, archives and museums), seeded so every run gives
 * the same files: `npx tsx test/faults-blind102/data/generate.ts`.
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
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** loans.csv: branch-days of a city library service: loans per day from visitors, opening hours, weather, events; plus a copy with blank rain cells. */
function loans(): void {
  const next = rng(10201);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  const branches = ['CENTRAL', 'NORTHGATE', 'RIVERSIDE', 'OLDTOWN', 'HILLCREST', 'MOBILE-1'];
  const size = [3.0, 1.2, 1.0, 0.8, 0.6, 0.25];
  for (let i = 0; i < 780; i++) {
    const k = i % 6;
    const ts = 1672531200 + Math.floor(i / 6) * 86400;
    const weekday = Math.floor(i / 6) % 7;
    const hours = weekday === 6 ? 0.5 + Math.floor(next() * 2) * 4 : 6 + Math.floor(next() * 6);
    const holiday = next() < 0.2 ? 1 : 0;
    const temp = r1(normal(next, 12, 7));
    const rain = r1(next() < 0.35 ? Math.exp(normal(next, 1.2, 1)) : 0);
    const events = next() < 0.25 ? 1 + Math.floor(next() * 3) : 0;
    const visitors = Math.round(clamp(size[k] * (40 * hours + 90 * holiday + 60 * events + 4 * rain - 2 * Math.abs(temp - 15)) * (1 + normal(next, 0, 0.12)), 0, 9000));
    const wifi = Math.round(visitors * (0.4 + next() * 0.5));
    const loansN = Math.round(clamp(visitors * (0.9 + 0.5 * Math.tanh((hours - 6) / 3)) * (1 + 0.25 * holiday) + 30 * events * size[k] + normal(next, 0, 12), 0, 20000));
    const row: (string | number)[] = [branches[k], isoDay(ts), ts, weekday, hours, visitors, wifi, holiday, temp, rain, events, loansN];
    rows.push(row);
    const b = [...row];
    if (i % 37 === 5) b[9] = '';
    blank.push(b);
  }
  const header = ['branch_code', 'day', 'day_ts', 'weekday', 'opening_hours', 'visitors', 'wifi_sessions', 'school_holiday', 'temp_c', 'rain_mm', 'events', 'loans'];
  write('loans.csv', header, rows);
  write('loans-blank-rain.csv', header, blank);
  console.log('loans', med(rows.map((r) => r[11] as number)));
}

/** storage.csv: monthly checks of archive boxes: a rare conservation-emergency flag; plus an NA copy (logger gaps). */
function storage(): void {
  const next = rng(10202);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  let em = 0;
  for (let i = 0; i < 900; i++) {
    const acc = `${1890 + Math.floor(next() * 130)}.${String(Math.floor(next() * 400)).padStart(3, '0')}.${1 + Math.floor(next() * 40)}`;
    const catTs = 631152000 + Math.floor(next() * 1.0e9);
    const age = Math.round(clamp(Math.exp(normal(next, 4.2, 0.8)), 3, 900));
    const hum = Math.round(clamp(normal(next, 52, 9), 25, 95));
    const temp = r1(normal(next, 18, 2.5));
    const lux = Math.round(clamp(Math.exp(normal(next, 3.5, 1.0)), 0, 2000));
    const handling = Math.round(clamp(Math.exp(normal(next, 1.2, 1.0)) - 1, 0, 200));
    const paper = next() < 0.55 ? 1 : 0;
    const pests = Math.round(clamp(Math.exp(normal(next, 0.2, 0.9)) - 1, 0, 40));
    const z = -8.3 + 2.2 * (0.18 * (hum - 52) + 0.35 * (temp - 18) + 0.35 * pests + 0.7 * paper + 0.5 * Math.log(age / 60) + 0.004 * lux) + normal(next, 0, 0.3);
    const e = next() < sigmoid(z) ? 1 : 0;
    em += e;
    const row: (string | number)[] = [acc, isoDay(catTs), catTs, age, hum, temp, lux, handling, paper, pests, e];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 11) n[4] = 'NA';
    na.push(n);
  }
  const header = ['accession_no', 'catalogued', 'catalogued_ts', 'item_age_years', 'humidity_pct', 'temp_c', 'light_lux', 'handling_count', 'paper_based', 'pest_trap_count', 'conservation_emergency'];
  write('storage.csv', header, rows);
  write('storage-logger-na.csv', header, na);
  console.log(`emergencies ${em}/900`);
}

/** collection.csv: catalogue records: collection type (rare "map") from physical measurements; weights in grams next to page counts. */
function collection(): void {
  const next = rng(10203);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['book', 'photograph', 'manuscript', 'artefact', 'map'];
  for (let i = 0; i < 640; i++) {
    const u = next();
    const c = u < 0.38 ? 0 : u < 0.62 ? 1 : u < 0.8 ? 2 : u < 0.94 ? 3 : 4;
    const h = r1(clamp(normal(next, [23, 18, 30, 25, 60][c], [4, 6, 6, 15, 15][c]), 3, 150));
    const w = r1(clamp(normal(next, [15, 13, 21, 18, 80][c], [3, 5, 5, 12, 20][c]), 3, 200));
    const pages = Math.round(clamp([Math.exp(normal(next, 5.5, 0.6)), 1, Math.exp(normal(next, 3.5, 1)), 0, 1 + next() * 2][c], 0, 2000));
    const weight = Math.round(clamp(Math.exp(normal(next, [6.2, 2.5, 5.0, 6.8, 4.0][c], [0.5, 0.6, 0.8, 1.2, 0.5][c])), 2, 50000));
    const age = Math.round(clamp(Math.exp(normal(next, [3.8, 3.9, 4.8, 5.0, 4.6][c], 0.6)), 2, 3000));
    const colour = next() < [0.2, 0.35, 0.3, 0.9, 0.8][c] ? 1 : 0;
    const folded = next() < [0.02, 0.05, 0.2, 0.05, 0.8][c] ? 1 : 0;
    let k = c;
    if (next() < 0.02) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`CAT-${100000 + Math.floor(next() * 899999)}`, 1950 + Math.floor(next() * 74), h, w, pages, weight, age, colour, folded, names[k]]);
  }
  write('collection.csv', ['record_id', 'accession_year', 'height_cm', 'width_cm', 'pages', 'weight_g', 'item_age_years', 'colour', 'folded', 'collection_type'], rows);
  console.log('types', JSON.stringify(counts));
}

/** digitisation.csv: scanning sessions: pages per hour from resolution, page size, fragility and operator experience; plain comma export. */
function digitisation(): void {
  const next = rng(10204);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 560; i++) {
    const ts = 1640995200 + i * 20000 + Math.floor(next() * 9000);
    const dpi = [300, 400, 600, 1200][Math.floor(next() * 4)];
    const area = Math.round(clamp(Math.exp(normal(next, 6.3, 0.5)), 80, 5000));
    const fragility = Math.floor(next() * 5);
    const exp = Math.round(clamp(Math.exp(normal(next, 3.0, 0.9)), 1, 360));
    const colour = next() < 0.5 ? 1 : 0;
    const cradle = next() < 0.4 ? 1 : 0;
    const age = Math.round(clamp(Math.exp(normal(next, 4.5, 0.8)), 5, 800));
    const pph = Math.round(clamp(420 * (300 / dpi) ** 0.7 * (600 / area) ** 0.3 * (1 - 0.15 * fragility) * (0.6 + 0.4 * (1 - Math.exp(-exp / 30)))
      * (colour ? 0.85 : 1) * (cradle ? 0.7 : 1) * (1 + normal(next, 0, 0.08)), 5, 2000));
    out.push(pph);
    rows.push([`S${ts}`, ts, dpi, area, fragility, exp, colour, cradle, age, pph]);
  }
  write('digitisation.csv', ['session_id', 'session_ts', 'scan_dpi', 'page_area_cm2', 'fragility_grade', 'operator_months', 'colour_scan', 'book_cradle', 'item_age_years', 'pages_per_hour'], rows);
  console.log('pph', med(out));
}

/** members.csv: friends-of-the-museum members: yearly donor gift in euros (very skewed) from membership months, visits and events. */
function members(): void {
  const next = rng(10205);
  const rows: (string | number)[][] = [];
  const gifts: number[] = [];
  for (let i = 0; i < 700; i++) {
    const months = Math.round(clamp(Math.exp(normal(next, 3.4, 1.0)), 1, 600));
    const age = Math.round(clamp(normal(next, 58, 14), 18, 95));
    const visits = Math.round(clamp(Math.exp(normal(next, 1.5, 0.8)), 0, 120));
    const eventsN = Math.round(clamp(Math.exp(normal(next, 0.5, 0.9)) - 1, 0, 40));
    const distance = r1(clamp(Math.exp(normal(next, 2.3, 1.0)), 0.2, 900));
    const patron = next() < 0.06 ? 1 : 0;
    const opens = Math.round(clamp(normal(next, 0.4, 0.25), 0, 1) * 24);
    const postcode = 10000 + Math.floor(next() * 89999);
    const gift = r2(clamp(Math.exp(2.5 + 0.35 * Math.log(months) + 0.02 * (age - 58) + 0.25 * Math.log(1 + visits) + 0.1 * eventsN + 1.8 * patron + 0.02 * opens
      - 0.1 * Math.log(distance) + normal(next, 0, 0.25)), 0, 250000));
    gifts.push(gift);
    rows.push([`M${String(i + 1).padStart(5, '0')}`, postcode, months, age, visits, eventsN, distance, patron, opens, gift]);
  }
  write('members.csv', ['member_id', 'postcode', 'membership_months', 'age_years', 'visits_per_year', 'events_attended', 'distance_km', 'patron_circle', 'newsletter_opens', 'gift_eur'], rows);
  console.log('gifts', med(gifts));
}

loans();
storage();
collection();
digitisation();
members();
