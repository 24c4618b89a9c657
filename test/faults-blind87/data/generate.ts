/**
 * Writes the CSVs of the eighty-seventh blind fault set (video games, esports and game studios),
 * seeded so every run gives the same files: `npx tsx test/faults-blind87/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** players.csv: live-ops player snapshot: next week's minutes played and a churn flag (rare). */
function players(): void {
  const next = rng(8701);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let churners = 0;
  for (let i = 0; i < 720; i++) {
    const id = `P-${String(100000 + i * 13)}`;
    const install = 1640995200 + Math.floor(next() * 2 * 365 * 86400);
    const platform = 1 + Math.floor(next() * 3);
    const level = Math.round(clamp(Math.exp(normal(next, 2.8, 0.8)), 1, 100));
    const sessions = Math.round(clamp(normal(next, 8, 5), 0, 40));
    const avgSec = Math.round(clamp(Math.exp(normal(next, 7.2, 0.6)), 60, 14400));
    const spend = next() < 0.78 ? 0 : r2(clamp(Math.exp(normal(next, 3, 1.8)), 0.99, 25000));
    const friends = Math.round(clamp(Math.exp(normal(next, 2, 1.1)) - 1, 0, 200));
    const guild = next() < 0.4 ? 1 : 0;
    const idle = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 6, 0, 60));
    const minutes = Math.round(clamp(sessions * (avgSec / 60) * 0.8 * Math.exp(-idle / 12) + 40 * guild + 0.6 * friends
      + 2 * level + normal(next, 0, 25), 0, 5000));
    const latent = -0.6 + 0.16 * idle - 0.22 * sessions - 1.0 * guild - 0.35 * Math.log1p(spend) - 0.015 * level + normal(next, 0, 0.35);
    const churned = latent > 0 ? 1 : 0;
    churners += churned;
    const row = [id, install, platform, level, sessions, avgSec, spend, friends, guild, idle, minutes, churned];
    rows.push(row);
    const na = [...row];
    if (spend === 0 && i % 23 === 5) na[6] = 'NA';
    naRows.push(na);
  }
  const header = ['player_id', 'install_ts', 'platform_id', 'level', 'sessions_7d', 'avg_session_sec', 'spend_usd', 'friends', 'guild_member', 'days_since_login', 'minutes_next_week', 'churned'];
  write('players.csv', header, rows);
  write('players-export-na.csv', header, naRows);
  console.log(`players churned ${churners}/720`);
}

/** matches.csv: ranked esports matches from the blue side's view: stats at 15 minutes and the result. */
function matches(): void {
  const next = rng(8702);
  const rows: (string | number)[][] = [];
  let wins = 0;
  for (let i = 0; i < 900; i++) {
    const start = 1704067200 + Math.floor(next() * 180 * 86400);
    const ping = Math.round(clamp(Math.exp(normal(next, 3.9, 0.5)), 12, 250));
    const goldDiff = Math.round(normal(next, 0, 2800));
    const kills = Math.round(clamp(normal(next, 8 + goldDiff / 900, 3.5), 0, 40));
    const deaths = Math.round(clamp(normal(next, 8 - goldDiff / 900, 3.5), 0, 40));
    const assists = Math.round(clamp(kills * (1.2 + next()), 0, 90));
    const towers = Math.round(clamp(normal(next, 2 + goldDiff / 2500, 1.4), 0, 9));
    const dragons = Math.round(clamp(normal(next, 1 + goldDiff / 4000, 0.9), 0, 4));
    const duration = Math.round(clamp(normal(next, 1850, 320), 900, 3200));
    const z = 0.0007 * goldDiff + 0.35 * (towers - 2) + 0.08 * (kills - deaths) + 0.45 * (dragons - 1) - 0.006 * (ping - 50);
    const win = z + normal(next, 0, 0.6) > 0 ? 1 : 0;
    wins += win;
    rows.push([`EUW-${7000000 + i * 31}`, start, 14, ping, kills, deaths, assists, goldDiff, towers, dragons, duration, win]);
  }
  write('matches.csv', ['match_id', 'start_ts', 'season', 'avg_ping_ms', 'kills_15', 'deaths_15', 'assists_15', 'gold_diff_15', 'towers_15', 'dragons_15', 'duration_sec', 'blue_win'], rows);
  console.log(`matches blue wins ${wins}/900`);
}

