/**
 * Writes the CSVs of fault set blind279 (water polo clubs), seeded from 279.
 * Run once: npx tsx test/faults-blind279/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// players.csv: club registry export, one row per registered player.
{
  const r = rng(279);
  const positions = ['centre', 'driver', 'wing', 'goalkeeper'];
  const rows: string[] = ['member_id,joined,age,height_cm,arm_span_cm,weekly_hours,swim_100m_s,years_playing,jersey_no,shots_per_game,monthly_fee_eur,goals_season,position,renewed'];
  for (let i = 0; i < 400; i++) {
    const age = clamp(Math.round(normal(r, 22, 6) + (r() < 0.15 ? 15 : 0)), 12, 55);
    const height = normal(r, 184, 8);
    const arm = height * 1.03 + normal(r, 0, 2.5);
    const hours = clamp(Math.exp(normal(r, 1.8, 0.5)), 1, 30); // skewed
    const swim = clamp(normal(r, 68, 6) - 0.4 * hours + 0.15 * (age - 22), 50, 95);
    const years = clamp(Math.round(age - 10 + normal(r, -3, 3)), 0, 40);
    const jersey = 1 + Math.floor(r() * 14);
    const u = r();
    const pos = u < 0.08 ? 3 : u < 0.3 ? 0 : u < 0.65 ? 1 : 2; // goalkeepers rare
    const shots = clamp(normal(r, pos === 3 ? 0.1 : pos === 0 ? 3.5 : 2.5, 0.8) + 0.08 * hours, 0, 10);
    const fee = [35, 45, 60][Math.floor(r() * 3)] + (age < 18 ? -15 : 0);
    const goals = Math.max(0, Math.round(shots * 6.5 + 0.9 * hours - 0.25 * (swim - 68) + 0.2 * years + normal(r, 0, 3)));
    const renewScore = 0.18 * (hours - 6) + 0.05 * years - 0.04 * (fee - 45) + 0.15 * shots - 0.3;
    const renewed = r() < sigmoid(2.2 * renewScore) ? 1 : 0;
    const month = 1 + Math.floor(r() * 12), year = 2012 + Math.floor(r() * 12);
    rows.push([`WP-${String(10000 + i * 7)}`, `${year}-${String(month).padStart(2, '0')}-01`, age, height.toFixed(1), arm.toFixed(1), hours.toFixed(1), swim.toFixed(2), years, jersey, shots.toFixed(2), fee, goals, positions[pos], renewed].join(','));
  }
  write('players.csv', rows.join('\n') + '\n');
  // players-gaps.csv: same export after a manual merge, with NA and empty cells.
  const g = rng(279 * 3);
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (g() < 0.07) cells[5] = 'NA';
    if (g() < 0.05) cells[6] = '';
    if (g() < 0.03) cells[3] = 'n/a';
    return cells.join(',');
  });
  write('players-gaps.csv', gaps.join('\n') + '\n');
}

// pool-bookings.csv: the leisure centre's semicolon export (decimal commas): one row per evening session.
{
  const r = rng(279 * 5);
  const rows: string[] = ['session_date;lanes_booked;water_temp_c;ticket_price_eur;home_game;league_rank;spectators;bar_revenue_eur'];
  for (let i = 0; i < 300; i++) {
    const lanes = 2 + Math.floor(r() * 7);
    const temp = normal(r, 27.5, 0.8);
    const price = [5, 7.5, 10, 12.5][Math.floor(r() * 4)];
    const home = r() < 0.4 ? 1 : 0;
    const rank = 1 + Math.floor(r() * 12);
    const spectators = Math.max(10, Math.round(60 + 180 * home + 25 * lanes - 9 * rank - 6 * price + normal(r, 0, 30)));
    const bar = Math.max(0, 4.2 * spectators + 30 * home + normal(r, 0, 90));
    const d = new Date(Date.UTC(2022, 0, 1) + i * 2.4 * 86400000);
    rows.push([d.toISOString().slice(0, 10), lanes, temp.toFixed(1).replace('.', ','), price.toFixed(2).replace('.', ','), home, rank, spectators, bar.toFixed(2).replace('.', ',')].join(';'));
  }
  write('pool-bookings.csv', rows.join('\n') + '\n');
}

// matches.tsv-style export (tab-separated, .csv name): one row per league match from the club's view.
{
  const r = rng(279 * 7);
  const rows: string[] = ['match_id\tshots\tshots_on_target\texclusions_won\texclusions_conceded\tpower_play_pct\tsprints_won\tsaves\tattendance\twon'];
  for (let i = 0; i < 360; i++) {
    const shots = Math.round(clamp(normal(r, 28, 5), 12, 45));
    const onTarget = Math.round(shots * clamp(normal(r, 0.55, 0.08), 0.25, 0.85));
    const exW = Math.round(clamp(normal(r, 7, 2.5), 0, 16));
    const exC = Math.round(clamp(normal(r, 7, 2.5), 0, 16));
    const pp = clamp(normal(r, 38, 10), 5, 80);
    const sprints = Math.floor(r() * 5);
    const saves = Math.round(clamp(normal(r, 9, 3), 1, 20));
    const att = Math.round(Math.exp(normal(r, 5.3, 0.6)));
    const z = 0.22 * (onTarget - 15) + 0.25 * (exW - exC) + 0.04 * (pp - 38) + 0.3 * (sprints - 2) + 0.15 * (saves - 9);
    const won = r() < sigmoid(1.6 * z) ? 1 : 0;
    rows.push([`M${2279 + i}`, shots, onTarget, exW, exC, pp.toFixed(1), sprints, saves, att, won].join('\t'));
  }
  write('matches.csv', rows.join('\n') + '\n');
}
