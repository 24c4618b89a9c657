/**
 * Writes this set's CSVs (orchid and cactus nurseries), seeded from 278 so every run gives the same files:
 * `npx tsx test/faults-blind278/data/generate.ts` from the repo root.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ---- orchid_bloom.csv: Phalaenopsis plants, did the plant push a flower spike this season (0/1) ----
{
  const next = rng(278);
  const header = ['plant_id', 'potted_on', 'pot_cm', 'leaf_count', 'leaf_span_cm', 'days_since_repot', 'night_temp_c', 'day_night_diff_c', 'humidity_pct', 'light_lux', 'bench_no', 'bloomed'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const pot = [9, 12, 12, 15][Math.floor(next() * 4)];
    const leaves = Math.round(clamp(normal(next, 5 + (pot - 9) / 3, 1.5), 2, 11));
    const span = r2(clamp(leaves * 3.4 + normal(next, 6, 2.5), 8, 60), 1);
    const repot = Math.round(clamp(-Math.log(Math.max(next(), 1e-6)) * 220, 5, 1400)); // skewed
    const night = r2(clamp(normal(next, 17, 2.4), 11, 23), 1);
    const diff = r2(clamp(normal(next, 6.5, 2.6), 0.5, 14), 1);
    const hum = Math.round(clamp(normal(next, 64, 9), 38, 92));
    const lux = Math.round(clamp(Math.exp(normal(next, Math.log(11000), 0.45)), 2500, 45000));
    const bench = 1 + Math.floor(next() * 24); // no effect
    const z = 0.55 * (diff - 6.5) + 0.5 * (leaves - 5.5) - 0.004 * (repot < 60 ? 300 : 0) + 0.00012 * (lux - 11000) - 0.25 * (night - 17) + 0.3;
    let y = next() < sigmoid(1.6 * z) ? 1 : 0;
    if (next() < 0.05) y = 1 - y;
    const day = 1 + Math.floor(next() * 28), mon = 1 + Math.floor(next() * 12);
    rows.push([`PH-${String(1000 + i)}`, `2023-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`, pot, leaves, span, repot, night, diff, hum, lux, bench, y]);
  }
  write('orchid_bloom.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // copy with missing-value markers, as the bench log came back from the greenhouse tablet
  const gnext = rng(278 * 7 + 1);
  const gaps = rows.map((r) => r.map((v, j) => (j >= 3 && j <= 9 && gnext() < 0.04 ? ['NA', '', 'n/a'][Math.floor(gnext() * 3)] : v)));
  write('orchid_bloom_gaps.csv', [header.join(','), ...gaps.map((r) => r.join(','))].join('\n') + '\n');
}

// ---- orchid_grade.csv: cut-flower grading of Cymbidium spikes, A/B/C/cull (cull rare) ----
{
  const next = rng(278 + 1);
  const header = ['lot', 'spike_length_cm', 'flower_count', 'flower_diam_mm', 'stem_thickness_mm', 'bud_blast', 'grader', 'grade'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const len = r2(clamp(normal(next, 48, 11), 18, 85), 1);
    const count = Math.round(clamp(len / 5 + normal(next, 0, 1.6), 2, 18)); // collinear with length
    const diam = Math.round(clamp(normal(next, 88, 13), 50, 125));
    const stem = r2(clamp(normal(next, 9 + len / 25, 1.3), 5, 16), 1);
    const blast = Math.min(6, Math.floor(-Math.log(Math.max(next(), 1e-6)) * 0.8));
    const grader = ['JK', 'MB', 'TS'][Math.floor(next() * 3)];
    const s = 0.06 * (len - 48) + 0.25 * (count - 9.6) + 0.04 * (diam - 88) - 0.9 * blast + normal(next, 0, 0.45);
    let g = s > 0.9 ? 'A' : s > -0.3 ? 'B' : s > -2.2 ? 'C' : 'cull';
    if (next() < 0.04) g = ['A', 'B', 'C'][Math.floor(next() * 3)];
    rows.push([`CY23-${String(i + 1).padStart(4, '0')}`, len, count, diam, stem, blast, grader, g]);
  }
  write('orchid_grade.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // the same grading sheet exported from the spreadsheet as "Text (tab delimited)"
  write('orchid_grade_tabs.csv', [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
}

// ---- cactus_growth.csv: potted cacti, growth over the season in mm, retail price, wholesale cents ----
{
  const next = rng(278 + 2);
  const header = ['batch', 'species', 'age_months', 'pot_cm', 'water_ml_week', 'sun_hours', 'grit_pct', 'grafted', 'min_temp_c', 'growth_mm', 'price_eur', 'wholesale_cents'];
  const species = ['Mammillaria', 'Echinocactus', 'Opuntia', 'Gymnocalycium', 'Astrophytum'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(clamp(normal(next, 26, 12), 4, 72));
    const pot = [5.5, 7, 8.5, 10.5, 12, 14][Math.min(5, Math.floor(age / 12 + next() * 1.5))];
    const water = Math.round(clamp(Math.exp(normal(next, Math.log(70), 0.55)), 15, 400)); // skewed
    const sun = r2(clamp(normal(next, 8, 1.8), 3, 13), 1);
    const grit = Math.round(clamp(normal(next, 45, 12), 15, 80));
    const grafted = next() < 0.18 ? 1 : 0;
    const minT = r2(clamp(normal(next, 9, 2.5), 2, 16), 1);
    const wetRot = water > 180 && grit < 35 ? -8 : 0;
    const growth = clamp((4 + 2.1 * sun + 0.06 * water - 0.00012 * water * water + 0.12 * grit + 9 * grafted + 0.6 * minT + wetRot) * (1 + normal(next, 0, 0.08)), 1, 90);
    const price = clamp(1.2 + 0.42 * age + 1.3 * pot + 6 * grafted + normal(next, 0, 1.5), 2.5, 60);
    const cents = Math.round(price * 100 * 0.55);
    rows.push([`B${23000 + Math.floor(i / 8)}`, species[Math.floor(next() * species.length)], age, pot, water, sun, grit, grafted, minT, r2(growth, 1), r2(price, 2), cents]);
  }
  write('cactus_growth.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // the Dutch auction clock's export: semicolons and decimal commas
  const nl = rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  write('cactus_auction_nl.csv', [header.join(';'), ...nl].join('\n') + '\n');
  // a hand-kept copy where the pot size was typed with its unit on some rows
  const unitNext = rng(278 * 13);
  const units = rows.map((r) => r.map((v, j) => (j === 3 && unitNext() < 0.1 ? `${v}cm` : v)).join(','));
  write('cactus_growth_units.csv', [header.join(','), ...units].join('\n') + '\n');
  // a German supplier's price list: semicolons, decimal commas, and thousands dots in the cents column
  const de = rows.map((r) => r.map((v, j) => (j === 11 ? (Number(v) >= 1000 ? `${Math.floor(Number(v) / 1000)}.${String(Number(v) % 1000).padStart(3, '0')}` : String(v)) : typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  write('cactus_prices_de.csv', [header.join(';'), ...de].join('\n') + '\n');
}
