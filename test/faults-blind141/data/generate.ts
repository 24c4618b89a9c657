/**
 * Writes the CSVs of blind fault set 141 (glassworks and bottle plants), seeded so every run gives
 * the same files: `npx tsx test/faults-blind141/data/generate.ts`.
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

/** furnace.csv: furnace and forming log -> energy kWh per tonne; a copy with "NA" furnace temperatures (historian gaps). */
function furnace(): void {
  const next = rng(14101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1714521600;
  for (let i = 0; i < 960; i++) {
    t += 1800 + Math.floor(next() * 1800);
    const mould = 1 + Math.floor(next() * 24);
    const c = r1(clamp(normal(next, 1520, 25), 1440, 1600));
    const cullet = r1(clamp(normal(next, 45, 15), 5, 90));
    const pull = r1(clamp(normal(next, 280, 40), 150, 400));
    const gob = r1(clamp(normal(next, 380, 60), 180, 650));
    const bpm = Math.round(clamp(normal(next, 420, 60), 250, 600));
    const crown = r1(clamp(normal(next, 1580, 20), 1520, 1650));
    const kwh = r1(clamp(1100 + 4.5 * (c - 1520) - 5.5 * (cullet - 45) - 1.2 * (pull - 280) + 1.5 * (crown - 1580) + normal(next, 0, 20), 500, 2200));
    out.push(kwh);
    const row: (string | number)[] = [`BT-${310000 + i}`, stamp(t), `M-${String(mould).padStart(2, '0')}`, c, r1(c * 1.8 + 32), cullet, pull, gob, r2(gob / 28.3495), bpm, crown, kwh];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[3] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'shift_ts', 'mould_id', 'furnace_c', 'furnace_f', 'cullet_pct', 'pull_tpd', 'gob_g', 'gob_oz', 'line_bpm', 'crown_c', 'energy_kwh_t'];
  write('furnace.csv', header, rows);
  write('furnace-na.csv', header, na);
  console.log('energy kwh/t', stats(out));
}

/** colour.csv: batch chemistry -> glass colour flint/amber/green/rare cobalt blue; the shift number has no effect. */
function colour(): void {
  const next = rng(14102);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 900; i++) {
    const u = next();
    const col = u < 0.45 ? 'flint' : u < 0.72 ? 'amber' : u < 0.955 ? 'green' : 'cobalt';
    counts[col] = (counts[col] ?? 0) + 1;
    const iron = Math.round(clamp(col === 'flint' ? normal(next, 300, 80) : col === 'amber' ? normal(next, 2500, 500) : col === 'green' ? normal(next, 3500, 700) : normal(next, 600, 200), 50, 8000));
    const chrome = Math.round(clamp(col === 'green' ? normal(next, 1800, 400) : normal(next, 40, 30), 0, 4000));
    const sulphur = r2(clamp(col === 'amber' ? normal(next, 0.35, 0.06) : normal(next, 0.08, 0.04), 0, 0.8));
    const cobalt = r1(clamp(col === 'cobalt' ? normal(next, 45, 10) : normal(next, 1, 1), 0, 90));
    const cullet = r1(clamp(normal(next, col === 'green' ? 70 : 40, 15), 5, 95));
    const shift = 1 + Math.floor(next() * 3);
    rows.push([`LOT-${5500 + i * 3}`, shift, iron, chrome, sulphur, cobalt, cullet, col]);
  }
  write('colour.csv', ['lot_id', 'shift', 'iron_ppm', 'chromium_ppm', 'sulphur_pct', 'cobalt_ppm', 'cullet_pct', 'colour'], rows);
  console.log('colours', counts);
}

/** stone.csv: bottles inspected -> rare stone-inclusion flag; the mould serial has no effect. */
function stone(): void {
  const next = rng(14103);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const refr = Math.round(clamp(normal(next, 900, 450), 10, 2500));
    const cullet = r1(clamp(normal(next, 45, 18), 5, 95));
    const c = r1(clamp(normal(next, 1520, 25), 1440, 1600));
    const moisture = r2(clamp(normal(next, 3.5, 1), 0.5, 8));
    const grain = Math.round(clamp(normal(next, 250, 60), 80, 600));
    const pull = r1(clamp(normal(next, 280, 40), 150, 400));
    const serial = 200000 + Math.floor(next() * 700000);
    const z = -3.4 + 0.0018 * (refr - 900) + 0.03 * (cullet - 45) - 0.05 * (c - 1520) + 0.012 * (grain - 250) + 0.02 * (pull - 280);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([1714521600 + i * 600, serial, refr, cullet, c, moisture, grain, pull, flag]);
  }
  write('stone.csv', ['inspect_epoch', 'mould_serial', 'refractory_age_d', 'cullet_pct', 'furnace_c', 'batch_moisture_pct', 'sand_grain_um', 'pull_tpd', 'stone_inclusion'], rows);
  console.log('stone', pos, '/ 1200');
}

/** gob.csv: semicolon export with decimal commas -> gob weight in grams from the feeder settings. */
function gob(): void {
  const next = rng(14104);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const stroke = r1(clamp(normal(next, 40, 8), 20, 65));
    const tube = r1(clamp(normal(next, 30, 6), 15, 50));
    const spout = r1(clamp(normal(next, 1150, 20), 1090, 1210));
    const shear = r2(clamp(normal(next, 2.4, 0.3), 1.5, 3.5));
    const orifice = [22, 26, 30, 34][Math.floor(next() * 4)];
    const g = r1(clamp(orifice * orifice * 0.012 * stroke * (1 + 0.004 * (spout - 1150)) * (1 - 0.006 * (tube - 30)) * (1 + 0.1 * (shear - 2.4)) + normal(next, 0, 6), 80, 1200));
    out.push(g);
    rows.push([`FD-${String(1 + (i % 6))}`, dc(stroke), dc(tube), dc(spout), dc(shear), orifice, dc(g)]);
  }
  write('gob.csv', ['feeder', 'plunger_stroke_mm', 'tube_height_mm', 'spout_c', 'shear_s', 'orifice_mm', 'gob_weight_g'], rows, ';');
  console.log('gob g', stats(out));
}

/** downtime.csv: tab-separated line-stop log -> skewed downtime in seconds and minutes. */
function downtime(): void {
  const next = rng(14105);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const jams = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2);
    const mouldChange = next() < 0.15 ? 1 : 0;
    const bpm = Math.round(clamp(normal(next, 420, 60), 250, 600));
    const crewYears = r1(clamp(normal(next, 8, 5), 0.5, 35));
    const hour = Math.floor(next() * 24);
    const secs = Math.round(clamp(Math.exp(4.2 + 0.35 * jams + 1.4 * mouldChange + 0.004 * (bpm - 420) - 0.05 * crewYears + normal(next, 0, 0.12)), 10, 30000));
    out.push(secs);
    rows.push([`STOP-${90000 + i}`, hour, jams, mouldChange, bpm, crewYears, secs, r2(secs / 60)]);
  }
  write('downtime.csv', ['stop_id', 'hour', 'jams', 'mould_change', 'line_bpm', 'crew_years', 'downtime_s', 'downtime_min'], rows, '\t');
  console.log('downtime s', stats(out));
}

furnace();
colour();
stone();
gob();
downtime();
