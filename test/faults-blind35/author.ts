/**
 * Writes test/faults-blind35: its CSVs (pattern and high-dimensional inputs) and every spec, plus
 * entries.json (code, fault, stage, catches / covers) that write-manifest.ts completes with the
 * figures measured by test/faults/observe.ts. Run: npx tsx test/faults-blind35/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../faults/data-random';

const DIR = __dirname;
const write = (rel: string, text: string) => fs.writeFileSync(path.join(DIR, rel), text);

/** 6x6 glyphs, 5 shapes, shifted by one pixel, pixel noise, 8% relabelled. */
function glyphs(): string {
  const next = rng(351), names = ['hbar', 'vbar', 'diag', 'cross', 'box'];
  const draw = (k: number, dx: number, dy: number) => {
    const px = new Array<number>(36).fill(0);
    const on = (r: number, c: number) => { r += dy; c += dx; if (r >= 0 && r < 6 && c >= 0 && c < 6) px[r * 6 + c] = 1; };
    for (let i = 1; i < 5; i++) {
      if (k === 0) on(2, i), on(3, i);
      if (k === 1) on(i, 2), on(i, 3);
      if (k === 2) on(i, i), on(i, i - 1);
      if (k === 3) on(i, i), on(i, 5 - i);
      if (k === 4) on(1, i), on(4, i), on(i, 1), on(i, 4);
    }
    return px;
  };
  const rows = [[...Array(36).keys()].map((i) => `p${i}`).join(',') + ',shape'];
  for (let n = 0; n < 400; n++) {
    const k = Math.floor(next() * 5);
    const px = draw(k, Math.floor(next() * 3) - 1, Math.floor(next() * 3) - 1).map((v) => clamp(v * 0.8 + 0.1 + normal(next, 0, 0.15), 0, 1));
    const label = next() < 0.08 ? Math.floor(next() * 5) : k;
    rows.push(px.map((v) => v.toFixed(2)).join(',') + ',' + names[label]);
  }
  return rows.join('\n') + '\n';
}

/** 8x8 grey images (0-255), 10 prototype patterns, 12% pixels flipped, noise; 6% relabelled. */
function digits(): string {
  const next = rng(352);
  const protos = [...Array(10)].map(() => [...Array(64)].map(() => (next() < 0.35 ? 1 : 0)));
  const rows = [[...Array(64).keys()].map((i) => `px${i}`).join(',') + ',digit'];
  for (let n = 0; n < 500; n++) {
    const k = Math.floor(next() * 10);
    const px = protos[k].map((v) => (next() < 0.12 ? 1 - v : v)).map((v) => Math.round(clamp(v * 200 + 25 + normal(next, 0, 25), 0, 255)));
    rows.push(px.join(',') + ',' + (next() < 0.06 ? Math.floor(next() * 10) : k));
  }
  return rows.join('\n') + '\n';
}

/** Customer survey: 4 categorical fields one-hot (5+6+4+3 = 18 columns), age, tenure; churn 0/1, 8% flipped. */
function survey(): string {
  const next = rng(353), sizes = [5, 6, 4, 3], effects = [[0.8, -0.4, 0, 0.3, -0.9], [0.5, -0.5, 1, -1, 0.2, 0], [-1.2, 0, 0.6, 1.1], [0.4, -0.3, 0]];
  const head: string[] = [];
  ['colour', 'region', 'plan', 'device'].forEach((f, i) => { for (let j = 0; j < sizes[i]; j++) head.push(`${f}_${j}`); });
  const rows = [['customer_id', ...head, 'age', 'tenure_months', 'churn'].join(',')];
  for (let n = 0; n < 450; n++) {
    const picks = sizes.map((s) => Math.floor(next() * s));
    const age = Math.round(clamp(normal(next, 42, 13), 18, 85)), tenure = Math.round(clamp(normal(next, 30, 20), 1, 120));
    const z = picks.reduce((s, p, i) => s + effects[i][p], 0) - 0.03 * (tenure - 30) + 0.02 * (age - 42);
    let y = next() < sigmoid(1.5 * z) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    const oneHot = picks.flatMap((p, i) => [...Array(sizes[i])].map((_, j) => (j === p ? 1 : 0)));
    rows.push([1000 + n, ...oneHot, age, tenure, y].join(','));
  }
  return rows.join('\n') + '\n';
}

/** 5x5 light-sensor tiles (0-255): target lux = centre-weighted mean brightness / 10 + noise. */
function tiles(): string {
  const next = rng(354);
  const rows = [[...Array(25).keys()].map((i) => `s${i}`).join(',') + ',lux'];
  for (let n = 0; n < 360; n++) {
    const level = next() * 200, gx = next() - 0.5;
    const px = [...Array(25)].map((_, i) => clamp(level + gx * 80 * ((i % 5) - 2) + normal(next, 0, 15), 0, 255));
    const w = px.reduce((s, v, i) => s + v * (((i % 5) === 2 || Math.floor(i / 5) === 2) ? 2 : 1), 0) / 34;
    rows.push(px.map((v) => Math.round(v)).join(',') + ',' + (w / 10 + normal(next, 0, 0.6)).toFixed(2));
  }
  return rows.join('\n') + '\n';
}

/** 4x4 textures (16 pixels, 0..1): stripes-h, stripes-v, checker; label 0/1/2, 10% noise. */
function textures(): string {
  const next = rng(355);
  const rows = [[...Array(16).keys()].map((i) => `t${i}`).join(',') + ',texture'];
  for (let n = 0; n < 300; n++) {
    const k = Math.floor(next() * 3), phase = next() < 0.5 ? 0 : 1;
    const px = [...Array(16)].map((_, i) => { const r = i >> 2, c = i & 3; const v = k === 0 ? (r + phase) % 2 : k === 1 ? (c + phase) % 2 : (r + c + phase) % 2; return clamp(v * 0.7 + 0.15 + normal(next, 0, 0.2), 0, 1); });
    rows.push(px.map((v) => v.toFixed(2)).join(',') + ',' + (next() < 0.1 ? Math.floor(next() * 3) : k));
  }
  return rows.join('\n') + '\n';
}

function writeData(): void {
  const g = glyphs();
  write('data/glyphs.csv', g);
  write('data/digits8.csv', digits());
  write('data/survey.csv', survey());
  write('data/tiles.csv', tiles());
  write('data/textures.csv', textures());
  // A scanner dropout: some pixels exported as "NA".
  const lines = g.split('\n');
  for (const i of [37, 112, 250]) lines[i] = lines[i].replace(/^([^,]*,[^,]*,[^,]*),[^,]*/, '$1,NA');
  write('data/glyphs-scanned.csv', lines.join('\n'));
}

writeData();
console.log('data written');
