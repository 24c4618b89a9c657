/** Writes this set's CSVs (map publisher data), seeded from 283. Run once: npx tsx data/generate.ts */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const pick = <T>(r: () => number, xs: T[], ps: number[]): T => {
  let u = r(), i = 0;
  for (; i < xs.length - 1; i++) { if (u < ps[i]) break; u -= ps[i]; }
  return xs[i];
};

// 1. sheets.csv: topographic map sheets, drafting hours per sheet and whether the sheet needs revision.
{
  const r = rng(283);
  const rows = ['sheet_id,survey_date,scale_denom,area_km2,relief_m,urban_pct,road_km,place_labels,contour_interval_m,ink_colours,survey_age_yrs,drafting_hours,revision'];
  const gaps = [rows[0]];
  for (let i = 0; i < 480; i++) {
    const scale = pick(r, [25000, 50000, 100000, 250000], [0.45, 0.3, 0.15, 0.1]);
    const area = 0.48 * (scale / 1000) ** 2 * Math.exp(normal(r, 0, 0.12));
    const relief = Math.exp(normal(r, 6, 0.9));
    const urban = clamp(60 * r() ** 2.5, 0, 60);
    const roadKm = area * (0.25 + urban * 0.06) * Math.exp(normal(r, 0, 0.25));
    const labels = Math.round(roadKm * 0.35 * Math.exp(normal(r, 0, 0.15)) + 5);
    const ci = relief > 1200 ? 50 : relief > 500 ? 20 : scale <= 25000 ? 5 : 10;
    const inks = 4 + Math.floor(r() * 5);
    const age = Math.round(clamp(Math.exp(normal(r, 2.3, 0.7)), 0, 45));
    const hours = (12 + 1.1 * Math.sqrt(roadKm) + 0.02 * relief * (10 / ci) + 0.05 * labels ** 0.85) * Math.exp(normal(r, 0, 0.08));
    const rev = r() < sigmoid(-3.2 + 0.11 * age + 0.03 * urban) ? 'yes' : 'no';
    const y = 1990 + Math.floor(r() * 33), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const vals = [`SH-${String(10000 + i * 7)}`, date, scale, area.toFixed(1), relief.toFixed(0), urban.toFixed(1), roadKm.toFixed(1), labels, ci, inks, age, hours.toFixed(1), rev];
    rows.push(vals.join(','));
    const g = vals.map(String);
    if (r() < 0.06) g[4] = 'NA';
    if (r() < 0.04) g[6] = '';
    gaps.push(g.join(','));
  }
  write('sheets.csv', rows.join('\n') + '\n');
  write('sheets-gaps.csv', gaps.join('\n') + '\n');
}

// 2. features.csv: vectorised map features to be assigned a symbology class (rail is rare).
{
  const r = rng(283 * 2);
  const rows = ['feature_id,width_px,sinuosity,vertices_per_km,slope_deg,elev_change_m,closed_ring,layer_order,class'];
  const cls: Record<string, number[]> = {
    road: [3.5, 1.15, 40, 4, 30, 0.05],
    river: [2.5, 1.8, 90, 2, 60, 0.02],
    contour: [1.0, 1.6, 120, 12, 2, 0.7],
    boundary: [1.8, 1.3, 25, 6, 80, 0.5],
    rail: [2.8, 1.03, 15, 1.5, 12, 0.01],
  };
  const names = Object.keys(cls);
  for (let i = 0; i < 600; i++) {
    let c = pick(r, names, [0.35, 0.2, 0.25, 0.12, 0.08]);
    const p = cls[c];
    const w = clamp(normal(r, p[0], 0.6), 0.3, 8);
    const s = clamp(normal(r, p[1], 0.18), 1, 4);
    const v = Math.exp(normal(r, Math.log(p[2]), 0.35));
    const sl = clamp(normal(r, p[3], 2.5), 0, 45);
    const e = Math.abs(normal(r, p[4], p[4] * 0.6 + 3));
    const closed = r() < p[5] ? 1 : 0;
    if (r() < 0.07) c = names[Math.floor(r() * names.length)];
    rows.push([`F${100000 + i}`, w.toFixed(2), s.toFixed(3), v.toFixed(1), sl.toFixed(1), e.toFixed(1), closed, 1 + Math.floor(r() * 12), c].join(','));
  }
  write('features.csv', rows.join('\n') + '\n');
}

// 3. atlas-sales.csv: a European distributor's export, semicolons and decimal commas.
{
  const r = rng(283 * 3);
  const rows = ['titel;preis_eur;seiten;karten;auflage_jahr;regal_wochen;werbung_eur;verkauft;nachdruck'];
  for (let i = 0; i < 320; i++) {
    const price = Math.round((8 + r() * 40) * 100) / 100 - 0.05;
    const pages = 48 + Math.floor(r() * 300);
    const maps = Math.round(pages * (0.5 + r() * 0.3));
    const year = 2008 + Math.floor(r() * 16);
    const weeks = 4 + Math.floor(r() * 100);
    const promo = Math.round(Math.exp(normal(r, 7, 1)) * 100) / 100;
    const sold = Math.max(20, (3000 - 45 * price + 4 * maps + 25 * weeks + 0.35 * promo + 40 * (year - 2008)) * Math.exp(normal(r, 0, 0.1)));
    const reprint = sold > 5200 ? 'ja' : 'nein';
    const dec = (x: number, k: number) => x.toFixed(k).replace('.', ',');
    rows.push([`ATL-${2000 + i}`, dec(price, 2), pages, maps, year, weeks, dec(promo, 2), Math.round(sold), reprint].join(';'));
  }
  write('atlas-sales.csv', rows.join('\n') + '\n');
}

// 4. gnss-fixes.csv: field survey GNSS fixes, tab-separated, horizontal error in metres.
{
  const r = rng(283 * 4);
  const rows = ['point_id\tsatellites\thdop\tcanopy_pct\televation_m\tlog_minutes\tantenna_height_m\terror_m'];
  for (let i = 0; i < 360; i++) {
    const sats = 4 + Math.floor(r() * 11);
    const canopy = clamp(100 * r() ** 1.5, 0, 100);
    const hdop = clamp(0.6 + 6 / sats + canopy * 0.02 + Math.abs(normal(r, 0, 0.3)), 0.6, 9);
    const elev = Math.exp(normal(r, 5.5, 1));
    const mins = 1 + Math.floor(r() * 30);
    const ant = 1.5 + r() * 0.5;
    const err = (0.4 + 0.9 * hdop + 0.03 * canopy + 2.5 / Math.sqrt(mins)) * Math.exp(normal(r, 0, 0.12));
    rows.push([`GP${5000 + i}`, sats, hdop.toFixed(2), canopy.toFixed(1), elev.toFixed(1), mins, ant.toFixed(2), err.toFixed(3)].join('\t'));
  }
  write('gnss-fixes.csv', rows.join('\n') + '\n');
}
