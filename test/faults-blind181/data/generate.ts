/**
 * Writes the CSVs of blind fault set 181 (piano tuners and organ builders), seeded so every run gives
 * the same files: `npx tsx test/faults-blind181/data/generate.ts`.
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

/** tuning.csv: a tuner's visit log -> minutes spent tuning; a copy with "NA" humidity (hygrometer not read). */
function tuning(): void {
  const next = rng(18101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 960; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 30000);
    const client = 1 + Math.floor(next() * 140);
    const humidity = r1(clamp(normal(next, 45, 12), 18, 85));
    const months = r1(clamp(Math.exp(normal(next, 2.3, 0.6)), 1, 120));
    const cents = r1(clamp(Math.abs(normal(next, 0, 1)) * (4 + months * 0.6) + Math.abs(humidity - 45) * 0.3, 0.5, 120));
    const grand = next() < 0.3 ? 1 : 0;
    const unisons = Math.round(clamp(normal(next, 220, 8), 200, 240));
    const tempC = r1(clamp(normal(next, 20, 3), 10, 30));
    const mins = r1(clamp(45 + 0.9 * cents + 12 * grand + 0.02 * (unisons - 220) * 10 + 0.2 * Math.abs(tempC - 20) + normal(next, 0, 4), 25, 240));
    out.push(mins);
    const row: (string | number)[] = [`TUN-${31000 + i}`, stamp(t), `CL-${String(client).padStart(4, '0')}`, humidity, months, cents, r1(cents / 100), grand, unisons, tempC, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['visit_id', 'visit_ts', 'client_id', 'humidity_pct', 'months_since_last', 'pitch_dev_cents', 'pitch_dev_semitones', 'grand', 'unisons', 'room_temp_c', 'tuning_min'];
  write('tuning.csv', header, rows);
  write('tuning-na.csv', header, na);
  console.log('tuning min', stats(out));
}

/** make.csv: workshop intake -> piano make (steinway/yamaha/kawai/bechstein/rare bluthner); the serial number has no effect. */
function make(): void {
  const next = rng(18102);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const mk = u < 0.3 ? 'steinway' : u < 0.58 ? 'yamaha' : u < 0.78 ? 'kawai' : u < 0.95 ? 'bechstein' : 'bluthner';
    counts[mk] = (counts[mk] ?? 0) + 1;
    const base: Record<string, number[]> = { steinway: [780, 1390, 52, 48], yamaha: [700, 1210, 48, 22], kawai: [690, 1180, 46, 18], bechstein: [820, 1300, 54, 70], bluthner: [860, 1420, 50, 85] };
    const [ten, scale, keyg, age] = base[mk];
    const tension = Math.round(normal(next, ten, 25));
    const scaleMm = Math.round(normal(next, scale, 30));
    const keyWeight = r1(normal(next, keyg, 1.5));
    const ageY = Math.round(clamp(normal(next, age, 10), 0, 140));
    const hammerMm = r1(normal(next, mk === 'yamaha' || mk === 'kawai' ? 12 : 14, 0.8));
    const serial = 100000 + Math.floor(next() * 800000);
    rows.push([`INT-${4000 + i}`, tension, scaleMm, keyWeight, ageY, hammerMm, serial, mk]);
  }
  write('make.csv', ['intake_id', 'string_tension_n', 'scale_length_mm', 'key_weight_g', 'age_y', 'hammer_felt_mm', 'serial_no', 'make'], rows);
  console.log('makes', counts);
}

/** soundboard.csv: inspections -> rare cracked-soundboard flag; the tuner's badge number has no effect. */
function soundboard(): void {
  const next = rng(18103);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const age = Math.round(clamp(normal(next, 50, 28), 1, 150));
    const swing = r1(clamp(Math.exp(normal(next, 2.8, 0.4)), 4, 60));
    const radiator = r2(clamp(Math.exp(normal(next, 0.4, 0.6)), 0.2, 12));
    const climate = next() < 0.35 ? 1 : 0;
    const tensionKn = Math.round(clamp(normal(next, 180000, 15000), 120000, 240000));
    const badge = 1 + Math.floor(next() * 60);
    const z = -3.8 + 0.03 * (age - 50) + 0.09 * (swing - 17) - 0.6 * (radiator - 1.5) - 1.8 * climate + 0.00003 * (tensionKn - 180000);
    const crack = next() < sigmoid(z) ? 1 : 0;
    pos += crack;
    rows.push([`INSP-${9000 + i}`, 1704100000 + i * 5400, age, swing, radiator, climate, tensionKn, badge, crack]);
  }
  write('soundboard.csv', ['inspection_id', 'inspected_epoch', 'age_y', 'humidity_swing_pct', 'radiator_m', 'climate_control', 'total_tension_n', 'tuner_badge', 'cracked_soundboard'], rows);
  console.log('cracked', pos, '/ 1200');
}

/** quote.csv: semicolon export with decimal commas -> restoration quote in euros (skewed). */
function quote(): void {
  const next = rng(18104);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 820; i++) {
    const age = Math.round(clamp(normal(next, 60, 30), 5, 150));
    const hours = r1(clamp(Math.exp(normal(next, 3.5, 0.7)), 4, 600));
    const rebush = next() < 0.4 ? 1 : 0;
    const newBoard = next() < 0.12 ? 1 : 0;
    const grand = next() < 0.35 ? 1 : 0;
    const rate = r1(clamp(normal(next, 65, 8), 40, 95));
    const eur = Math.round(clamp((hours * rate + 900 * rebush + 6500 * newBoard) * (grand ? 1.4 : 1) * (1 + 0.003 * age) * Math.exp(normal(next, 0, 0.08)), 150, 2e5));
    out.push(eur);
    rows.push([`Q-${2000 + i}`, age, dc(hours), rebush, newBoard, grand, dc(rate), eur]);
  }
  write('quote.csv', ['quote_id', 'age_y', 'labour_h', 'rebushing', 'new_soundboard', 'grand', 'rate_eur_h', 'quote_eur'], rows, ';');
  console.log('quote eur', stats(out));
}

/** pipes.csv: tab-separated organ-workshop pipe log -> sounding frequency in Hz (skewed) and MIDI note. */
function pipes(): void {
  const next = rng(18105);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const note = 24 + Math.floor(next() * 72);
    const hz = 440 * Math.pow(2, (note - 69) / 12);
    const diam = r1(clamp(normal(next, 8 + 2400 / Math.pow(hz, 0.75), 1), 4, 300));
    const len = Math.round(clamp(343000 / (2 * hz) - 0.6 * diam + normal(next, 0, 3), 8, 6000));
    const cutup = r1(diam * clamp(normal(next, 0.25, 0.03), 0.15, 0.4));
    const wind = Math.round(clamp(normal(next, 75, 12), 40, 120));
    const stopped = next() < 0.2 ? 1 : 0;
    const realLen = stopped ? Math.round(len / 2) : len;
    const cents = r1(normal(next, 0, 2) + 0.05 * (wind - 75));
    const f = r2(hz * Math.pow(2, cents / 1200));
    out.push(f);
    rows.push([`P-${stamp(1704100000 + i * 900).slice(0, 10)}-${i}`, realLen, diam, cutup, wind, stopped, r2(realLen / 304.8), f, note]);
  }
  write('pipes.csv', ['pipe_tag', 'length_mm', 'diameter_mm', 'cutup_mm', 'wind_mmh2o', 'stopped', 'length_ft', 'frequency_hz', 'midi_note'], rows, '\t');
  console.log('frequency hz', stats(out));
}

tuning();
make();
soundboard();
quote();
pipes();
