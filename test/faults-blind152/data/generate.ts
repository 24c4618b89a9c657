/**
 * Writes the CSVs of blind fault set 152 (parking garages and car parks), seeded so every run
 * gives the same files: `npx tsx test/faults-blind152/data/generate.ts`.
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

/** stays.csv: ticket log -> stay minutes (and the same in hours); a copy with "NA" prices (a gate export gap). */
function stays(): void {
  const next = rng(15201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const gate = 1 + Math.floor(next() * 6);
    const hour = new Date(t * 1000).getUTCHours();
    const weekday = new Date(t * 1000).getUTCDay();
    const event = next() < 0.15 ? 1 : 0;
    const dist = Math.round(clamp(normal(next, 600, 300), 50, 2000));
    const rate = r2(clamp(normal(next, event ? 6 : 3.5, 0.6), 1.5, 9));
    const commuter = next() < 0.35 ? 1 : 0;
    const stay = clamp(30 + 90 * event + 260 * commuter * (hour < 11 ? 1 : 0.3) + 2.2 * (hour >= 17 ? 30 : 0) - 6 * rate + 0.02 * dist + normal(next, 0, 18), 5, 900);
    const sm = Math.round(stay);
    out.push(sm);
    const row: (string | number)[] = [`TKT-${880000 + i}`, stamp(t), `G-${String(gate).padStart(2, '0')}`, hour, weekday, event, dist, rate, Math.round(rate * 100), commuter, sm, r2(sm / 60)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['ticket_id', 'entry_ts', 'gate_id', 'hour', 'weekday', 'event_day', 'walk_m', 'rate_usd_h', 'rate_cents_h', 'permit', 'stay_min', 'stay_h'];
  write('stays.csv', header, rows);
  write('stays-na.csv', header, na);
  console.log('stay min', stats(out));
}

/** occupancy.csv (semicolon export with decimal commas): hourly garage snapshot -> occupancy percent; level number has no effect. */
function occupancy(): void {
  const next = rng(15202);
  const rows: (string | number)[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const hour = Math.floor(next() * 24);
    const weekend = next() < 2 / 7 ? 1 : 0;
    const entries = Math.round(clamp(normal(next, hour >= 7 && hour <= 10 && !weekend ? 180 : hour >= 11 && hour <= 18 ? 90 : 20, 25), 0, 400));
    const exits = Math.round(clamp(normal(next, hour >= 16 && hour <= 19 ? 160 : 50, 25), 0, 400));
    const temp = r1(normal(next, 14, 8));
    const event = next() < 0.1 ? 1 : 0;
    const level = 1 + Math.floor(next() * 7);
    const occ = r1(clamp(20 + 0.25 * entries - 0.12 * exits + 25 * event + (weekend ? -10 : 8) + 0.3 * temp + normal(next, 0, 4), 0, 100));
    out.push(occ);
    rows.push([`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} ${String(hour).padStart(2, '0')}:00`, level, hour, weekend, entries, exits, c(temp), event, c(occ)]);
  }
  write('occupancy.csv', ['snapshot', 'level', 'hour', 'weekend', 'entries_h', 'exits_h', 'temp_c', 'event', 'occupancy_pct'], rows, ';');
  console.log('occupancy', stats(out));
}

/** vehicle.csv: sensor readings at the barrier -> vehicle size class (compact/sedan/suv/van/rare motorcycle); bay id has no effect. */
function vehicle(): void {
  const next = rng(15203);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const spec: Record<string, [number, number, number]> = { compact: [380, 1100, 148], sedan: [470, 1450, 145], suv: [480, 2100, 175], van: [560, 2600, 230], motorcycle: [210, 220, 120] };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.28 ? 'compact' : u < 0.6 ? 'sedan' : u < 0.85 ? 'suv' : u < 0.96 ? 'van' : 'motorcycle';
    counts[k] = (counts[k] ?? 0) + 1;
    const [L, W, H] = spec[k];
    const len = Math.round(normal(next, L, 22));
    const kg = Math.round(normal(next, W, W * 0.1));
    const h = Math.round(normal(next, H, 6));
    const axles = k === 'motorcycle' ? 2 : k === 'van' && next() < 0.2 ? 3 : 2;
    const wheels = k === 'motorcycle' ? 2 : 4;
    const bay = 100 + Math.floor(next() * 400);
    rows.push([`VH-${50000 + i}`, bay, len, kg, h, axles, wheels, k]);
  }
  write('vehicle.csv', ['read_id', 'bay_id', 'length_cm', 'weight_kg', 'height_cm', 'axles', 'wheels', 'size_class'], rows);
  console.log('vehicle', counts);
}

/** payfail.csv: exit-terminal transactions -> rare payment failure flag; terminal serial has no effect. */
function payfail(): void {
  const next = rng(15204);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const card_age = Math.round(clamp(normal(next, 30, 18), 0, 96));
    const amount = Math.round(clamp(Math.exp(normal(next, 6.2, 0.8)), 100, 20000));
    const latency = Math.round(clamp(Math.exp(normal(next, 5, 0.6)), 20, 5000));
    const temp = r1(normal(next, 12, 10));
    const contactless = next() < 0.6 ? 1 : 0;
    const retries = next() < 0.1 ? 1 + Math.floor(next() * 3) : 0;
    const serial = 70000 + Math.floor(next() * 900);
    const z = -4.2 + 0.05 * (card_age - 30) + 1.3 * (Math.log(latency) - 5) / 0.6 + 1.1 * retries - 0.08 * (temp - 12) - 0.6 * contactless;
    const fail = next() < sigmoid(z) ? 1 : 0;
    pos += fail;
    rows.push([serial, card_age, amount, latency, temp, contactless, retries, fail]);
  }
  write('payfail.csv', ['terminal_serial', 'card_age_mo', 'amount_cents', 'latency_ms', 'temp_c', 'contactless', 'retries', 'payment_failed'], rows);
  console.log('payfail', pos, '/1200');
}

/** revenue.csv (tab-separated): garage-month -> skewed monthly revenue in dollars. */
function revenue(): void {
  const next = rng(15205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 720; i++) {
    const bays = Math.round(clamp(Math.exp(normal(next, 5.5, 0.7)), 40, 3000));
    const price = r2(clamp(normal(next, 3.5, 1.2), 1, 9));
    const occ = r1(clamp(normal(next, 62, 15), 10, 99));
    const events = Math.floor(next() * 9);
    const downtown = next() < 0.4 ? 1 : 0;
    const rev = Math.round(clamp(bays * price * occ / 100 * 10 * 30 * (1 + 0.04 * events) * (downtown ? 1.5 : 1) * Math.exp(normal(next, 0, 0.12)), 500, 5e7));
    out.push(rev);
    rows.push([`2023-${String(1 + (i % 12)).padStart(2, '0')}`, `GAR-${String(1 + Math.floor(i / 12)).padStart(3, '0')}`, bays, price, occ, events, downtown, rev, r2(rev / 1000)]);
  }
  write('revenue.csv', ['month', 'garage_id', 'bays', 'avg_price_usd', 'occupancy_pct', 'events', 'downtown', 'revenue_usd', 'revenue_k'], rows, '\t');
  console.log('revenue', stats(out));
}

stays(); occupancy(); vehicle(); payfail(); revenue();
