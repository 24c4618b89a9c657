/**
 * Blind set 202 (archery clubs and bowyers): writes the CSVs of this folder, seeded from 202.
 * Run once: npx tsx test/faults-blind202/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d = 2) => x.toFixed(d);

// 1. bows.csv: a bowyer's build log. draw_weight_lbs from limb geometry; broke_in_tiller rare 0/1.
{
  const r = rng(202001);
  const rows = ['bow_id,build_date,limb_length_in,limb_thickness_mm,core_lams,wood_density,moisture_pct,string_strands,glue_batch,draw_weight_lbs,broke_in_tiller'];
  for (let i = 0; i < 420; i++) {
    const len = clamp(normal(r, 66, 2.6), 58, 72);
    const thick = clamp(Math.exp(normal(r, Math.log(14), 0.14)), 9, 24); // skewed
    const lams = Math.floor(r() * 4) + 2;
    const dens = clamp(0.55 + 0.012 * (thick - 14) + normal(r, 0, 0.03), 0.4, 0.85); // collinear with thickness
    const moist = clamp(normal(r, 9, 1.8), 5, 16);
    const strands = [12, 14, 16, 18][Math.floor(r() * 4)];
    const glue = Math.floor(r() * 9) + 1; // no effect
    const dw = 40 + 3.6 * (thick - 14) - 1.9 * (len - 66) + 2.2 * (lams - 3) + 30 * (dens - 0.55) - 1.1 * (moist - 9) + normal(r, 0, 2.2);
    const z = -3.3 + 0.55 * (moist - 9) + 0.35 * (thick - 14) - 0.4 * (len - 66) + normal(r, 0, 0.5);
    const broke = r() < sigmoid(z) ? 1 : 0;
    const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86400000).toISOString().slice(0, 10);
    rows.push([`BW-${String(1000 + i)}`, d, f(len, 1), f(thick, 2), lams, f(dens, 3), f(moist, 1), strands, `G${glue}`, f(dw, 1), broke].join(','));
  }
  write('bows.csv', rows.join('\n') + '\n');
  // bows-gaps.csv: the workshop's hand-typed copy with missing moisture readings.
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 5) return line;
    const c = line.split(',');
    c[6] = i % 2 ? 'NA' : '';
    return c.join(',');
  });
  write('bows-gaps.csv', gaps.join('\n') + '\n');
}

// 2. archers.csv: club members' season records. division (4 classes, barebow rare), season_score 0-720.
{
  const r = rng(202002);
  const rows = ['member_no,joined,age,draw_length_in,draw_weight_lbs,arrow_speed_fps,practice_hours_wk,years_shooting,sight_marks,shoe_size,season_score,division'];
  const divs = ['recurve', 'compound', 'longbow', 'barebow'];
  for (let i = 0; i < 480; i++) {
    const u = r();
    const div = u < 0.42 ? 0 : u < 0.74 ? 1 : u < 0.92 ? 2 : 3;
    const age = clamp(normal(r, 38, 14), 11, 79);
    const dl = clamp(normal(r, 28, 1.6), 23, 32);
    const dwBase = [36, 55, 48, 32][div];
    const dw = clamp(normal(r, dwBase, 5), 18, 72);
    const speed = clamp([195, 285, 170, 185][div] + 2.1 * (dw - dwBase) + 4 * (dl - 28) + normal(r, 0, 6), 130, 340);
    const hours = clamp(Math.exp(normal(r, Math.log(4), 0.6)), 0.5, 25); // skewed
    const years = clamp(Math.exp(normal(r, Math.log(5), 0.7)), 0.2, 45);
    const sight = div === 1 || div === 0 ? 1 : 0;
    const shoe = clamp(normal(r, 41, 3), 33, 48); // no effect
    const score = clamp(330 + [40, 110, -60, -20][div] + 55 * Math.log(hours) + 38 * Math.log(years + 1) - 0.03 * (age - 38) ** 2 + normal(r, 0, 28), 60, 715);
    const joined = `${2008 + Math.floor(r() * 17)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
    rows.push([`M${String(i + 1).padStart(4, '0')}`, joined, Math.round(age), f(dl, 1), f(dw, 1), f(speed, 1), f(hours, 1), f(years, 1), sight, f(shoe, 0), Math.round(score), divs[div]].join(','));
  }
  write('archers.csv', rows.join('\n') + '\n');
  // archers-export.csv: the club secretary's spreadsheet export: semicolons, decimal commas.
  write('archers-export.csv', rows.map((line) => line.split(',').map((c) => c.replace('.', ',')).join(';')).join('\n') + '\n');
}

// 3. arrows.tsv-like arrows.csv (tab-separated, from the fletching bench): raw raw scales; hits the gold 0/1.
{
  const r = rng(202003);
  const rows = ['lot\tspine\tgrain_weight\tfoc_pct\tshaft_len_in\tfletch_len_in\tstraightness_thou\tbench_temp_c\tgroup_cm\tgold'];
  for (let i = 0; i < 360; i++) {
    const spine = clamp(normal(r, 550, 140), 250, 1000);
    const grain = clamp(normal(r, 390, 70), 240, 620);
    const foc = clamp(normal(r, 11, 2.5), 4, 20);
    const len = clamp(normal(r, 29, 1.3), 25, 33);
    const fl = [3, 4, 5][Math.floor(r() * 3)];
    const straight = [1, 3, 6][Math.floor(r() * 3)];
    const temp = clamp(normal(r, 19, 4), 8, 32); // no effect
    const mismatch = Math.abs(spine - (420 + 0.35 * (grain - 390) + 18 * (len - 29))) / 100;
    const group = clamp(6 + 4.5 * mismatch + 1.4 * straight - 0.25 * (foc - 11) + normal(r, 0, 1.5), 2, 40);
    const gold = r() < sigmoid(2.4 - 0.28 * group) ? 1 : 0;
    rows.push([`L${202}-${i}`, f(spine, 0), f(grain, 1), f(foc, 1), f(len, 2), fl, straight, f(temp, 1), f(group, 2), gold].join('\t'));
  }
  write('arrows.csv', rows.join('\n') + '\n');
}
