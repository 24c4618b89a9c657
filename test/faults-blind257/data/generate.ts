/**
 * Writes this set's CSVs (seeded from 257): cork oak harvest and stopper-making records.
 * Run once: `npx tsx test/faults-blind257/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d: number) => x.toFixed(d);

// planks.csv: boiled cork planks graded at the prep yard, 4 grades (string), "refugo" rare.
{
  const r = rng(257);
  const rows = ['plank_id,harvest_date,thickness_mm,porosity_pct,density_kg_m3,moisture_pct,tree_age_yrs,stripping_cycle_yrs,boil_minutes,grade'];
  for (let i = 0; i < 480; i++) {
    const thick = clamp(normal(r, 38, 7), 18, 62);
    const poro = clamp(Math.exp(normal(r, 1.9, 0.45)), 1.5, 30); // skewed
    const dens = clamp(normal(r, 215, 18) + 1.8 * poro, 160, 300); // collinear with porosity
    const moist = clamp(normal(r, 9.5, 1.8), 5, 16);
    const tree = Math.round(clamp(normal(r, 85, 35), 35, 220));
    const cycle = 9 + Math.floor(r() * 5); // no effect
    const boil = Math.round(clamp(normal(r, 65, 6), 50, 90));
    const z = 0.09 * (thick - 38) - 0.28 * (poro - 7) + 0.006 * (tree - 85) - 0.12 * Math.abs(moist - 9.5) + normal(r, 0, 0.5);
    let grade = z > 1.0 ? 'extra' : z > -0.4 ? 'primeira' : z > -2.1 ? 'segunda' : 'refugo';
    if (r() < 0.05) grade = ['extra', 'primeira', 'segunda'][Math.floor(r() * 3)];
    const d = new Date(Date.UTC(2023, 4 + Math.floor(r() * 4), 1 + Math.floor(r() * 28)));
    rows.push([`PK-${String(10000 + i)}`, d.toISOString().slice(0, 10), f(thick, 1), f(poro, 2), f(dens, 1), f(moist, 1), tree, cycle, boil, grade].join(','));
  }
  write('planks.csv', rows.join('\n') + '\n');
}

// stoppers.csv: natural stopper QC lab: extraction force (daN, regression) and leak test 0/1 (rare).
const stopperRows: string[][] = [];
{
  const r = rng(257 * 2 + 1);
  const head = ['batch_code', 'diameter_mm', 'length_mm', 'density_kg_m3', 'moisture_pct', 'coating_mg', 'visual_class', 'bottle_neck_mm', 'extraction_daN', 'leak'];
  stopperRows.push(head);
  for (let i = 0; i < 420; i++) {
    const dia = clamp(normal(r, 24, 0.25), 23.2, 24.8);
    const len = [38, 44, 45, 49][Math.floor(r() * 4)] + normal(r, 0, 0.2);
    const dens = clamp(normal(r, 175, 22), 120, 250);
    const moist = clamp(normal(r, 6, 0.9), 3.5, 9);
    const coat = clamp(normal(r, 14, 4), 3, 28);
    const vis = 1 + Math.floor(r() * 7); // 1 = flor ... 7 = bottom grade
    const neck = clamp(normal(r, 18.5, 0.15), 18, 19);
    const comp = dia - neck;
    const force = 8 + 4.2 * comp + 0.06 * (dens - 175) + 0.12 * (len - 44) - 0.35 * (coat - 14) + 0.9 * (moist - 6) + normal(r, 0, 1.1);
    const leakZ = -2.6 + 0.45 * (vis - 4) - 1.8 * (comp - 5.5) - 0.02 * (dens - 175) + normal(r, 0, 0.4);
    const leak = r() < sigmoid(leakZ) ? 1 : 0;
    stopperRows.push([`L${23 + Math.floor(i / 140)}-${String(i % 140).padStart(3, '0')}`, f(dia, 2), f(len, 1), f(dens, 0), f(moist, 2), f(coat, 1), String(vis), f(neck, 2), f(force, 2), String(leak)]);
  }
  write('stoppers.csv', stopperRows.map((x) => x.join(',')).join('\n') + '\n');
  // the same export with the lab's gaps: "NA" and "-" where the hygrometer was out
  const rg = rng(257 * 3);
  const gaps = stopperRows.map((row, i) => (i === 0 ? row : row.map((c, j) => ((j === 4 && rg() < 0.06) ? 'NA' : (j === 5 && rg() < 0.03) ? '-' : c))));
  write('stoppers-gaps.csv', gaps.map((x) => x.join(',')).join('\n') + '\n');
}

// montado.csv: per-tree debarking yield from the estate, Portuguese sheet export: semicolons, decimal commas.
{
  const r = rng(257 * 5 + 7);
  const rows = ['arvore;perimetro_cm;altura_descortiamento_m;coef_descortiamento;declive_pct;chuva_mm;anos_desde_tiragem;cortica_kg'];
  for (let i = 0; i < 360; i++) {
    const per = clamp(normal(r, 150, 45), 70, 320);
    const coef = clamp(normal(r, 2.2, 0.35), 1.4, 3);
    const h = clamp((per / 100) * coef + normal(r, 0, 0.3), 0.8, 8); // collinear with perimeter × coef
    const slope = clamp(Math.abs(normal(r, 8, 7)), 0, 40);
    const rain = clamp(normal(r, 620, 140), 300, 1100);
    const yrs = 9 + Math.floor(r() * 4);
    const kg = clamp(0.11 * per * h * (1 + 0.0004 * (rain - 620)) * (yrs / 9) - 0.15 * slope + normal(r, 0, 6), 3, 400);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`MT${String(i + 1).padStart(4, '0')}`, c(per, 1), c(h, 2), c(coef, 2), c(slope, 1), c(rain, 0), yrs, c(kg, 1)].join(';'));
  }
  write('montado.csv', rows.join('\n') + '\n');
}

// tca-lab.csv: tab-separated GC-MS screening of stopper lots; taint yes/no (about 12%).
{
  const r = rng(257 * 7 + 3);
  const rows = ['lot\tboil_cycles\tsteam_minutes\tstorage_days\thumidity_pct\tchlorophenol_ppb\ttaint'];
  for (let i = 0; i < 300; i++) {
    const boil = 1 + Math.floor(r() * 3);
    const steam = clamp(normal(r, 40, 15), 0, 90);
    const days = Math.round(clamp(Math.exp(normal(r, 3.5, 0.8)), 2, 400));
    const hum = clamp(normal(r, 70, 10), 40, 98);
    const chloro = clamp(Math.exp(normal(r, 0, 0.9)), 0.05, 30);
    const z = -1.7 - 0.6 * (boil - 2) - 0.04 * (steam - 40) + 0.005 * (days - 40) + 0.06 * (hum - 70) + 0.9 * Math.log(chloro) + normal(r, 0, 0.5);
    const taint = r() < sigmoid(2 * z) ? 'sim' : 'nao';
    rows.push([`T${i + 1}`, boil, f(steam, 1), days, f(hum, 1), f(chloro, 3), taint].join('\t'));
  }
  write('tca-lab.csv', rows.join('\n') + '\n');
}
