/**
 * Writes this set's CSVs (dry-stone walling and hedge-laying business records), seeded from 269.
 * Run once: npx tsx test/faults-blind269/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. jobs.csv: walling/hedging job sheets, labour hours as the target (raw units, hundreds of hours).
{
  const next = rng(269001);
  const rows: string[] = ['job_id,start_date,length_m,height_m,face_area_m2,slope_deg,access_score,crew_size,stone_reuse_pct,distance_km,hours'];
  for (let i = 0; i < 420; i++) {
    const length = r2(Math.exp(normal(next, 3.3, 0.7)), 1); // skewed: 5..150 m
    const height = r2(clamp(normal(next, 1.3, 0.25), 0.7, 1.9));
    const face = r2(length * height * 2 * (1 + normal(next, 0, 0.02)), 1); // collinear with length*height
    const slope = r2(clamp(Math.abs(normal(next, 6, 7)), 0, 35), 1);
    const access = 1 + Math.floor(next() * 5);
    const crew = 1 + Math.floor(next() * 4);
    const reuse = r2(clamp(normal(next, 70, 20), 10, 100), 0);
    const distance = r2(Math.exp(normal(next, 2.5, 0.8)), 1); // no effect on hours
    const hours = clamp(face * (1.1 + 0.03 * slope) * (1 + 0.12 * (5 - access)) * (1.25 - 0.004 * reuse) * (1 - 0.05 * (crew - 1)) * (1 + normal(next, 0, 0.08)), 4, 5000);
    const month = 1 + Math.floor(next() * 12), day = 1 + Math.floor(next() * 28);
    rows.push(`DSW-${2019 + (i % 5)}-${String(i + 1).padStart(3, '0')},${2019 + (i % 5)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${length},${height},${face},${slope},${access},${crew},${reuse},${distance},${r2(hours, 1)}`);
  }
  write('jobs.csv', rows.join('\n') + '\n');
}

// 2. hedges.csv: hedge-laying sections, regrowth outcome two springs later (3 string classes, "failed" rare).
{
  const next = rng(269002);
  const rows: string[] = ['section,stem_diam_mm,stems_per_m,hawthorn_pct,blackthorn_pct,laid_month,rainfall_mm,deer_pressure,rabbit_guard,pleacher_cut_pct,outcome'];
  for (let i = 0; i < 480; i++) {
    const diam = r2(Math.exp(normal(next, 3.7, 0.35)), 0); // ~40 mm, skewed
    const stems = r2(clamp(normal(next, 4, 1.3), 1, 9), 1);
    const haw = r2(clamp(normal(next, 60, 20), 0, 100), 0);
    const black = r2(clamp(100 - haw - Math.abs(normal(next, 10, 8)), 0, 100), 0); // collinear with hawthorn
    const month = [10, 11, 12, 1, 2, 3, 4][Math.floor(next() * 7)];
    const rain = r2(clamp(normal(next, 850, 180), 450, 1500), 0);
    const deer = Math.floor(next() * 4);
    const guard = next() < 0.5 ? 1 : 0;
    const cut = r2(clamp(normal(next, 75, 8), 50, 95), 0);
    const late = month === 3 || month === 4 ? 1 : 0;
    const score = 1.6 - 0.9 * deer + 0.9 * guard + 0.02 * (haw - 60) + 0.35 * (stems - 4) - 1.4 * late - 0.08 * (cut - 75) + 0.0015 * (rain - 850) - 0.02 * (diam - 40) + normal(next, 0, 0.5);
    let outcome = score > 1.2 ? 'thrived' : score > -2.0 ? 'patchy' : 'failed';
    if (next() < 0.06) outcome = ['thrived', 'patchy', 'failed'][Math.floor(next() * 3)];
    rows.push(`H${String(i + 1).padStart(4, '0')},${diam},${stems},${haw},${black},${month},${rain},${deer},${guard},${cut},${outcome}`);
  }
  write('hedges.csv', rows.join('\n') + '\n');
}

// 3. walls-survey.csv: estate wall sections surveyed, collapsed within five years (0/1, ~15%).
{
  const next = rng(269003);
  const header = 'survey_ref,age_years,lean_deg,bulge_mm,through_stones_per_m,frost_days,root_dist_m,sheep_rubbing,coping_missing_pct,collapsed';
  const rows: string[] = [header];
  const gaps: string[] = [header];
  for (let i = 0; i < 440; i++) {
    const age = r2(clamp(normal(next, 160, 60), 15, 320), 0);
    const lean = r2(Math.abs(normal(next, 0, 3.5)), 1);
    const bulge = r2(Math.exp(normal(next, 3.2, 0.9)), 0); // skewed mm
    const through = r2(clamp(normal(next, 1.0, 0.4), 0, 2.2), 2);
    const frost = r2(clamp(normal(next, 55, 18), 5, 120), 0);
    const root = r2(Math.exp(normal(next, 1.5, 0.9)), 1);
    const sheep = next() < 0.35 ? 1 : 0;
    const coping = r2(clamp(Math.abs(normal(next, 10, 15)), 0, 100), 0);
    const z = -4.2 + 0.45 * lean + 0.018 * (bulge - 25) - 1.5 * (through - 1) + 0.02 * (frost - 55) - 0.25 * (root - 4.5) + 0.6 * sheep + 0.03 * coping + 0.004 * (age - 160);
    let y = next() < sigmoid(z * 1.6) ? 1 : 0;
    if (next() < 0.04) y = 1 - y;
    const ref = `WS/${String(i + 1).padStart(4, '0')}`;
    rows.push(`${ref},${age},${lean},${bulge},${through},${frost},${root},${sheep},${coping},${y}`);
    const cells = [ref, age, lean, bulge, through, frost, root, sheep, coping, y].map(String);
    if (next() < 0.05) cells[3] = 'NA';
    if (next() < 0.04) cells[5] = '';
    if (next() < 0.02) cells[4] = 'n/a';
    gaps.push(cells.join(','));
  }
  write('walls-survey.csv', rows.join('\n') + '\n');
  write('walls-survey-gaps.csv', gaps.join('\n') + '\n');
}

// 4. stone-tonnage.csv: quarry merchant's export (semicolons, decimal commas): tonnes of stone per metre of wall.
{
  const next = rng(269004);
  const rows: string[] = ['ref;height_m;base_width_m;top_width_m;hearting_pct;stone_density_t_m3;tonnes_per_m'];
  const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 300; i++) {
    const h = clamp(normal(next, 1.3, 0.25), 0.7, 2);
    const b = clamp(normal(next, 0.75, 0.12), 0.45, 1.1);
    const t = clamp(b * (0.45 + 0.1 * next()), 0.25, 0.6);
    const heart = clamp(normal(next, 30, 7), 10, 50);
    const dens = clamp(normal(next, 2.5, 0.12), 2.1, 2.8);
    const tonnes = h * (b + t) / 2 * dens * (1 - 0.006 * heart) * 1.15 * (1 + normal(next, 0, 0.04));
    rows.push(`Q${i + 1};${dc(h, 2)};${dc(b, 2)};${dc(t, 2)};${dc(heart, 0)};${dc(dens, 2)};${dc(tonnes, 3)}`);
  }
  write('stone-tonnage.csv', rows.join('\n') + '\n');
}

// 5. gang-tally.tsv: a foreman's tab-separated daily tally: metres of hedge laid per day (regression).
{
  const next = rng(269005);
  const rows: string[] = ['date\tgang\twind_mph\ttemp_c\tstem_diam_mm\tlayers\tdaylight_h\tmetres_laid'];
  for (let i = 0; i < 260; i++) {
    const wind = r2(Math.abs(normal(next, 12, 7)), 0);
    const temp = r2(normal(next, 5, 4), 1);
    const diam = r2(Math.exp(normal(next, 3.7, 0.3)), 0);
    const layers = 2 + Math.floor(next() * 3);
    const daylight = r2(clamp(normal(next, 8.5, 1), 7, 11), 1);
    const m = clamp(layers * (3.2 + 0.9 * daylight - 0.05 * diam - 0.12 * wind + 0.1 * temp) + normal(next, 0, 2), 2, 80);
    const month = [11, 12, 1, 2][i % 4];
    rows.push(`2024-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}\tG${1 + (i % 4)}\t${wind}\t${temp}\t${diam}\t${layers}\t${daylight}\t${r2(m, 1)}`);
  }
  write('gang-tally.tsv', rows.join('\n') + '\n');
}

// 6. invoices.csv: copied from the accounts package with thousands separators in quoted amounts (a data-error source).
{
  const next = rng(269006);
  const rows: string[] = ['invoice,metres,days,amount_gbp'];
  for (let i = 0; i < 80; i++) {
    const m = Math.round(10 + next() * 90), d = Math.round(m / 6 + next() * 3);
    const amt = Math.round(m * 95 + d * 180);
    rows.push(`INV${1000 + i},${m},${d},"${amt.toLocaleString('en-GB')}"`);
  }
  write('invoices.csv', rows.join('\n') + '\n');
}
