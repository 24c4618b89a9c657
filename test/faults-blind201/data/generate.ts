/**
 * Blind set 201 data: theatre companies and costume departments. Seeded from 201.
 * Run: npx tsx test/faults-blind201/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// costumes.csv: costume build jobs; hours to build (regression), plus a rush flag (0/1).
{
  const r = rng(201);
  const rows = ['job_id,show,fabric_m,pieces,fittings,trim_items,actor_height_cm,period_score,budget_gbp,storage_shelf,build_hours,rush'];
  for (let i = 0; i < 400; i++) {
    const fabric = clamp(Math.exp(normal(r, 1.2, 0.55)), 0.5, 25); // skewed metres
    const pieces = Math.max(1, Math.round(normal(r, 4, 2)));
    const fittings = Math.max(1, Math.round(pieces * 0.6 + normal(r, 1, 0.8))); // collinear with pieces
    const trim = Math.max(0, Math.round(Math.exp(normal(r, 1.5, 0.8))));
    const height = normal(r, 172, 9);
    const period = clamp(Math.round(normal(r, 3, 1.3)), 1, 5);
    const budget = Math.round(80 * fabric + 35 * pieces + 12 * trim + normal(r, 150, 60));
    const shelf = Math.floor(r() * 40); // no effect
    const hours = 2 + 1.6 * fabric + 2.2 * pieces + 0.9 * fittings + 0.35 * trim + 2.5 * period + normal(r, 0, 2.5);
    const rush = r() < sigmoid((hours - 30) / 6 + normal(r, 0, 0.6)) ? 1 : 0;
    rows.push(`C${String(1000 + i)},S${1 + Math.floor(r() * 12)},${fabric.toFixed(2)},${pieces},${fittings},${trim},${height.toFixed(1)},${period},${budget},${shelf},${hours.toFixed(1)},${rush}`);
  }
  write('costumes.csv', rows.join('\n') + '\n');
  // copy with missing-value markers
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 3) return line;
    const c = line.split(',');
    c[2] = i % 2 ? 'NA' : '';
    return c.join(',');
  });
  write('costumes-gaps.csv', gaps.join('\n') + '\n');
}

// performances.csv: nightly box office; attendance fraction & sold-out class (3 classes, rare "sellout").
{
  const r = rng(201 * 7);
  const rows = ['date,venue,seats,price_gbp,days_since_opening,weekend,review_stars,cast_size,rain_mm,matinee,attendance_pct,demand'];
  for (let i = 0; i < 480; i++) {
    const seats = [120, 250, 480, 900][Math.floor(r() * 4)];
    const price = clamp(normal(r, 28, 9), 8, 75);
    const days = Math.floor(r() * 120);
    const weekend = r() < 0.35 ? 1 : 0;
    const stars = clamp(Math.round(normal(r, 3.4, 0.9)), 1, 5);
    const cast = Math.max(2, Math.round(normal(r, 9, 4)));
    const rain = Math.max(0, Math.exp(normal(r, 0, 1.2)) - 1);
    const matinee = r() < 0.2 ? 1 : 0;
    const z = 0.9 * (stars - 3.4) + 1.1 * weekend - 0.03 * (price - 28) - 0.012 * (days - 60) - 0.0008 * (seats - 400) - 0.4 * matinee + normal(r, 0, 0.45);
    const att = clamp(100 * sigmoid(z + 0.3), 5, 100);
    const demand = att > 93 ? 'sellout' : att > 55 ? 'steady' : 'thin';
    const d = new Date(Date.UTC(2023, 8, 1) + i * 86400000 * 0.75);
    rows.push(`${d.toISOString().slice(0, 10)},V${1 + (i % 5)},${seats},${price.toFixed(2)},${days},${weekend},${stars},${cast},${rain.toFixed(1)},${matinee},${att.toFixed(1)},${demand}`);
  }
  write('performances.csv', rows.join('\n') + '\n');
}

// wardrobe-eu.csv: a continental costume hire house export: semicolons, decimal commas.
// Fabric damage after hire: returned_damaged 0/1.
{
  const r = rng(201 * 13);
  const rows = ['item_ref;weight_kg;age_years;hires_count;wash_temp_c;sequins_pct;days_out;damaged'];
  for (let i = 0; i < 360; i++) {
    const w = clamp(normal(r, 2.2, 0.9), 0.3, 6);
    const age = Math.max(0, Math.exp(normal(r, 1.6, 0.6)));
    const hires = Math.max(0, Math.round(age * 3 + normal(r, 0, 3)));
    const temp = [30, 40, 60][Math.floor(r() * 3)];
    const seq = clamp(normal(r, 15, 12), 0, 80);
    const days = Math.max(1, Math.round(normal(r, 10, 5)));
    const z = 0.18 * age + 0.04 * hires + 0.05 * (temp - 40) + 0.04 * (seq - 15) + 0.08 * (days - 10) - 1.6 + normal(r, 0, 0.5);
    const dmg = r() < sigmoid(2 * z) ? 1 : 0;
    const f = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push(`H-${5000 + i};${f(w, 2)};${f(age, 1)};${hires};${temp};${f(seq, 1)};${days};${dmg}`);
  }
  write('wardrobe-eu.csv', rows.join('\n') + '\n');
}

// lighting.tsv: tab-separated lighting desk log: lamp temperature (raw, large) from power & hours.
{
  const r = rng(201 * 19);
  const rows = ['cue_id\tpower_w\tdimmer_pct\thours_on\tambient_c\tgel_density\tlamp_temp_c'];
  for (let i = 0; i < 300; i++) {
    const p = [575, 750, 1000, 1200, 2000][Math.floor(r() * 5)];
    const dim = clamp(normal(r, 65, 20), 5, 100);
    const hrs = Math.max(0, Math.exp(normal(r, 1.0, 0.7)));
    const amb = normal(r, 24, 3);
    const gel = clamp(normal(r, 0.5, 0.2), 0, 1);
    const t = amb + 0.28 * p * (dim / 100) + 18 * Math.log1p(hrs) + 60 * gel + normal(r, 0, 15);
    rows.push(`Q${i}\t${p}\t${dim.toFixed(1)}\t${hrs.toFixed(2)}\t${amb.toFixed(1)}\t${gel.toFixed(2)}\t${t.toFixed(1)}`);
  }
  write('lighting.tsv', rows.join('\n') + '\n');
}
