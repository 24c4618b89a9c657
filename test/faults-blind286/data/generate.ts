/**
 * Blind set 286 data: a harbour towage company's records. Seeded from 286; run once, CSVs committed.
 * `npx tsx test/faults-blind286/data/generate.ts`
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// jobs.csv: 400 ship-assist jobs. Gross tonnage skewed (log-normal), length collinear with it,
// pilot_years has no effect; job_id, berth and timestamp text columns; duration_min regression,
// delayed 0/1 (~15%), job_type string classes with a rare "escort".
{
  const next = rng(286);
  const berths = ['B1', 'B2', 'B3', 'OIL-J', 'CT-4', 'RORO'];
  const rows: string[] = ['job_id,timestamp,berth,ship_gt,loa_m,wind_kn,current_kn,tide_m,tugs,night,pilot_years,duration_min,delayed,job_type'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 400; i++) {
    const gt = Math.round(Math.exp(normal(next, 10.2, 0.9)));
    const loa = r2(clamp(6.2 * Math.pow(gt, 0.36) + normal(next, 0, 8), 60, 400), 1);
    const wind = r2(clamp(Math.abs(normal(next, 12, 7)), 0, 45), 1);
    const cur = r2(clamp(Math.abs(normal(next, 1.0, 0.7)), 0, 4), 2);
    const tide = r2(normal(next, 2.2, 1.1), 2);
    const tugs = clamp(Math.round(1 + gt / 40000 + next() * 1.2), 1, 4);
    const night = next() < 0.35 ? 1 : 0;
    const pilot = Math.round(2 + next() * 28);
    const dur = r2(25 + 0.00025 * gt + 1.6 * wind + 9 * cur - 6 * tugs + 8 * night + normal(next, 0, 6), 1);
    const z = -3.6 + 0.11 * wind + 0.9 * cur + 0.7 * night + 0.000008 * gt + normal(next, 0, 0.4);
    const delayed = next() < sigmoid(z) ? 1 : 0;
    const u = next();
    const jt = cur > 1.5 && gt > 30000 ? 'escort' : wind > 20 ? 'shifting' : u < 0.5 ? 'berthing' : 'unberthing';
    const ts = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const line = [`J${10000 + i}`, ts, berths[Math.floor(next() * berths.length)], gt, loa, wind, cur, tide, tugs, night, pilot, dur, delayed, jt];
    rows.push(line.join(','));
    const g = [...line];
    if (next() < 0.07) g[5] = 'NA';
    if (next() < 0.05) g[6] = '';
    gaps.push(g.join(','));
  }
  write('jobs.csv', rows.join('\n') + '\n');
  write('jobs-gaps.csv', gaps.join('\n') + '\n');
}

// engines.csv (+ engines-eu.csv with semicolons and decimal commas): 360 main-engine sensor snapshots;
// running_hours in the tens of thousands; fault 0/1 rare (~12%), 5% labels flipped.
{
  const next = rng(286 * 7 + 1);
  const head = ['unit', 'rpm', 'fuel_lph', 'exhaust_c', 'oil_bar', 'coolant_c', 'running_hours', 'vibration_mm_s', 'fault'];
  const rows: string[] = [head.join(',')];
  const eu: string[] = [head.join(';')];
  for (let i = 0; i < 360; i++) {
    const rpm = Math.round(clamp(normal(next, 1200, 250), 600, 1800));
    const fuel = r2(clamp(0.00012 * rpm * rpm + normal(next, 0, 15), 20, 500), 1);
    const oil = r2(clamp(normal(next, 4.5, 0.6), 2, 7), 2);
    const hours = Math.round(clamp(normal(next, 24000, 9000), 500, 60000));
    const vib = r2(Math.abs(normal(next, 3 + hours / 20000, 1.2)), 2);
    const exhaust = r2(300 + rpm * 0.12 + vib * 6 + normal(next, 0, 12), 1);
    const cool = r2(normal(next, 82, 4), 1);
    const z = -4.2 + 1.1 * (vib - 4) + 1.6 * (4.5 - oil) + 0.00004 * (hours - 24000) + 0.03 * (exhaust - 460);
    let fault = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.05) fault = 1 - fault;
    const vals = [`TUG-${1 + (i % 9)}`, rpm, fuel, exhaust, oil, cool, hours, vib, fault];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => String(v).replace('.', ',')).join(';'));
  }
  write('engines.csv', rows.join('\n') + '\n');
  write('engines-eu.csv', eu.join('\n') + '\n');
}

// bunker.tsv: 300 voyages' fuel use, tab-separated; fuel_litres in the thousands (raw units).
{
  const next = rng(286 * 13 + 5);
  const rows: string[] = ['trip_hours\tavg_bollard_t\tsea_state\tdistance_nm\thull_days_since_clean\tfuel_litres'];
  for (let i = 0; i < 300; i++) {
    const h = r2(0.5 + Math.abs(normal(next, 3, 2)), 2);
    const bp = r2(clamp(normal(next, 35, 15), 5, 80), 1);
    const sea = Math.floor(next() * 6);
    const dist = r2(h * (6 + next() * 4), 1);
    const hull = Math.round(next() * 400);
    const fuel = Math.round(h * (120 + 4.5 * bp) * (1 + 0.05 * sea) * (1 + hull / 2000) + normal(next, 0, 60));
    rows.push([h, bp, sea, dist, hull, fuel].join('\t'));
  }
  write('bunker.csv', rows.join('\n') + '\n');
}
