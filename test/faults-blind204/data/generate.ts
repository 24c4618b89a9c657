/**
 * Writes the CSVs of fault set blind204 (vintage car restorers), seeded from 204 so every run gives
 * the same files: `npx tsx test/faults-blind204/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// restorations.csv: one row per finished restoration job at the shop.
{
  const r = rng(204001);
  const header = ['job_id', 'intake_date', 'model_year', 'rust_pct', 'panels_replaced', 'paint_layers', 'chrome_pieces', 'parts_cost_usd', 'parts_cost_gbp', 'odometer_miles', 'bay', 'labour_hours', 'concours_ready', 'grade'];
  const rows: string[] = [header.join(',')];
  const gaps: string[] = [header.join(',')];
  for (let i = 0; i < 420; i++) {
    const year = Math.floor(1925 + r() * 55);
    const age = 2024 - year;
    const rust = clamp(Math.exp(normal(r, 2.6, 0.75)), 0.5, 95);
    const panels = Math.max(0, Math.round(rust / 7 + normal(r, 0, 1.5)));
    const paint = 1 + Math.floor(r() * 6);
    const chrome = 5 + Math.floor(r() * 55);
    const parts = Math.exp(normal(r, 8.6 + 0.006 * age + 0.01 * rust, 0.45));
    const gbp = parts * 0.79 * (1 + normal(r, 0, 0.01));
    const odo = Math.floor(r() * 180000);
    const bay = 1 + Math.floor(r() * 6);
    const hours = (140 + 8 * rust + 22 * panels + 3.5 * chrome + 0.012 * parts + 1.8 * age) * (1 + normal(r, 0, 0.07));
    const latent = 2.2 - 0.09 * rust + 0.55 * (paint - 3) + 0.02 * (chrome - 30) - 0.03 * (age - 70) + normal(r, 0, 0.6);
    const ready = r() < sigmoid(2 * latent) ? 1 : 0;
    const q = latent + normal(r, 0, 0.4);
    const grade = rust > 60 && r() < 0.8 ? 'parts-car' : q > 1.8 ? 'concours' : q > 0.2 ? 'show' : 'driver';
    const date = `20${String(15 + Math.floor(r() * 9))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const cells = [`R-${String(1000 + i)}`, date, String(year), rust.toFixed(1), String(panels), String(paint), String(chrome), parts.toFixed(2), gbp.toFixed(2), String(odo), String(bay), hours.toFixed(1), String(ready), grade];
    rows.push(cells.join(','));
    const g = [...cells];
    if (r() < 0.12) g[3] = ['NA', '', '?'][Math.floor(r() * 3)];
    if (r() < 0.08) g[7] = ['NA', 'n/a', ''][Math.floor(r() * 3)];
    gaps.push(g.join(','));
  }
  write('restorations.csv', rows.join('\n') + '\n');
  write('restorations-gaps.csv', gaps.join('\n') + '\n');
}

// engines.tsv: dyno and compression tests of engines brought in, tab-separated from the test bench PC.
{
  const r = rng(204002);
  const header = ['engine_no', 'cyl1_psi', 'cyl2_psi', 'cyl3_psi', 'cyl4_psi', 'oil_psi', 'leakdown_pct', 'blowby_cfm', 'miles_since_rebuild', 'rebuild_needed'];
  const rows = [header.join('\t')];
  for (let i = 0; i < 330; i++) {
    const wear = clamp(normal(r, 0.45, 0.22), 0, 1);
    const base = 165 - 55 * wear;
    const cyl = [0, 1, 2, 3].map(() => base + normal(r, 0, 6));
    if (r() < 0.1) cyl[Math.floor(r() * 4)] -= 40 + r() * 40; // a burnt valve
    const spread = Math.max(...cyl) - Math.min(...cyl);
    const oil = 55 - 25 * wear + normal(r, 0, 5);
    const leak = clamp(4 + 30 * wear + normal(r, 0, 4), 1, 80);
    const blowby = Math.exp(normal(r, 0.2 + 1.6 * wear, 0.3));
    const miles = Math.floor(clamp(normal(r, 30000 + 60000 * wear, 15000), 200, 150000));
    const z = -4.2 + 7.5 * wear + 0.06 * spread + normal(r, 0, 0.6);
    const y = z > 0 ? 1 : 0;
    rows.push([`E${String(7000 + i * 3)}`, ...cyl.map((c) => c.toFixed(0)), oil.toFixed(1), leak.toFixed(1), blowby.toFixed(2), String(miles), String(y)].join('\t'));
  }
  write('engines.tsv', rows.join('\n') + '\n');
}

// appraisals_eu.csv: the German partner's auction appraisals, Excel export with ; and decimal commas.
{
  const r = rng(204003);
  const header = ['lot', 'baujahr', 'zustand_note', 'originalitaet_pct', 'laufleistung_km', 'hubraum_ccm', 'karosserie', 'wert_keur'];
  const rows = [header.join(';')];
  const dec = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 280; i++) {
    const year = Math.floor(1930 + r() * 50);
    const cond = clamp(normal(r, 2.6, 0.9), 1, 5); // 1 = concours, 5 = project
    const orig = clamp(normal(r, 72, 15), 20, 100);
    const km = Math.floor(clamp(Math.exp(normal(r, 11.3, 0.6)), 3000, 400000));
    const cc = Math.round(clamp(normal(r, 2400, 900), 600, 6500) / 100) * 100;
    const body = Math.floor(r() * 4); // 0 saloon, 1 coupe, 2 cabrio, 3 estate
    const logv = 3.2 - 0.45 * (cond - 2.6) + 0.012 * (orig - 72) + 0.00025 * (cc - 2400) + [0, 0.25, 0.45, -0.2][body] - 0.012 * (year - 1955) + normal(r, 0, 0.18);
    rows.push([`L${2400 + i}`, String(year), dec(cond, 1), dec(orig, 1), String(km), String(cc), String(body), dec(Math.exp(logv), 1)].join(';'));
  }
  write('appraisals_eu.csv', rows.join('\n') + '\n');
}
