/**
 * Data of fault set blind193 (rope makers and net lofts), seeded from 193:
 * ropes.csv (break test log of finished ropes), nets.csv (net panel inspections, fail 0/1),
 * fibres.csv (incoming fibre lots, 4 string classes, one rare), nets-export.csv (the loft office's
 * semicolon/decimal-comma export of nets), ropes-gaps.csv (ropes with NA / blank / "-" markers).
 * Run: npx tsx test/faults-blind193/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ropes.csv: diameter, strands, nylon share, lay length (collinear with diameter), tar %, twist,
// hours in the rope walk (skewed), warehouse shelf (no effect); target break_kn in kN (large).
{
  const next = rng(193001);
  const lines = ['lot_id,walk_date,diameter_mm,strands,nylon_pct,lay_length_mm,tar_pct,twist_per_m,walk_hours,shelf_no,break_kn'];
  for (let i = 0; i < 400; i++) {
    const d = r2(clamp(normal(next, 20, 7), 6, 44), 1);
    const strands = [3, 3, 3, 4, 8][Math.floor(next() * 5)];
    const nylon = r2(clamp(normal(next, 35, 25), 0, 100), 0);
    const lay = r2(d * 3.1 + normal(next, 0, 2.5), 1);
    const tar = r2(clamp(normal(next, 4, 3), 0, 14), 1);
    const twist = r2(clamp(1100 / d + normal(next, 0, 4), 10, 200), 1);
    const hours = r2(Math.exp(normal(next, 1.2, 0.7)), 2);
    const shelf = 1 + Math.floor(next() * 40);
    const strength = 0.16 * d * d * (1 + nylon / 120) * (strands === 8 ? 1.12 : strands === 4 ? 1.04 : 1) * (1 - tar / 80) - 0.4 * hours;
    const brk = r2(Math.max(2, strength * (1 + normal(next, 0, 0.06))), 1);
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 34) % 12;
    lines.push(`R${193000 + i},2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${d},${strands},${nylon},${lay},${tar},${twist},${hours},${shelf},${brk}`);
  }
  write('ropes.csv', lines);
  // ropes-gaps.csv: same kind of log, with the walk's own missing markers.
  const gaps = [lines[0]];
  const n2 = rng(193002);
  for (const line of lines.slice(1, 241)) {
    const cells = line.split(',');
    const u = n2();
    if (u < 0.06) cells[4] = 'NA';
    else if (u < 0.1) cells[6] = '';
    else if (u < 0.13) cells[8] = '-';
    gaps.push(cells.join(','));
  }
  write('ropes-gaps.csv', gaps);
}

// nets.csv: panel inspection after a season. mesh, twine tex (skewed), knotless flag, days in water,
// UV days, repairs (count), loft humidity (no effect), panel id; fail 0/1 (~18%), 5% labels flipped.
{
  const next = rng(193003);
  const header = 'panel_id,mesh_mm,twine_tex,knotless,days_in_water,uv_days,repairs,loft_humidity,fail';
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const mesh = r2(clamp(normal(next, 60, 25), 12, 160), 1);
    const tex = r2(Math.exp(normal(next, 6.8, 0.5)), 0);
    const knotless = next() < 0.35 ? 1 : 0;
    const water = r2(clamp(normal(next, 140, 70), 0, 365), 0);
    const uv = r2(clamp(water * 0.6 + normal(next, 0, 25), 0, 365), 0);
    const repairs = Math.floor(Math.exp(normal(next, 0.5, 0.8)));
    const hum = r2(clamp(normal(next, 70, 10), 35, 99), 0);
    const z = -2.6 + 0.012 * (water - 140) + 0.015 * (uv - 84) - 1.4 * (Math.log(tex) - 6.8) + 0.35 * repairs - 0.6 * knotless;
    let fail = next() < sigmoid(z * 1.6) ? 1 : 0;
    if (next() < 0.05) fail = 1 - fail;
    rows.push([`P-${4000 + i}`, mesh, tex, knotless, water, uv, repairs, hum, fail]);
  }
  write('nets.csv', [header, ...rows.map((r) => r.join(','))]);
  // The loft office's export: semicolons, decimal commas.
  write('nets-export.csv', [header.replace(/,/g, ';'), ...rows.map((r) => r.map((c) => String(c).replace('.', ',')).join(';'))]);
}

// fibres.csv: incoming fibre lots: tenacity, elongation, density, moisture regain, price per kg,
// lot weight (no effect); fibre class hemp / manila / sisal / polyamide (rare, ~7%).
{
  const next = rng(193004);
  const centres: Record<string, number[]> = {
    hemp: [5.0, 2.2, 1.48, 12, 6.5],
    manila: [4.4, 3.0, 1.38, 10, 8.0],
    sisal: [3.8, 2.6, 1.30, 11, 3.5],
    polyamide: [7.5, 18, 1.14, 4.5, 5.0],
  };
  const lines = ['lot,tenacity_cn_dtex,elongation_pct,density_g_cm3,moisture_regain_pct,price_eur_kg,lot_kg,fibre'];
  for (let i = 0; i < 320; i++) {
    const u = next();
    const fibre = u < 0.33 ? 'hemp' : u < 0.62 ? 'manila' : u < 0.93 ? 'sisal' : 'polyamide';
    const c = centres[fibre];
    const f = [
      r2(normal(next, c[0], 0.55)), r2(normal(next, c[1], c[1] * 0.18)), r2(normal(next, c[2], 0.05), 3),
      r2(normal(next, c[3], 1.4), 1), r2(normal(next, c[4], 1.2)), r2(Math.exp(normal(next, 6, 0.6)), 0),
    ];
    lines.push([`L${7700 + i}`, ...f, fibre].join(','));
  }
  write('fibres.csv', lines);
}
