/**
 * Writes the CSVs of fault set blind223 (maple syrup producers and sugar shacks), seeded from 223:
 * `npx tsx test/faults-blind223/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// sap_runs.csv: one row per sugarbush block per day of the season.
// sap_litres (target) depends on freeze/thaw swing, vacuum and taps; snow depth mildly; moon_phase no effect.
{
  const r = rng(223);
  const rows: string[] = ['date,block_id,night_low_c,day_high_c,temp_swing_c,snow_depth_cm,taps,vacuum_inhg,sap_brix,moon_phase,sap_litres,good_run'];
  for (let i = 0; i < 480; i++) {
    const day = i % 60;
    const block = `B${1 + Math.floor(i / 60)}`;
    const low = clamp(normal(r, -7 + day * 0.12, 4), -22, 6);
    const high = clamp(low + Math.abs(normal(r, 9, 4)), -10, 20);
    const swing = high - low;
    const snow = clamp(normal(r, 60 - day * 0.8, 15), 0, 120);
    const taps = Math.round(800 + r() * 3200); // skewed scale 800-4000
    const vac = clamp(normal(r, 22, 4), 0, 28);
    const brix = clamp(normal(r, 2.4 - day * 0.01, 0.4), 0.8, 4.5);
    const moon = r();
    const freezeThaw = low < 0 && high > 2 ? 1 : 0;
    const perTap = Math.max(0, freezeThaw * (0.25 * swing + 0.12 * vac) + 0.3 * (1 - freezeThaw) + 0.01 * snow / 10 + normal(r, 0, 0.6));
    const litres = Math.max(0, taps * perTap * 0.35 * Math.exp(normal(r, 0, 0.15)));
    const good = litres / taps > 1.1 ? 1 : 0;
    const date = `2024-03-${String(1 + (day % 31)).padStart(2, '0')}`;
    rows.push([date, block, low.toFixed(1), high.toFixed(1), swing.toFixed(1), snow.toFixed(0), taps, vac.toFixed(1), brix.toFixed(2), moon.toFixed(3), litres.toFixed(0), good].join(','));
  }
  write('sap_runs.csv', rows.join('\n') + '\n');
  // A copy from the field tablet with gaps: NA and empty cells where the sensor dropped out.
  const gaps = rows.map((line, i) => {
    if (i === 0 || i % 17 !== 3) return line;
    const cells = line.split(',');
    cells[i % 2 === 0 ? 6 : 7] = i % 3 === 0 ? '' : 'NA';
    return cells.join(',');
  });
  write('sap_runs_gaps.csv', gaps.join('\n') + '\n');
}

// syrup_batches.csv: one row per drawn-off batch from the evaporator; grade from light transmittance.
{
  const r = rng(223 * 7 + 1);
  const rows: string[] = ['batch_id,season_week,sap_brix,boil_minutes,draw_temp_f,final_brix,ph,niter_g_per_l,transmittance_pct,ro_passes,grade'];
  for (let i = 0; i < 420; i++) {
    const week = 1 + Math.floor(r() * 7);
    const sapBrix = clamp(normal(r, 2.6 - 0.12 * week, 0.35), 0.9, 4.5);
    const ro = Math.floor(r() * 4);
    const boil = clamp(normal(r, 95 - 12 * ro + 10 / sapBrix * 4, 12), 20, 200);
    const drawF = clamp(normal(r, 219.1, 0.6), 217.5, 221);
    const finalBrix = clamp(66.9 + (drawF - 219.1) * 1.2 + normal(r, 0, 0.25), 64.5, 69);
    const ph = clamp(normal(r, 6.9 - 0.08 * week, 0.2), 5.8, 7.8);
    const niter = Math.exp(normal(r, -0.2 + 0.15 * week, 0.5)); // skewed
    const trans = clamp(92 - 9.5 * week - 0.12 * (boil - 80) + normal(r, 0, 7), 2, 99);
    const grade = trans >= 75 ? 'Golden' : trans >= 50 ? 'Amber' : trans >= 25 ? 'Dark' : 'VeryDark';
    rows.push([`LOT-24-${String(i + 1).padStart(4, '0')}`, week, sapBrix.toFixed(2), boil.toFixed(0), drawF.toFixed(1), finalBrix.toFixed(1), ph.toFixed(2), niter.toFixed(2), trans.toFixed(1), ro, grade].join(','));
  }
  write('syrup_batches.csv', rows.join('\n') + '\n');
  // The same batches exported from a French-Canadian spreadsheet: semicolons and decimal commas.
  write('syrup_batches_fr.csv', rows.map((l) => l.split(',').map((c) => c.replace('.', ',')).join(';')).join('\n') + '\n');
}

// buddy_lots.csv: late-season lots checked for "buddy" off-flavour (0/1, rare ~15%).
{
  const r = rng(223 * 13 + 5);
  const rows: string[] = ['lot,day_of_season,growing_degree_days,sap_brix,max_temp_c,bud_swell_index,tank_hours,buddy'];
  for (let i = 0; i < 360; i++) {
    const d = Math.floor(r() * 55);
    const gdd = Math.max(0, d * 1.6 + normal(r, 0, 12));
    const brix = clamp(normal(r, 2.5 - d * 0.015, 0.35), 0.9, 4);
    const maxT = clamp(normal(r, 2 + d * 0.2, 4), -8, 22);
    const bud = clamp(0.012 * gdd + 0.02 * maxT + normal(r, 0, 0.15), 0, 2); // collinear with gdd
    const tankH = Math.exp(normal(r, 2, 0.7));
    const z = -4.2 + 0.045 * gdd + 0.12 * maxT + 0.03 * tankH - 0.6 * brix;
    const buddy = r() < sigmoid(z) ? 1 : 0;
    rows.push([`L${2400 + i}`, d, gdd.toFixed(1), brix.toFixed(2), maxT.toFixed(1), bud.toFixed(3), tankH.toFixed(1), buddy].join(','));
  }
  write('buddy_lots.csv', rows.join('\n') + '\n');
}
