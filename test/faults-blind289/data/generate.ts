/**
 * Writes the CSVs of blind set 289 (umbrella makers and repairers), seeded from 289:
 * `npx tsx test/faults-blind289/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ---- repairs.csv: the repair bench's ticket log --------------------------------------------
// ticket_id and received are text; canopy_cm and weight_g collinear (with ribs); fabric_tear_cm and
// age_years skewed; till_no has no effect; repair_minutes regression (raw minutes); outcome 3 classes
// with scrap rare; fixed 0/1.
{
  const next = rng(289);
  const rows: string[] = ['ticket_id,received,canopy_cm,ribs,broken_ribs,fabric_tear_cm,shaft_bend_deg,age_years,brand_tier,weight_g,till_no,repair_minutes,fixed,outcome'];
  const gaps: string[] = [rows[0]];
  const eu: string[] = [rows[0].replace(/,/g, ';')];
  for (let i = 0; i < 480; i++) {
    const ribs = [8, 8, 8, 10, 10, 16, 24][Math.floor(next() * 7)];
    const canopy = clamp(normal(next, ribs >= 16 ? 118 : 102, 9), 80, 140);
    const broken = Math.min(ribs, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.3));
    const tear = r2(-Math.log(Math.max(next(), 1e-9)) * 3.5 * (next() < 0.55 ? 0 : 1), 1);
    const bend = r2(clamp(Math.abs(normal(next, 0, 9)), 0, 45), 1);
    const age = r2(Math.exp(normal(next, 1.0, 0.7)), 1);
    const tier = 1 + Math.floor(next() * 3);
    const weight = r2(canopy * 3.1 + ribs * 14 + tier * 40 + normal(next, 0, 12), 0);
    const till = 1 + Math.floor(next() * 4);
    const minutes = r2(clamp(12 + broken * 9.5 + tear * 2.8 + bend * 1.1 + ribs * 0.8 + (tier === 3 ? 15 : 0) + normal(next, 0, 7), 5, 400), 0);
    const z = 2.2 - 0.55 * broken - 0.18 * tear - 0.09 * bend - 0.25 * age + 0.6 * (tier - 2) + normal(next, 0, 0.6);
    const fixed = next() < sigmoid(2.2 * z) ? 1 : 0;
    const severity = broken * 0.7 + tear * 0.25 + bend * 0.06 + age * 0.2 + normal(next, 0, 0.4);
    const outcome = severity > 4.3 ? 'scrap' : severity > 2.3 ? 'replace_canopy' : 'repair';
    const month = 1 + (i % 12), day = 1 + Math.floor(next() * 28);
    const stamp = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${9 + Math.floor(next() * 8)}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const cells = [`R-${28900 + i}`, stamp, r2(canopy, 1), ribs, broken, tear, bend, age, tier, weight, till, minutes, fixed, outcome];
    rows.push(cells.join(','));
    const g = cells.map((c, j) => (j >= 2 && j <= 9 && next() < 0.04 ? (next() < 0.5 ? 'NA' : '') : c));
    gaps.push(g.join(','));
    eu.push(cells.map((c) => String(c).replace('.', ',')).join(';'));
  }
  write('repairs.csv', rows.join('\n') + '\n');
  write('repairs-gaps.csv', gaps.join('\n') + '\n');
  write('repairs-eu.csv', eu.join('\n') + '\n');
}

// ---- windtunnel.tsv: the factory's wind-tunnel tests of new frames (tab-separated) ----------
// rib_mm, spring_n, canopy_gsm, vented, wind_kmh (test speed); inverted 0/1 (class imbalance ~25%);
// rated_kmh (regression, the wind at which the frame failed in the strength rig).
{
  const next = rng(289 * 7 + 1);
  const rows: string[] = ['batch_code\trib_mm\tspring_n\tcanopy_gsm\tvented\tframe_steel\twind_kmh\trated_kmh\tinverted'];
  for (let i = 0; i < 400; i++) {
    const rib = r2(clamp(normal(next, 3.2, 0.5), 2, 5), 2);
    const spring = r2(clamp(normal(next, 42, 8), 20, 70), 1);
    const gsm = r2(clamp(normal(next, 190, 30), 110, 280), 0);
    const vented = next() < 0.4 ? 1 : 0;
    const steel = next() < 0.5 ? 1 : 0;
    const wind = r2(30 + next() * 90, 1);
    const rated = r2(20 + rib * 14 + spring * 0.35 + vented * 12 + steel * 6 - gsm * 0.04 + normal(next, 0, 4), 1);
    const inv = next() < sigmoid((wind - rated) / 6 + normal(next, 0, 0.5)) ? 1 : 0;
    rows.push([`WT${2890 + i}-${steel ? 'S' : 'F'}`, rib, spring, gsm, vented, steel, wind, rated, inv].join('\t'));
  }
  write('windtunnel.tsv', rows.join('\n') + '\n');
}

// ---- shop-days.csv: the shop's daily sales against the weather -----------------------------
// date text; rain_mm skewed; temp_c; wind_kmh; weekday 0-6; tourists (k, collinear-ish with temp);
// umbrellas_sold regression (raw counts, tens to hundreds); busy (0/1).
{
  const next = rng(289 * 13 + 5);
  const rows: string[] = ['date,rain_mm,temp_c,wind_kmh,weekday,cruise_ships,tourists_k,umbrellas_sold,busy'];
  for (let i = 0; i < 365; i++) {
    const rain = r2(next() < 0.45 ? 0 : -Math.log(Math.max(next(), 1e-9)) * 6, 1);
    const temp = r2(12 + 9 * Math.sin((2 * Math.PI * (i - 100)) / 365) + normal(next, 0, 3), 1);
    const wind = r2(clamp(normal(next, 18, 9), 0, 70), 1);
    const wd = i % 7;
    const ships = Math.floor(next() * 3);
    const tourists = r2(clamp(4 + 0.25 * temp + ships * 1.5 + normal(next, 0, 1), 0, 20), 2);
    const sold = Math.max(0, Math.round(15 + 9 * Math.sqrt(rain) * 3 + tourists * 6 + (wd >= 5 ? 20 : 0) + wind * 0.4 + normal(next, 0, 10)));
    const busy = sold > 115 ? 1 : 0;
    const d = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    rows.push([d, rain, temp, wind, wd, ships, tourists, sold, busy].join(','));
  }
  write('shop-days.csv', rows.join('\n') + '\n');
}
