/**
 * Writes the CSVs of blind fault set 106 (printing presses and print shops), seeded so every run gives
 * the same files: `npx tsx test/faults-blind106/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** pressruns.csv: sheetfed offset press runs: a rare paper jam flag; plus a copy with empty humidity cells (sensor dropouts). */
function pressruns(): void {
  const next = rng(10601);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  const presses = ['HDB-SM74', 'HDB-XL106', 'KBA-RAP', 'KOM-LS40'];
  let jams = 0;
  for (let i = 0; i < 900; i++) {
    const ts = 1709251200 + i * 5400 + Math.floor(next() * 3000);
    const speed = Math.round(clamp(normal(next, 11000, 2500), 4000, 18000));
    const gsm = [70, 80, 90, 115, 135, 170, 250, 300, 350][Math.floor(next() * 9)];
    const humidity = r1(clamp(normal(next, 50, 10), 25, 80));
    const coverage = r1(clamp(normal(next, 120, 60), 10, 320));
    const blanketHours = r1(Math.exp(normal(next, 4, 1)));
    const operatorYears = r1(clamp(Math.exp(normal(next, 1.6, 0.8)), 0.2, 35));
    const z = -3.4 + 1.5 * (speed - 11000) / 2500 + 1.3 * (Math.abs(gsm - 150) / 90) + 0.9 * (humidity - 50) / 10 - 0.7 * Math.log(operatorYears + 1) + normal(next, 0, 0.3);
    const jam = next() < sigmoid(z * 1.6) ? 1 : 0;
    jams += jam;
    const row: (string | number)[] = [`PR-${100000 + i}`, presses[i % 4], isoDay(ts), ts, speed, gsm, humidity, coverage, blanketHours, operatorYears, jam];
    rows.push(row);
    const b = [...row];
    if (i % 37 === 11) b[6] = '';
    blank.push(b);
  }
  const header = ['run_id', 'press', 'date', 'start_ts', 'sheets_per_hour', 'paper_gsm', 'humidity_pct', 'ink_coverage_pct', 'blanket_hours', 'operator_years', 'paper_jam'];
  write('pressruns.csv', header, rows);
  write('pressruns-blank.csv', header, blank);
  console.log('jams', jams, 'of 900');
}

/** jobs.csv: print shop job quotes in cents (skewed), plus makeready minutes; a copy with "NA" quantities. */
function jobs(): void {
  const next = rng(10602);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const quotes: number[] = [];
  const mk: number[] = [];
  for (let i = 0; i < 800; i++) {
    const ts = 1711929600 + i * 7200 + Math.floor(next() * 7000);
    const due = ts + Math.floor((1 + Math.exp(normal(next, 1.5, 0.7))) * 86400);
    const qty = Math.round(clamp(Math.exp(normal(next, 7, 1.4)), 50, 250000));
    const pages = [1, 2, 4, 8, 16, 32, 64][Math.floor(next() * 7)];
    const colors = [1, 2, 4, 4, 4, 5, 6][Math.floor(next() * 7)];
    const gsm = [80, 90, 115, 135, 170, 250, 300][Math.floor(next() * 7)];
    const rush = next() < 0.12 ? 1 : 0;
    const plates = colors * Math.ceil(pages / 8) * (next() < 0.5 ? 2 : 1);
    const makeready = Math.round(clamp(8 * plates + 12 + 10 * rush + normal(next, 0, 4), 5, 400));
    const paperCost = qty * pages * gsm * 0.0009;
    const quote = Math.round((4500 + 1800 * plates + paperCost * 100 * 0.35 + qty * pages * colors * 0.9) * (rush ? 1.35 : 1) * Math.exp(normal(next, 0, 0.06)));
    quotes.push(quote);
    mk.push(makeready);
    const row: (string | number)[] = [`J${24000 + i}`, isoDay(ts), isoDay(due), qty, pages, colors, gsm, rush, plates, makeready, quote];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 5) n[3] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'order_date', 'due_date', 'quantity', 'pages', 'colors', 'paper_gsm', 'rush', 'plates', 'makeready_min', 'quote_cents'];
  write('jobs.csv', header, rows);
  write('jobs-na.csv', header, na);
  console.log('quote_cents', med(quotes), 'makeready', med(mk));
}

