/**
 * Writes the CSVs of test/faults-blind46 (theme: games, sports and simulations), seeded so every run
 * gives the same files: `npx tsx test/faults-blind46/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

// ---------- tic-tac-toe (exhaustive) ----------
const LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
function winner(b: number[]): number {
  for (const [a, c, d] of LINES) if (b[a] !== 0 && b[a] === b[c] && b[a] === b[d]) return b[a];
  return 0;
}
const terminal = new Map<string, number[]>();
const toMove = new Map<string, number[]>(); // non-terminal positions with X (=1) to move
function play(b: number[], player: number): void {
  const w = winner(b);
  const full = b.every((c) => c !== 0);
  if (w !== 0 || full) { terminal.set(b.join(','), b.slice()); return; }
  if (player === 1) toMove.set(b.join(','), b.slice());
  for (let i = 0; i < 9; i++) if (b[i] === 0) { b[i] = player; play(b, -player); b[i] = 0; }
}
play(new Array(9).fill(0), 1);
const memo = new Map<string, number>();
function value(b: number[], player: number): number { // minimax value for X (+1 win, 0 draw, -1 loss)
  const key = b.join(',') + player;
  if (memo.has(key)) return memo.get(key)!;
  const w = winner(b);
  let v: number;
  if (w !== 0) v = w;
  else if (b.every((c) => c !== 0)) v = 0;
  else {
    v = player === 1 ? -2 : 2;
    for (let i = 0; i < 9; i++) if (b[i] === 0) {
      b[i] = player; const c = value(b, -player); b[i] = 0;
      v = player === 1 ? Math.max(v, c) : Math.min(v, c);
    }
  }
  memo.set(key, v);
  return v;
}
{
  const rows: (string | number)[][] = [];
  for (const b of terminal.values()) {
    const w = winner(b);
    const outcome = w === 1 ? 'x_win' : w === -1 ? 'o_win' : 'draw';
    rows.push([...b, outcome, w === 1 ? 1 : 0, w === -1 ? 1 : 0, w === 0 ? 1 : 0]);
  }
  write('tictactoe.csv', ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'outcome', 'x_win', 'o_win', 'draw'], rows);
  const moves: (string | number)[][] = [];
  for (const b of toMove.values()) {
    let best = -1, bestV = -3;
    for (let i = 0; i < 9; i++) if (b[i] === 0) {
      b[i] = 1; const v = value(b, -1); b[i] = 0;
      if (v > bestV) { bestV = v; best = i; }
    }
    moves.push([...b, best, value(b, 1)]);
  }
  write('ttt-moves.csv', ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'best_move', 'value'], moves);
}

// ---------- connect-four style 4x5 boards from the mover's view ----------
{
  const next = rng(4601);
  const R = 4, C = 5;
  const at = (b: number[], r: number, c: number) => (r >= 0 && r < R && c >= 0 && c < C ? b[r * C + c] : 9);
  function fours(b: number[], p: number): boolean {
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) {
      for (const [dr, dc] of [[0, 1], [1, 0], [1, 1], [1, -1]]) {
        let k = 0;
        while (k < 4 && at(b, r + dr * k, c + dc * k) === p) k++;
        if (k === 4) return true;
      }
    }
    return false;
  }
  function drop(b: number[], c: number, p: number): number { // returns row or -1; row 0 is the bottom
    for (let r = 0; r < R; r++) if (b[r * C + c] === 0) { b[r * C + c] = p; return r; }
    return -1;
  }
  const rows: number[][] = [];
  while (rows.length < 3000) {
    const b = new Array(R * C).fill(0);
    const k = 5 + Math.floor(next() * 11);
    let p = 1, ok = true;
    for (let m = 0; m < k; m++) {
      const open = [...Array(C).keys()].filter((c) => b[(R - 1) * C + c] === 0);
      if (!open.length) { ok = false; break; }
      drop(b, open[Math.floor(next() * open.length)], p);
      if (fours(b, p)) { ok = false; break; }
      p = -p;
    }
    if (!ok) continue;
    // mover is p: express the board as +1 own, -1 opponent
    const view = b.map((v) => v * p);
    let wins = 0;
    for (let c = 0; c < C; c++) {
      const t = view.slice();
      if (drop(t, c, 1) >= 0 && fours(t, 1)) wins++;
    }
    let blocks = 0;
    for (let c = 0; c < C; c++) {
      const t = view.slice();
      if (drop(t, c, -1) >= 0 && fours(t, -1)) blocks++;
    }
    rows.push([...view, wins > 0 ? 1 : 0, wins, blocks]);
  }
  const header = [] as string[];
  for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) header.push(`r${r}c${c}`);
  write('connect4.csv', [...header, 'can_win', 'winning_moves', 'threats_against'], rows);
}

// ---------- blackjack: stand on the hand, dealer hits to 17 ----------
{
  const next = rng(4602);
  const card = () => Math.min(10, 1 + Math.floor(next() * 13));
  function dealer(up: number): number {
    let total = up, aces = up === 1 ? 1 : 0;
    for (;;) {
      let soft = aces > 0 && total + 10 <= 21 ? total + 10 : total;
      if (soft >= 17) return soft;
      const c = card(); total += c; if (c === 1) aces++;
      soft = aces > 0 && total + 10 <= 21 ? total + 10 : total;
      if (total > 21) return total;
    }
  }
  const rows: number[][] = [];
  while (rows.length < 1600) {
    const n = 2 + Math.floor(next() * 3);
    let total = 0, aces = 0;
    for (let i = 0; i < n; i++) { const c = card(); total += c; if (c === 1) aces++; }
    const usable = aces > 0 && total + 10 <= 21 ? 1 : 0;
    const best = usable ? total + 10 : total;
    if (best < 12 || best > 21) continue;
    const up = card();
    let score = 0;
    const sims = 60;
    for (let s = 0; s < sims; s++) {
      const d = dealer(up);
      score += d > 21 || best > d ? 1 : best === d ? 0.5 : 0;
    }
    const d = dealer(up);
    const won = d > 21 || best > d ? 1 : 0;
    rows.push([best, up, usable, n, r3(score / sims), won]);
  }
  write('blackjack.csv', ['player_total', 'dealer_up', 'usable_ace', 'n_cards', 'win_prob', 'won'], rows);
}

// ---------- risk-style dice battles, Monte Carlo win probability ----------
{
  const next = rng(4603);
  const die = () => 1 + Math.floor(next() * 6);
  function battle(att: number, def: number): number {
    while (att > 1 && def > 0) {
      const a = Array.from({ length: Math.min(3, att - 1) }, die).sort((x, y) => y - x);
      const d = Array.from({ length: Math.min(2, def) }, die).sort((x, y) => y - x);
      for (let i = 0; i < Math.min(a.length, d.length); i++) { if (a[i] > d[i]) def--; else att--; }
    }
    return def === 0 ? 1 : 0;
  }
  const rows: number[][] = [];
  for (let i = 0; i < 1200; i++) {
    const att = 2 + Math.floor(next() * 24), def = 1 + Math.floor(next() * 20);
    let wins = 0;
    const sims = 40;
    for (let s = 0; s < sims; s++) wins += battle(att, def);
    rows.push([att, def, att - def, r3(wins / sims), battle(att, def)]);
  }
  write('risk.csv', ['attackers', 'defenders', 'army_diff', 'p_conquer', 'conquered'], rows);
}

// ---------- chess material + ratings -> result ----------
{
  const next = rng(4604);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 2400; i++) {
    const pieces = (max: number, p: number) => { let k = 0; for (let j = 0; j < max; j++) if (next() < p) k++; return k; };
    const phase = 0.3 + next() * 0.7;
    const w = [pieces(8, phase), pieces(2, phase), pieces(2, phase), pieces(2, phase), pieces(1, phase)];
    const b = [pieces(8, phase), pieces(2, phase), pieces(2, phase), pieces(2, phase), pieces(1, phase)];
    const val = [1, 3, 3.25, 5, 9];
    const mat = w.reduce((s, k, j) => s + k * val[j], 0) - b.reduce((s, k, j) => s + k * val[j], 0);
    const ew = Math.round(1200 + next() * 1400), eb = Math.round(clamp(ew + normal(next, 0, 180), 1000, 2800));
    const move = next() < 0.5 ? 1 : -1;
    const z = 0.45 * mat + (ew - eb) / 220 + 0.15 * move + normal(next, 0, 0.8);
    const drawBand = 0.6 + (ew + eb) / 2 / 2000;
    const result = z > drawBand ? 'white' : z < -drawBand ? 'black' : 'draw';
    rows.push([...w, ...b, move, ew, eb, result, result === 'white' ? 1 : result === 'draw' ? 0.5 : 0]);
  }
  write('chess.csv', ['wp', 'wn', 'wb', 'wr', 'wq', 'bp', 'bn', 'bb', 'br', 'bq', 'to_move', 'elo_white', 'elo_black', 'result', 'score'], rows);
}

// ---------- football matches from ratings ----------
function poisson(next: () => number, lambda: number): number {
  const L = Math.exp(-lambda); let k = 0, p = 1;
  do { k++; p *= next(); } while (p > L);
  return k - 1;
}
{
  const next = rng(4605);
  const rows: (string | number)[][] = [];
  const gaps: (string | number)[][] = [];
  for (let i = 0; i < 3000; i++) {
    const eh = Math.round(1450 + next() * 550), ea = Math.round(1450 + next() * 550);
    const home = next() < 0.92 ? 1 : 0;
    const restH = 2 + Math.floor(next() * 6), restA = 2 + Math.floor(next() * 6);
    const xgH = r2(clamp(1.35 + (eh - 1725) / 400 + normal(next, 0, 0.25), 0.3, 3.2));
    const xgA = r2(clamp(1.35 + (ea - 1725) / 400 + normal(next, 0, 0.25), 0.3, 3.2));
    const diff = eh - ea + (home ? 65 : 0);
    const lh = Math.exp(0.28 + diff / 900 + 0.25 * (xgH - 1.35) + 0.02 * (restH - restA));
    const la = Math.exp(0.05 - diff / 900 + 0.25 * (xgA - 1.35));
    const gh = poisson(next, lh), ga = poisson(next, la);
    const result = gh > ga ? 'home' : gh < ga ? 'away' : 'draw';
    const row = [eh, ea, eh - ea, home, restH, restA, xgH, xgA, gh, ga, gh - ga, result, gh > ga ? 1 : 0];
    rows.push(row);
    const g = row.slice();
    if (next() < 0.06) g[6] = 'NA';
    if (next() < 0.04) g[7] = '';
    gaps.push(g);
  }
  const header = ['elo_home', 'elo_away', 'elo_diff', 'home_adv', 'rest_home', 'rest_away', 'xg_home_avg', 'xg_away_avg', 'home_goals', 'away_goals', 'goal_diff', 'result', 'home_win'];
  write('matches.csv', header, rows);
  write('matches-scraped.csv', header, gaps.slice(0, 900));
}

// ---------- basketball player points ----------
{
  const next = rng(4606);
  const rows: number[][] = [];
  const mmss: (string | number)[][] = [];
  for (let i = 0; i < 2000; i++) {
    const minutes = r2(clamp(normal(next, 26, 8), 4, 44));
    const past = r2(clamp(normal(next, 12, 6), 1, 34));
    const usage = r3(clamp(normal(next, 0.2, 0.05), 0.08, 0.38));
    const age = Math.round(clamp(normal(next, 27, 4), 19, 39));
    const home = next() < 0.5 ? 1 : 0;
    const oppDef = r2(104 + next() * 14);
    const rate = (0.55 * past / 30 + 0.5 * usage) * (1 - 0.012 * Math.max(0, age - 31));
    const pts = Math.max(0, minutes * rate * (1 + 0.03 * home) * (1 - (oppDef - 111) / 60) + normal(next, 0, 3.5));
    rows.push([minutes, past, usage, age, home, oppDef, r2(pts)]);
    const m = Math.floor(minutes), s = Math.round((minutes - m) * 60) % 60;
    mmss.push([`${m}:${String(s).padStart(2, '0')}`, past, usage, age, home, oppDef, r2(pts)]);
  }
  const header = ['minutes', 'past_avg', 'usage', 'age', 'home', 'opp_def_rating', 'points'];
  write('players.csv', header, rows);
  write('players-boxscore.csv', header, mmss.slice(0, 600));
}

// ---------- racing game lap time from car setup ----------
{
  const next = rng(4607);
  const rows: number[][] = [];
  for (let i = 0; i < 900; i++) {
    const wing = r2(next() * 14), psi = r2(18 + next() * 10), gear = r3(3.2 + next() * 1.2);
    const fuel = Math.round(5 + next() * 105), ride = Math.round(20 + next() * 50), compound = Math.floor(next() * 3);
    const temp = Math.round(15 + next() * 30);
    const optPsi = 24 - (temp - 30) * 0.08;
    const grip = [0, 0.6, 1.1][compound] + (compound === 0 ? 0.025 * Math.max(0, temp - 32) * 3 : 0);
    const lap = 84 + 0.055 * (wing - 7.5) ** 2 + 0.09 * (psi - optPsi) ** 2 + 6 * (gear - 3.8) ** 2 + 0.033 * fuel +
      0.0025 * (ride - 38) ** 2 + grip + normal(next, 0, 0.25);
    rows.push([wing, psi, gear, fuel, ride, compound, temp, r3(lap)]);
  }
  write('laptimes.csv', ['wing_deg', 'tire_psi', 'final_drive', 'fuel_kg', 'ride_height_mm', 'compound', 'track_temp', 'lap_s'], rows);
}

// ---------- cellular automata (exhaustive) ----------
{
  const rows: number[][] = [];
  for (let m = 0; m < 512; m++) {
    const cells = Array.from({ length: 9 }, (_, k) => (m >> k) & 1);
    const n = cells.reduce((s, c) => s + c, 0) - cells[4];
    const nextState = cells[4] ? (n === 2 || n === 3 ? 1 : 0) : n === 3 ? 1 : 0;
    rows.push([...cells, n, nextState]);
  }
  write('life.csv', ['nw', 'n', 'ne', 'w', 'center', 'e', 'sw', 's', 'se', 'neighbours', 'next'], rows);
  const eca: number[][] = [];
  for (let m = 0; m < 32; m++) {
    const cells = Array.from({ length: 5 }, (_, k) => (m >> (4 - k)) & 1);
    // a 5-cell totalistic rule: alive next if 2 or 4 of the 5 are alive
    const sum = cells.reduce((s, c) => s + c, 0);
    eca.push([...cells, sum === 2 || sum === 4 ? 1 : 0]);
  }
  write('ca5.csv', ['l2', 'l1', 'c', 'r1', 'r2', 'next'], eca);
}

// ---------- queue simulation: mean wait from parameters ----------
{
  const next = rng(4608);
  const expo = (rate: number) => -Math.log(Math.max(next(), 1e-12)) / rate;
  const rows: number[][] = [];
  while (rows.length < 1000) {
    const servers = 1 + Math.floor(next() * 4);
    const mu = r2(0.5 + next() * 2.5), lambda = r2(0.3 + next() * 6);
    const rho = lambda / (servers * mu);
    if (rho > 0.93 || rho < 0.1) continue;
    const free = new Array(servers).fill(0);
    let t = 0, wait = 0;
    const customers = 400;
    for (let c = 0; c < customers; c++) {
      t += expo(lambda);
      free.sort((a, b) => a - b);
      const start = Math.max(t, free[0]);
      wait += start - t;
      free[0] = start + expo(mu);
    }
    rows.push([r2(lambda), mu, servers, r3(rho), r3(wait / customers)]);
  }
  write('queue.csv', ['arrival_rate', 'service_rate', 'servers', 'utilisation', 'mean_wait_min'], rows);
}

// ---------- gambler's ruin random walk ----------
{
  const next = rng(4609);
  const rows: number[][] = [];
  for (let i = 0; i < 1000; i++) {
    const start = 1 + Math.floor(next() * 15), goal = start + 1 + Math.floor(next() * 20);
    const p = r3(0.42 + next() * 0.16);
    let reached = 0, steps = 0;
    const walks = 50;
    for (let w = 0; w < walks; w++) {
      let x = start;
      while (x > 0 && x < goal) { x += next() < p ? 1 : -1; steps++; }
      if (x >= goal) reached++;
    }
    rows.push([start, goal, p, r3(reached / walks), r2(steps / walks)]);
  }
  write('ruin.csv', ['start', 'goal', 'p_step', 'p_reach', 'mean_steps'], rows);
}

// ---------- tennis: point-by-point simulation of best-of-three matches ----------
{
  const next = rng(4610);
  function game(p: number): boolean { // server wins the game?
    let a = 0, b = 0;
    for (;;) {
      if (next() < p) a++; else b++;
      if (a >= 4 && a - b >= 2) return true;
      if (b >= 4 && b - a >= 2) return false;
    }
  }
  function tiebreak(pa: number, pb: number): boolean {
    let a = 0, b = 0, k = 0;
    for (;;) {
      const aServes = Math.floor((k + 1) / 2) % 2 === 0;
      const won = aServes ? next() < pa : next() >= pb;
      if (won) a++; else b++;
      k++;
      if (a >= 7 && a - b >= 2) return true;
      if (b >= 7 && b - a >= 2) return false;
    }
  }
  const rows: number[][] = [];
  for (let i = 0; i < 1500; i++) {
    const skillA = normal(next, 0, 1), skillB = normal(next, 0, 1);
    const surface = Math.floor(next() * 3);
    const pa = clamp(0.63 + 0.035 * skillA + (surface === 2 ? 0.02 : 0), 0.5, 0.8);
    const pb = clamp(0.63 + 0.035 * skillB + (surface === 2 ? 0.02 : 0), 0.5, 0.8);
    let setsA = 0, setsB = 0, gamesA = 0, gamesB = 0, aServes = next() < 0.5;
    while (setsA < 2 && setsB < 2) {
      let ga = 0, gb = 0;
      for (;;) {
        if (ga === 6 && gb === 6) { if (tiebreak(pa, pb)) ga++; else gb++; break; }
        const won = aServes ? game(pa) : !game(pb);
        if (won) ga++; else gb++;
        aServes = !aServes;
        if ((ga >= 6 || gb >= 6) && Math.abs(ga - gb) >= 2) break;
        if (ga === 7 || gb === 7) break;
      }
      gamesA += ga; gamesB += gb;
      if (ga > gb) setsA++; else setsB++;
    }
    const rank = (skill: number) => Math.max(1, Math.round(Math.exp(4 - 0.9 * skill + normal(next, 0, 0.4))));
    rows.push([r3(pa + normal(next, 0, 0.012)), r3(pb + normal(next, 0, 0.012)), rank(skillA), rank(skillB), surface, setsA > setsB ? 1 : 0, gamesA - gamesB]);
  }
  write('tennis.csv', ['serve_won_a', 'serve_won_b', 'rank_a', 'rank_b', 'surface', 'a_won', 'games_diff'], rows);
}
