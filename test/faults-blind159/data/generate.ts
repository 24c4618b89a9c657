/**
 * Writes the CSVs of blind fault set 159 (airports and baggage handling), seeded so every run gives the
 * same files: `npx tsx test/faults-blind159/data/generate.ts`.
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

/** bags.csv: departures -> checked bags per flight; a copy with "NA" passenger counts (DCS export gaps). */
function bags(): void {
  const next = rng(15901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719792000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 900);
    const seats = [76, 100, 150, 180, 220, 300, 350][Math.floor(next() * 7)];
    const lf = r2(clamp(normal(next, 0.82, 0.1), 0.35, 1));
    const pax = Math.round(seats * lf);
    const longHaul = seats >= 220 ? (next() < 0.8 ? 1 : 0) : next() < 0.05 ? 1 : 0;
    const hour = new Date(t * 1000).getUTCHours();
    const leisure = r2(clamp(normal(next, 0.4, 0.2), 0, 1));
    const bagsN = Math.max(0, Math.round(pax * (0.45 + 0.45 * longHaul + 0.4 * leisure) + normal(next, 0, 4)));
    out.push(bagsN);
    const gate = `G${String(1 + Math.floor(next() * 40)).padStart(2, '0')}`;
    const row: (string | number)[] = [`FL-${1000 + Math.floor(next() * 8999)}`, stamp(t), gate, hour, seats, pax, lf, longHaul, leisure, bagsN];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['flight_id', 'sched_ts', 'gate', 'hour', 'seats', 'pax', 'load_factor', 'long_haul', 'leisure_share', 'checked_bags'];
  write('bags.csv', header, rows);
  write('bags-na.csv', header, na);
  console.log('bags', stats(out));
}

/** turnaround.csv: ground handling log -> turnaround minutes; belt speed in m/s, fuel uplift in litres (skewed). */
function turnaround(): void {
  const next = rng(15902);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const seats = Math.round(clamp(normal(next, 170, 60), 70, 400));
    const bagsN = Math.round(seats * clamp(normal(next, 0.8, 0.25), 0.2, 1.6));
    const belt = r2(clamp(normal(next, 0.5, 0.12), 0.2, 0.9));
    const fuel = Math.round(clamp(Math.exp(normal(next, 9.2, 0.6)), 1500, 120000));
    const crew = 3 + Math.floor(next() * 6);
    const remote = next() < 0.25 ? 1 : 0;
    const turn = r1(clamp(18 + 0.06 * seats + 0.03 * bagsN / (belt / 0.5) / (crew / 5) + 0.00012 * fuel + 8 * remote + normal(next, 0, 2), 15, 240));
    out.push(turn);
    rows.push([`TA-${60000 + i}`, `G${String(1 + Math.floor(next() * 40)).padStart(2, '0')}`, seats, bagsN, belt, fuel, crew, remote, turn, r2(turn / 60)]);
  }
  write('turnaround.csv', ['turn_id', 'gate', 'seats', 'bags', 'belt_speed_mps', 'fuel_uplift_l', 'ramp_crew', 'remote_stand', 'turnaround_min', 'turnaround_h'], rows);
  console.log('turnaround min', stats(out));
}

/** aircraft.csv: movement records -> aircraft type (A320/B737/E190/A350, rare B747F); the stand number has no effect. */
function aircraft(): void {
  const next = rng(15903);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, [number, number, number, number]> = { // seats, mtow t, wingspan m, approach kt
    A320: [180, 78, 35.8, 136], B737: [170, 79, 35.9, 142], E190: [100, 51, 28.7, 124], A350: [320, 280, 64.8, 140], B747F: [0, 396, 68.4, 157],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.36 ? 'A320' : u < 0.66 ? 'B737' : u < 0.86 ? 'E190' : u < 0.96 ? 'A350' : 'B747F';
    counts[type] = (counts[type] ?? 0) + 1;
    const [s, m, w, a] = P[type];
    const seats = type === 'B747F' ? 0 : Math.round(s + normal(next, 0, s * 0.06));
    const mtow = r1(m * clamp(normal(next, 0.85, 0.07), 0.6, 1));
    const fuel = Math.round(clamp(mtow * 120 * Math.exp(normal(next, 0, 0.4)), 800, 200000));
    const approach = Math.round(a + normal(next, 0, 4));
    const taxi = r1(clamp(Math.exp(normal(next, 2.3, 0.4)), 2, 45));
    const stand = 1 + Math.floor(next() * 60);
    rows.push([`MV-${300000 + i * 3}`, stamp(1719792000 + i * 611), seats, mtow, w + r1(normal(next, 0, 0.3)), approach, fuel, taxi, stand, type]);
  }
  write('aircraft.csv', ['movement_id', 'block_ts', 'seats', 'mtow_t', 'wingspan_m', 'approach_kt', 'fuel_uplift_l', 'taxi_min', 'stand_no', 'aircraft_type'], rows);
  console.log('aircraft types', counts);
}

