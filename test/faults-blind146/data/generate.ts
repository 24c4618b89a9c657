/**
 * Writes the CSVs of blind fault set 146 (taxi and ride-hail dispatch), seeded so every run gives the
 * same files: `npx tsx test/faults-blind146/data/generate.ts`.
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

/** fares.csv: completed trips -> fare in dollars (and cents); a copy with "NA" trip_km cells. */
function fares(): void {
  const next = rng(14601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719792000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const hour = new Date(t * 1000).getUTCHours();
    const km = r2(clamp(Math.exp(normal(next, 1.6, 0.7)), 0.4, 60));
    const rush = hour >= 7 && hour <= 9 || hour >= 16 && hour <= 19;
    const minutes = r1(clamp(km * (rush ? 2.6 : 1.8) + normal(next, 4, 2), 2, 180));
    const surge = r2(clamp(rush ? 1 + Math.abs(normal(next, 0, 0.5)) : 1 + Math.abs(normal(next, 0, 0.12)), 1, 3.5));
    const passengers = 1 + Math.floor(Math.exp(normal(next, 0, 0.5)) - 0.5 > 0 ? Math.min(3, Math.floor(Math.exp(normal(next, 0, 0.6)))) : 0);
    const airport = next() < 0.08 ? 1 : 0;
    const fare = r2(clamp((2.5 + 1.75 * km + 0.35 * minutes + 5 * airport) * surge + normal(next, 0, 1.2), 4, 400));
    out.push(fare);
    const row: (string | number)[] = [`TRP-${500000 + i}`, stamp(t), `DRV-${1000 + Math.floor(next() * 400)}`, hour, km, r2(km * 0.621371), minutes, surge, passengers, airport, fare, Math.round(fare * 100)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['trip_id', 'request_ts', 'driver_id', 'hour', 'trip_km', 'trip_miles', 'trip_min', 'surge', 'passengers', 'airport', 'fare_usd', 'fare_cents'];
  write('fares.csv', header, rows);
  write('fares-na.csv', header, na);
  console.log('fare usd', stats(out));
}

/** vehicle.csv: booking features -> vehicle class (economy/comfort/xl/premium/rare wav); the app build number has no effect. */
function vehicle(): void {
  const next = rng(14602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const cls = u < 0.45 ? 'economy' : u < 0.65 ? 'comfort' : u < 0.82 ? 'xl' : u < 0.96 ? 'premium' : 'wav';
    counts[cls] = (counts[cls] ?? 0) + 1;
    const pax = cls === 'xl' ? 4 + Math.floor(next() * 3) : cls === 'wav' ? 1 + Math.floor(next() * 2) : 1 + Math.floor(next() * 3);
    const bags = cls === 'xl' ? 2 + Math.floor(next() * 4) : Math.floor(next() * 2);
    const quote = r2(clamp(cls === 'premium' ? normal(next, 62, 15) : cls === 'comfort' ? normal(next, 31, 7) : cls === 'xl' ? normal(next, 38, 9) : cls === 'wav' ? normal(next, 27, 6) : normal(next, 19, 5), 5, 200));
    const rating = r2(clamp(cls === 'premium' ? normal(next, 4.9, 0.05) : normal(next, 4.7, 0.15), 3.5, 5));
    const wheelchair = cls === 'wav' ? (next() < 0.9 ? 1 : 0) : next() < 0.01 ? 1 : 0;
    const business = cls === 'premium' ? (next() < 0.7 ? 1 : 0) : next() < 0.15 ? 1 : 0;
    const build = 4000 + Math.floor(next() * 900);
    rows.push([`BKG-${330000 + i * 3}`, pax, bags, quote, rating, wheelchair, business, build, cls]);
  }
  write('vehicle.csv', ['booking_id', 'party_size', 'bags', 'quote_usd', 'rider_rating', 'wheelchair', 'business_acct', 'app_build', 'vehicle_class'], rows);
  console.log('vehicle classes', counts);
}

/** cancel.csv: offers -> a rare "cancelled by driver" flag; the request epoch has no effect. */
function cancel(): void {
  const next = rng(14603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const pickupKm = r2(clamp(Math.exp(normal(next, 0.6, 0.7)), 0.1, 15));
    const tripKm = r2(clamp(Math.exp(normal(next, 1.6, 0.8)), 0.4, 70));
    const surge = r2(clamp(1 + Math.abs(normal(next, 0, 0.4)), 1, 3));
    const acceptRate = r2(clamp(normal(next, 0.85, 0.08), 0.4, 1));
    const cash = next() < 0.2 ? 1 : 0;
    const waitS = Math.round(clamp(Math.exp(normal(next, 5, 0.6)), 10, 3600));
    const z = -3.8 + 0.55 * (pickupKm - 2) - 0.12 * (tripKm - 6) - 0.8 * (surge - 1.3) - 8 * (acceptRate - 0.85) + 0.9 * cash;
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([`DRV-${1000 + Math.floor(next() * 400)}`, 1719792000 + i * 611, pickupKm, tripKm, surge, acceptRate, cash, waitS, c]);
  }
  write('cancel.csv', ['driver_id', 'request_epoch', 'pickup_km', 'trip_km', 'surge', 'driver_accept_rate', 'cash', 'wait_s', 'cancelled_by_driver'], rows);
  console.log('cancelled by driver', pos, '/ 1200');
}

/** tips.csv: semicolon export with decimal commas -> skewed tips in dollars. */
function tips(): void {
  const next = rng(14604);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const fare = r2(clamp(Math.exp(normal(next, 3.0, 0.6)), 5, 250));
    const rating = Math.round(clamp(normal(next, 4.6, 0.6), 1, 5));
    const night = next() < 0.25 ? 1 : 0;
    const card = next() < 0.8 ? 1 : 0;
    const waitS = Math.round(clamp(Math.exp(normal(next, 5.2, 0.5)), 20, 2400));
    const tip = r2(clamp(card * fare * (0.05 + 0.04 * (rating - 3)) * (1 + 0.2 * night) * Math.exp(normal(next, 0, 0.25)) - 0.0005 * waitS + (card ? 0 : Math.abs(normal(next, 0, 0.5))), 0, 120));
    out.push(tip);
    rows.push([`TRP-${900000 + i}`, dc(fare), rating, night, card, waitS, dc(tip)]);
  }
  write('tips.csv', ['trip_id', 'fare_usd', 'rating', 'night', 'card', 'wait_s', 'tip_usd'], rows, ';');
  console.log('tip usd', stats(out));
}

/** wait.csv: tab-separated dispatch log -> pickup wait in seconds (and minutes), skewed. */
function wait(): void {
  const next = rng(14605);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const hour = Math.floor(next() * 24);
    const idle = Math.round(clamp(Math.exp(normal(next, 3, 0.7)), 1, 200));
    const demand = Math.round(clamp(Math.exp(normal(next, 3.5, 0.6)), 2, 500));
    const rain = next() < 0.15 ? 1 : 0;
    const distKm = r2(clamp(Math.exp(normal(next, 0.5, 0.6)), 0.1, 12));
    const secs = Math.round(clamp(Math.exp(4.6 + 0.35 * Math.log(demand / idle) + 0.4 * rain + 0.25 * Math.log(distKm + 0.5) + normal(next, 0, 0.15)), 15, 3600));
    out.push(secs);
    rows.push([`REQ-${7700000 + i}`, hour, idle, demand, rain, distKm, secs, r2(secs / 60)]);
  }
  write('wait.csv', ['request_id', 'hour', 'idle_drivers', 'open_requests', 'rain', 'nearest_km', 'wait_s', 'wait_min'], rows, '\t');
  console.log('wait s', stats(out));
}

fares();
vehicle();
cancel();
tips();
wait();