/** heroes.csv: per-game stat lines and the role played (4 classes, jungler rare). */
function heroes(): void {
  const next = rng(8703);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  // role: [damage/min, healing/min, damage taken/min, gold/min, wards, cs/min]
  const profile: Record<string, number[]> = {
    carry: [820, 40, 620, 520, 8, 7.5],
    support: [380, 420, 700, 300, 34, 1.2],
    tank: [450, 90, 1350, 380, 14, 4.0],
    jungler: [640, 120, 900, 440, 18, 5.5],
  };
  for (let i = 0; i < 640; i++) {
    const u = next();
    const role = u < 0.41 ? 'carry' : u < 0.70 ? 'support' : u < 0.92 ? 'tank' : 'jungler';
    const p = profile[role];
    const dmg = Math.round(clamp(normal(next, p[0], 150), 80, 2000));
    const heal = Math.round(clamp(normal(next, p[1], 90), 0, 1200));
    const taken = Math.round(clamp(normal(next, p[2], 200), 150, 2600));
    const gold = Math.round(clamp(normal(next, p[3], 70), 150, 900));
    const wards = Math.round(clamp(normal(next, p[4], 6), 0, 70));
    const cs = r1(clamp(normal(next, p[5], 1.3), 0, 12));
    const mmr = Math.round(clamp(normal(next, 1900, 450), 800, 3400));
    const gamesOnHero = Math.round(clamp(Math.exp(normal(next, 3, 1.3)), 1, 2500));
    counts[role] = (counts[role] ?? 0) + 1;
    rows.push([`G${880000 + i}`, 1 + Math.floor(next() * 120), mmr, gamesOnHero, dmg, heal, taken, gold, wards, cs, role]);
  }
  write('heroes.csv', ['game_id', 'hero_id', 'player_mmr', 'games_on_hero', 'damage_per_min', 'healing_per_min', 'damage_taken_per_min', 'gold_per_min', 'wards_placed', 'cs_per_min', 'role'], rows);
  console.log('roles', JSON.stringify(counts));
}

/** servers.csv: game-server hours: load, distance and packet loss -> average ping in ms. */
function servers(): void {
  const next = rng(8704);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const region = 1 + (i % 7);
    const hour = 1711929600 + Math.floor(i / 7) * 3600;
    const ccu = Math.round(clamp(Math.exp(normal(next, 8.5, 1.3)), 200, 120000));
    const tick = [20, 64, 128][Math.floor(next() * 3)];
    const cpu = r1(clamp(30 + 9 * Math.log(ccu / 1000) + tick / 8 + normal(next, 0, 8), 5, 99));
    const loss = r2(clamp(Math.exp(normal(next, -1, 0.9)), 0, 6));
    const km = Math.round(clamp(Math.exp(normal(next, 6.5, 1.1)), 30, 9500));
    const ping = r1(clamp(9 + 0.021 * km + 18 * loss + 0.9 * Math.max(0, cpu - 70) + 60 / tick + normal(next, 0, 4), 5, 500));
    rows.push([region, hour, ccu, tick, cpu, loss, km, ping]);
  }
  write('servers.csv', ['region_id', 'hour_ts', 'concurrent_players', 'tick_rate', 'cpu_pct', 'packet_loss_pct', 'distance_km', 'avg_ping_ms'], rows);
}

/** store.csv: in-game store offers: price in gems, discount, impressions -> conversion percent and a 3-level tier (hits rare). */
function store(): void {
  const next = rng(8705);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 520; i++) {
    const launch = 1688169600 + Math.floor(next() * 300 * 86400);
    const price = Math.round(clamp(Math.exp(normal(next, 6.4, 1.1)), 50, 10000));
    const discount = next() < 0.55 ? 0 : Math.round(clamp(normal(next, 35, 15), 5, 75));
    const items = 1 + Math.floor(next() * next() * 12);
    const limited = next() < 0.3 ? 1 : 0;
    const featured = next() < 0.2 ? 1 : 0;
    const impressions = Math.round(clamp(Math.exp(normal(next, 10.5, 1.4)), 2000, 2000000));
    const conv = clamp(3.2 - 1.1 * Math.log(price / 600) + 0.045 * discount + 1.3 * featured + 0.8 * limited + 0.12 * (items - 3) + normal(next, 0, 0.35), 0.05, 15);
    const purchases = Math.round(impressions * conv / 100);
    const revenue = purchases * price;
    const tier = conv > 7 ? 'hit' : conv > 2.7 ? 'steady' : 'flop';
    counts[tier] = (counts[tier] ?? 0) + 1;
    rows.push([`SKU-${40000 + i * 3}`, launch, price, discount, items, limited, featured, impressions, purchases, revenue, r2(conv), tier]);
  }
  write('store.csv', ['offer_id', 'launch_ts', 'price_gems', 'discount_pct', 'bundle_items', 'limited_time', 'featured', 'impressions', 'purchases', 'revenue_gems', 'conversion_pct', 'tier'], rows);
  console.log('tiers', JSON.stringify(counts));
}

players();
matches();
heroes();
servers();
store();
