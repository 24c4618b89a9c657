/** Writes this set's CSVs (seed 222): falconry centre records. Run once: npx tsx data/generate.ts */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
const r1 = (x: number, d = 1) => Number(x.toFixed(d));

// flights.csv: free-flight display records; returned 0/1 (rare failures), recall_s regression.
{
  const next = rng(222);
  const species = ['harris_hawk', 'barn_owl', 'peregrine', 'kestrel', 'eagle_owl'];
  const base = [700, 330, 800, 190, 2400];
  const rows = ['flight_id,bird,date,weight_g,flying_weight_pct,wind_kph,temp_c,hours_since_fed,crowd_size,ring_digits,returned,recall_s'];
  for (let i = 0; i < 420; i++) {
    const s = Math.floor(next() * 5);
    const pct = clamp(normal(next, 100, 4), 88, 114);
    const w = base[s] * pct / 100 * (1 + normal(next, 0, 0.03));
    const wind = clamp(Math.exp(normal(next, 2.3, 0.6)), 0, 70);
    const temp = normal(next, 15, 7);
    const fed = clamp(normal(next, 20, 5), 2, 40);
    const crowd = Math.round(clamp(Math.exp(normal(next, 4.5, 0.9)), 5, 2000));
    const ring = Math.floor(next() * 9000 + 1000);
    const z = 3.2 - 0.35 * (pct - 100) - 0.07 * (wind - 10) + 0.08 * (fed - 20) - 0.0015 * (crowd - 100) - 0.03 * Math.abs(temp - 15);
    const ret = next() < sigmoid(z) ? 1 : 0;
    const recall = clamp(4 + 0.9 * (pct - 100) + 0.25 * wind - 0.15 * (fed - 20) + 0.004 * crowd + normal(next, 0, 1.5), 1, 90);
    const d = new Date(Date.UTC(2023, 3, 1) + i * 8.6e7).toISOString().slice(0, 10);
    rows.push(`F${1000 + i},${species[s]},${d},${r1(w)},${r1(pct)},${r1(wind)},${r1(temp)},${r1(fed)},${crowd},${ring},${ret},${r1(recall)}`);
  }
  write('flights.csv', rows);
  // copy with missing-value markers
  const gaps = rows.map((row, i) => {
    if (i === 0 || i % 23 !== 5) return row;
    const c = row.split(',');
    c[5] = i % 2 ? 'NA' : '';
    c[7] = i % 3 ? c[7] : '?';
    return c.join(',');
  });
  write('flights-gaps.csv', gaps);
}

// birds.csv: morphometrics at intake; species (string, one rare class).
{
  const next = rng(222 * 7 + 1);
  const sp: [string, number, number, number, number, number][] = [
    // name, wingspan_cm, weight_g, tail_cm, tarsus_mm, share
    ['harris_hawk', 110, 850, 24, 85, 0.32],
    ['barn_owl', 89, 330, 12, 60, 0.28],
    ['peregrine', 100, 900, 15, 48, 0.22],
    ['kestrel', 73, 200, 17, 38, 0.13],
    ['eagle_owl', 165, 2600, 28, 90, 0.05],
  ];
  const rows = ['intake_ref,wingspan_cm,weight_g,tail_cm,tarsus_mm,age_years,cere_score,species'];
  for (let i = 0; i < 400; i++) {
    let u = next(), k = 0;
    while (k < sp.length - 1 && u > sp[k][5]) { u -= sp[k][5]; k++; }
    const [name, ws, wt, tl, ts] = sp[k];
    const female = next() < 0.5 ? 1.12 : 1;
    rows.push(`IN-${2019 + (i % 5)}-${String(i).padStart(4, '0')},${r1(ws * female * (1 + normal(next, 0, 0.07)))},${r1(wt * female * female * (1 + normal(next, 0, 0.14)))},${r1(tl * (1 + normal(next, 0, 0.09)))},${r1(tarsus(ts, next))},${r1(clamp(Math.exp(normal(next, 1.3, 0.7)), 0.3, 30))},${Math.floor(next() * 5)},${name}`);
  }
  write('birds.csv', rows);
}
function tarsus(t: number, next: () => number) { return t * (1 + normal(next, 0, 0.1)); }

// visitors.csv: the booking system's export (semicolons, decimal commas); daily visitors (raw counts).
{
  const next = rng(222 * 13 + 5);
  const rows = ['day;temp_c;rain_mm;school_holiday;weekend;displays;ticket_gbp;visitors'];
  for (let i = 0; i < 365; i++) {
    const season = Math.sin((i - 80) / 365 * 2 * Math.PI);
    const temp = 11 + 8 * season + normal(next, 0, 3);
    const rain = clamp(Math.exp(normal(next, 0.3, 1.2)) - 1, 0, 60);
    const hol = (i > 200 && i < 245) || (i > 100 && i < 110) || next() < 0.05 ? 1 : 0;
    const wkd = i % 7 >= 5 ? 1 : 0;
    const disp = 2 + wkd + hol + (season > 0.3 ? 1 : 0);
    const price = 14.5 + (season > 0 ? 1.5 : 0);
    const v = Math.round(clamp(180 + 22 * temp - 9 * rain + 320 * hol + 260 * wkd + 60 * disp - 10 * (price - 14.5) + normal(next, 0, 60), 20, 4000));
    const d = new Date(Date.UTC(2023, 0, 1) + i * 8.64e7).toISOString().slice(0, 10);
    rows.push([d, temp.toFixed(1).replace('.', ','), rain.toFixed(1).replace('.', ','), hol, wkd, disp, price.toFixed(2).replace('.', ','), v].join(';'));
  }
  write('visitors.csv', rows);
}

// weighing.tsv: the mews' daily weighing log, tab-separated; next-day weight change in grams.
{
  const next = rng(222 * 31 + 9);
  const rows = ['bird\tweight_g\tfood_g\tcasting\texercise_min\tovernight_temp_c\tchange_g'];
  for (let i = 0; i < 300; i++) {
    const w = clamp(Math.exp(normal(next, 6.3, 0.6)), 150, 3000);
    const food = clamp(w * 0.1 * (1 + normal(next, 0, 0.35)), 5, 400);
    const exer = clamp(normal(next, 25, 12), 0, 80);
    const t = normal(next, 8, 6);
    const change = 0.55 * food - 0.045 * w - 0.6 * exer - 0.03 * w * (8 - t) / 10 + normal(next, 0, 4);
    rows.push([`B${i % 27}`, r1(w), r1(food), next() < 0.7 ? 1 : 0, r1(exer), r1(t), r1(change)].join('\t'));
  }
  write('weighing.tsv', rows);
}
