/**
 * Writes the CSVs of fault set blind217 (circus schools and trapeze troupes), seeded from 217.
 * Run once: npx tsx test/faults-blind217/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d = 2) => x.toFixed(d);

// students.csv: aerial students, did they pass the aerial exam?
{
  const r = rng(217);
  const rows: string[] = ['student_id,enrol_date,age,weeks_enrolled,hours_per_week,height_cm,weight_kg,grip_kg,flex_cm,prior_dance,shoe_size_eu,passed_aerial'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const age = clamp(Math.round(normal(r, 19, 7)), 8, 52);
    const weeks = Math.round(clamp(-Math.log(Math.max(r(), 1e-6)) * 30, 1, 220)); // skewed
    const hours = clamp(normal(r, 6, 3), 1, 20);
    const height = clamp(normal(r, 163 + (age < 14 ? -25 : 0), 9), 120, 200);
    const weight = clamp(height * 0.38 - 3 + normal(r, 0, 5), 22, 110); // collinear with height
    const grip = clamp(normal(r, 22 + hours * 1.4 + Math.min(weeks, 100) * 0.08, 6), 5, 70);
    const flex = clamp(normal(r, 8 + (age < 20 ? 6 : 0), 7), -15, 35);
    const dance = r() < 0.3 ? 1 : 0;
    const shoe = Math.round(clamp(normal(r, 39, 3), 30, 47)); // no effect
    const z = 0.09 * (grip - 32) + 0.08 * (flex - 10) + 0.9 * dance + 0.012 * (weeks - 35) - 0.02 * (weight - 59) + normal(r, 0, 0.7);
    const y = r() < sigmoid(2 * z) ? 1 : 0;
    const id = `S${String(1000 + i)}`;
    const date = `2025-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const cells = [id, date, String(age), String(weeks), f(hours, 1), f(height, 1), f(weight, 1), f(grip, 1), f(flex, 1), String(dance), String(shoe), String(y)];
    rows.push(cells.join(','));
    const g = [...cells];
    if (r() < 0.08) g[7] = 'NA';
    if (r() < 0.05) g[8] = '';
    if (r() < 0.03) g[5] = '?';
    gaps.push(g.join(','));
  }
  write('students.csv', rows.join('\n') + '\n');
  write('students-gaps.csv', gaps.join('\n') + '\n');
}

// acts.csv: acts filmed at troupe showcases; discipline label (string), hoop is rare.
{
  const r = rng(217 * 3 + 1);
  const rows: string[] = ['act_id,rig_height_m,duration_s,catches,rotations,swing_period_s,performers,net_used,lucky_number,discipline'];
  const classes = ['flying_trapeze', 'static_trapeze', 'silks', 'hoop'];
  const weights = [0.36, 0.28, 0.28, 0.08];
  for (let i = 0; i < 360; i++) {
    let u = r(), c = 0;
    while (c < 3 && u > weights[c]) { u -= weights[c]; c++; }
    const flying = c === 0, stat = c === 1, silk = c === 2;
    const rig = clamp(normal(r, flying ? 9 : stat ? 5.5 : silk ? 7 : 4.5, 1.4), 2, 14);
    const dur = clamp(normal(r, flying ? 300 : stat ? 360 : silk ? 330 : 280, 45), 120, 600);
    const catches = Math.max(0, Math.round(normal(r, flying ? 6 : stat ? 1 : 0.3, 1.5)));
    const rot = Math.max(0, Math.round(normal(r, flying ? 3 : silk ? 5 : c === 3 ? 7 : 2, 1.6)));
    const swing = clamp(normal(r, flying ? 3.2 : stat ? 2.0 : c === 3 ? 1.6 : 0.8, 0.45), 0.2, 5);
    const perf = Math.max(1, Math.round(normal(r, flying ? 4 : stat ? 2 : 1.3, 0.8)));
    const net = flying ? (r() < 0.9 ? 1 : 0) : r() < 0.2 ? 1 : 0;
    const lucky = Math.floor(r() * 100);
    const label = r() < 0.06 ? classes[Math.floor(r() * 4)] : classes[c];
    rows.push([`A-${2000 + i}`, f(rig, 2), f(dur, 0), String(catches), String(rot), f(swing, 2), String(perf), String(net), String(lucky), label].join(','));
  }
  write('acts.csv', rows.join('\n') + '\n');
}

// shows.csv: ticket revenue per show in euros (raw), plus a semicolon / decimal-comma export and a tab copy.
{
  const r = rng(217 * 7 + 5);
  const header = ['show_date', 'tent_capacity', 'ticket_price_eur', 'temp_c', 'weekend', 'ad_spend_eur', 'acts_count', 'rain_mm', 'revenue_eur'];
  const rows: string[] = [header.join(',')];
  const semi: string[] = [header.join(';')];
  const tabs: string[] = [header.join('\t')];
  for (let i = 0; i < 380; i++) {
    const cap = [400, 600, 800, 1200][Math.floor(r() * 4)];
    const price = clamp(normal(r, 24, 6), 10, 45);
    const temp = clamp(normal(r, 17, 7), -4, 36);
    const wk = r() < 0.35 ? 1 : 0;
    const ad = clamp(Math.exp(normal(r, 6.5, 0.8)), 50, 8000); // skewed
    const acts = Math.round(clamp(normal(r, 12, 3), 5, 22));
    const rain = r() < 0.7 ? 0 : clamp(-Math.log(Math.max(r(), 1e-6)) * 6, 0, 60);
    const fill = clamp(0.35 + 0.2 * wk + 0.04 * Math.log(ad / 300) - 0.006 * (price - 24) - 0.004 * rain - 0.0006 * (temp - 20) ** 2 + 0.01 * (acts - 12) + normal(r, 0, 0.06), 0.05, 1);
    const revenue = cap * fill * price;
    const date = `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const cells = [date, String(cap), f(price, 2), f(temp, 1), String(wk), f(ad, 0), String(acts), f(rain, 1), f(revenue, 2)];
    rows.push(cells.join(','));
    semi.push(cells.map((c) => c.replace('.', ',')).join(';'));
    tabs.push(cells.join('\t'));
  }
  write('shows.csv', rows.join('\n') + '\n');
  write('shows-export.csv', semi.join('\n') + '\n');
  write('shows-tabs.csv', tabs.join('\n') + '\n');
}

// rigging.csv: apparatus load tests; sway amplitude (cm) from rig geometry; small regression, one dead column.
{
  const r = rng(2170);
  const rows: string[] = ['rig_id,span_m,height_m,load_kg,cable_mm,tension_kn,paint_code,sway_cm'];
  for (let i = 0; i < 260; i++) {
    const span = clamp(normal(r, 6, 1.5), 2, 12);
    const h = clamp(normal(r, 8, 2), 3, 15);
    const load = clamp(normal(r, 140, 40), 40, 320);
    const cable = [6, 8, 10, 12][Math.floor(r() * 4)];
    const tension = clamp(normal(r, 12 + cable * 0.8, 2.5), 4, 30);
    const paint = Math.floor(r() * 9);
    const sway = clamp(2 + 0.9 * span + 0.5 * h + 0.03 * load - 0.45 * tension + 0.02 * span * load / 10 + normal(r, 0, 0.8), 0.2, 60);
    rows.push([`R${300 + i}`, f(span), f(h), f(load, 1), String(cable), f(tension), String(paint), f(sway, 2)].join(','));
  }
  write('rigging.csv', rows.join('\n') + '\n');
}
