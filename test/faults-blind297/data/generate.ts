/**
 * Writes the CSVs of fault set blind297 (miso and tempeh producers), seeded from 297:
 * `npx tsx test/faults-blind297/data/generate.ts`. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// ---- miso vats: one row per fermentation batch ----
{
  const next = rng(297);
  const rows: string[] = ['batch_id,start_date,soy_kg,koji_ratio,salt_pct,cellar_temp_c,age_days,humidity_pct,barrel_cedar,stir_count,colour_L,umami_score,grade,spoiled'];
  const eu: string[] = ['batch_id;start_date;soy_kg;koji_ratio;salt_pct;cellar_temp_c;age_days;humidity_pct;barrel_cedar;stir_count;colour_L;umami_score;grade;spoiled'];
  for (let i = 0; i < 420; i++) {
    const soy = r2(Math.exp(normal(next, 5.0, 0.6)), 1); // skewed, 40..700 kg
    const koji = r2(clamp(normal(next, 1.0, 0.3), 0.4, 2.2));
    const salt = r2(clamp(normal(next, 11.5, 1.2), 5.5, 14));
    const temp = r2(clamp(normal(next, 24, 4), 14, 34), 1);
    const age = Math.round(clamp(Math.exp(normal(next, 5.6, 0.5)), 60, 1100)); // skewed
    const hum = r2(clamp(normal(next, 72, 6), 55, 90), 1);
    const cedar = next() < 0.4 ? 1 : 0; // no effect
    const stir = Math.round(clamp(age / 60 + normal(next, 0, 1.5), 0, 25)); // collinear with age
    const colour = r2(clamp(70 - 0.03 * age - 0.6 * (temp - 24) + normal(next, 0, 2), 20, 80), 1);
    const latent = 0.9 * Math.log(age / 270) + 0.6 * (koji - 1) - 0.35 * (salt - 11.5) + 0.08 * (temp - 24);
    const umami = r2(clamp(62 + 9 * latent + normal(next, 0, 3), 20, 99), 1);
    const g = latent + normal(next, 0, 0.35);
    const grade = g > 0.35 ? 'A' : g > -0.75 ? 'B' : 'C';
    const spoilZ = -3.1 - 0.9 * (salt - 11.5) + 0.18 * (temp - 24) + 0.05 * (hum - 72);
    const spoiled = next() < sigmoid(spoilZ * 1.3) ? 1 : 0;
    const id = `MS-${String(2000 + i).padStart(5, '0')}`;
    const date = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    const vals = [id, date, soy, koji, salt, temp, age, hum, cedar, stir, colour, umami, grade, spoiled];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  }
  write('miso-vats.csv', rows.join('\n') + '\n');
  write('miso-vats-eu.csv', eu.join('\n') + '\n');
}

// ---- tempeh incubation: one row per tray ----
{
  const next = rng(297 * 2 + 1);
  const header = 'tray_id,logged_at,bean_kg,soak_hours,moisture_pct,starter_g,chamber_c,ambient_c,incubation_h,thickness_mm,perforations,tray_weight_g,cover_pct,price_yen,outcome';
  const rows: string[] = [header];
  const tab: string[] = [header.replace(/,/g, '\t')];
  const gaps: string[] = [header];
  const wet: string[] = [header];
  for (let i = 0; i < 380; i++) {
    const bean = r2(clamp(Math.exp(normal(next, 1.6, 0.5)), 1, 20), 2);
    const soak = r2(clamp(normal(next, 14, 3), 6, 24), 1);
    const moist = r2(clamp(normal(next, 58, 3), 48, 68), 1);
    const starter = r2(clamp(normal(next, 2.2, 0.7), 0.5, 4.5), 2);
    const chamber = r2(clamp(normal(next, 31, 1.6), 26, 36), 1);
    const ambient = r2(chamber - 6 + normal(next, 0, 0.8), 1); // collinear with chamber
    const hours = r2(clamp(normal(next, 36, 5), 22, 52), 1);
    const thick = r2(clamp(normal(next, 25, 4), 15, 40), 1);
    const perf = Math.round(clamp(normal(next, 40, 12), 5, 80)); // weak effect
    const weight = Math.round(bean * 1000 * 1.05 + normal(next, 0, 150)); // raw grams, collinear with bean
    const heatStress = Math.max(0, chamber - 33);
    const z = 0.12 * (hours - 36) + 0.55 * (starter - 2.2) + 0.35 * (chamber - 31) - 0.08 * Math.abs(moist - 58) - 0.04 * (thick - 25) - 0.9 * heatStress + 0.01 * (perf - 40);
    const cover = r2(clamp(100 * sigmoid(1.2 + 1.1 * z) + normal(next, 0, 3), 0, 100), 1);
    const over = hours > 44 && chamber > 32;
    const o = z + normal(next, 0, 0.3);
    const outcome = over || o > 1.6 ? 'overgrown' : o < -0.9 ? 'weak' : 'good';
    const price = Math.round(bean * (380 + 4 * cover) + normal(next, 0, 200));
    const id = `TP${String(i + 1).padStart(4, '0')}`;
    const at = `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(6 + (i % 12)).padStart(2, '0')}:30`;
    const vals: (string | number)[] = [id, at, bean, soak, moist, starter, chamber, ambient, hours, thick, perf, weight, cover, price, outcome];
    rows.push(vals.join(','));
    tab.push(vals.join('\t'));
    const g = [...vals];
    if (next() < 0.07) g[4] = 'NA';
    if (next() < 0.05) g[6] = '';
    if (next() < 0.03) g[8] = 'n/a';
    gaps.push(g.join(','));
    const w = [...vals];
    if (i % 37 === 5) w[4] = 'wet';
    wet.push(w.join(','));
  }
  write('tempeh-trays.csv', rows.join('\n') + '\n');
  write('tempeh-trays-tab.csv', tab.join('\n') + '\n');
  write('tempeh-trays-gaps.csv', gaps.join('\n') + '\n');
  write('tempeh-trays-handlog.csv', wet.join('\n') + '\n');
}
