/**
 * Writes this set's CSVs (luthier workshop data), seeded from 265 so every run gives the same files:
 * npx tsx test/faults-blind265/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d: number) => x.toFixed(d);

// --- tonewood.csv: spruce/maple billets graded at intake; accept 0/1 ---------------------------
{
  const r = rng(265);
  const rows: string[] = ['billet_id,species,density_kg_m3,stiffness_gpa,sound_speed_m_s,grain_lines_per_cm,moisture_pct,runout_deg,seasoning_years,supplier_code,accept'];
  const gaps: string[] = [rows[0]];
  const eu: string[] = [rows[0].replace(/,/g, ';')];
  for (let i = 0; i < 400; i++) {
    const maple = r() < 0.3;
    const density = maple ? normal(r, 620, 45) : normal(r, 420, 35);
    const stiff = clamp(density / 40 + normal(r, 0, 1.2), 4, 22);
    const speed = Math.sqrt((stiff * 1e9) / density); // collinear with density and stiffness
    const grain = clamp(normal(r, 6, 2), 1.5, 14);
    const moist = clamp(normal(r, 9, 1.6), 5, 16);
    const runout = Math.abs(normal(r, 0, 2.2));
    const season = Math.round(clamp(-Math.log(Math.max(r(), 1e-6)) * 6, 0, 60)); // skewed
    const supplier = Math.floor(r() * 9) + 1; // no effect
    const z = 0.0022 * (speed - 5000) - 0.5 * (runout - 1.8) + 0.35 * (grain - 6) * (maple ? -0.3 : 1) - 0.55 * (moist - 9) + 0.05 * (season - 6) + normal(r, 0, 0.6);
    let accept = r() < sigmoid(1.6 * z) ? 1 : 0;
    if (r() < 0.05) accept = 1 - accept;
    const id = `TW-${String(2650 + i).padStart(5, '0')}`;
    const sp = maple ? 'maple' : 'spruce';
    const vals = [id, sp, f(density, 1), f(stiff, 2), f(speed, 0), f(grain, 1), f(moist, 1), f(runout, 2), String(season), String(supplier), String(accept)];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => v.replace('.', ',')).join(';'));
    const g = [...vals];
    if (r() < 0.06) g[6] = r() < 0.5 ? 'NA' : '';
    if (r() < 0.04) g[7] = '?';
    gaps.push(g.join(','));
  }
  write('tonewood.csv', rows.join('\n') + '\n');
  write('tonewood-eu.csv', eu.join('\n') + '\n');
  write('tonewood-gaps.csv', gaps.join('\n') + '\n');
}

// --- instruments.csv: appraisals of finished violins/violas/cellos; price and grade -------------
{
  const r = rng(265 * 7 + 1);
  const rows: string[] = ['appraisal_date,serial,age_years,body_length_mm,top_thickness_mm,back_density_kg_m3,varnish_coats,maker_rank,prior_owners,condition_score,tap_freq_hz,price_eur,grade'];
  for (let i = 0; i < 360; i++) {
    const age = clamp(-Math.log(Math.max(r(), 1e-6)) * 45, 0.5, 320); // very skewed
    const body = normal(r, 356, 4); // no effect
    const top = clamp(normal(r, 2.9, 0.25), 2.2, 3.8);
    const backD = normal(r, 610, 40);
    const coats = Math.round(clamp(normal(r, 10, 3), 3, 20));
    const rank = Math.round(clamp(normal(r, 5, 2), 1, 10));
    const owners = Math.round(clamp(age / 25 + normal(r, 0, 1), 0, 15)); // collinear with age
    const cond = clamp(normal(r, 7, 1.5) - age / 120, 1, 10);
    const tap = clamp(normal(r, 370, 18) + (3.0 - top) * 60, 300, 460);
    const logp = 7.6 + 0.23 * rank + 0.8 * Math.log1p(age) / Math.log(10) + 0.12 * (cond - 7) + 0.03 * (coats - 10) - 1.8 * Math.abs(top - 2.9) + normal(r, 0, 0.18);
    const price = Math.exp(logp);
    const grade = price > 30000 ? 'soloist' : price > 12000 ? 'orchestral' : 'student';
    const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 1800) * 86400000).toISOString().slice(0, 10);
    rows.push([d, `VN${26500 + i}`, f(age, 1), f(body, 1), f(top, 2), f(backD, 1), String(coats), String(rank), String(owners), f(cond, 1), f(tap, 1), f(price, 0), grade].join(','));
  }
  write('instruments.csv', rows.join('\n') + '\n');
}

// --- repairs.tsv-style export (tab-separated .csv): bench hours per repair ticket ----------------
{
  const r = rng(265 * 13 + 5);
  const rows: string[] = ['ticket\tinstrument\tcrack_length_cm\tcrack_count\tseam_open_cm\tneck_reset\tbass_bar\tfingerboard_plane\tage_years\tbench_hours'];
  for (let i = 0; i < 300; i++) {
    const inst = ['violin', 'viola', 'cello'][r() < 0.6 ? 0 : r() < 0.6 ? 1 : 2];
    const crack = Math.max(0, -Math.log(Math.max(r(), 1e-6)) * 4 - 1);
    const count = crack === 0 ? 0 : Math.round(clamp(crack / 3 + normal(r, 1, 0.8), 1, 8));
    const seam = Math.max(0, normal(r, 3, 4));
    const neck = r() < 0.15 ? 1 : 0;
    const bass = r() < 0.08 ? 1 : 0;
    const board = r() < 0.4 ? 1 : 0;
    const age = clamp(-Math.log(Math.max(r(), 1e-6)) * 50, 1, 280);
    const mult = inst === 'cello' ? 1.5 : inst === 'viola' ? 1.15 : 1;
    const hours = mult * (1.2 + 0.9 * crack + 0.6 * count + 0.25 * seam + 9 * neck + 16 * bass + 1.5 * board + 0.01 * age) + normal(r, 0, 1.2);
    rows.push([`R-${i + 2650}`, inst, f(crack, 1), String(count), f(seam, 1), String(neck), String(bass), String(board), f(age, 0), f(Math.max(0.5, hours), 1)].join('\t'));
  }
  write('repairs.csv', rows.join('\n') + '\n');
}

// --- setups.csv: string/bridge setup complaints -> which adjustment fixed it (4 classes, one rare) ---
{
  const r = rng(265 * 31 + 9);
  const rows: string[] = ['action_e_mm,action_g_mm,bridge_height_mm,soundpost_offset_mm,string_tension_n,afterlength_mm,humidity_pct,fix'];
  for (let i = 0; i < 320; i++) {
    const actE = normal(r, 3.4, 0.5), actG = normal(r, 5.4, 0.6), bridge = normal(r, 33, 1.2);
    const post = normal(r, 2.5, 1.2), tension = normal(r, 220, 18), after = normal(r, 55, 2.5), hum = normal(r, 45, 10);
    const s = [
      1.8 * (actE - 3.4) + 1.5 * (actG - 5.4) + 0.8 * (bridge - 33) + normal(r, 0, 0.5), // bridge
      1.1 * Math.abs(post - 2.5) - 0.6 + normal(r, 0, 0.5), // soundpost
      0.06 * (tension - 220) + 0.3 * (after - 55) + normal(r, 0, 0.5), // strings/tailpiece
      0.09 * (hum - 45) - 0.6 + normal(r, 0, 0.4), // seasonal (rare)
    ];
    let k = s.indexOf(Math.max(...s));
    if (k === 3 && r() < 0.4) k = 0;
    rows.push([f(actE, 2), f(actG, 2), f(bridge, 2), f(post, 2), f(tension, 1), f(after, 1), f(hum, 0), ['bridge', 'soundpost', 'strings', 'seasonal'][k]].join(','));
  }
  write('setups.csv', rows.join('\n') + '\n');
}
