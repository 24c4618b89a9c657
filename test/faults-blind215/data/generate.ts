/**
 * Writes this set's CSVs (cider presses and perry makers), seeded from 215:
 * `npx tsx test/faults-blind215/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d = 2) => x.toFixed(d);

// pressings.csv: 400 press loads of a cider mill. Juice yield in litres (raw scale), features on natural scales.
{
  const r = rng(215001);
  const rows = ['load_id,pressed_at,apple_kg,sugar_brix,acid_gL,tannin_gL,mill_temp_C,press_bar,press_minutes,pomace_kg,humidity_pct,juice_L'];
  const clean: string[] = [];
  for (let i = 0; i < 400; i++) {
    const kg = clamp(Math.exp(normal(r, Math.log(650), 0.35)), 150, 2200); // skewed load size
    const brix = clamp(normal(r, 12.5, 1.6), 8, 18);
    const acid = clamp(Math.exp(normal(r, Math.log(5), 0.4)), 1.5, 14);
    const tannin = clamp(normal(r, 1.8, 0.7), 0.3, 4.5);
    const temp = clamp(normal(r, 11, 4), 1, 24);
    const bar = clamp(normal(r, 6, 1.5), 2, 10);
    const minutes = clamp(normal(r, 40, 12), 12, 90);
    const ratio = clamp(0.55 + 0.02 * (bar - 6) + 0.0015 * (minutes - 40) - 0.012 * (tannin - 1.8) + 0.003 * (temp - 11) + normal(r, 0, 0.025), 0.35, 0.78);
    const juice = kg * ratio;
    const pomace = kg - juice * 1.04 + normal(r, 0, 8); // collinear with kg and juice
    const hum = clamp(normal(r, 78, 9), 40, 99); // no effect
    const day = 1 + (i % 28), month = 9 + Math.floor(i / 134);
    const stamp = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(7 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    const line = [`PL-${2300 + i}`, stamp, f(kg, 1), f(brix, 1), f(acid, 2), f(tannin, 2), f(temp, 1), f(bar, 2), f(minutes, 0), f(pomace, 1), f(hum, 0), f(juice, 1)];
    rows.push(line.join(','));
    clean.push(line.join(','));
  }
  write('pressings.csv', rows.join('\n') + '\n');
  // pressings-gaps.csv: the same sheet as typed up in the shed, with NA, blanks and "n/a".
  const r2 = rng(215002);
  const gaps = [rows[0]];
  for (const row of clean) {
    const cells = row.split(',');
    for (const c of [3, 4, 5, 6]) if (r2() < 0.05) cells[c] = ['NA', '', 'n/a'][Math.floor(r2() * 3)];
    gaps.push(cells.join(','));
  }
  write('pressings-gaps.csv', gaps.join('\n') + '\n');
}

// perry-lots.csv: 330 perry lots, semicolon export with decimal commas (Continental lab sheet); style dry/medium/sweet (sweet rare).
{
  const r = rng(215003);
  const rows = ['lot;variety_code;og;sorbitol_gL;tannin_gL;ph;bletting_days;keeving;residual_sg;style'];
  for (let i = 0; i < 330; i++) {
    const og = clamp(normal(r, 1.058, 0.007), 1.04, 1.08);
    const sorb = clamp(normal(r, 18, 6), 4, 40);
    const tan = clamp(normal(r, 1.4, 0.5), 0.2, 3.5);
    const ph = clamp(normal(r, 3.9, 0.25), 3.2, 4.6);
    const blet = Math.round(clamp(normal(r, 10, 5), 0, 28));
    const keev = r() < 0.3 ? 1 : 0;
    const resid = clamp(0.998 + 0.0004 * sorb + 0.006 * keev + (og - 1.058) * 0.3 + normal(r, 0, 0.002), 0.99, 1.03);
    const z = (resid - 1.006) / 0.004;
    const style = z > 1.6 ? 'sweet' : z > -0.1 ? 'medium' : 'dry';
    const flip = r() < 0.06 ? ['dry', 'medium', 'sweet'][Math.floor(r() * 3)] : style;
    const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`P${7000 + i}`, String(1 + Math.floor(r() * 9)), dc(og, 4), dc(sorb, 1), dc(tan, 2), dc(ph, 2), String(blet), String(keev), dc(resid, 4), flip].join(';'));
  }
  write('perry-lots.csv', rows.join('\n') + '\n');
}

// haze.csv: 360 bottled batches, whether a pectin/protein haze appeared (1, ~18%).
{
  const r = rng(215004);
  const rows = ['batch,pectin_mgL,enzyme_mlhl,fining_gL,cold_days,filter_um,bottle_temp_C,label_run,hazy'];
  for (let i = 0; i < 360; i++) {
    const pectin = clamp(Math.exp(normal(r, Math.log(300), 0.5)), 40, 2000);
    const enzyme = clamp(normal(r, 2.5, 1.2), 0, 6);
    const fining = clamp(normal(r, 0.4, 0.2), 0, 1.2);
    const cold = Math.round(clamp(normal(r, 6, 3), 0, 15));
    const filt = [0.45, 1, 3, 10][Math.floor(r() * 4)];
    const btemp = clamp(normal(r, 14, 4), 4, 26);
    const labelRun = Math.floor(r() * 50);
    const z = -2.2 + 1.6 * Math.log(pectin / 300) - 0.8 * (enzyme - 2.5) - 2.5 * (fining - 0.4) - 0.15 * (cold - 6) + 0.12 * (filt - 3) + normal(r, 0, 0.5);
    const hazy = r() < sigmoid(z * 1.4 + 0.3) ? 1 : 0;
    rows.push([`B${i + 1}`, f(pectin, 0), f(enzyme, 2), f(fining, 2), String(cold), String(filt), f(btemp, 1), String(labelRun), String(hazy)].join(','));
  }
  write('haze.csv', rows.join('\n') + '\n');
}

// tank-log.csv: tab-separated fermentation log (260 tanks); final gravity (e.g. 1.002) and days to dryness, two regression targets.
{
  const r = rng(215005);
  const rows = ['tank\tyeast\tpitch_gHL\tstart_sg\tcellar_C\tnutrient_gHL\tfinal_sg\tdays_to_dry'];
  for (let i = 0; i < 260; i++) {
    const yeast = ['wild', 'EC1118', 'SafCider', 'M02'][Math.floor(r() * 4)];
    const pitch = clamp(normal(r, 20, 6), 0, 40);
    const sg = clamp(normal(r, 1.055, 0.006), 1.038, 1.075);
    const cellar = clamp(normal(r, 13, 3), 6, 22);
    const nut = clamp(normal(r, 15, 8), 0, 40);
    const fsg = clamp(0.998 + 0.08 * (sg - 1.055) + 0.0003 * (14 - cellar) - 0.00008 * (nut - 15) + (yeast === 'wild' ? 0.002 : 0) + normal(r, 0, 0.0012), 0.99, 1.02);
    const days = clamp(60 - 3.2 * (cellar - 13) - 0.5 * (pitch - 20) - 0.4 * (nut - 15) + 900 * (sg - 1.055) + (yeast === 'wild' ? 25 : 0) + normal(r, 0, 5), 8, 200);
    rows.push([`T${i + 1}`, yeast, f(pitch, 1), f(sg, 4), f(cellar, 1), f(nut, 1), f(fsg, 4), f(days, 0)].join('\t'));
  }
  write('tank-log.csv', rows.join('\n') + '\n');
}
