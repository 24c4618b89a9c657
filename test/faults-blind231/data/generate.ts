/**
 * Writes the CSVs of fault set blind231 (puppet theatres and marionette makers), seeded from 231.
 * Run once: `npx tsx test/faults-blind231/data/generate.ts`; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. marionettes.csv: the workshop's build ledger, one row per finished marionette.
{
  const next = rng(231);
  const makers = ['Kovar', 'Lindqvist', 'Mancini', 'Ortega', 'Baumann'];
  const head = ['build_id', 'finished_on', 'maker', 'height_cm', 'weight_g', 'wood_density', 'joint_count', 'string_count',
    'control_bar_cm', 'paint_layers', 'bench_no', 'carving_hours', 'price_eur', 'tangle_return'];
  const rows = [head.join(',')], gaps = [head.join(',')];
  for (let i = 0; i < 480; i++) {
    const height = clamp(normal(next, 55, 18), 18, 120);
    const density = clamp(normal(next, 520, 110), 340, 900); // lime ~ 530, beech ~ 700
    const joints = Math.round(clamp(normal(next, 10 + height / 12, 3), 4, 24));
    const strings = Math.round(clamp(joints * 0.8 + normal(next, 2, 1.5), 3, 26));
    const weight = height * height * density / 3000 * Math.exp(normal(next, 0, 0.12)); // skewed, collinear with height
    const bar = clamp(height * 0.45 + normal(next, 0, 3), 10, 60); // collinear with height
    const paint = Math.round(clamp(normal(next, 4, 2), 1, 12));
    const bench = 1 + Math.floor(next() * 6); // no effect
    const hours = Math.exp(2.6 + 0.012 * height + 0.05 * joints + 0.04 * paint + 0.0006 * (density - 520) + normal(next, 0, 0.15));
    const price = 90 + 28 * hours + 6 * strings + normal(next, 0, 60) + (next() < 0.05 ? 800 : 0);
    const z = -3.2 + 0.22 * (strings - 10) - 0.9 * (bar - 25) / 10 + 0.004 * (weight - 500) / 10;
    const tangle = next() < sigmoid(z) ? 1 : 0;
    const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 1800) * 86400000).toISOString().slice(0, 10);
    const id = `MR-${String(1000 + i)}`;
    const vals = [id, d, makers[Math.floor(next() * makers.length)], r2(height, 1), r2(weight, 0), r2(density, 0), joints, strings, r2(bar, 1), paint, bench, r2(hours, 1), r2(price, 0), tangle];
    rows.push(vals.join(','));
    const g = vals.map((v, k) => (k >= 3 && k <= 9 && next() < 0.04 ? (next() < 0.5 ? 'NA' : '') : v));
    gaps.push(g.join(','));
  }
  write('marionettes.csv', rows);
  write('marionettes-gaps.csv', gaps);
}

// 2. shows.csv: box office of the touring theatre, one row per performance; genre is the playbill's.
{
  const next = rng(231 * 2 + 1);
  const head = ['show_date', 'venue', 'seats', 'tickets_sold', 'ticket_price', 'matinee', 'children_share', 'length_min', 'puppets_on_stage', 'review_stars', 'genre', 'revenue'];
  const rows = [head.join(',')], eu = [head.join(';')];
  const venues = ['Halle', 'Kirchsaal', 'Stadttheater', 'Marktzelt'];
  for (let i = 0; i < 420; i++) {
    const u = next();
    const genre = u < 0.5 ? 'fairy_tale' : u < 0.85 ? 'satire' : 'opera'; // opera is rare
    const seats = Math.round(clamp(normal(next, 180, 70), 40, 420));
    const matinee = genre === 'fairy_tale' ? (next() < 0.7 ? 1 : 0) : next() < 0.15 ? 1 : 0;
    const children = clamp(genre === 'fairy_tale' ? normal(next, 0.6, 0.12) : genre === 'satire' ? normal(next, 0.12, 0.08) : normal(next, 0.2, 0.1), 0, 0.95);
    const length = clamp(genre === 'opera' ? normal(next, 105, 15) : genre === 'satire' ? normal(next, 75, 12) : normal(next, 50, 10), 25, 160);
    const puppets = Math.round(clamp(genre === 'opera' ? normal(next, 14, 4) : normal(next, 7, 3), 1, 30));
    const price = clamp(genre === 'opera' ? normal(next, 32, 6) : genre === 'satire' ? normal(next, 21, 5) : normal(next, 12, 3), 5, 60);
    const sold = Math.round(seats * clamp(normal(next, 0.72, 0.15), 0.1, 1));
    const stars = r2(clamp(normal(next, 4, 0.6), 1, 5), 1);
    const revenue = sold * price * (matinee ? 0.85 : 1);
    const d = new Date(Date.UTC(2021, 2, 1) + Math.floor(next() * 1000) * 86400000).toISOString().slice(0, 10);
    const vals = [d, venues[Math.floor(next() * venues.length)], seats, sold, r2(price, 2), matinee, r2(children, 2), r2(length, 0), puppets, stars, genre, r2(revenue, 2)];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  }
  write('shows.csv', rows);
  write('shows-eu.csv', eu); // the box-office spreadsheet's export: semicolons, decimal commas
}

// 3. rigs.tsv-style export (tabs): string rig stress tests; snapped 0/1 and the peak tension.
{
  const next = rng(231 * 3 + 7);
  const head = ['rig_code', 'gauge_mm', 'length_cm', 'knots', 'load_g', 'swing_deg', 'humidity_pct', 'snapped'];
  const rows = [head.join('\t')];
  for (let i = 0; i < 360; i++) {
    const gauge = clamp(normal(next, 0.5, 0.15), 0.2, 1.0);
    const len = clamp(normal(next, 90, 25), 30, 180);
    const knots = Math.floor(next() * 5);
    const load = Math.exp(normal(next, 5.5, 0.5)); // skewed, grams
    const swing = clamp(normal(next, 30, 12), 0, 80);
    const hum = clamp(normal(next, 55, 12), 20, 95);
    const z = -1 + 2.2 * (load / 250 - 1) - 6 * (gauge - 0.5) + 0.35 * knots + 0.03 * (swing - 30);
    const snapped = next() < sigmoid(2 * z) ? 1 : 0;
    rows.push([`RG${i.toString(36).toUpperCase()}`, r2(gauge, 2), r2(len, 1), knots, r2(load, 1), r2(swing, 1), r2(hum, 0), snapped].join('\t'));
  }
  write('rigs.csv', rows);
}
