/**
 * Writes this set's CSVs (seed 240): a fencing club's bout log, its membership ledger, a
 * discipline-tagging sheet, a semicolon/decimal-comma export and a copy with missing markers.
 * Run once: `npx tsx test/faults-blind240/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');

// bouts.csv: one row per pool bout; won 0/1 from rating gap, reach, fatigue; club_id has no effect.
{
  const r = rng(240);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const rating = clamp(normal(r, 1450, 220), 900, 2100);
    const oppRating = clamp(normal(r, 1450, 220), 900, 2100);
    const height = normal(r, 176, 8);
    const reach = height * 1.02 + normal(r, 0, 3); // collinear with height
    const years = Math.round(clamp(Math.exp(normal(r, 1.4, 0.6)), 0, 30) * 10) / 10; // skewed
    const boutsToday = Math.floor(r() * 8) + 1;
    const club = Math.floor(r() * 6) + 1;
    const z = (rating - oppRating) / 120 + (reach - 179.5) / 12 + 0.35 * Math.log1p(years) - 0.25 * (boutsToday - 4.5) - 0.4;
    const won = r() < sigmoid(1.4 * z) ? 1 : 0;
    const day = String(1 + (i % 28)).padStart(2, '0');
    rows.push([`B${String(10000 + i)}`, `2024-03-${day}T${String(9 + (i % 10)).padStart(2, '0')}:15`, Math.round(rating), Math.round(oppRating),
      height.toFixed(1), reach.toFixed(1), years, boutsToday, club, won]);
  }
  const header = ['bout_id', 'timestamp', 'rating', 'opp_rating', 'height_cm', 'reach_cm', 'years_fencing', 'bouts_today', 'club_id', 'won'];
  write('bouts.csv', header, rows);
  // bouts-gaps.csv: the same log with the scorer's gaps.
  const g = rng(2400);
  const gaps = rows.map((row) => row.map((v, j) => (j >= 2 && j <= 7 && g() < 0.05 ? (g() < 0.5 ? 'NA' : '') : v)));
  write('bouts-gaps.csv', header, gaps);
}

// members.csv: annual spend per member in euros (raw scale), lesson hours skewed, locker no effect.
{
  const r = rng(241);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const age = Math.round(clamp(normal(r, 27, 12), 8, 70));
    const sessions = Math.round(clamp(normal(r, 9, 4), 1, 24));
    const lessons = Math.round(clamp(Math.exp(normal(r, 1.2, 0.8)), 0, 60) * 10) / 10; // skewed
    const distance = Math.round(clamp(Math.exp(normal(r, 2.2, 0.7)), 0.5, 120) * 10) / 10;
    const comps = Math.round(clamp(normal(r, sessions / 3, 1.5), 0, 14));
    const locker = r() < 0.4 ? 1 : 0;
    const spend = 380 + 42 * sessions + 55 * lessons + 110 * comps - 4 * distance + (age < 18 ? -120 : 0) + normal(r, 0, 90);
    rows.push([`M-${4000 + i}`, age, sessions, lessons, distance, comps, locker, Math.round(spend)]);
  }
  const header = ['member_id', 'age', 'sessions_per_month', 'lesson_hours', 'distance_km', 'competitions', 'locker', 'annual_spend_eur'];
  write('members.csv', header, rows);
  // members-export.csv: the treasurer's spreadsheet export, semicolons and decimal commas.
  write('members-export.csv', header, rows.map((row) => row.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v))), ';');
}

// disciplines.csv: bout statistics, weapon foil/epee/sabre (sabre rare), 3 string classes.
{
  const r = rng(242);
  const rows: (string | number)[][] = [];
  const centres: Record<string, number[]> = {
    foil: [2.6, 5.1, 0.04, 38, 0.31],
    epee: [5.8, 4.2, 0.18, 31, 0.22],
    sabre: [1.1, 5.4, 0.02, 26, 0.12],
  };
  for (let i = 0; i < 330; i++) {
    const u = r();
    const w = u < 0.45 ? 'foil' : u < 0.85 ? 'epee' : 'sabre';
    const c = centres[w];
    const actionTime = clamp(normal(r, c[0], 0.9), 0.3, 12);
    const touches = clamp(normal(r, c[1], 0.6), 1, 8);
    const doubles = clamp(normal(r, c[2], 0.05), 0, 0.6);
    const lunge = clamp(normal(r, c[3], 5), 10, 60);
    const parry = clamp(normal(r, c[4], 0.06), 0, 1);
    const label = r() < 0.06 ? ['foil', 'epee', 'sabre'][Math.floor(r() * 3)] : w;
    rows.push([actionTime.toFixed(2), touches.toFixed(2), doubles.toFixed(3), lunge.toFixed(1), parry.toFixed(3), label]);
  }
  write('disciplines.csv', ['action_time_s', 'touches_per_min', 'double_hit_rate', 'lunge_cm', 'parry_rate', 'weapon'], rows);
}
