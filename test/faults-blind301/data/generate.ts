/**
 * Writes this set's CSVs (tortilla and empanada makers), seeded from 301: `npx tsx test/faults-blind301/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d: number) => x.toFixed(d);

// batches.csv: tortilla production batches (one row per masa batch) from the plant's MES export.
{
  const r = rng(301001);
  const rows: string[] = ['batch_id,made_at,masa_moisture_pct,comal_temp_c,press_thickness_mm,nixtamal_soak_h,lime_g_per_kg,lime_pct,line_speed_per_min,operator_shift,shelf_life_h,reject'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const moist = clamp(normal(r, 52, 3), 44, 60);
    const temp = normal(r, 232, 12);
    const thick = clamp(normal(r, 1.6, 0.25), 0.9, 2.4);
    const soak = clamp(Math.exp(normal(r, Math.log(10), 0.35)), 4, 30); // skewed
    const lime = clamp(normal(r, 10, 1.5), 6, 15);
    const limePct = lime / 10 + normal(r, 0, 0.03); // the same thing in another unit: collinear
    const speed = normal(r, 60, 9);
    const shift = 1 + Math.floor(r() * 3); // no effect
    const shelf = 70 - 2.2 * (moist - 52) - 0.03 * (temp - 232) ** 2 + 9 * Math.log(soak / 10) + 1.5 * (lime - 10) - 0.15 * (speed - 60) + normal(r, 0, 3.5);
    const z = -2.6 + 1.4 * ((thick - 1.6) / 0.25) ** 2 * 0.5 + 0.9 * ((232 - temp) / 12) + 0.6 * ((moist - 52) / 3) + 0.5 * ((speed - 60) / 9);
    let rej = r() < sigmoid(z) ? 1 : 0;
    if (r() < 0.04) rej = 1 - rej;
    const day = 1 + (i % 28), hour = 5 + (i % 12);
    const cells = [`T-${String(1000 + i)}`, `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
      f(moist, 1), f(temp, 1), f(thick, 2), f(soak, 1), f(lime, 2), f(limePct, 3), f(speed, 1), String(shift), f(shelf, 1), String(rej)];
    rows.push(cells.join(','));
    const g = [...cells];
    if (r() < 0.06) g[2] = 'NA';
    if (r() < 0.05) g[3] = '';
    if (r() < 0.03) g[5] = 'n/a';
    gaps.push(g.join(','));
  }
  write('batches.csv', rows.join('\n') + '\n');
  write('batches-gaps.csv', gaps.join('\n') + '\n');
}

// empanadas.csv: QC sheet of the empanada fry line; defect is text with a rare class.
{
  const r = rng(301002);
  const rows: string[] = ['tray_id,dough_g,filling_g,fry_oil_c,fry_time_s,crimps,rest_min,defect'];
  for (let i = 0; i < 480; i++) {
    const dough = normal(r, 46, 4);
    const filling = normal(r, 70, 11);
    const oil = normal(r, 178, 9);
    const time = normal(r, 210, 28);
    const crimps = 10 + Math.floor(r() * 7);
    const rest = clamp(Math.exp(normal(r, Math.log(15), 0.5)), 2, 90);
    const burst = 1.4 * ((filling / dough - 1.52) / 0.25) - 0.7 * (crimps - 13) / 2 + 0.3 * (oil - 178) / 9;
    const raw = -1.3 * ((oil - 178) / 9) - 1.3 * ((time - 210) / 28) + 0.4 * ((filling - 70) / 11);
    const greasy = -2.0 * ((oil - 178) / 9) - 1.6;
    const scores = [1.1 + normal(r, 0, 0.4), burst + normal(r, 0, 0.4), raw - 0.4 + normal(r, 0, 0.4), greasy + normal(r, 0, 0.4)];
    const k = scores.indexOf(Math.max(...scores));
    const name = ['ok', 'burst', 'raw_center', 'greasy'][k];
    rows.push([`E${String(i + 1).padStart(4, '0')}`, f(dough, 1), f(filling, 1), f(oil, 1), f(time, 0), String(crimps), f(rest, 1), name].join(','));
  }
  write('empanadas.csv', rows.join('\n') + '\n');
}

// orders.csv: a year of daily tortilleria orders, exported from a Spanish-locale sheet (semicolons, decimal commas).
{
  const r = rng(301003);
  const rows: string[] = ['dia;temp_c;lluvia_mm;festivo;precio_docena;promo;docenas'];
  for (let d = 1; d <= 365; d++) {
    const temp = 20 + 8 * Math.sin((2 * Math.PI * (d - 100)) / 365) + normal(r, 0, 2.5);
    const rain = r() < 0.7 ? 0 : Math.exp(normal(r, 1.5, 1)); // skewed, mostly zero
    const holiday = r() < 0.06 ? 1 : 0;
    const price = 2.6 + 0.4 * (d / 365) + normal(r, 0, 0.08);
    const promo = r() < 0.15 ? 1 : 0;
    const sold = 1500 + 420 * holiday + 260 * promo - 300 * (price - 2.8) - 18 * Math.min(rain, 30) + 14 * (temp - 20) + 150 * Math.sin((2 * Math.PI * d) / 7) + normal(r, 0, 80);
    rows.push([String(d), f(temp, 1).replace('.', ','), f(rain, 1).replace('.', ','), String(holiday), f(price, 2).replace('.', ','), String(promo), f(sold, 0)].join(';'));
  }
  write('orders.csv', rows.join('\n') + '\n');
}

// oven_log.csv: baked-empanada oven log pasted from a sheet as tab-separated text; moisture loss in %.
{
  const r = rng(301004);
  const rows: string[] = ['oven_c\tbake_min\ttray_pos\thumidity_pct\tdoor_opens\tmoisture_loss_pct'];
  for (let i = 0; i < 320; i++) {
    const oven = normal(r, 200, 12);
    const bake = normal(r, 22, 3);
    const pos = 1 + Math.floor(r() * 5);
    const hum = clamp(normal(r, 55, 12), 20, 95);
    const doors = Math.floor(Math.exp(normal(r, 0.5, 0.6)));
    const loss = 12 + 0.09 * (oven - 200) + 0.55 * (bake - 22) + 0.02 * (oven - 200) * (bake - 22) / 3 - 0.05 * (hum - 55) - 0.5 * Math.abs(pos - 3) - 0.3 * doors + normal(r, 0, 0.6);
    rows.push([f(oven, 1), f(bake, 1), String(pos), f(hum, 0), String(doors), f(loss, 2)].join('\t'));
  }
  write('oven_log.csv', rows.join('\n') + '\n');
}
