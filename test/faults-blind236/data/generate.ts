/**
 * Writes this set's CSVs (seeded from 236): a wheelwright's and carriage restorer's shop records.
 * Run once: `npx tsx test/faults-blind236/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// wheels.csv: wheel rebuild jobs; hours_to_rebuild (and cost_gbp) from diameter, spokes, rot.
{
  const next = rng(236001);
  const rows: string[] = ['job_id,wheel_diam_in,rim_circ_cm,spokes,felloe_depth_mm,rot_score,shop_temp_c,hours_to_rebuild,cost_gbp'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 360; i++) {
    const d = 32 + next() * 26;
    const circ = Math.PI * d * 2.54 + normal(next, 0, 0.6);
    const spokes = d < 38 ? 10 : d < 45 ? 12 : d < 52 ? 14 : 16;
    const felloe = clamp(normal(next, 68, 9), 45, 95);
    const rot = clamp(-2.2 * Math.log(Math.max(next(), 1e-6)), 0, 10);
    const temp = 8 + next() * 16;
    const hours = 6 + 0.55 * d + 1.7 * spokes + 0.12 * felloe + 2.2 * rot + 0.35 * rot * rot * (spokes / 14) + normal(next, 0, 3.5);
    const cost = 38 * hours + 180 + normal(next, 0, 60);
    const id = `WJ-${String(1000 + i)}`;
    const cells = [id, r2(d, 1), r2(circ, 1), spokes, r2(felloe, 1), r2(rot, 2), r2(temp, 1), r2(hours, 1), r2(cost, 0)];
    rows.push(cells.join(','));
    const g = [...cells];
    if (i % 17 === 3) g[5] = 'NA';
    if (i % 23 === 7) g[4] = '';
    gaps.push(g.join(','));
  }
  write('wheels.csv', rows.join('\n') + '\n');
  write('wheels-gaps.csv', gaps.join('\n') + '\n');
}

// tires.csv: hot-set iron tyres; fit = tight / loose / split (rare) from the draw per metre.
{
  const next = rng(236002);
  const rows: string[] = ['set_date,wheel_circ_mm,tire_circ_mm,draw_mm,heat_c,iron_thick_mm,ambient_c,fit'];
  for (let i = 0; i < 420; i++) {
    const wheel = 2500 + next() * 2100;
    const drawPerM = clamp(normal(next, 3.8, 1.5), 0.3, 8.5);
    const draw = drawPerM * wheel / 1000 + normal(next, 0, 0.8);
    const tire = wheel - draw;
    const heat = 680 + next() * 240;
    const thick = 8 + next() * 8;
    const ambient = -2 + next() * 26;
    const dpm = draw / (wheel / 1000);
    let fit = dpm < 2.6 ? 'loose' : dpm > 5.6 && (thick < 12 || heat < 760) ? 'split' : 'tight';
    if (next() < 0.05) fit = ['loose', 'tight', 'split'][Math.floor(next() * 3)];
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 36) % 12;
    rows.push([`2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, r2(wheel, 0), r2(tire, 1), r2(draw, 1), r2(heat, 0), r2(thick, 1), r2(ambient, 1), fit].join(','));
  }
  write('tires.csv', rows.join('\n') + '\n');
}

// carriages.csv (and a semicolon / decimal-comma export): is a carriage in a lot worth restoring?
{
  const next = rng(236003);
  const head = ['lot_no', 'build_year', 'rot_pct', 'original_parts_pct', 'weight_kg', 'axles', 'auction_est_gbp', 'worth_restoring'];
  const rows: string[] = [head.join(',')];
  const eu: string[] = [head.join(';')];
  for (let i = 0; i < 320; i++) {
    const year = Math.round(1820 + next() * 110);
    const rot = clamp(Math.exp(normal(next, 2.3, 0.9)), 0.5, 85);
    const orig = clamp(normal(next, 62, 20), 10, 100);
    const axles = next() < 0.3 ? 1 : 2;
    const weight = axles === 1 ? 220 + next() * 200 : 450 + next() * 500;
    const est = Math.exp(normal(next, 8, 1.1));
    const z = -1.2 + 0.06 * (orig - 60) - 0.09 * (rot - 10) + 1.1 * Math.log(est / 3000) + 0.012 * (1900 - year) * (orig > 70 ? 1 : 0.3);
    const y = next() < sigmoid(2.2 * z) ? 1 : 0;
    const cells = [`L${2300 + i}`, year, r2(rot, 1), r2(orig, 1), r2(weight, 0), axles, r2(est, 0), y];
    rows.push(cells.join(','));
    eu.push(cells.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';'));
  }
  write('carriages.csv', rows.join('\n') + '\n');
  write('carriages-eu.csv', eu.join('\n') + '\n');
}

// kiln.csv (tab-separated, as the kiln controller logs it): final moisture of spoke and felloe timber.
{
  const next = rng(236004);
  const rows: string[] = [['batch', 'board_thick_mm', 'start_moisture_pct', 'kiln_hours', 'kiln_temp_c', 'density_kg_m3', 'final_moisture_pct'].join('\t')];
  for (let i = 0; i < 260; i++) {
    const thick = 25 + next() * 75;
    const start = 28 + next() * 32;
    const hours = 24 + next() * 216;
    const temp = 45 + next() * 30;
    const dens = 550 + next() * 300;
    const k = 0.9 * (temp / 60) ** 2 * (700 / dens) / (thick / 50) ** 1.6;
    const final = 7 + (start - 7) * Math.exp(-k * hours / 60) + normal(next, 0, 0.7);
    rows.push([`K${500 + i}`, r2(thick, 0), r2(start, 1), r2(hours, 0), r2(temp, 1), r2(dens, 0), r2(final, 2)].join('\t'));
  }
  write('kiln.csv', rows.join('\n') + '\n');
}
