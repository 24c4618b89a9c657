/**
 * Data of fault set blind264 (fireworks makers and display teams), seeded from 264.
 * Run once: `npx tsx test/faults-blind264/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. shells.csv: aerial shell test firings from the proving ground (one row per test shell).
{
  const next = rng(264);
  const rows: string[] = ['shell_id,fired_at,caliber_mm,lift_g,burst_g,fuse_s,humidity_pct,storage_days,temp_c,lot_digit,burst_height_m,outcome'];
  const calibers = [75, 100, 125, 150, 200, 250, 300];
  for (let i = 0; i < 480; i++) {
    const cal = calibers[Math.floor(next() * calibers.length)];
    const lift = r2(cal * cal * 0.0075 * Math.exp(normal(next, 0, 0.12)), 1); // grows with caliber, skewed
    const burst = r2(cal * cal * 0.012 * Math.exp(normal(next, 0, 0.18)), 1); // collinear with lift
    const fuse = r2(clamp(cal / 40 + normal(next, 0, 0.35), 1, 9), 2);
    const hum = r2(clamp(normal(next, 62, 15), 20, 99), 1);
    const days = Math.round(Math.exp(normal(next, 4.2, 0.9))); // skewed storage age
    const temp = r2(normal(next, 12, 9), 1);
    const lot = Math.floor(next() * 10); // no effect
    // burst height grows with caliber and lift per mass, drops with humidity (damp lift powder)
    const height = r2(clamp(cal * 1.05 + (lift / (cal * cal * 0.0075) - 1) * 80 - (hum - 60) * 0.9 + normal(next, 0, 12), 20, 420), 1);
    // outcome: dud from damp/old stock, lowbreak from short fuse relative to caliber
    const zDud = -3.6 + 0.07 * (hum - 62) + 0.6 * Math.log(days / 60) - 0.02 * temp;
    const zLow = -3.2 + 3.0 * (cal / 40 - fuse) - 0.01 * (hum - 62);
    const u = next();
    const pd = sigmoid(zDud), pl = sigmoid(zLow);
    let outcome = u < pd ? 'dud' : u < pd + pl ? 'lowbreak' : 'ok';
    if (next() < 0.04) outcome = ['ok', 'dud', 'lowbreak'][Math.floor(next() * 3)];
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 40) % 12;
    rows.push(`SH-${String(26400 + i)},2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(18 + (i % 5))}:${String((i * 7) % 60).padStart(2, '0')},${cal},${lift},${burst},${fuse},${hum},${days},${temp},${lot},${height},${outcome}`);
  }
  write('shells.csv', rows.join('\n') + '\n');
  // 1b. the same firings exported from a German spreadsheet: semicolons, decimal commas
  const eu = rows.map((line) => line.split(',').map((c) => c.replace('.', ',')).join(';'));
  eu[0] = rows[0].split(',').join(';');
  write('shells-de.csv', eu.join('\n') + '\n');
  // 1c. a copy with missing-value markers where the humidity logger failed
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 3) return line;
    const c = line.split(',');
    c[6] = i % 2 ? 'NA' : '';
    return c.join(',');
  });
  write('shells-gaps.csv', gaps.join('\n') + '\n');
}

// 2. stars.csv: star (pellet) composition tests from the mixing room, tab-separated, colour class.
{
  const next = rng(264 * 7 + 1);
  const colours: [string, number[]][] = [
    // strontium, barium, copper, sodium, chlorine donor, magnesium (% by mass)
    ['red', [38, 2, 1, 1, 12, 8]],
    ['green', [2, 40, 1, 1, 14, 8]],
    ['blue', [1, 2, 22, 1, 18, 4]],
    ['yellow', [2, 2, 1, 18, 6, 10]],
    ['white', [2, 6, 1, 3, 4, 30]],
  ];
  const weights = [0.3, 0.25, 0.1, 0.25, 0.1];
  const rows: string[] = ['batch\tmixer\tsr_pct\tba_pct\tcu_pct\tna_pct\tcl_donor_pct\tmg_pct\tbinder_pct\tpellet_mm\tcolour'];
  for (let i = 0; i < 420; i++) {
    let u = next(), k = 0;
    while (u > weights[k] && k < 4) u -= weights[k++];
    const [name, base] = colours[k];
    const vals = base.map((b) => r2(clamp(b * Math.exp(normal(next, 0, 0.35)) + normal(next, 0, 3), 0, 60), 1));
    const binder = r2(clamp(normal(next, 5, 1.2), 1, 10), 1);
    const pellet = r2(clamp(normal(next, 14, 4), 4, 30), 1);
    rows.push(`MX${264}-${i}\t${['anja', 'bert', 'chen', 'dora'][i % 4]}\t${vals.join('\t')}\t${binder}\t${pellet}\t${name}`);
  }
  write('stars.csv', rows.join('\n') + '\n');
}

// 3. shows.csv: past displays of the team: site and weather, budget, and two outcomes.
{
  const next = rng(264 * 13 + 5);
  const rows: string[] = ['show_date,venue,budget_eur,shells_fired,duration_min,crowd,wind_kmh,rain_mm,distance_to_crowd_m,noise_complaints,cancelled'];
  for (let i = 0; i < 360; i++) {
    const shells = Math.round(Math.exp(normal(next, 6.2, 0.7))); // 100 .. 3000
    const budget = Math.round(shells * (28 + normal(next, 0, 4)) + 1500); // collinear with shells
    const dur = r2(clamp(shells / 60 + normal(next, 0, 2), 3, 45), 1);
    const crowd = Math.round(Math.exp(normal(next, 8, 1.1)));
    const wind = r2(clamp(Math.abs(normal(next, 14, 10)), 0, 70), 1);
    const rain = r2(next() < 0.7 ? 0 : Math.exp(normal(next, 0.5, 1)), 1);
    const dist = Math.round(clamp(normal(next, 180, 60), 60, 400));
    const complaints = Math.max(0, Math.round(shells / 80 + 2400 / dist - 5 + normal(next, 0, 3)));
    const cancel = next() < sigmoid(-4 + 0.13 * (wind - 14) + 0.6 * rain) ? 1 : 0;
    const d = new Date(Date.UTC(2019, 0, 1) + i * 5 * 86400000).toISOString().slice(0, 10);
    rows.push(`${d},${['harbour', 'castle', 'stadium', 'lake', 'fairground'][i % 5]},${budget},${shells},${dur},${crowd},${wind},${rain},${dist},${complaints},${cancel}`);
  }
  write('shows.csv', rows.join('\n') + '\n');
}
