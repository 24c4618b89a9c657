/**
 * Writes the CSVs of test/faults-blind51 (theme: images, audio and signals as small feature vectors),
 * seeded so every run gives the same files: `npx tsx test/faults-blind51/data/generate.ts`.
 *
 * digits8x8.csv   500 rows: 8x8 grey-scale digit glyphs as 64 pixels p0..p63 in 0..16 (border columns 0 and 7
 *                 always 0), drawn from stroke templates with thickness jitter and noise; digit 0-9.
 * shapes255.csv   400 rows: 8x8 shape images (circle, cross, square, triangle) as px00..px77 in 0..255, label string.
 * letters01.csv   300 rows: 8x8 letter glyphs (L, T, X) as 64 pixels already scaled to 0..1; letter string.
 * fruit.csv       320 rows: mean RGB (0..255) and 4-bin colour histograms per channel (fractions) of fruit photos; ripe 0/1.
 * sky.csv         360 rows: 10 patch statistics of photo patches (mean/std RGB, brightness, blue ratio, row position,
 *                 edge density); sky 0/1.
 * instruments.csv 480 rows: 12 MFCC-like coefficients (mfcc1 in the hundreds, others near +-1..10), zcr, rms,
 *                 spectral centroid / bandwidth / rolloff in Hz; instrument (flute, guitar, piano, violin).
 * speakers.csv    360 rows: mean pitch Hz, F1, F2 Hz, 13 MFCCs, energy; speaker 0/1/2.
 * keywords.csv    450 rows: 13 MFCCs and their deltas' means (26), zcr, rms; keyword (yes, no, up, down, stop).
 * activity.csv    480 rows: accelerometer windows as mean/std/min/max per axis, peaks per second, dominant
 *                 frequency Hz, signal magnitude area; activity (sit, stand, walk, run).
 * ecg.csv         420 rows: ECG beat statistics (heart rate, RR mean/std/rmssd in ms, QRS/QT ms, amplitudes mV,
 *                 pNN50); arrhythmia 0/1 (abnormal when the rate is out of 55..105 bpm or the rhythm irregular).
 * pitch.csv       400 rows: tone features (zcr, autocorrelation lag in samples, centroid Hz, 8 MFCCs, rms) -> pitch_hz.
 * brightness.csv  360 rows: 4x4 thumbnails (t0..t15, 0..255) and contrast -> brightness (0..255) and brightness01.
 * Broken files, as feature extractors and exports leave them:
 * instruments-na.csv  instruments with "n/a" spectral centroid for silent clips.
 * pitch-units.csv     pitch with the target written "440 Hz".
 * ecg-quick.csv       the first 4 rows of ecg.csv (a quick test export).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) => {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;

// ---------- 8x8 images ----------
type Img = number[][]; // 8x8, 0..1 ink
const blank = (): Img => Array.from({ length: 8 }, () => new Array(8).fill(0));
function line(img: Img, r0: number, c0: number, r1_: number, c1: number, ink = 1): void {
  const n = Math.max(Math.abs(r1_ - r0), Math.abs(c1 - c0)) * 2 + 1;
  for (let i = 0; i <= n; i++) {
    const r = Math.round(r0 + ((r1_ - r0) * i) / n), c = Math.round(c0 + ((c1 - c0) * i) / n);
    if (r >= 0 && r < 8 && c >= 0 && c < 8) img[r][c] = Math.max(img[r][c], ink);
  }
}
// digit strokes inside rows 1..6, columns 1..6 (segment-display style plus diagonals)
const SEG: Record<string, [number, number, number, number]> = {
  top: [1, 2, 1, 5], mid: [3, 2, 3, 5], bot: [6, 2, 6, 5],
  ul: [1, 1, 3, 1], ll: [4, 1, 6, 1], ur: [1, 6, 3, 6], lr: [4, 6, 6, 6],
  diag: [1, 6, 6, 2], vc: [1, 4, 6, 4],
};
const DIGITS: string[][] = [
  ['top', 'bot', 'ul', 'll', 'ur', 'lr'],
  ['vc'],
  ['top', 'ur', 'mid', 'll', 'bot'],
  ['top', 'ur', 'mid', 'lr', 'bot'],
  ['ul', 'mid', 'ur', 'lr'],
  ['top', 'ul', 'mid', 'lr', 'bot'],
  ['top', 'ul', 'll', 'mid', 'lr', 'bot'],
  ['top', 'diag'],
  ['top', 'mid', 'bot', 'ul', 'll', 'ur', 'lr'],
  ['top', 'mid', 'ul', 'ur', 'lr', 'bot'],
];
function digitImage(d: number, next: () => number): Img {
  const img = blank();
  for (const s of DIGITS[d]) {
    const [a, b, c, e] = SEG[s];
    const jitter = () => (next() < 0.15 ? (next() < 0.5 ? -1 : 1) : 0);
    const ink = 0.6 + 0.4 * next();
    // keep strokes off the border columns 0 and 7
    line(img, clamp(a + jitter(), 1, 6), clamp(b, 1, 6), clamp(c + jitter(), 1, 6), clamp(e, 1, 6), ink);
  }
  // blur a little: neighbours get some ink (only inside columns 1..6)
  const out = blank();
  for (let r = 0; r < 8; r++)
    for (let c = 1; c < 7; c++) {
      let v = img[r][c];
      for (const [dr, dc] of [[0, 1], [0, -1], [1, 0], [-1, 0]]) {
        const rr = r + dr, cc = c + dc;
        if (rr >= 0 && rr < 8 && cc >= 1 && cc < 7) v = Math.max(v, img[rr][cc] * 0.3 * next());
      }
      out[r][c] = clamp(v + normal(next, 0, 0.12), 0, 1);
    }
  return out;
}
{
  const next = rng(5101);
  const rows: number[][] = [];
  for (let i = 0; i < 500; i++) {
    const d = i % 10;
    const img = digitImage(d, next);
    const label = next() < 0.04 ? Math.floor(next() * 10) : d; // a few mislabelled scans
    rows.push([...img.flat().map((v) => Math.round(v * 16)), label]);
  }
  write('digits8x8.csv', [...Array.from({ length: 64 }, (_, i) => `p${i}`), 'digit'], rows);
}

const SHAPES = ['circle', 'cross', 'square', 'triangle'];
function shapeImage(s: number, next: () => number): Img {
  const img = blank();
  const o = Math.floor(next() * 3) - 1; // shift -1..1
  const sz = 2 + Math.floor(next() * 2); // half size 2..3
  const cr = 3.5 + o, cc = 3.5 + (next() < 0.5 ? o : -o);
  if (s === 0) {
    for (let r = 0; r < 8; r++)
      for (let c = 0; c < 8; c++) {
        const d = Math.hypot(r - cr, c - cc);
        if (Math.abs(d - sz) < 0.75) img[r][c] = 1;
      }
  } else if (s === 1) {
    line(img, Math.round(cr - sz), Math.round(cc - sz), Math.round(cr + sz), Math.round(cc + sz));
    line(img, Math.round(cr - sz), Math.round(cc + sz), Math.round(cr + sz), Math.round(cc - sz));
  } else if (s === 2) {
    const a = Math.round(cr - sz), b = Math.round(cr + sz), c0 = Math.round(cc - sz), c1 = Math.round(cc + sz);
    line(img, a, c0, a, c1); line(img, b, c0, b, c1); line(img, a, c0, b, c0); line(img, a, c1, b, c1);
  } else {
    const top = Math.round(cr - sz), bot = Math.round(cr + sz), l = Math.round(cc - sz), rr = Math.round(cc + sz);
    line(img, bot, l, bot, rr); line(img, bot, l, top, Math.round(cc)); line(img, bot, rr, top, Math.round(cc));
  }
  return img.map((row) => row.map((v) => clamp(v * (0.6 + 0.4 * next()) + normal(next, 0, 0.15), 0, 1)));
}
{
  const next = rng(5102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const s = i % 4;
    const label = next() < 0.05 ? SHAPES[Math.floor(next() * 4)] : SHAPES[s];
    rows.push([...shapeImage(s, next).flat().map((v) => Math.round(v * 255)), label]);
  }
  const header = [];
  for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) header.push(`px${r}${c}`);
  write('shapes255.csv', [...header, 'shape'], rows);
}

{
  const next = rng(5103);
  const LETTERS = ['L', 'T', 'X'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const k = i % 3;
    const img = blank();
    const dx = Math.floor(next() * 2), dy = Math.floor(next() * 2);
    if (k === 0) { line(img, 1 + dy, 1 + dx, 6, 1 + dx); line(img, 6, 1 + dx, 6, 5 + dx); }
    else if (k === 1) { line(img, 1 + dy, 1, 1 + dy, 6); line(img, 1 + dy, 3 + dx, 6, 3 + dx); }
    else { line(img, 1 + dy, 1 + dx, 6, 6); line(img, 1 + dy, 6, 6, 1 + dx); }
    rows.push([...img.flat().map((v) => r3(clamp(v * (0.75 + 0.25 * next()) + normal(next, 0, 0.05), 0, 1))), next() < 0.04 ? LETTERS[(k + 1) % 3] : LETTERS[k]]);
  }
  write('letters01.csv', [...Array.from({ length: 64 }, (_, i) => `pix${i}`), 'letter'], rows);
}

// ---------- colour features ----------
function hist4(mean: number, spread: number, next: () => number): number[] {
  // fraction of pixels in 4 intensity bins for a channel centred on `mean` (0..255)
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 40; i++) counts[clamp(Math.floor(clamp(normal(next, mean, spread), 0, 255) / 64), 0, 3)]++;
  return counts.map((c) => c / 40);
}
{
  const next = rng(5104);
  const rows: number[][] = [];
  for (let i = 0; i < 320; i++) {
    const ripeness = next(); // 0 green .. 1 red
    const r = clamp(normal(next, 80 + 150 * ripeness, 18), 0, 255);
    const g = clamp(normal(next, 190 - 120 * ripeness, 18), 0, 255);
    const b = clamp(normal(next, 50 + 20 * next(), 12), 0, 255);
    const label = next() < sigmoid(14 * (ripeness - 0.5)) ? 1 : 0;
    rows.push([r1(r), r1(g), r1(b), ...hist4(r, 35, next), ...hist4(g, 35, next), ...hist4(b, 25, next), label]);
  }
  const h = (ch: string) => [0, 1, 2, 3].map((k) => `${ch}_bin${k}`);
  write('fruit.csv', ['mean_r', 'mean_g', 'mean_b', ...h('r'), ...h('g'), ...h('b'), 'ripe'], rows);
}
{
  const next = rng(5105);
  const rows: number[][] = [];
  for (let i = 0; i < 360; i++) {
    const sky = next() < 0.45 ? 1 : 0;
    const rowPos = sky ? clamp(normal(next, 0.25, 0.15), 0, 1) : clamp(normal(next, 0.65, 0.2), 0, 1);
    const overcast = next() < 0.3;
    const b = sky ? clamp(normal(next, overcast ? 200 : 215, 20), 0, 255) : clamp(normal(next, 110, 45), 0, 255);
    const r = sky ? clamp(normal(next, overcast ? 190 : 120, 25), 0, 255) : clamp(normal(next, 120, 45), 0, 255);
    const g = sky ? clamp(normal(next, overcast ? 195 : 160, 20), 0, 255) : clamp(normal(next, 125, 45), 0, 255);
    const std = sky ? Math.abs(normal(next, 12, 8)) : Math.abs(normal(next, 30, 14));
    const edges = sky ? clamp(normal(next, 0.06, 0.05), 0, 1) : clamp(normal(next, 0.18, 0.1), 0, 1);
    const bright = (r + g + b) / 3;
    rows.push([r1(r), r1(g), r1(b), r1(std * (0.9 + 0.2 * next())), r1(std * (0.9 + 0.2 * next())), r1(std), r1(bright), r3(b / (r + g + b + 1)), r3(rowPos), r3(edges), next() < 0.05 ? 1 - sky : sky]);
  }
  write('sky.csv', ['mean_r', 'mean_g', 'mean_b', 'std_r', 'std_g', 'std_b', 'brightness', 'blue_ratio', 'row_pos', 'edge_density', 'sky'], rows);
}

// ---------- audio ----------
{
  const next = rng(5106);
  const NAMES = ['flute', 'guitar', 'piano', 'violin'];
  // per class: centroid Hz, zcr, rms, and a signature over mfcc2..mfcc12
  const centroid = [2200, 1400, 1800, 2800], zcr = [0.06, 0.09, 0.07, 0.14], rms = [0.08, 0.15, 0.18, 0.11];
  const sig = NAMES.map((_, k) => Array.from({ length: 11 }, (_, j) => Math.sin((k + 1) * (j + 1) * 0.9) * 1.1));
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = i % 4;
    const loud = normal(next, 0, 1);
    const mfcc1 = normal(next, -250 + 40 * loud, 30);
    const coeffs = sig[k].map((m) => r3(normal(next, m, 1.6)));
    const c = normal(next, centroid[k], 350);
    const row = [r1(mfcc1), ...coeffs, r3(clamp(normal(next, zcr[k], 0.02), 0.005, 0.5)), r3(clamp(rms[k] * Math.exp(0.3 * loud), 0.005, 1)),
      r1(c), r1(normal(next, c * 0.8, 200)), r1(normal(next, c * 1.9, 400)), next() < 0.05 ? NAMES[Math.floor(next() * 4)] : NAMES[k]];
    rows.push(row);
    const na = [...row];
    if (next() < 0.06) na[14] = 'n/a';
    naRows.push(na);
  }
  const header = [...Array.from({ length: 12 }, (_, j) => `mfcc${j + 1}`), 'zcr', 'rms', 'centroid_hz', 'bandwidth_hz', 'rolloff_hz', 'instrument'];
  write('instruments.csv', header, rows);
  write('instruments-na.csv', header, naRows);
}
{
  const next = rng(5107);
  const pitch = [115, 205, 150], f1 = [520, 610, 480], f2 = [1450, 1800, 1250];
  const sig = [0, 1, 2].map((k) => Array.from({ length: 13 }, (_, j) => Math.cos((k + 2) * (j + 1) * 0.7) * 0.7));
  const rows: number[][] = [];
  for (let i = 0; i < 360; i++) {
    const k = i % 3;
    rows.push([r1(normal(next, pitch[k], 28)), r1(normal(next, f1[k], 70)), r1(normal(next, f2[k], 220)),
      ...sig[k].map((m) => r3(normal(next, m, 1.8))), r3(Math.abs(normal(next, 0.1, 0.04))), next() < 0.04 ? (k + 1) % 3 : k]);
  }
  write('speakers.csv', ['pitch_hz', 'f1_hz', 'f2_hz', ...Array.from({ length: 13 }, (_, j) => `mfcc${j + 1}`), 'energy', 'speaker'], rows);
}
{
  const next = rng(5108);
  const WORDS = ['yes', 'no', 'up', 'down', 'stop'];
  const sig = WORDS.map((_, k) => Array.from({ length: 26 }, (_, j) => Math.sin((k + 1.5) * (j + 1) * 0.53) * (j < 13 ? 0.9 : 0.3)));
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const k = i % 5;
    rows.push([...sig[k].map((m, j) => r3(normal(next, m, j < 13 ? 1.4 : 0.5))), r3(clamp(normal(next, [0.12, 0.05, 0.08, 0.06, 0.1][k], 0.02), 0, 1)),
      r3(Math.abs(normal(next, 0.12, 0.05))), next() < 0.04 ? WORDS[Math.floor(next() * 5)] : WORDS[k]]);
  }
  write('keywords.csv', [...Array.from({ length: 13 }, (_, j) => `mfcc${j + 1}`), ...Array.from({ length: 13 }, (_, j) => `dmfcc${j + 1}`), 'zcr', 'rms', 'keyword'], rows);
}

// ---------- body signals ----------
{
  const next = rng(5109);
  const NAMES = ['sit', 'stand', 'walk', 'run'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = i % 4;
    // gravity direction: sitting tilts the phone, standing keeps it upright
    const tilt = k === 0 ? normal(next, 0.9, 0.15) : normal(next, 0.15, 0.12);
    const mean = [Math.sin(tilt) + normal(next, 0, 0.05), Math.cos(tilt) + normal(next, 0, 0.05), normal(next, 0, 0.1)];
    const amp = [0.02, 0.03, 0.35, 0.9][k] * Math.exp(normal(next, 0, 0.2));
    const std = [0, 1, 2].map((a) => Math.abs(amp * (a === 1 ? 1.4 : 0.8) + normal(next, 0, 0.01)));
    const freq = k < 2 ? Math.abs(normal(next, 0.3, 0.2)) : normal(next, k === 2 ? 1.8 : 2.8, 0.25);
    const peaks = k < 2 ? Math.max(0, Math.round(normal(next, 0.3, 0.4))) : Math.round(freq * 2 + normal(next, 0, 0.5));
    const row: (string | number)[] = [];
    for (let a = 0; a < 3; a++) row.push(r3(mean[a]), r3(std[a]), r3(mean[a] - 2.2 * std[a]), r3(mean[a] + 2.2 * std[a]));
    row.push(peaks, r3(freq), r3(std[0] + std[1] + std[2] + Math.abs(mean[2])), next() < 0.04 ? NAMES[k ^ 1] : NAMES[k]);
    rows.push(row);
  }
  const ax = (a: string) => [`mean_${a}`, `std_${a}`, `min_${a}`, `max_${a}`];
  write('activity.csv', [...ax('x'), ...ax('y'), ...ax('z'), 'peaks', 'dom_freq_hz', 'sma', 'activity'], rows);
}
{
  const next = rng(5110);
  const rows: number[][] = [];
  const all: number[][] = [];
  for (let i = 0; i < 420; i++) {
    const kind = next();
    // 0.55 normal, 0.15 brady, 0.15 tachy, 0.15 irregular (AF-like)
    const hr = kind < 0.55 ? normal(next, 75, 10) : kind < 0.7 ? normal(next, 46, 5) : kind < 0.85 ? normal(next, 128, 12) : normal(next, 85, 15);
    const irregular = kind >= 0.85;
    const rr = 60000 / hr;
    const rrStd = irregular ? Math.abs(normal(next, 120, 30)) : Math.abs(normal(next, 30, 10));
    const rmssd = rrStd * (irregular ? 1.3 : 0.9) + normal(next, 0, 5);
    const abnormal = hr < 55 || hr > 105 || irregular ? 1 : 0;
    const label = next() < 0.04 ? 1 - abnormal : abnormal;
    const row = [r1(hr), r1(rr), r1(rrStd), r1(rmssd), r1(normal(next, 95, 10)), r1(normal(next, 400, 25)),
      r3(normal(next, 0.15, 0.04)), r3(normal(next, 1.2, 0.25)), r3(normal(next, 0, 0.05)), r3(clamp(irregular ? normal(next, 0.45, 0.1) : normal(next, 0.08, 0.05), 0, 1)), label];
    rows.push(row);
    all.push(row);
  }
  const header = ['hr_bpm', 'rr_mean_ms', 'rr_std_ms', 'rmssd_ms', 'qrs_ms', 'qt_ms', 'p_amp_mv', 'r_amp_mv', 'st_dev_mv', 'pnn50', 'arrhythmia'];
  write('ecg.csv', header, rows);
  write('ecg-quick.csv', header, all.slice(0, 4));
}
{
  const next = rng(5111);
  const rows: number[][] = [];
  const unitRows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const f = 100 * Math.pow(10, next()); // 100..1000 Hz, log-uniform
    const sr = 16000;
    const zcr = (2 * f) / sr * (1 + normal(next, 0, 0.04));
    const lag = Math.round(sr / f + normal(next, 0, 0.6));
    const bright = next();
    const centroid = f * (1.5 + 2.5 * bright) + normal(next, 0, 60);
    const mfcc = Array.from({ length: 8 }, (_, j) => r3(Math.cos((j + 1) * Math.log(f) * 0.8) * 2 + bright * (j % 2 ? 1 : -1) + normal(next, 0, 0.3)));
    const row = [r3(zcr), lag, r1(centroid), ...mfcc, r3(Math.abs(normal(next, 0.2, 0.06))), r1(f)];
    rows.push(row);
    unitRows.push([...row.slice(0, -1), `${r1(f)} Hz`]);
  }
  const header = ['zcr', 'acf_lag', 'centroid_hz', ...Array.from({ length: 8 }, (_, j) => `mfcc${j + 1}`), 'rms', 'pitch_hz'];
  write('pitch.csv', header, rows);
  write('pitch-units.csv', header, unitRows);
}
{
  const next = rng(5112);
  const rows: number[][] = [];
  for (let i = 0; i < 360; i++) {
    const base = 30 + 190 * next();
    const grad = normal(next, 0, 40);
    const thumb: number[] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) thumb.push(Math.round(clamp(base + grad * (r - 1.5) / 1.5 + normal(next, 0, 18), 0, 255)));
    const mean = thumb.reduce((s, v) => s + v, 0) / 16;
    const contrast = Math.sqrt(thumb.reduce((s, v) => s + (v - mean) ** 2, 0) / 16);
    // perceived brightness: mean through a gamma-like curve, upper half weighted (sky) a little more
    const upper = thumb.slice(0, 8).reduce((s, v) => s + v, 0) / 8;
    const b = clamp(255 * Math.pow((0.6 * mean + 0.4 * upper) / 255, 0.8) + normal(next, 0, 4), 0, 255);
    rows.push([...thumb, r1(contrast), r1(b), r3(b / 255)]);
  }
  write('brightness.csv', [...Array.from({ length: 16 }, (_, i) => `t${i}`), 'contrast', 'brightness', 'brightness01'], rows);
}
console.log('wrote', fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).join(' '));
