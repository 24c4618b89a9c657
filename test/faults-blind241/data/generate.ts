/**
 * Writes this set's CSVs (seeded from 241): a stained-glass studio's restoration job sheets,
 * kiln firing logs (plus a continental export), and the glass lab's spectrometer sheet.
 * Run once: `npx tsx test/faults-blind241/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// --- panes.csv: restoration job sheets, one row per panel surveyed ---
{
  const next = rng(241);
  const header = ['pane_id', 'survey_date', 'window_year', 'area_m2', 'lead_length_m', 'piece_count', 'paint_loss_pct', 'bulge_mm', 'crack_count', 'aspect_deg', 'restoration_hours', 'condition'];
  const rows: string[] = [header.join(',')];
  const gaps: string[] = [header.join(',')];
  const notes: string[] = [header.join(',')];
  for (let i = 0; i < 400; i++) {
    const year = Math.round(1180 + next() * 740);
    const area = r2(clamp(Math.exp(normal(next, -0.1, 0.55)), 0.15, 4.5));
    const pieces = Math.max(4, Math.round(area * normal(next, 38, 9)));
    const lead = r2(area * normal(next, 6.5, 0.8) + pieces * 0.05);
    const age = (1920 - year) / 740;
    const paintLoss = r2(clamp(normal(next, 8 + 35 * age, 9), 0, 90), 1);
    const bulge = r2(clamp(Math.exp(normal(next, 1.2 + 1.2 * age, 0.8)) - 1, 0, 80), 1);
    const cracks = Math.max(0, Math.round(normal(next, 1 + 5 * age * area, 2)));
    const aspect = Math.round(next() * 359);
    const hours = r2(8 + 14 * area + 0.9 * pieces + 0.6 * paintLoss + 1.5 * bulge + 3 * cracks + normal(next, 0, 8), 1);
    const score = 0.08 * bulge + 0.35 * cracks + 0.03 * paintLoss - 2.6 + normal(next, 0, 0.6);
    const condition = score > 1.6 ? 'urgent' : score > -0.4 ? 'monitor' : 'stable';
    const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(next() * 2500) * 86400000).toISOString().slice(0, 10);
    const id = `P-241-${String(i + 1).padStart(4, '0')}`;
    const vals = [id, day, year, area, lead, pieces, paintLoss, bulge, cracks, aspect, hours, condition];
    rows.push(vals.join(','));
    const g = [...vals];
    if (i % 17 === 5) g[7] = 'NA';
    if (i % 23 === 9) g[8] = '';
    gaps.push(g.join(','));
    const n = [...vals];
    if (i % 29 === 3) n[8] = `${cracks}+`;
    notes.push(n.join(','));
  }
  write('panes.csv', rows.join('\n') + '\n');
  write('panes-gaps.csv', gaps.join('\n') + '\n');
  write('panes-notes.csv', notes.join('\n') + '\n');
}

// --- kiln.csv: paint-firing log; fired_ok = the grisaille fused without burning out ---
{
  const next = rng(241 * 7 + 1);
  const header = ['firing_id', 'kiln', 'peak_temp_c', 'hold_min', 'ramp_c_per_h', 'paint_layers', 'glass_thickness_mm', 'kiln_age_years', 'fired_ok'];
  const rows: string[] = [header.join(',')];
  const eu: string[] = [header.join(';')];
  for (let i = 0; i < 360; i++) {
    const temp = r2(normal(next, 640, 28), 1);
    const hold = r2(clamp(normal(next, 12, 7), 0, 40), 1);
    const ramp = Math.round(clamp(normal(next, 220, 70), 60, 450));
    const layers = 1 + Math.floor(next() * 4);
    const thick = r2(clamp(normal(next, 3.5, 0.9), 2, 6.5), 1);
    const kage = r2(next() * 25, 1);
    const heat = (temp - 600) + 1.6 * hold - 6 * (thick - 3.5) + 4 * layers - 0.03 * (ramp - 220);
    // under-fired below ~30, burnt out above ~95
    const ok = sigmoid(0.18 * (heat - 30)) * sigmoid(0.18 * (95 - heat));
    let label = next() < ok ? 1 : 0;
    if (next() < 0.06) label = 1 - label;
    const kiln = ['Big Paragon', 'Top-loader', 'Old Cress'][i % 3];
    const vals = [`F${20000 + i}`, kiln, temp, hold, ramp, layers, thick, kage, label];
    rows.push(vals.join(','));
    eu.push(vals.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'));
  }
  write('kiln.csv', rows.join('\n') + '\n');
  write('kiln-eu.csv', eu.join('\n') + '\n');
}

// --- glass-lab.csv (tab-separated spectrometer export): colour family of salvaged glass ---
{
  const next = rng(241 * 13 + 5);
  const header = ['sample', 't_450nm', 't_550nm', 't_650nm', 'fe2o3_pct', 'coo_ppm', 'mno_pct', 'cu_pct', 'thickness_mm', 'colour'];
  const rows: string[] = [header.join('\t')];
  const fams = ['clear', 'amber', 'blue', 'green', 'ruby'];
  const weights = [0.3, 0.2, 0.22, 0.21, 0.07];
  for (let i = 0; i < 330; i++) {
    let u = next(), c = 0;
    while (u > weights[c]) { u -= weights[c]; c++; }
    const fam = fams[c];
    const thick = clamp(normal(next, 3.2, 0.6), 1.8, 5);
    const fe = clamp(normal(next, [0.1, 0.9, 0.2, 0.7, 0.15][c], 0.15), 0, 2);
    const co = clamp(normal(next, [5, 8, 180, 20, 6][c], 30), 0, 400);
    const mn = clamp(normal(next, [0.2, 0.6, 0.3, 0.3, 0.2][c], 0.15), 0, 2);
    const cu = clamp(normal(next, [0.02, 0.03, 0.1, 0.6, 0.5][c], 0.15), 0, 2);
    const base = [[0.88, 0.9, 0.9], [0.25, 0.55, 0.78], [0.75, 0.35, 0.2], [0.35, 0.7, 0.4], [0.1, 0.15, 0.72]][c];
    const t = base.map((b) => r2(clamp(b * Math.exp(-(thick - 3.2) * 0.15) + normal(next, 0, 0.09), 0.01, 0.99), 3));
    let label = fam;
    if (next() < 0.07) label = fams[Math.floor(next() * 5)];
    rows.push([`G${241}-${i}`, ...t, r2(fe, 3), Math.round(co), r2(mn, 3), r2(cu, 3), r2(thick), label].join('\t'));
  }
  write('glass-lab.csv', rows.join('\n') + '\n');
}
