/**
 * Writes the CSVs of blind fault set 186 (ice rinks and curling clubs), seeded so every run gives the
 * same files: `npx tsx test/faults-blind186/data/generate.ts`.
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

/** icetemp.csv: rink sensor log -> ice surface temperature (°C); a copy with "NA" humidity cells. */
function icetemp(): void {
  const next = rng(18601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1730419200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const rink = 1 + Math.floor(next() * 6);
    const air = r1(clamp(normal(next, 12, 4), 2, 26));
    const hum = Math.round(clamp(normal(next, 55, 12), 20, 95));
    const att = Math.round(clamp(Math.exp(normal(next, 4.5, 0.9)), 0, 2500));
    const since = Math.round(clamp(next() * 120, 0, 120));
    const brine = r1(clamp(normal(next, -9, 1.2), -13, -5));
    const ice = r2(clamp(0.55 * brine + 0.07 * air + 0.012 * hum + 0.0006 * att + 0.008 * since + normal(next, 0, 0.25), -10, 0));
    out.push(ice);
    const row: (string | number)[] = [`SEN-${50000 + i}`, stamp(t), `RINK-${String(rink).padStart(2, '0')}`, air, hum, att, since, brine, ice];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['reading_id', 'read_ts', 'rink_id', 'air_temp_c', 'humidity_pct', 'attendance', 'min_since_resurface', 'brine_temp_c', 'ice_temp_c'];
  write('icetemp.csv', header, rows);
  write('icetemp-na.csv', header, na);
  console.log('ice temp', stats(out));
}

/** stone.csv: curling delivery log (semicolon export, decimal commas) -> stone travel distance in metres. */
function stone(): void {
  const next = rng(18602);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const speed = r2(clamp(normal(next, 2.2, 0.25), 1.5, 3.0));
    const sweeps = Math.round(clamp(normal(next, 20, 10), 0, 60));
    const ice = r1(clamp(normal(next, -4.5, 0.6), -6.5, -3));
    const pebble = Math.round(clamp(next() * 180, 0, 180));
    const weight = r2(clamp(normal(next, 19.2, 0.3), 17.2, 19.96));
    const inturn = next() < 0.5 ? 1 : 0;
    const travel = r2(clamp(speed * speed * 5.2 + 0.09 * sweeps - 0.6 * (ice + 4.5) - 0.01 * pebble + normal(next, 0, 0.6), 5, 45));
    out.push(travel);
    rows.push([`END-${i % 10 + 1}`, dc(speed), sweeps, dc(ice), pebble, dc(weight), inturn, dc(travel), dc(r2(travel * 3.28084))]);
  }
  write('stone.csv', ['end_no', 'release_speed_ms', 'sweep_count', 'ice_temp_c', 'pebble_age_min', 'stone_kg', 'in_turn', 'travel_m', 'travel_ft'], rows, ';');
  console.log('travel m', stats(out));
}

/** session.csv: bookings -> session kind (public/hockey/curling/figure/rare private party); the locker bank has no effect. */
function session(): void {
  const next = rng(18603);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  let t = 1730419200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(next() * 7200);
    const u = next();
    const kind = u < 0.32 ? 'public_skate' : u < 0.58 ? 'hockey' : u < 0.78 ? 'curling_league' : u < 0.95 ? 'figure' : 'private_party';
    counts[kind] = (counts[kind] ?? 0) + 1;
    const att = Math.round(clamp(kind === 'public_skate' ? normal(next, 180, 60) : kind === 'hockey' ? normal(next, 28, 6) : kind === 'curling_league' ? normal(next, 32, 8) : kind === 'figure' ? normal(next, 9, 4) : normal(next, 45, 15), 1, 600));
    const dur = Math.round(clamp(kind === 'curling_league' ? normal(next, 120, 10) : kind === 'hockey' ? normal(next, 75, 10) : kind === 'public_skate' ? normal(next, 90, 20) : normal(next, 55, 10), 20, 180));
    const hour = Math.round(clamp(kind === 'hockey' ? normal(next, 21, 2) : kind === 'figure' ? normal(next, 6.5, 1.2) : kind === 'curling_league' ? normal(next, 19, 1.5) : normal(next, 14, 3), 5, 23));
    const rented = Math.round(clamp(kind === 'public_skate' ? att * normal(next, 0.6, 0.1) : kind === 'private_party' ? att * 0.8 : normal(next, 1, 1), 0, 500));
    const stones = kind === 'curling_league' ? 16 : 0;
    const locker = 1 + Math.floor(next() * 20);
    rows.push([`BK-${300000 + i}`, stamp(t), att, dur, hour, rented, stones, locker, kind]);
  }
  write('session.csv', ['booking_id', 'start_ts', 'attendance', 'duration_min', 'start_hour', 'skates_rented', 'stones_out', 'locker_bank', 'session_kind'], rows);
  console.log('session', counts);
}

/** crack.csv: nightly ice inspections -> rare ice crack flag; the zamboni serial has no effect. */
function crack(): void {
  const next = rng(18604);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const thick = r1(clamp(normal(next, 38, 6), 20, 60));
    const swing = r2(clamp(Math.abs(normal(next, 0, 1.2)), 0, 6));
    const kw = Math.round(clamp(normal(next, 180, 40), 60, 320));
    const days = Math.round(clamp(Math.exp(normal(next, 2.5, 0.8)), 0, 120));
    const att = Math.round(clamp(Math.exp(normal(next, 5, 0.8)), 0, 4000));
    const resurf = Math.round(clamp(normal(next, 6, 2), 1, 12));
    const z = -4.2 - 0.15 * (thick - 38) + 1.1 * swing + 0.02 * (days - 12) + 0.0006 * (att - 150) - 0.1 * (resurf - 6);
    const crackFlag = next() < sigmoid(z) ? 1 : 0;
    pos += crackFlag;
    rows.push([`Z-${1000 + Math.floor(next() * 9000)}`, thick, swing, kw, days, att, resurf, crackFlag]);
  }
  write('crack.csv', ['zamboni_serial', 'ice_thick_mm', 'temp_swing_c', 'compressor_kw', 'days_since_flood', 'attendance', 'resurfaces', 'ice_crack'], rows);
  const serial = rows.map((r, i) => [1000 + ((i * 7919) % 9000), ...r.slice(1)]);
  write('crack-serial.csv', ['zamboni_serial', 'ice_thick_mm', 'temp_swing_c', 'compressor_kw', 'days_since_flood', 'attendance', 'resurfaces', 'ice_crack'], serial);
  console.log('crack', pos, '/ 1200');
}

/** booking.csv: tab-separated club ledger -> skewed booking totals in dollars and cents. */
function booking(): void {
  const next = rng(18605);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 0.8, 0.6)), 0.5, 24));
    const party = Math.round(clamp(Math.exp(normal(next, 2.5, 0.8)), 1, 300));
    const member = next() < 0.4 ? 1 : 0;
    const ahead = Math.round(clamp(Math.exp(normal(next, 2.5, 1)), 0, 365));
    const sheets = 1 + Math.floor(next() * 6);
    const total = r2(clamp(hours * sheets * 95 * (member ? 0.7 : 1) + party * 6 + normal(next, 0, 40), 20, 40000));
    out.push(total);
    rows.push([`CLB-${9000 + i}`, hours, party, member, ahead, sheets, total, Math.round(total * 100)]);
  }
  write('booking.csv', ['ledger_id', 'hours', 'party_size', 'member', 'days_ahead', 'sheets', 'total_usd', 'total_cents'], rows, '\t');
  console.log('booking usd', stats(out));
}

icetemp(); stone(); session(); crack(); booking();
