/** Writes this set's CSVs (seeded from 221): run once with `npx tsx data/generate.ts` from the set's folder. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const out = (name: string, text: string) => fs.writeFileSync(path.join(__dirname, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// blocks.csv: quarry block grading log (one row per block cut at the face).
{
  const next = rng(221);
  const rows: string[] = ['block_id,cut_date,bench,depth_m,volume_m3,density_kg_m3,porosity_pct,water_absorption_pct,upv_m_s,crack_count,vein_len_cm,shift,sound,grade,yield_pct'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const bench = 1 + Math.floor(next() * 6);
    const depth = clamp(bench * 8 + normal(next, 0, 4), 2, 60);
    const volume = clamp(Math.exp(normal(next, 1.2, 0.6)), 0.4, 18);
    const porosity = clamp(Math.exp(normal(next, 0.6 - depth / 80, 0.55)), 0.2, 10);
    const absorption = clamp(0.37 * porosity + normal(next, 0, 0.12), 0.05, 5);
    const density = 2790 - 18 * porosity + normal(next, 0, 15);
    const cracks = Math.max(0, Math.round(normal(next, 3 - depth / 25, 1.6)));
    const upv = 6300 - 260 * porosity - 180 * cracks + normal(next, 0, 150);
    const vein = Math.max(0, Math.exp(normal(next, 3, 1.2)) - 10);
    const shift = 1 + Math.floor(next() * 2);
    const score = 2.2 - 0.55 * porosity - 0.45 * cracks + 0.25 * volume - vein / 200 + normal(next, 0, 0.5);
    const sound = next() < sigmoid(2 * score) ? 1 : 0;
    const grade = score > 1.6 ? 'monument' : score > -0.6 ? 'building' : 'aggregate';
    const yieldPct = clamp(55 + 7 * score + 2 * volume - 0.06 * vein + normal(next, 0, 4), 10, 95);
    const id = `Q3-B${String(1000 + i)}`;
    const date = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const cells = [id, date, bench, r2(depth, 1), r2(volume), Math.round(density), r2(porosity), r2(absorption), Math.round(upv), cracks, Math.round(vein), shift, sound, grade, r2(yieldPct, 1)];
    rows.push(cells.join(','));
    const g = cells.map(String);
    if (next() < 0.06) g[6] = next() < 0.5 ? 'NA' : '';
    if (next() < 0.04) g[8] = '-';
    gaps.push(g.join(','));
  }
  out('blocks.csv', rows.join('\n') + '\n');
  out('blocks-gaps.csv', gaps.join('\n') + '\n');
}

// memorials.csv: a monumental mason's order book (headstones and plaques).
{
  const next = rng(2211);
  const stones = ['granite', 'marble', 'slate', 'sandstone'];
  const rows: string[] = ['order_ref,order_date,stone,stone_code,height_mm,width_mm,thickness_mm,letters,gilded,carved_motif,distance_km,plot_slope_deg,hours,price_gbp'];
  for (let i = 0; i < 380; i++) {
    const s = Math.floor(next() * 4);
    const height = Math.round(clamp(normal(next, 900, 200), 450, 1600));
    const width = Math.round(clamp(height * 0.65 + normal(next, 0, 90), 300, 1300));
    const thick = Math.round(clamp(normal(next, 80, 20), 40, 160));
    const letters = Math.round(clamp(Math.exp(normal(next, 4.4, 0.6)), 15, 600));
    const gilded = next() < 0.3 ? 1 : 0;
    const motif = next() < 0.2 ? 1 : 0;
    const dist = r2(clamp(Math.exp(normal(next, 2.8, 0.8)), 1, 180), 1);
    const slope = r2(next() * 12, 1);
    const hard = [1.5, 1.0, 1.2, 0.8][s];
    const hours = clamp(4 + letters * 0.09 * hard + gilded * letters * 0.03 + motif * 14 + (height * width) / 1e5 * 0.8 + normal(next, 0, 2.5), 3, 140);
    const material = [1.9, 2.4, 1.5, 1.1][s] * height * width * thick / 1e6;
    const price = 350 + material * 1.1 + hours * 42 + dist * 2.2 + normal(next, 0, 120);
    rows.push([`MO-${23000 + i}`, `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, stones[s], s + 1, height, width, thick, letters, gilded, motif, dist, slope, r2(hours, 1), Math.round(price)].join(','));
  }
  out('memorials.csv', rows.join('\n') + '\n');
}

// weathering-lab.csv: a test lab's export (semicolons, decimal commas): accelerated weathering of samples.
{
  const next = rng(2212);
  const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  const rows: string[] = ['sample;lithology;exposure_yrs;rain_mm_yr;freeze_thaw;salt_ppm;porosity_pct;surface_loss_mm;durability'];
  for (let i = 0; i < 300; i++) {
    const lith = Math.floor(next() * 3);
    const years = clamp(normal(next, 40, 25), 1, 150);
    const rain = clamp(normal(next, 900, 300), 300, 2200);
    const ft = Math.round(clamp(normal(next, 40, 20), 0, 120));
    const salt = clamp(Math.exp(normal(next, 4, 1)), 5, 3000);
    const por = clamp(Math.exp(normal(next, [0.2, 1.2, 1.9][lith], 0.4)), 0.3, 25);
    const loss = clamp(0.02 * years * (0.3 + por / 6) * (rain / 1000) + 0.01 * ft * por / 5 + 0.0008 * salt + normal(next, 0, 0.25), 0, 30);
    const dur = loss < 1.2 ? 'good' : loss < 3.5 ? 'fair' : 'poor';
    rows.push([`WL${500 + i}`, ['granite', 'limestone', 'sandstone'][lith], dc(years, 1), Math.round(rain), ft, dc(salt, 1), dc(por, 2), dc(loss, 2), dur].join(';'));
  }
  out('weathering-lab.csv', rows.join('\n') + '\n');
}

// sawlog.csv: diamond wire saw log, tab-separated as the saw controller writes it.
{
  const next = rng(2213);
  const rows: string[] = ['timestamp\twire_speed_m_s\tfeed_mm_min\thardness_mohs\tquartz_pct\tcoolant_l_min\tcut_area_m2\ttension_kn\twear_um\tsnap'];
  for (let i = 0; i < 360; i++) {
    const speed = clamp(normal(next, 28, 4), 15, 40);
    const feed = clamp(normal(next, 3, 1), 0.5, 7);
    const hard = clamp(normal(next, 6, 0.8), 3, 7.5);
    const quartz = clamp(hard * 8 + normal(next, 0, 6), 0, 80);
    const cool = clamp(normal(next, 60, 15), 20, 110);
    const area = r2(clamp(Math.exp(normal(next, 1.5, 0.5)), 0.5, 30));
    const tension = clamp(normal(next, 2.2, 0.3), 1.2, 3.5);
    const wear = clamp(0.4 * feed * hard + 0.05 * quartz + 0.02 * speed * area / 4 - 0.01 * cool + normal(next, 0, 0.4), 0.1, 40);
    const snapScore = -3.4 + 0.9 * (tension - 2.2) / 0.3 + 0.7 * (feed - 3) - 0.02 * (cool - 60);
    const snap = next() < sigmoid(snapScore) ? 1 : 0;
    rows.push([`2024-05-${String(1 + (i % 30)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`, r2(speed), r2(feed), r2(hard), r2(quartz, 1), r2(cool, 1), area, r2(tension), r2(wear), snap].join('\t'));
  }
  out('sawlog.csv', rows.join('\n') + '\n');
}
