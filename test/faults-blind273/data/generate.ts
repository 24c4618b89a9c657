/**
 * Writes the CSVs of fault set blind273 (kimchi and sauerkraut makers), seeded from 273.
 * Run once: npx tsx test/faults-blind273/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(273);
const f = (x: number, d = 2) => x.toFixed(d);

// batches.csv: one row per fermentation batch (crock), 480 rows.
type Row = Record<string, string | number>;
const styles = ['napa_kimchi', 'sauerkraut', 'kkakdugi', 'curtido'];
const styleP = [0.45, 0.4, 0.1, 0.05];
const rows: Row[] = [];
for (let i = 0; i < 480; i++) {
  let u = r(), s = 0;
  while (s < styles.length - 1 && u > styleP[s]) { u -= styleP[s]; s++; }
  const style = styles[s];
  const salt = clamp(normal(r, style === 'sauerkraut' ? 2.0 : 2.6, 0.35), 1.0, 4.0);
  const cabbageKg = Math.exp(normal(r, 4.0, 0.7)); // skewed: 10..600 kg
  const room = normal(r, 17, 3.5);
  const brine = room - 1.2 + normal(r, 0, 0.6); // collinear with room temperature
  const days = Math.round(clamp(normal(r, style === 'sauerkraut' ? 21 : 9, 5), 2, 42));
  const chili = style === 'sauerkraut' ? 0 : Math.max(0, normal(r, 35, 10)) * cabbageKg / 10; // gochugaru grams
  const sugar = clamp(normal(r, 4.5, 0.8), 2, 7); // cabbage sugar %Brix
  const crock = Math.floor(r() * 40) + 1; // crock number: no effect
  // pH drops with days and temperature, less with salt
  const acid = 0.06 * days * (1 + 0.06 * (room - 17)) + 0.25 * sugar - 0.35 * salt;
  const ph = clamp(4.6 - 1.1 * sigmoid(acid - 1.0) - 0.004 * days + normal(r, 0, 0.06), 3.1, 5.0);
  const spoilZ = -3.2 + 1.1 * (room - 17) / 3.5 - 1.6 * (salt - 2.3) + 0.5 * (ph - 3.8) * 3;
  const spoiled = r() < sigmoid(spoilZ) ? 1 : 0;
  const month = 1 + Math.floor(r() * 12), day = 1 + Math.floor(r() * 28);
  rows.push({
    batch_id: `B${273000 + i}`,
    started: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T0${Math.floor(r() * 9)}:30`,
    style,
    salt_pct: f(salt),
    cabbage_kg: f(cabbageKg, 1),
    room_temp_c: f(room, 1),
    brine_temp_c: f(brine, 1),
    days,
    gochugaru_g: f(chili, 0),
    sugar_brix: f(sugar),
    crock_no: crock,
    final_ph: f(ph, 3),
    spoiled,
  });
}
const cols = Object.keys(rows[0]);
fs.writeFileSync(path.join(dir, 'batches.csv'), [cols.join(','), ...rows.map((x) => cols.map((c) => x[c]).join(','))].join('\n') + '\n');

// batches-eu.csv: the German partner's export: semicolons and decimal commas, numeric columns only.
const euCols = ['salt_pct', 'cabbage_kg', 'room_temp_c', 'brine_temp_c', 'days', 'sugar_brix', 'final_ph', 'spoiled'];
fs.writeFileSync(path.join(dir, 'batches-eu.csv'),
  [euCols.join(';'), ...rows.map((x) => euCols.map((c) => String(x[c]).replace('.', ',')).join(';'))].join('\n') + '\n');

// batches-gaps.csv: the paper-log transcription, with NA and blank cells for unread thermometers.
const gapCols = ['salt_pct', 'room_temp_c', 'brine_temp_c', 'days', 'sugar_brix', 'final_ph'];
fs.writeFileSync(path.join(dir, 'batches-gaps.csv'),
  [gapCols.join(','), ...rows.map((x) => gapCols.map((c) => {
    const u = r();
    if (c !== 'final_ph' && u < 0.04) return 'NA';
    if (c !== 'final_ph' && u < 0.06) return '';
    return x[c];
  }).join(','))].join('\n') + '\n');

// shop-weeks.tsv (tab-separated, .csv name): weekly jar sales of the shop, 260 weeks, raw units.
const wk: string[] = ['week\tavg_temp_c\tprice_krw\tpromo\tkimjang_season\tinstagram_posts\tjars_sold\trevenue_krw'];
for (let w = 0; w < 260; w++) {
  const temp = 13 + 12 * Math.sin((2 * Math.PI * (w % 52)) / 52 - 1.6) + normal(r, 0, 2.5);
  const price = Math.round((9000 + 30 * w + normal(r, 0, 600)) / 100) * 100;
  const promo = r() < 0.15 ? 1 : 0;
  const kimjang = (w % 52) >= 44 && (w % 52) <= 48 ? 1 : 0;
  const posts = Math.round(Math.max(0, normal(r, 3, 2)));
  const jars = Math.max(20, Math.round(900 - 0.04 * (price - 9000) - 12 * temp + 350 * promo + 1200 * kimjang + 25 * posts + normal(r, 0, 90)));
  wk.push([`2019-W${String(w).padStart(3, '0')}`, f(temp, 1), price, promo, kimjang, posts, jars, jars * price].join('\t'));
}
fs.writeFileSync(path.join(dir, 'shop-weeks.csv'), wk.join('\n') + '\n');

// brine-lab.csv: lab readings of brine samples (salinity by refractometer etc.) and the microbe stage, 3 classes.
const lab: string[] = ['sample,refract_brix,conductivity_ms,lactic_pct,co2_ppm,turbidity_ntu,stage'];
const stageNames = ['leuconostoc', 'lactobacillus_plantarum', 'yeast_film'];
for (let i = 0; i < 360; i++) {
  const k = r() < 0.08 ? 2 : r() < 0.5 ? 0 : 1;
  const lactic = clamp(normal(r, [0.35, 1.1, 0.9][k], 0.18), 0.05, 2);
  const co2 = Math.exp(normal(r, [8.2, 7.2, 6.6][k], 0.4));
  const cond = normal(r, 38, 6);
  const refr = cond * 0.18 + normal(r, 0, 0.3);
  const turb = Math.exp(normal(r, [3.0, 3.4, 4.6][k], 0.5));
  lab.push([`S-${i}`, f(refr), f(cond, 1), f(lactic, 3), f(co2, 0), f(turb, 1), stageNames[k]].join(','));
}
fs.writeFileSync(path.join(dir, 'brine-lab.csv'), lab.join('\n') + '\n');