/** mishandled.csv: transfer bags -> a rare "mishandled bag" flag; the bag tag serial has no effect. */
function mishandled(): void {
  const next = rng(15904);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const connect = Math.round(clamp(Math.exp(normal(next, 4.2, 0.5)), 25, 600));
    const belt = r2(clamp(normal(next, 0.5, 0.12), 0.2, 0.9));
    const lf = r2(clamp(normal(next, 0.82, 0.1), 0.35, 1));
    const lateCheck = next() < 0.15 ? 1 : 0;
    const terminals = next() < 0.3 ? 1 : 0;
    const inboundDelay = Math.round(clamp(Math.exp(normal(next, 2.2, 1.0)) - 5, -10, 300));
    const tag = 1000000000 + Math.floor(next() * 8999999999);
    const z = -3.4 - 2.5 * (Math.log(connect) - 4.2) + 0.03 * (inboundDelay - 10) - 3 * (belt - 0.5) + 1.4 * lateCheck + 1.0 * terminals + 2 * (lf - 0.82);
    const m = next() < sigmoid(z) ? 1 : 0;
    pos += m;
    rows.push([`BT-${i}`, tag, connect, belt, lf, lateCheck, terminals, inboundDelay, m]);
  }
  write('mishandled.csv', ['bag_id', 'tag_serial', 'connect_min', 'belt_speed_mps', 'load_factor', 'late_checkin', 'terminal_change', 'inbound_delay_min', 'mishandled'], rows);
  console.log('mishandled', pos, '/ 1200');
}

/** delay.csv: semicolon export with decimal commas -> departure delay minutes. */
function delay(): void {
  const next = rng(15905);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const inbound = r1(clamp(Math.exp(normal(next, 2.0, 1.0)) - 4, -10, 240));
    const wind = r1(clamp(normal(next, 12, 7), 0, 55));
    const vis = r1(clamp(Math.exp(normal(next, 2.0, 0.6)), 0.2, 10));
    const bagsLate = Math.round(clamp(Math.exp(normal(next, 1.5, 0.9)), 0, 200));
    const deice = next() < 0.12 ? 1 : 0;
    const slotHour = Math.floor(next() * 24);
    const d = r1(clamp(0.8 * Math.max(inbound, 0) + 0.6 * Math.max(wind - 20, 0) + 6 / vis + 0.15 * bagsLate + 18 * deice + normal(next, 0, 2.5), -5, 400));
    out.push(d);
    rows.push([`FL-${2000 + i}`, slotHour, dc(inbound), dc(wind), dc(vis), bagsLate, deice, dc(d)]);
  }
  write('delay.csv', ['flight_id', 'slot_hour', 'inbound_delay_min', 'wind_kt', 'visibility_km', 'late_bags', 'deicing', 'delay_min'], rows, ';');
  console.log('delay min', stats(out));
}

/** fuel.csv: tab-separated fuel uplift log -> skewed uplift in litres. */
function fuel(): void {
  const next = rng(15906);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const dist = Math.round(clamp(Math.exp(normal(next, 7.0, 0.7)), 200, 12000));
    const mtow = r1(clamp(Math.exp(normal(next, 4.5, 0.5)), 40, 400));
    const head = r1(normal(next, 0, 25));
    const tanker = next() < 0.1 ? 1 : 0;
    const ldg = r1(clamp(normal(next, 0.8, 0.1), 0.4, 1));
    const litres = Math.round(clamp((dist * (1 + head / 400) * mtow * 0.035 + 400) * (1 + 0.5 * tanker) * ldg * Math.exp(normal(next, 0, 0.05)), 300, 250000));
    out.push(litres);
    rows.push([`FU-${900000 + i}`, dist, mtow, head, tanker, ldg, litres, r2(litres / 1000)]);
  }
  write('fuel.csv', ['uplift_id', 'distance_km', 'mtow_t', 'headwind_kt', 'tankering', 'load_index', 'uplift_l', 'uplift_m3'], rows, '\t');
  console.log('fuel l', stats(out));
}

bags();
turnaround();
aircraft();
mishandled();
delay();
fuel();
