/**
 * Lacrosse-club data for fault set blind287, seeded from 287: `npx tsx test/faults-blind287/data/generate.ts`.
 * players.csv      season stats per rostered player, position as string class (goalies rare)
 * roster-tabs.csv  the same players as a tab-separated league-portal export
 * members.csv      youth/adult membership renewals (0/1) with member id and signup date text columns
 * members-gaps.csv members.csv with NA / empty / "?" cells, as exported from the club's sign-up sheet
 * gate.csv         home-game concessions revenue (USD, raw) from attendance, price, weather
 * gate-eu.csv      gate.csv as a semicolon / decimal-comma export (the club's German treasurer)
 * gate-soldout.csv gate.csv where the box office typed "sold out" into attendance
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r1 = (x: number, d = 1) => Number(x.toFixed(d));

// ---------- players ----------
{
  const next = rng(287);
  const rows: string[] = ['player_id,position,games,minutes,goals,assists,shots,ground_balls,caused_turnovers,faceoff_wins,saves,height_cm,weight_kg,age,jersey'];
  const roster: string[][] = [];
  for (let i = 0; i < 420; i++) {
    const u = next();
    const pos = u < 0.3 ? 'attack' : u < 0.7 ? 'midfield' : u < 0.95 ? 'defense' : 'goalie';
    const games = Math.round(clamp(normal(next, 12, 3), 2, 16));
    const minutes = Math.round(games * clamp(normal(next, pos === 'goalie' ? 55 : pos === 'midfield' ? 28 : 40, 8), 5, 60));
    const rate = games / 12;
    const goals = Math.max(0, Math.round(rate * (pos === 'attack' ? normal(next, 22, 8) : pos === 'midfield' ? normal(next, 9, 5) : pos === 'defense' ? normal(next, 1, 1) : 0)));
    const assists = Math.max(0, Math.round(rate * (pos === 'attack' ? normal(next, 14, 6) : pos === 'midfield' ? normal(next, 7, 4) : normal(next, 1, 1))));
    const shots = Math.max(goals, Math.round(goals * clamp(normal(next, 2.6, 0.5), 1, 5) + normal(next, 3, 2)));
    const gb = Math.max(0, Math.round(rate * (pos === 'defense' ? normal(next, 30, 9) : pos === 'midfield' ? normal(next, 24, 9) : pos === 'goalie' ? normal(next, 12, 4) : normal(next, 12, 5))));
    const ct = Math.max(0, Math.round(rate * (pos === 'defense' ? normal(next, 14, 5) : normal(next, 3, 2))));
    const fo = pos === 'midfield' && next() < 0.35 ? Math.max(0, Math.round(rate * normal(next, 90, 35))) : Math.max(0, Math.round(normal(next, 0.5, 1)));
    const saves = pos === 'goalie' ? Math.round(rate * normal(next, 140, 30)) : next() < 0.03 ? Math.round(normal(next, 4, 2)) : 0;
    const height = r1(normal(next, pos === 'defense' ? 188 : pos === 'goalie' ? 183 : 179, 6));
    const weight = r1(height - 100 + normal(next, pos === 'defense' ? 0 : -6, 7));
    const age = Math.round(clamp(normal(next, 22, 4), 16, 38));
    const jersey = 1 + Math.floor(next() * 99);
    const row = [`P${String(28700 + i)}`, pos, games, minutes, goals, assists, shots, gb, ct, fo, Math.max(0, saves), height, weight, age, jersey].map(String);
    roster.push(row);
    rows.push(row.join(','));
  }
  write('players.csv', rows.join('\n') + '\n');
  write('roster-tabs.csv', [rows[0].split(',').join('\t'), ...roster.map((r) => r.join('\t'))].join('\n') + '\n');
}

// ---------- members ----------
{
  const next = rng(287 * 7 + 1);
  const header = 'member_id,signup_date,age,tenure_months,annual_fee_usd,sessions_attended,distance_km,kids_on_roster,sibling_discount,volunteer_hours,renewed';
  const rows: string[] = [header];
  const gaps: string[] = [header];
  for (let i = 0; i < 520; i++) {
    const age = Math.round(clamp(normal(next, 24, 11), 8, 62));
    const tenure = Math.round(clamp(Math.exp(normal(next, 2.8, 0.9)), 1, 180));
    const kids = age > 30 ? Math.floor(next() * 4) : 0;
    const sibling = kids >= 2 ? 1 : 0;
    const fee = Math.round(clamp(normal(next, age < 18 ? 380 : 620, 120) * (sibling ? 0.85 : 1), 150, 1200));
    const sessions = Math.round(clamp(normal(next, 38, 18), 0, 110));
    const distance = r1(clamp(Math.exp(normal(next, 2.2, 0.8)), 0.5, 95));
    const vol = r1(clamp(Math.exp(normal(next, 1, 1.2)) - 1, 0, 120));
    const z = -0.6 + 0.045 * (sessions - 38) + 0.35 * Math.log(tenure) - 0.028 * (distance - 9) - 0.0025 * (fee - 550) + 0.3 * kids + 0.06 * vol + normal(next, 0, 0.5);
    const renewed = next() < sigmoid(2 * z) ? 1 : 0;
    const month = 1 + Math.floor(next() * 12), year = 2012 + Math.floor(next() * 12);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const cells = [`M-${4100 + i}`, date, age, tenure, fee, sessions, distance, kids, sibling, vol, renewed].map(String);
    rows.push(cells.join(','));
    const g = cells.slice();
    if (next() < 0.07) g[6] = 'NA';
    if (next() < 0.05) g[5] = '';
    if (next() < 0.03) g[2] = '?';
    gaps.push(g.join(','));
  }
  write('members.csv', rows.join('\n') + '\n');
  write('members-gaps.csv', gaps.join('\n') + '\n');
}

// ---------- gate ----------
{
  const next = rng(287 * 13 + 5);
  const header = ['game_date', 'opponent_rank', 'attendance', 'ticket_price', 'temp_c', 'rain_mm', 'rivalry', 'weekend', 'program_pages', 'concessions_usd'];
  const rows: string[][] = [];
  for (let i = 0; i < 360; i++) {
    const rank = 1 + Math.floor(next() * 20);
    const rivalry = next() < 0.15 ? 1 : 0;
    const weekend = next() < 0.6 ? 1 : 0;
    const temp = r1(normal(next, 17, 7));
    const rain = r1(next() < 0.6 ? 0 : Math.exp(normal(next, 1, 1)));
    const price = r1(clamp(normal(next, 15, 4), 6, 30));
    const attendance = Math.round(clamp(Math.exp(normal(next, 6.9, 0.45)) * (1 + 0.6 * rivalry) * (1 + 0.25 * weekend) * (1 - 0.012 * (rank - 10)) * (1 - 0.02 * rain), 120, 9000));
    const pages = 24 + 4 * Math.floor(next() * 4);
    const conc = Math.round(attendance * (4.2 + 0.08 * (temp - 17) - 0.05 * price + 0.6 * weekend) * (1 - 0.03 * rain) + normal(next, 0, 350));
    const d = new Date(Date.UTC(2019, 2, 1) + i * 4 * 86400000).toISOString().slice(0, 10);
    rows.push([d, rank, attendance, price, temp, rain, rivalry, weekend, pages, Math.max(0, conc)].map(String));
  }
  write('gate.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  write('gate-eu.csv', [header.join(';'), ...rows.map((r) => r.map((c, j) => (j === 0 ? c : c.replace('.', ','))).join(';'))].join('\n') + '\n');
  const next2 = rng(287 * 17);
  write('gate-soldout.csv', [header.join(','), ...rows.map((r) => { const c = r.slice(); if (next2() < 0.05) c[2] = 'sold out'; return c.join(','); })].join('\n') + '\n');
}
