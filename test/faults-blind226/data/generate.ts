/**
 * Writes this set's CSVs (alpaca and llama farms), seeded from 226 so every run gives the same files:
 * `npx tsx test/faults-blind226/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);

// herd.csv: one row per animal at the spring shearing.
const r = rng(226);
const rows: Record<string, string | number>[] = [];
for (let i = 0; i < 420; i++) {
  const llama = r() < 0.3;
  const age = clamp(Math.exp(normal(r, 1.4, 0.6)), 0.8, 19);
  const weight = clamp(normal(r, llama ? 140 : 66, llama ? 18 : 9) + (age < 2 ? -15 : 0), 30, 210);
  const micron = clamp(normal(r, (llama ? 27 : 21) + 0.55 * Math.min(age, 10), 2.0), 15, 40);
  const staple = clamp(normal(r, llama ? 105 : 90, 14) - 1.5 * age, 40, 160);
  const feed = clamp(0.021 * weight + normal(r, 0, 0.12), 0.6, 5);
  const pasture = clamp(normal(r, 6, 2.5), 0.5, 15);
  const vet = Math.floor(-Math.log(Math.max(r(), 1e-9)) * (0.6 + age / 10));
  const fleece = clamp(0.018 * weight + 0.012 * staple - 0.04 * (micron - 22) + (llama ? 0.6 : 0) + normal(r, 0, 0.25), 0.4, 8);
  const gradeScore = micron + normal(r, 0, 0.8);
  const grade = gradeScore < 20 ? 'royal' : gradeScore < 24 ? 'superfine' : gradeScore < 28 ? 'fine' : 'coarse';
  const lame = r() < sigmoid(-5.5 + 0.6 * age + 1.4 * vet + 0.03 * (weight - 80)) ? 1 : 0;
  const price = Math.round(clamp(2600 - 95 * (micron - 20) + 180 * fleece - 60 * age + (llama ? -500 : 0) + normal(r, 0, 220), 150, 6000));
  const month = 3 + Math.floor(r() * 3), day = 1 + Math.floor(r() * 28);
  rows.push({
    animal_id: `${llama ? 'LL' : 'AP'}-${String(1000 + i)}`, shear_date: `2024-0${month}-${String(day).padStart(2, '0')}`,
    species: llama ? 'llama' : 'alpaca', is_llama: llama ? 1 : 0,
    age_years: +age.toFixed(1), weight_kg: +weight.toFixed(1), fiber_micron: +micron.toFixed(1), staple_mm: Math.round(staple),
    feed_kg_day: +feed.toFixed(2), pasture_ha: +pasture.toFixed(1), vet_visits: vet,
    fleece_kg: +fleece.toFixed(2), grade, lame, sale_price_usd: price,
  });
}
const cols = Object.keys(rows[0]);
out('herd.csv', [cols.join(','), ...rows.map((row) => cols.map((c) => row[c]).join(','))].join('\n') + '\n');

// herd-export.csv: the co-op's spreadsheet export: semicolons and decimal commas.
out('herd-export.csv', [cols.join(';'), ...rows.map((row) => cols.map((c) => String(row[c]).replace('.', ',')).join(';'))].join('\n') + '\n');

// herd-tabs.csv: the vet's tab-separated copy (numeric columns only plus the id).
const tcols = ['animal_id', 'age_years', 'weight_kg', 'vet_visits', 'feed_kg_day', 'lame'];
out('herd-tabs.csv', [tcols.join('\t'), ...rows.map((row) => tcols.map((c) => row[c]).join('\t'))].join('\n') + '\n');

// herd-gaps.csv: the barn clipboard transcription with missing readings written NA, - or left empty.
const g = rng(226 * 7 + 1);
out('herd-gaps.csv', [cols.join(','), ...rows.map((row) => cols.map((c) => {
  if (['weight_kg', 'fiber_micron', 'staple_mm'].includes(c) && g() < 0.05) return ['NA', '-', ''][Math.floor(g() * 3)];
  return row[c];
}).join(','))].join('\n') + '\n');

// cria.csv: births: dam and sire figures, gestation, and the cria's birth weight and 30-day survival.
const c = rng(226 * 13 + 5);
const crias: string[] = ['cria_tag,birth_date,dam_age_years,dam_weight_kg,sire_weight_kg,gestation_days,paddock_temp_c,dam_parity,birth_weight_kg,survived_30d'];
for (let i = 0; i < 300; i++) {
  const damAge = clamp(normal(c, 7, 3), 2, 18);
  const damW = clamp(normal(c, 68, 9), 45, 100);
  const sireW = clamp(normal(c, 72, 10), 50, 110);
  const gest = clamp(normal(c, 345, 9), 320, 375);
  const temp = clamp(normal(c, 14, 7), -6, 34);
  const parity = Math.min(9, Math.floor(clamp(damAge - 2, 0, 16) / 1.6 + c() * 1.5));
  const bw = clamp(2 + 0.07 * damW + 0.025 * sireW + 0.08 * (gest - 345) - 0.03 * Math.abs(damAge - 8) + normal(c, 0, 0.5), 3, 14);
  const surv = c() < sigmoid(2.2 * (bw - 8) + 0.2 * (temp - 10) + 0.1 * (gest - 345)) ? 1 : 0;
  const mo = 1 + Math.floor(c() * 12);
  crias.push(`CR${2200 + i},2023-${String(mo).padStart(2, '0')}-15,${damAge.toFixed(1)},${damW.toFixed(1)},${sireW.toFixed(1)},${Math.round(gest)},${temp.toFixed(1)},${parity},${bw.toFixed(2)},${surv}`);
}
out('cria.csv', crias.join('\n') + '\n');
