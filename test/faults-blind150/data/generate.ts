/**
 * Writes the CSVs of blind fault set 150 (print shops and packaging plants), seeded so every run
 * gives the same files: `npx tsx test/faults-blind150/data/generate.ts`.
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

/** jobs.csv: press job log -> run hours; a copy with "NA" paper weights (MIS export gaps). */
function jobs(): void {
  const next = rng(15001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735700000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const press = 1 + Math.floor(next() * 6);
    const sheets = Math.round(clamp(Math.exp(normal(next, 8.5, 0.9)), 250, 120000));
    const ink = r1(clamp(normal(next, 38, 15), 3, 95));
    const gsm = [80, 90, 115, 135, 170, 250, 300, 350][Math.floor(next() * 8)];
    const speed = Math.round(clamp(normal(next, 12000 - 12 * gsm, 1500), 3000, 18000));
    const colors = 1 + Math.floor(next() * 6);
    const makeready = r1(clamp(normal(next, 10 + 6 * colors, 5), 5, 80));
    const hours = r2(clamp(makeready / 60 + sheets / speed * (1 + ink / 200) + normal(next, 0, 0.08), 0.1, 60));
    out.push(hours);
    const row: (string | number)[] = [`JOB-${31000 + i}`, `PR-${String(press).padStart(2, '0')}`, stamp(t), sheets, ink, gsm, speed, colors, makeready, hours];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'press_id', 'start_ts', 'sheets', 'ink_coverage_pct', 'paper_gsm', 'press_speed_sph', 'colors', 'makeready_min', 'run_hours'];
  write('jobs.csv', header, rows);
  write('jobs-na.csv', header, na);
  console.log('run hours', stats(out));
}

/** finish.csv: job features -> finish type (gloss/matte/uv/foil/rare emboss); the shift number has no effect. */
function finish(): void {
  const next = rng(15002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.34 ? 'gloss' : u < 0.62 ? 'matte' : u < 0.82 ? 'uv_spot' : u < 0.955 ? 'foil' : 'emboss';
    counts[type] = (counts[type] ?? 0) + 1;
    const gsm = Math.round(clamp(type === 'emboss' ? normal(next, 330, 40) : type === 'foil' ? normal(next, 260, 50) : type === 'uv_spot' ? normal(next, 200, 50) : normal(next, 130, 40), 60, 450));
    const ink = r1(clamp(type === 'gloss' ? normal(next, 60, 12) : type === 'matte' ? normal(next, 30, 10) : normal(next, 45, 15), 2, 98));
    const cure = Math.round(type === 'uv_spot' ? normal(next, 900, 150) : type === 'foil' ? normal(next, 120, 40) : normal(next, 20, 15));
    const dieCost = Math.round(clamp(type === 'emboss' ? normal(next, 4200, 900) : type === 'foil' ? normal(next, 1500, 400) : normal(next, 60, 80), 0, 9000));
    const qty = Math.round(clamp(Math.exp(normal(next, 7.5, 1)), 100, 80000));
    const shift = 1 + Math.floor(next() * 3);
    rows.push([`F-${77000 + i * 3}`, gsm, ink, Math.max(0, cure), dieCost, qty, shift, type]);
  }
  write('finish.csv', ['order_id', 'paper_gsm', 'ink_coverage_pct', 'uv_cure_ms', 'die_cost_eur', 'quantity', 'shift', 'finish_type'], rows);
  console.log('finish types', counts);
}

/** misreg.csv: press runs -> rare misregistration flag; the plate serial has no effect. */
function misreg(): void {
  const next = rng(15003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const humidity = r1(clamp(normal(next, 50, 10), 20, 85));
    const speed = Math.round(clamp(normal(next, 11000, 2500), 3000, 18000));
    const gsm = [80, 90, 115, 135, 170, 250, 300][Math.floor(next() * 7)];
    const colors = 1 + Math.floor(next() * 6);
    const blanket = Math.round(clamp(Math.exp(normal(next, 5.5, 0.8)), 10, 5000));
    const plate = 200000 + Math.floor(next() * 700000);
    const z = -4.6 + 0.12 * (humidity - 50) + 0.0006 * (speed - 11000) - 0.01 * (gsm - 150) + 0.5 * (colors - 3) + 0.9 * (Math.log(blanket) - 5.5);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`PR-${String(1 + (i % 6)).padStart(2, '0')}`, 1735700000 + i * 2700, humidity, speed, gsm, colors, blanket, plate, flag]);
  }
  write('misreg.csv', ['press_id', 'run_epoch', 'humidity_pct', 'press_speed_sph', 'paper_gsm', 'colors', 'blanket_hours', 'plate_serial', 'misregistration'], rows);
  console.log('misregistration', pos, '/ 1200');
}

/** revenue.csv: semicolon export with decimal commas -> job revenue in euros (skewed). */
function revenue(): void {
  const next = rng(15004);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const qty = Math.round(clamp(Math.exp(normal(next, 8, 1)), 100, 200000));
    const pages = [4, 8, 12, 16, 24, 32, 48][Math.floor(next() * 7)];
    const gsm = [90, 115, 135, 170, 250][Math.floor(next() * 5)];
    const colors = 1 + Math.floor(next() * 5);
    const rush = next() < 0.15 ? 1 : 0;
    const ppu = r2(clamp(normal(next, 0.012, 0.002), 0.005, 0.02));
    const rev = Math.round(clamp((150 + qty * pages * (0.004 + gsm / 40000) * (1 + 0.1 * colors)) * (rush ? 1.3 : 1) * Math.exp(normal(next, 0, 0.08)), 100, 5e6));
    out.push(rev);
    rows.push([`Q-${9000 + i}`, qty, pages, gsm, colors, rush, dc(ppu), rev]);
  }
  write('revenue.csv', ['quote_id', 'quantity', 'pages', 'paper_gsm', 'colors', 'rush', 'plate_eur_per_cm2', 'revenue_eur'], rows, ';');
  console.log('revenue eur', stats(out));
}

/** waste.csv: tab-separated packaging-line log -> waste sheets (makeready spoilage) and waste percent. */
function waste(): void {
  const next = rng(15005);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const colors = 1 + Math.floor(next() * 6);
    const board = Math.round(clamp(normal(next, 400, 80), 200, 650));
    const speed = Math.round(clamp(normal(next, 7000, 1500), 2500, 12000));
    const crewYears = r1(clamp(normal(next, 8, 4), 0.5, 30));
    const coating = next() < 0.4 ? 1 : 0;
    const runLen = Math.round(clamp(Math.exp(normal(next, 9, 0.7)), 1000, 200000));
    const ws = Math.round(clamp(80 + 45 * colors + 0.25 * board + 0.01 * speed - 6 * crewYears + 60 * coating + normal(next, 0, 15), 20, 2000));
    out.push(ws);
    rows.push([`LN${(i % 4) + 1}-${60000 + i}`, colors, board, speed, crewYears, coating, runLen, ws, r2(100 * ws / runLen)]);
  }
  write('waste.csv', ['run_id', 'colors', 'board_gsm', 'line_speed_sph', 'crew_years', 'coating', 'run_length', 'waste_sheets', 'waste_pct'], rows, '\t');
  console.log('waste sheets', stats(out));
}

jobs();
finish();
misreg();
revenue();
waste();