/** finishes.csv: finishing-line tickets: finish type (matte / gloss / soft-touch / uv-spot / a rare foil). */
function finishes(): void {
  const next = rng(10603);
  const rows: (string | number)[][] = [];
  const names = ['matte', 'gloss', 'soft_touch', 'uv_spot', 'foil'];
  const weights = [0.34, 0.3, 0.16, 0.15, 0.05];
  const counts = [0, 0, 0, 0, 0];
  // per class: sheen gloss units, coating g/m2, cure seconds, laminate micron, unit cost cents
  const proto = [
    [8, 4, 0, 24, 3], [75, 5, 0, 24, 3], [4, 6, 0, 30, 7], [60, 2, 4, 0, 6], [85, 0.5, 1, 0, 18],
  ];
  for (let i = 0; i < 750; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k];
    const sheen = r1(clamp(normal(next, p[0], 9), 0, 100));
    const coat = r2(clamp(normal(next, p[1], 1.2), 0, 12));
    const cure = r1(clamp(normal(next, p[2], 1), 0, 8));
    const micron = r1(clamp(normal(next, p[3], 5), 0, 45));
    const cost = r1(clamp(normal(next, p[4], 1.5), 0.5, 30));
    const gsm = [115, 135, 170, 250, 300, 350][Math.floor(next() * 6)];
    const sheets = Math.round(clamp(Math.exp(normal(next, 7.5, 1.2)), 100, 60000));
    let label = k;
    if (next() < 0.03) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([`F-${7000 + i}`, gsm, sheets, sheen, coat, cure, micron, cost, names[label]]);
  }
  write('finishes.csv', ['ticket', 'paper_gsm', 'sheets', 'sheen_gu', 'coating_gsm', 'uv_cure_s', 'laminate_micron', 'unit_cost_cents', 'finish'], rows);
  console.log('finishes', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** dotgain.csv: newspaper web press readings, a semicolon export with decimal commas: dot gain percent. */
function dotgain(): void {
  const next = rng(10604);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const fmt = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 600; i++) {
    const rph = Math.round(clamp(normal(next, 55000, 12000), 20000, 85000));
    const inkTemp = r1(clamp(normal(next, 28, 3), 20, 38));
    const ph = r2(clamp(normal(next, 4.8, 0.3), 3.9, 5.8));
    const lpi = [85, 100, 100, 120][Math.floor(next() * 4)];
    const blanket = Math.round(Math.exp(normal(next, 5, 0.9)));
    const density = r2(clamp(normal(next, 1.0, 0.08), 0.75, 1.25));
    const gain = r1(clamp(14 + 0.00009 * (rph - 55000) + 0.6 * (inkTemp - 28) - 3 * (ph - 4.8) + 0.08 * (lpi - 100) + 1.2 * Math.log(blanket / 150 + 1) + 18 * (density - 1) + normal(next, 0, 0.8), 4, 40));
    out.push(gain);
    rows.push([`WEB-${i % 3 + 1}`, rph, fmt(inkTemp), fmt(ph), lpi, blanket, fmt(density), fmt(gain)]);
  }
  write('dotgain.csv', ['tower', 'impressions_per_hour', 'ink_temp_c', 'fountain_ph', 'screen_lpi', 'blanket_hours', 'solid_density', 'dot_gain_pct'], rows, ';');
  console.log('dot gain', med(out));
}

/** binding.csv: a perfect-binding line, minutes per batch of books. */
function binding(): void {
  const next = rng(10605);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 500; i++) {
    const books = Math.round(clamp(Math.exp(normal(next, 6, 0.9)), 50, 5000));
    const spine = r1(clamp(normal(next, 12, 5), 2, 40));
    const glueTemp = Math.round(clamp(normal(next, 170, 8), 140, 200));
    const coverGsm = [200, 250, 300, 350][Math.floor(next() * 4)];
    const trim = next() < 0.4 ? 1 : 0;
    const minutes = r1(clamp(15 + books / (22 - spine * 0.25) * (1 + 0.3 * trim) + 0.1 * Math.abs(glueTemp - 170) + normal(next, 0, 4), 10, 900));
    out.push(minutes);
    rows.push([`B${3000 + i}`, books, spine, glueTemp, coverGsm, trim, minutes]);
  }
  write('binding.csv', ['batch', 'books', 'spine_mm', 'glue_temp_c', 'cover_gsm', 'three_knife_trim', 'minutes'], rows);
  console.log('binding minutes', med(out));
}

pressruns();
jobs();
finishes();
dotgain();
binding();
