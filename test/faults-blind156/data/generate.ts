/**
 * Writes the CSVs of blind fault set 156 (zoos and aquariums), seeded so every run gives the same
 * files: `npx tsx test/faults-blind156/data/generate.ts`.
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

/** weight.csv: keeper weigh-ins -> body weight in kg (and the same in g); a copy with "NA" girths. */
function weight(): void {
  const next = rng(15601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(next() * 7200);
    const len = r1(clamp(normal(next, 120, 35), 30, 260));
    const girth = r1(clamp(len * normal(next, 0.7, 0.08), 15, 220));
    const age = r1(clamp(normal(next, 9, 5), 0.5, 40));
    const feed = r2(clamp(normal(next, 0.02 * len, 0.5), 0.2, 10));
    const kg = r1(clamp(0.00004 * len * girth * girth / 10 + 1.5 * feed + 0.4 * Math.min(age, 12) + normal(next, 0, 3), 1, 900));
    out.push(kg);
    const row: (string | number)[] = [`ANM-${5000 + i}`, stamp(t), `ENC-${String(1 + Math.floor(next() * 14)).padStart(2, '0')}`, len, girth, age, feed, kg, Math.round(kg * 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['animal_id', 'weighed_at', 'enclosure', 'length_cm', 'girth_cm', 'age_y', 'feed_kg_day', 'weight_kg', 'weight_g'];
  write('weight.csv', header, rows);
  write('weight-na.csv', header, na);
  console.log('weight kg', stats(out));
}

/** species.csv: animal records -> species group (mammal/bird/reptile/fish/rare amphibian); keeper_no has no effect. */
function species(): void {
  const next = rng(15602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.32 ? 'mammal' : u < 0.57 ? 'bird' : u < 0.75 ? 'reptile' : u < 0.96 ? 'fish' : 'amphibian';
    counts[g] = (counts[g] ?? 0) + 1;
    const wg = Math.round(clamp(Math.exp(normal(next, g === 'mammal' ? 10 : g === 'bird' ? 7 : g === 'reptile' ? 8 : g === 'fish' ? 6 : 3.5, 1.2)), 2, 2000000));
    const body = r1(g === 'mammal' ? normal(next, 37.5, 0.8) : g === 'bird' ? normal(next, 40.5, 0.8) : normal(next, 24, 3));
    const enc = r1(g === 'reptile' ? normal(next, 30, 2) : g === 'fish' ? normal(next, 24, 2) : g === 'amphibian' ? normal(next, 21, 1.5) : normal(next, 18, 5));
    const depth = r2(g === 'fish' ? clamp(normal(next, 3, 1.5), 0.5, 9) : g === 'amphibian' ? clamp(normal(next, 0.3, 0.1), 0, 1) : next() < 0.2 ? r2(next() * 1.5) : 0);
    const feed = Math.round(clamp(wg * normal(next, g === 'bird' ? 0.15 : 0.04, 0.01), 1, 90000));
    rows.push([`ANM-${20000 + i}`, g, wg, body, enc, depth, feed, 1 + Math.floor(next() * 25)]);
  }
  write('species.csv', ['animal_id', 'group', 'weight_g', 'body_temp_c', 'enclosure_temp_c', 'water_depth_m', 'feed_g_day', 'keeper_no'], rows);
  console.log('species', counts);
}

/** illness.csv: aquarium tank log -> rare illness flag; the tank number has no effect; visitors are in the thousands. */
function illness(): void {
  const next = rng(15603);
  const rows: (string | number)[][] = [];
  let sick = 0;
  let t = 1706800000;
  for (let i = 0; i < 1100; i++) {
    t += 3600 * 6;
    const wt = r1(normal(next, 25, 1.5));
    const amm = r2(clamp(Math.exp(normal(next, -2.5, 0.8)), 0.01, 2));
    const appetite = Math.round(clamp(normal(next, 90, 12), 10, 120));
    const act = r2(clamp(normal(next, 1, 0.25), 0.1, 2));
    const vis = Math.round(clamp(normal(next, 6000, 2500), 200, 18000));
    const p = sigmoid(-4.2 + 2.2 * (amm - 0.1) * 4 + 0.06 * (85 - appetite) + 1.2 * Math.abs(wt - 25) - 1.5 * (act - 1));
    const y = next() < p ? 1 : 0;
    sick += y;
    rows.push([`TNK-${String(1 + (i % 30)).padStart(3, '0')}`, stamp(t), wt, amm, appetite, act, vis, 1 + (i % 30), y]);
  }
  write('illness.csv', ['tank_id', 'logged_at', 'water_temp_c', 'ammonia_mgl', 'appetite_pct', 'activity_idx', 'visitors', 'tank_no', 'ill'], rows);
  console.log('illness', sick, '/ 1100');
}

/** vetcost.csv: semicolon export with decimal commas -> skewed veterinary costs in dollars. */
function vetcost(): void {
  const next = rng(15604);
  const rows: (string | number)[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const age = r1(clamp(normal(next, 10, 6), 0.3, 45));
    const kg = r1(clamp(Math.exp(normal(next, 3, 1.6)), 0.05, 4000));
    const visits = Math.floor(clamp(Math.exp(normal(next, 1, 0.6)), 1, 30));
    const surgery = next() < 0.12 ? 1 : 0;
    const anaest = r1(surgery ? clamp(normal(next, 90, 40), 20, 300) : next() < 0.2 ? clamp(normal(next, 20, 10), 5, 60) : 0);
    const cost = r2(clamp(Math.exp(4.5 + 0.25 * Math.log(kg + 1) + 0.25 * visits + 1.6 * surgery + 0.006 * anaest + 0.02 * age + normal(next, 0, 0.25)), 40, 500000));
    out.push(cost);
    rows.push([`VET-${900 + i}`, c(age), c(kg), visits, surgery, c(anaest), c(cost)]);
  }
  write('vetcost.csv', ['case_id', 'age_y', 'weight_kg', 'visits', 'surgery', 'anaesthesia_min', 'cost_usd'], rows, ';');
  console.log('vet cost', stats(out));
}

/** visitors.tsv-like visitors.csv (tab-separated): daily gate counts from weather and events. */
function visitors(): void {
  const next = rng(15605);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 730; i++) {
    const doy = (i % 365) + 1;
    const temp = r1(12 + 10 * Math.sin((doy - 100) / 365 * 2 * Math.PI) + normal(next, 0, 3));
    const rain = r1(next() < 0.3 ? clamp(Math.exp(normal(next, 1.5, 1)), 0.1, 80) : 0);
    const weekend = (i % 7) >= 5 ? 1 : 0;
    const holiday = next() < 0.05 ? 1 : 0;
    const show = next() < 0.3 ? 1 : 0;
    const vis = Math.round(clamp(2500 + 180 * temp - 60 * rain + 3000 * weekend + 2500 * holiday + 900 * show + normal(next, 0, 600), 100, 30000));
    out.push(vis);
    rows.push([`D${20230101 + i}`, doy, temp, rain, weekend, holiday, show, vis]);
  }
  write('visitors.csv', ['day_id', 'day_of_year', 'temp_c', 'rain_mm', 'weekend', 'holiday', 'feeding_show', 'visitors'], rows, '\t');
  console.log('visitors', stats(out));
}

weight(); species(); illness(); vetcost(); visitors();
