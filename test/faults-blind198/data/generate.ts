/**
 * Data of fault set blind198 (chimney sweeps and stove fitters), seeded from 198:
 * `npx tsx test/faults-blind198/data/generate.ts` writes the CSVs beside this file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// sweeps.csv: one row per sweep visit. Creosote depth (mm) measured at the visit, and whether the
// sweep recorded a "glazed tar / fire risk" finding (rare, ~14%).
{
  const next = rng(198);
  const rows: string[] = ['job_ref,visit_date,flue_height_m,flue_diam_mm,months_since_sweep,wood_kg_week,wood_moisture_pct,stove_age_yr,draught_pa,house_number,creosote_mm,tar_risk'];
  for (let i = 0; i < 420; i++) {
    const height = r2(clamp(normal(next, 7, 1.8), 3, 13), 1);
    const diam = [125, 150, 150, 175, 200][Math.floor(next() * 5)];
    const months = Math.round(clamp(Math.exp(normal(next, 2.4, 0.5)), 3, 60));
    const wood = r2(clamp(Math.exp(normal(next, 3.4, 0.6)), 5, 250), 1); // skewed
    const moist = r2(clamp(normal(next, 20, 6), 8, 45), 1);
    const age = Math.round(clamp(normal(next, 9, 5), 0, 35));
    const draught = r2(clamp(height * 2.1 + normal(next, 0, 1.2), 4, 35), 1); // collinear with height
    const houseNo = 1 + Math.floor(next() * 180); // no effect
    const z = 0.045 * months + 0.012 * wood + 0.11 * (moist - 20) - 0.08 * (draught - 14) + 0.04 * age;
    const creosote = r2(clamp(1.2 + 1.1 * z + normal(next, 0, 0.5), 0.1, 20), 2);
    const risk = next() < sigmoid(1.3 * z - 3.2) ? 1 : 0;
    const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 700) * 86400000).toISOString().slice(0, 10);
    rows.push([`SW-${String(10000 + i)}`, d, height, diam, months, wood, moist, age, draught, houseNo, creosote, risk].join(','));
  }
  write('sweeps.csv', rows.join('\n') + '\n');
  // The same visits as the office spreadsheet exports them: semicolons, decimal commas.
  const semi = rows.map((row) => row.split(',').map((c) => c.replace('.', ',')).join(';'));
  write('sweeps-export.csv', semi.join('\n') + '\n');
  // A copy the van tablet synced with gaps: NA, n/a and empty cells in readings.
  const gapNext = rng(198 * 7);
  const gaps = rows.map((row, i) => {
    if (i === 0) return row;
    const cells = row.split(',');
    if (gapNext() < 0.12) cells[6] = 'NA';
    if (gapNext() < 0.08) cells[8] = 'n/a';
    if (gapNext() < 0.05) cells[5] = '';
    return cells.join(',');
  });
  write('sweeps-gaps.csv', gaps.join('\n') + '\n');
}

// installs.csv: stove installations, the appliance chosen (4 string classes, "pellet" rare).
{
  const next = rng(198 * 11);
  const rows: string[] = ['install_id,room_m3,heat_loss_w,has_liner,flue_run_m,budget_gbp,rural,appliance'];
  for (let i = 0; i < 380; i++) {
    const room = r2(clamp(normal(next, 55, 18), 18, 140), 1);
    const loss = Math.round(clamp(room * 38 + normal(next, 0, 350), 400, 7000));
    const liner = next() < 0.55 ? 1 : 0;
    const run = r2(clamp(normal(next, 6.5, 2), 2, 14), 1);
    const budget = Math.round(clamp(Math.exp(normal(next, 7.9, 0.35)), 1200, 9000));
    const rural = next() < 0.4 ? 1 : 0;
    const s = {
      woodburner: 0.9 * rural + 0.5 * liner - 0.0003 * (budget - 2800) + normal(next, 0, 0.5),
      multifuel: 0.02 * (room - 55) + 0.6 * rural + 0.0002 * (loss - 2100) + normal(next, 0, 0.5),
      gas_insert: -1.4 * rural - 0.6 * liner + 0.3 + normal(next, 0, 0.5),
      pellet: 0.0009 * (budget - 4200) - 0.9 + normal(next, 0, 0.5),
    };
    const appliance = (Object.entries(s) as [string, number][]).sort((a, b) => b[1] - a[1])[0][0];
    rows.push([`IN${2024000 + i}`, room, loss, liner, run, budget, rural, appliance].join(','));
  }
  write('installs.csv', rows.join('\n') + '\n');
}

// fittings.csv (tab-separated, as the quoting tool exports it): hours on site and invoice (GBP) per fit.
{
  const next = rng(198 * 13);
  const rows: string[] = ['quote_no\tstove_kw\tflue_run_m\tstorey\thearth_new\tbends\tdistance_km\thours\tinvoice_gbp'];
  for (let i = 0; i < 300; i++) {
    const kw = r2(clamp(normal(next, 6, 2), 3, 14), 1);
    const run = r2(clamp(normal(next, 6, 2.2), 1.5, 15), 1);
    const storey = 1 + Math.floor(next() * 3);
    const hearth = next() < 0.45 ? 1 : 0;
    const bends = Math.floor(next() * 4);
    const dist = r2(clamp(Math.exp(normal(next, 2.8, 0.7)), 2, 120), 1);
    const hours = r2(clamp(4 + 0.9 * run + 1.6 * storey + 3.5 * hearth + 1.1 * bends + 0.3 * kw + normal(next, 0, 1.2), 2, 40), 1);
    const invoice = Math.round(900 + 160 * kw + 48 * hours + 95 * run + 2.1 * dist + normal(next, 0, 120));
    rows.push([`Q-${7000 + i}`, kw, run, storey, hearth, bends, dist, hours, invoice].join('\t'));
  }
  write('fittings.csv', rows.join('\n') + '\n');
}
