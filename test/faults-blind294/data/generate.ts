/**
 * Writes the CSVs of fault set blind294 (mead and sake brewers), seeded from 294.
 * Run once: `npx tsx test/faults-blind294/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// 1. mead_batches.csv: 380 meadery batches. Honey mass skewed (small test batches, a few big ones),
// water roughly collinear with honey (target gravity), original gravity, pitch temperature, yeast and
// nutrient doses, a 'cellar_door' number with no effect, a batch code text column and a bottling date.
// Targets: final_abv (%), stuck (0/1, ~14% stuck), style (string, cyser rare).
{
  const r = rng(294);
  const rows: string[] = ['batch_code,bottled,honey_kg,water_l,og,pitch_temp_c,yeast_g,nutrient_g,fruit_kg,cellar_door,final_abv,stuck,style'];
  for (let i = 0; i < 380; i++) {
    const honey = clamp(Math.exp(normal(r, 3.2, 0.7)), 4, 400);
    const og = clamp(normal(r, 1.105, 0.018), 1.06, 1.16);
    const water = honey / ((og - 1) * 2.9) * clamp(normal(r, 1, 0.05), 0.85, 1.15);
    const temp = clamp(normal(r, 18, 3), 10, 28);
    const yeast = clamp(honey * normal(r, 0.35, 0.08), 1, 200);
    const nutrient = clamp(honey * Math.max(0, normal(r, 0.5, 0.25)), 0, 300);
    const styleDraw = r();
    const style = styleDraw < 0.45 ? 'traditional' : styleDraw < 0.75 ? 'melomel' : styleDraw < 0.93 ? 'metheglin' : 'cyser';
    const fruit = style === 'melomel' ? clamp(honey * normal(r, 0.6, 0.15), 0, 300) : style === 'cyser' ? clamp(honey * normal(r, 0.3, 0.1), 0, 200) : clamp(normal(r, 0.2, 0.3), 0, 3);
    const door = Math.round(clamp(normal(r, 50, 20), 0, 120));
    const nutPerKg = nutrient / honey;
    const stuckZ = -2.3 + 9 * (og - 1.105) - 2.2 * (nutPerKg - 0.5) + 0.25 * Math.abs(temp - 18) + normal(r, 0, 0.6);
    const stuck = r() < sigmoid(stuckZ * 1.3) ? 1 : 0;
    const attenuation = stuck ? clamp(normal(r, 0.55, 0.1), 0.3, 0.8) : clamp(normal(r, 0.93, 0.04), 0.8, 1);
    const abv = ((og - 1) * 131.25 * attenuation) + (style === 'cyser' ? 0.4 : 0) + normal(r, 0, 0.35);
    const code = `MD-${String(2100 + i)}`;
    const d = new Date(Date.UTC(2021, 0, 1) + Math.floor(r() * 1000) * 86400000).toISOString().slice(0, 10);
    rows.push([code, d, honey.toFixed(2), water.toFixed(1), og.toFixed(3), temp.toFixed(1), yeast.toFixed(1), nutrient.toFixed(1), fruit.toFixed(2), door, abv.toFixed(2), stuck, style].join(','));
  }
  write('mead_batches.csv', rows.join('\n') + '\n');
  // The same ledger with missing readings, as the cellar hand typed it.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (i % 17 === 3) cells[5] = 'NA';
    if (i % 23 === 7) cells[7] = '';
    if (i % 41 === 11) cells[4] = '?';
    return cells.join(',');
  });
  write('mead_batches_gaps.csv', gaps.join('\n') + '\n');
  // A hand-edited copy where a hydrometer reading was typed with a note.
  const typo = rows.map((line, i) => {
    if (i !== 57 && i !== 140) return line;
    const cells = line.split(',');
    cells[4] = i === 57 ? '1.11 approx' : 'see log';
    return cells.join(',');
  });
  write('mead_batches_handedit.csv', typo.join('\n') + '\n');
}

// 2. sake_moromi.csv: a Japanese spreadsheet export with semicolons and decimal commas. 420 tanks:
// rice polishing ratio (seimaibuai, %), koji share (%), moromi days, peak temperature, acidity, amino
// acidity, nihonshu-do (SMV), a tank number with no effect, press date text.
// Targets: grade (futsu/honjozo/ginjo/daiginjo, daiginjo rarer), price_yen (raw yen, thousands),
// aroma_score (0-10 tasting panel).
{
  const r = rng(294 * 7 + 1);
  const rows: string[] = ['tank;pressed;seimaibuai_pct;koji_pct;moromi_days;peak_temp_c;acidity;amino;smv;alcohol_added;aroma_score;price_yen;grade'];
  for (let i = 0; i < 420; i++) {
    const draw = r();
    const grade = draw < 0.35 ? 'futsu' : draw < 0.65 ? 'honjozo' : draw < 0.9 ? 'ginjo' : 'daiginjo';
    const polish = grade === 'daiginjo' ? clamp(normal(r, 42, 5), 23, 50) : grade === 'ginjo' ? clamp(normal(r, 55, 3.5), 50, 60) : grade === 'honjozo' ? clamp(normal(r, 66, 3), 60, 72) : clamp(normal(r, 72, 4), 62, 90);
    const ginjoStyle = grade === 'ginjo' || grade === 'daiginjo';
    const days = clamp(normal(r, ginjoStyle ? 32 : 22, 4), 14, 45);
    const peak = clamp(normal(r, ginjoStyle ? 10.5 : 14.5, 1.3), 7, 19);
    const koji = clamp(normal(r, 21, 2.5), 15, 30);
    const acid = clamp(normal(r, 1.4 + (grade === 'futsu' ? 0.2 : 0), 0.2), 0.8, 2.2);
    const amino = clamp(normal(r, 1.5 - 0.01 * (70 - polish), 0.2), 0.6, 2.4);
    const smv = normal(r, 3 - 0.3 * (peak - 12), 2.5);
    const added = grade === 'honjozo' ? 1 : grade === 'futsu' ? (r() < 0.7 ? 1 : 0) : (r() < 0.5 ? 1 : 0);
    const aroma = clamp(2 + 0.11 * (70 - polish) + 0.25 * (days - 22) * 0.5 - 0.4 * (peak - 12) + normal(r, 0, 0.7), 0, 10);
    const price = Math.round((1200 + 85 * Math.max(0, 75 - polish) ** 1.45 + 180 * aroma) * Math.exp(normal(r, 0, 0.12)) / 10) * 10;
    const d = `${2022 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 4)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const dc = (x: number, p: number) => x.toFixed(p).replace('.', ',');
    rows.push([`T${(i % 24) + 1}`, d, dc(polish, 1), dc(koji, 1), dc(days, 0), dc(peak, 1), dc(acid, 2), dc(amino, 2), dc(smv, 1), added, dc(aroma, 2), price, grade].join(';'));
  }
  write('sake_moromi.csv', rows.join('\n') + '\n');
}

// 3. sake_tank_log.tsv: the tank sensor log (tab-separated), 360 readings: timestamp text, tank
// number, day of moromi, Baumé, temperature, CO2 rate, room humidity (no effect).
// Targets: days_to_press (regression), ready (0/1).
{
  const r = rng(294 * 13 + 5);
  const rows: string[] = ['timestamp\ttank\tday\tbaume\ttemp_c\tco2_l_per_h\thumidity_pct\tdays_to_press\tready'];
  for (let i = 0; i < 360; i++) {
    const day = Math.floor(r() * 34) + 1;
    const temp = clamp(normal(r, 12, 2.2), 6, 18);
    const baume = clamp(8.5 * Math.exp(-day * (0.06 + 0.006 * (temp - 12))) - 2 + normal(r, 0, 0.4), -3, 9);
    const co2 = clamp(35 * Math.exp(-((day - 8) ** 2) / 80) * (1 + 0.05 * (temp - 12)) + normal(r, 0, 2), 0, 60);
    const hum = clamp(normal(r, 65, 8), 35, 90);
    const toPress = clamp(30 - day - 1.2 * (temp - 12) + 1.5 * baume + normal(r, 0, 1.5), 0, 40);
    const ready = toPress < 4 ? 1 : 0;
    const ts = new Date(Date.UTC(2024, 10, 1) + Math.floor(r() * 120 * 24) * 3600000).toISOString().slice(0, 16).replace('T', ' ');
    rows.push([ts, 1 + (i % 12), day, baume.toFixed(2), temp.toFixed(1), co2.toFixed(1), hum.toFixed(0), toPress.toFixed(1), ready].join('\t'));
  }
  write('sake_tank_log.tsv', rows.join('\n') + '\n');
}
