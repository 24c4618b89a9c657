/**
 * Writes the CSVs of fault set blind261 (sugar-beet growers and beet-sugar factories), seeded from 261.
 * Run once: npx tsx test/faults-blind261/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. beet_loads.csv: factory reception tare-house, one row per truck load (regression: sugar_pct, molasses_loss_pct)
{
  const next = rng(261);
  const rows: string[] = ['load_id,delivered,grower_no,gross_kg,net_kg,dirt_tare_pct,top_tare_pct,root_temp_c,days_in_clamp,potassium_mmol,sodium_mmol,amino_n_mmol,truck_axles,sugar_pct,molasses_loss_pct'];
  for (let i = 0; i < 480; i++) {
    const grower = 1000 + Math.floor(next() * 400);
    const gross = clamp(normal(next, 26500, 2400), 18000, 32000);
    const dirt = clamp(Math.exp(normal(next, 1.6, 0.55)), 1, 30); // skewed, wet harvests
    const top = clamp(normal(next, 3, 1.2), 0.3, 8);
    const net = gross * (1 - (dirt + top) / 100) + normal(next, 0, 60);
    const temp = clamp(normal(next, 7, 4), -3, 18);
    const days = Math.floor(clamp(Math.exp(normal(next, 2.5, 0.8)), 0, 90));
    const k = clamp(normal(next, 42, 7), 25, 65);
    const na = clamp(Math.exp(normal(next, 1.6, 0.5)), 1.5, 25);
    const amn = clamp(Math.exp(normal(next, 2.6, 0.45)), 4, 45);
    const axles = next() < 0.7 ? 5 : 4;
    const sugar = 18.2 - 0.045 * days - 0.06 * Math.max(0, temp - 6) - 0.03 * amn + 0.02 * (k - 42) - 0.04 * dirt + normal(next, 0, 0.35);
    const mol = 0.12 + 0.012 * k + 0.025 * na + 0.028 * amn + 0.004 * days + normal(next, 0, 0.07);
    const day = 20 + Math.floor(i / 12);
    const month = day > 30 ? 10 : 9, dd = day > 30 ? day - 30 : day;
    const ts = `2024-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}T${String(5 + (i % 14)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    rows.push([`L24-${String(10000 + i)}`, ts, grower, Math.round(gross), Math.round(net), r2(dirt, 1), r2(top, 1), r2(temp, 1), days, r2(k, 1), r2(na, 2), r2(amn, 1), axles, r2(sugar, 2), r2(mol, 3)].join(','));
  }
  write('beet_loads.csv', rows.join('\n') + '\n');
  // a copy with missing lab values, as the lab's LIMS exports them
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    if (i % 17 === 3) c[9] = 'NA';
    if (i % 23 === 5) c[11] = '';
    if (i % 31 === 7) c[7] = '-';
    return c.join(',');
  });
  write('beet_loads_gaps.csv', gaps.join('\n') + '\n');
}

// 2. field_scouting.csv: agronomist field visits, diagnosis class (rare rhizoctonia), text field id
{
  const next = rng(261 * 7 + 1);
  const rows: string[] = ['field_id,visit_date,soil_ph,n_kg_ha,rain_30d_mm,sowing_doy,plants_k_ha,leaf_spot_score,yellowing_pct,root_beard_score,crown_rot_score,diagnosis'];
  const classes = ['healthy', 'cercospora', 'rhizomania', 'rhizoctonia'];
  for (let i = 0; i < 420; i++) {
    const u = next();
    const cls = u < 0.45 ? 0 : u < 0.72 ? 1 : u < 0.92 ? 2 : 3;
    const ph = clamp(normal(next, 7.0, 0.5), 5.5, 8.3);
    const n = clamp(normal(next, 120, 30), 40, 220);
    const rain = clamp(Math.exp(normal(next, 3.8, 0.5)) + (cls === 1 ? 25 : 0), 2, 250);
    const sow = Math.round(clamp(normal(next, 95, 9), 70, 125));
    const plants = clamp(normal(next, 95, 12), 55, 125);
    const leaf = clamp(normal(next, cls === 1 ? 5.5 : 1.5, 1.3), 0, 9);
    const yellow = clamp(normal(next, cls === 2 ? 45 : cls === 3 ? 30 : 8, 10), 0, 100);
    const beard = clamp(normal(next, cls === 2 ? 6 : 1.2, 1.4), 0, 9);
    const crown = clamp(normal(next, cls === 3 ? 6.5 : 1, 1.3), 0, 9);
    const d = 1 + Math.floor(next() * 28);
    rows.push([`F-${String(3000 + Math.floor(next() * 900))}-${String.fromCharCode(65 + (i % 6))}`, `2024-08-${String(d).padStart(2, '0')}`, r2(ph, 2), Math.round(n), r2(rain, 1), sow, r2(plants, 1), r2(leaf, 1), r2(yellow, 1), r2(beard, 1), r2(crown, 1), classes[cls]].join(','));
  }
  write('field_scouting.csv', rows.join('\n') + '\n');
}

// 3. evaporator_de.csv: German factory DCS export, semicolons and decimal commas; scale_event 0/1 (~18%)
{
  const next = rng(261 * 13 + 2);
  const rows: string[] = ['zeitstempel;thin_juice_ph;juice_temp_c;brix_in;brix_out;lime_kg_t;flow_m3h;steam_bar;calcium_mg_l;scale_event'];
  for (let i = 0; i < 400; i++) {
    const ph = clamp(normal(next, 9.1, 0.25), 8.4, 9.8);
    const temp = clamp(normal(next, 124, 4), 110, 135);
    const bi = clamp(normal(next, 15, 1), 12, 18);
    const flow = clamp(normal(next, 310, 35), 200, 420);
    const steam = clamp(normal(next, 3.2, 0.3), 2.3, 4.2);
    const bo = bi * (3.8 + 0.6 * (steam - 3.2)) + normal(next, 0, 1.2); // collinear with brix_in and steam
    const lime = clamp(normal(next, 12, 2), 6, 20);
    const ca = clamp(Math.exp(normal(next, 4.6, 0.4)), 30, 400);
    const z = -0.9 + 0.018 * (ca - 100) + 1.8 * (ph - 9.1) + 0.12 * (temp - 124) - 0.2 * (lime - 12) + normal(next, 0, 0.5);
    const y = next() < sigmoid(z * 1.6) ? 1 : 0;
    const h = i % 24, dd = 1 + Math.floor(i / 24);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`${String(dd).padStart(2, '0')}.11.2024 ${String(h).padStart(2, '0')}:00`, c(ph, 2), c(temp, 1), c(bi, 2), c(bo, 1), c(lime, 1), c(flow, 0), c(steam, 2), c(ca, 0), y].join(';'));
  }
  write('evaporator_de.csv', rows.join('\n') + '\n');
}

// 4. clamp_monitor.csv: tab-separated logger export, storage clamps at the field edge (regression: sugar_loss_g_t_d)
{
  const next = rng(261 * 31 + 3);
  const rows: string[] = [['clamp', 'clamp_temp_c', 'ambient_c', 'days_stored', 'vent_hours', 'frost_nights', 'soil_tare_pct', 'cover', 'sugar_loss_g_t_d'].join('\t')];
  for (let i = 0; i < 360; i++) {
    const amb = clamp(normal(next, 5, 4.5), -8, 16);
    const vent = clamp(normal(next, 40, 18), 0, 100);
    const ct = clamp(amb * 0.55 + 4 - 0.03 * vent + normal(next, 0, 1.2), -2, 16);
    const days = Math.floor(clamp(normal(next, 35, 18), 1, 90));
    const frost = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.9)) - 1, 0, 25));
    const tare = clamp(Math.exp(normal(next, 1.7, 0.5)), 1, 25);
    const cover = next() < 0.5 ? 1 : 0;
    const loss = 90 + 14 * Math.exp(0.13 * ct) * (1 + 0.004 * days) + 6 * frost * (1 - 0.6 * cover) + 2.5 * tare + normal(next, 0, 8);
    rows.push([`K${String(100 + i)}`, r2(ct, 1), r2(amb, 1), days, r2(vent, 0), frost, r2(tare, 1), cover, r2(loss, 1)].join('\t'));
  }
  write('clamp_monitor.csv', rows.join('\n') + '\n');
}
