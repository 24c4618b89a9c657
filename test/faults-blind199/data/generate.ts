/**
 * Writes this set's CSVs (tea estates and tea blenders), seeded from 199:
 * `npx tsx test/faults-blind199/data/generate.ts` from the repo root. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const f2 = (x: number, d = 2) => x.toFixed(d);

// estates.csv: one row per plot and plucking round on several estates.
{
  const r = rng(199);
  const rows: string[] = ['plot_id,harvest_date,altitude_m,rainfall_mm,bush_age_yr,plucking_round_days,nitrogen_kg_ha,fertiliser_cost_usd,soil_ph,shade_pct,yield_kg_ha,grade,blister_blight'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const alt = clamp(normal(r, 1400, 420), 500, 2300);
    const rain = Math.exp(normal(r, Math.log(2300), 0.35)); // skewed
    const age = clamp(Math.floor(r() * 90) + 3, 3, 95);
    const round = 5 + Math.floor(r() * 10);
    const n = clamp(normal(r, 220, 60), 60, 400);
    const cost = n * 1.32 + normal(r, 0, 8); // collinear with nitrogen
    const ph = normal(r, 5.0, 0.35); // no effect
    const shade = clamp(normal(r, 35, 15), 0, 80);
    const yieldKg = 2400 - 0.55 * (alt - 1400) + 0.25 * (rain - 2300) - 6 * (age - 40) + 3.2 * (n - 220) - 40 * (round - 9) - 6 * (shade - 35) + normal(r, 0, 160);
    // grade from altitude and round: FTGFOP (fine, high, short rounds), BOP, Dust (rare)
    const q = 0.004 * (alt - 1400) - 0.35 * (round - 9) + normal(r, 0, 0.6);
    const grade = q > 0.55 ? 'FTGFOP' : q > -1.6 ? 'BOP' : 'Dust';
    const blight = r() < sigmoid(-2.4 + 0.0012 * (rain - 2300) + 0.04 * (shade - 35) + 0.002 * (alt - 1400)) ? 1 : 0;
    const d = new Date(Date.UTC(2023, 0, 1) + i * 86400000 * 1.7).toISOString().slice(0, 10);
    const vals = [`EST-${String(100 + (i % 37)).padStart(3, '0')}-${i}`, d, f2(alt, 0), f2(rain, 0), String(age), String(round), f2(n, 1), f2(cost, 2), f2(ph, 2), f2(shade, 1), f2(yieldKg, 0), grade, String(blight)];
    rows.push(vals.join(','));
    const g = [...vals];
    if (r() < 0.06) g[3] = 'NA';
    if (r() < 0.05) g[6] = '';
    if (r() < 0.03) g[9] = 'n/a';
    gaps.push(g.join(','));
  }
  fs.writeFileSync(path.join(dir, 'estates.csv'), rows.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'estates-gaps.csv'), gaps.join('\n') + '\n');
}

// blends.csv: blender's cupping lab, one row per batch of leaf tasted.
{
  const r = rng(199 * 7 + 1);
  const rows: string[] = ['lot_code,tannin_pct,caffeine_pct,moisture_pct,leaf_size_mm,theaflavin_pct,brew_temp_c,steep_s,panel_score,blend'];
  const blends = ['assam_breakfast', 'darjeeling_first_flush', 'earl_grey_base', 'ceylon_orange_pekoe'];
  const centres = [[14, 3.6, 6.5, 1.5, 1.4], [9, 2.8, 5.5, 6, 0.6], [11, 3.1, 6, 3.5, 0.9], [12, 3.3, 5.2, 4.5, 1.1]];
  for (let i = 0; i < 360; i++) {
    const k = r() < 0.1 ? 1 : r() < 0.4 ? 0 : r() < 0.6 ? 2 : 3; // darjeeling rare
    const c = centres[k];
    const tannin = normal(r, c[0], 1.3), caf = normal(r, c[1], 0.25), moist = normal(r, c[2], 0.5), leaf = Math.max(0.3, normal(r, c[3], 0.9)), tf = Math.max(0.1, normal(r, c[4], 0.2));
    const temp = 80 + Math.floor(r() * 21), steep = 120 + Math.floor(r() * 240);
    const score = 70 + 4 * (tf - 1) - 0.8 * Math.abs(moist - 5.8) * 3 - 0.02 * Math.abs(steep - 240) + 0.15 * (temp - 90) + 2 * (k === 1 ? 1 : 0) + normal(r, 0, 1.2);
    rows.push([`L${23000 + i}`, f2(tannin), f2(caf), f2(moist), f2(leaf), f2(tf), String(temp), String(steep), f2(score, 1), blends[k]].join(','));
  }
  fs.writeFileSync(path.join(dir, 'blends.csv'), rows.join('\n') + '\n');
}

// auction.csv: broker's auction catalogue export, semicolons and decimal commas; price in LKR/kg.
{
  const r = rng(199 * 13 + 2);
  const rows: string[] = ['sale_no;lot_weight_kg;valuation_lkr;leaf_appearance;infusion_score;liquor_score;elevation_code;price_lkr_kg'];
  for (let i = 0; i < 300; i++) {
    const w = Math.round(clamp(normal(r, 900, 350), 100, 2400));
    const app = clamp(normal(r, 6, 1.5), 1, 10), inf = clamp(normal(r, 6, 1.4), 1, 10), liq = clamp(0.6 * app + normal(r, 2.4, 1), 1, 10);
    const elev = 1 + Math.floor(r() * 3);
    const price = 820 + 60 * (app - 6) + 45 * (inf - 6) + 80 * (liq - 6) + 110 * (elev - 2) - 0.05 * (w - 900) + normal(r, 0, 55);
    const val = price + normal(r, 0, 90);
    const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`S${31 + (i % 12)}-${i}`, String(w), dc(val, 0), dc(app, 1), dc(inf, 1), dc(liq, 1), String(elev), dc(price, 1)].join(';'));
  }
  fs.writeFileSync(path.join(dir, 'auction.csv'), rows.join('\n') + '\n');
}

// withering.tsv-style file (tab-separated, .csv name): factory withering troughs.
{
  const r = rng(199 * 31 + 3);
  const rows: string[] = ['trough\tgreen_leaf_kg\tair_temp_c\thumidity_pct\tfan_hours\tstart_moisture_pct\tend_moisture_pct'];
  for (let i = 0; i < 240; i++) {
    const kg = clamp(normal(r, 1500, 300), 700, 2400), t = normal(r, 27, 3), h = clamp(normal(r, 75, 10), 40, 98), fan = clamp(normal(r, 14, 3), 6, 22), start = normal(r, 77, 2);
    const end = start - 0.9 * fan - 0.35 * (t - 27) + 0.12 * (h - 75) + 0.004 * (kg - 1500) + normal(r, 0, 1.2);
    rows.push([`T${1 + (i % 16)}`, f2(kg, 0), f2(t, 1), f2(h, 0), f2(fan, 1), f2(start, 1), f2(end, 1)].join('\t'));
  }
  fs.writeFileSync(path.join(dir, 'withering.csv'), rows.join('\n') + '\n');
}

// estates-text.csv: a copy where one numeric column was exported with units.
{
  const src = fs.readFileSync(path.join(dir, 'estates.csv'), 'utf8').trim().split('\n');
  const out = src.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    c[2] = `${c[2]} m`;
    return c.join(',');
  });
  fs.writeFileSync(path.join(dir, 'estates-units.csv'), out.join('\n') + '\n');
}
