/** Writes the CSVs of fault set blind227 (tanneries and leather workshops), seeded from 227. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// hides.csv: raw hides graded at the receiving bench (lot, date text; grade A/B/C/reject, reject rare)
{
  const r = rng(227001);
  const rows: string[] = ['lot_id,received,hide_weight_kg,area_sqft,thickness_mm,scar_count,tick_marks,salt_days,brine_pct,grade'];
  const hides: number[][] = [];
  for (let i = 0; i < 480; i++) {
    const weight = clamp(normal(r, 31, 5.5), 18, 48);
    const area = clamp(weight * 1.45 + normal(r, 0, 2.2), 25, 70);
    const thick = clamp(normal(r, 1.9, 0.3) + (weight - 31) * 0.015, 1.0, 3.0);
    const scars = Math.floor(-Math.log(Math.max(r(), 1e-9)) * 2.2);
    const ticks = Math.floor(-Math.log(Math.max(r(), 1e-9)) * (r() < 0.2 ? 14 : 3));
    const salt = Math.round(clamp(normal(r, 9, 5), 1, 35));
    const brine = clamp(normal(r, 24, 2.5), 15, 30); // no effect
    const score = 0.5 * scars + 0.18 * ticks + 0.09 * Math.max(0, salt - 12) - 1.6 * (thick - 1.9) + normal(r, 0, 0.55);
    const grade = score > 5.2 ? 'reject' : score > 2.9 ? 'C' : score > 1.4 ? 'B' : 'A';
    const d = new Date(Date.UTC(2023, 0, 2) + Math.floor(i / 8) * 86400000).toISOString().slice(0, 10);
    rows.push(`L${2300 + Math.floor(i / 12)}-${String(i % 12).padStart(2, '0')},${d},${weight.toFixed(1)},${area.toFixed(1)},${thick.toFixed(2)},${scars},${ticks},${salt},${brine.toFixed(1)},${grade}`);
    hides.push([weight, area, thick, scars, ticks, salt, brine]);
  }
  write('hides.csv', rows.join('\n') + '\n');
  // hides-gaps.csv: the same sheet as typed in by the night shift, with NA and empty cells
  const g = rng(227002);
  const gap = rows.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (g() < 0.06) cells[4] = 'NA';
    if (g() < 0.04) cells[7] = '';
    if (g() < 0.02) cells[5] = '?';
    return cells.join(',');
  });
  write('hides-gaps.csv', gap.join('\n') + '\n');
}

// chrome.csv: chrome tanning drum batches; shrinkage temperature (°C, ~100) and chrome uptake (%)
{
  const r = rng(227003);
  const head = 'batch,drum,float_pct,chrome_offer_pct,basify_ph,temp_c,run_hours,drum_rpm,shift,shrink_temp_c,cr2o3_pct';
  const rows = [head];
  const eu = [head.replace(/,/g, ';')];
  for (let i = 0; i < 400; i++) {
    const float = clamp(normal(r, 150, 40), 60, 300);
    const offer = clamp(normal(r, 6, 1.0), 3.5, 9);
    const ph = clamp(normal(r, 3.9, 0.15), 3.4, 4.4);
    const temp = clamp(normal(r, 36, 5), 22, 50);
    const hours = clamp(normal(r, 14, 4), 5, 26);
    const rpm = clamp(normal(r, 12, 2.5), 6, 20);
    const shift = 1 + Math.floor(r() * 3); // no effect
    const shrink = 78 + 3.1 * offer + 22 * (ph - 3.9) + 0.35 * temp + 0.55 * hours - 0.012 * float - 0.012 * (temp - 36) ** 2 + normal(r, 0, 1.4);
    const cr = clamp(2.2 + 0.42 * offer + 1.1 * (ph - 3.9) + 0.02 * hours - 0.0015 * float + normal(r, 0, 0.18), 1, 8);
    const vals = [float.toFixed(0), offer.toFixed(2), ph.toFixed(2), temp.toFixed(1), hours.toFixed(1), rpm.toFixed(1), String(shift), shrink.toFixed(1), cr.toFixed(2)];
    rows.push(`CB${5000 + i},D${1 + (i % 4)},${vals.join(',')}`);
    eu.push(`CB${5000 + i};D${1 + (i % 4)};${vals.map((v) => v.replace('.', ',')).join(';')}`);
  }
  write('chrome.csv', rows.join('\n') + '\n');
  write('chrome-export.csv', eu.join('\n') + '\n');
}

// finish.csv: spray-finishing line, did the coat fail the rub/crack test (0/1, ~14% fail)
{
  const r = rng(227004);
  const rows = ['roll_id,timestamp,humidity_pct,spray_bar,pigment_gsm,oven_c,line_speed_mpm,binder_ratio,crack_fail'];
  for (let i = 0; i < 520; i++) {
    const hum = clamp(normal(r, 55, 12), 25, 90);
    const bar = clamp(normal(r, 3.2, 0.5), 1.8, 5);
    const pig = clamp(Math.exp(normal(r, 3.4, 0.3)), 12, 80);
    const oven = clamp(normal(r, 85, 8), 60, 110);
    const speed = clamp(normal(r, 14, 3), 6, 24);
    const binder = clamp(normal(r, 0.45, 0.08), 0.2, 0.7);
    const z = -2.6 + 0.06 * (hum - 55) + 0.045 * (pig - 30) - 0.07 * (oven - 85) + 0.18 * (speed - 14) - 7 * (binder - 0.45) + normal(r, 0, 0.4);
    const fail = r() < sigmoid(z * 1.5) ? 1 : 0;
    const ts = `2024-03-${String(1 + (i % 28)).padStart(2, '0')} ${String(6 + (i % 14)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    rows.push(`R${90000 + i},${ts},${hum.toFixed(1)},${bar.toFixed(2)},${pig.toFixed(1)},${oven.toFixed(1)},${speed.toFixed(1)},${binder.toFixed(3)},${fail}`);
  }
  write('finish.csv', rows.join('\n') + '\n');
}

// effluent.csv: tab-separated export from the effluent plant logger; COD out in mg/L (hundreds to thousands)
{
  const r = rng(227005);
  const rows = ['sample\tcod_in_mg_l\tsulfide_mg_l\tchrome_mg_l\tph_in\tflow_m3_h\taeration_h\tcod_out_mg_l'];
  for (let i = 0; i < 300; i++) {
    const codIn = clamp(Math.exp(normal(r, 8.3, 0.35)), 1500, 12000);
    const sulf = clamp(normal(r, 120, 40), 10, 300);
    const cr = clamp(Math.exp(normal(r, 2, 0.6)), 0.5, 60);
    const ph = clamp(normal(r, 8.5, 0.8), 6, 11);
    const flow = clamp(normal(r, 42, 9), 15, 70);
    const aer = clamp(normal(r, 10, 3), 3, 20);
    const out = clamp(codIn * (0.16 - 0.006 * (aer - 10)) + 1.1 * sulf + 4 * cr + 6 * (flow - 42) + normal(r, 0, 60), 80, 5000);
    rows.push(`E${i + 1}\t${codIn.toFixed(0)}\t${sulf.toFixed(1)}\t${cr.toFixed(2)}\t${ph.toFixed(2)}\t${flow.toFixed(1)}\t${aer.toFixed(1)}\t${out.toFixed(0)}`);
  }
  write('effluent.csv', rows.join('\n') + '\n');
}
