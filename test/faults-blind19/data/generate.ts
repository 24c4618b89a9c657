/**
 * Writes this set's CSVs (seeded, so the same every run): `npx tsx test/faults-blind19/data/generate.ts`.
 * churn.csv: telecom churn, raw units (months, dollars, calls), 8% flipped labels.
 * soil.csv: crop yield in t/ha from field measurements in raw units, noise sd 0.4 t/ha.
 * gesture.csv: 3 hand gestures from 6 accelerometer summaries (m/s^2), 6% wrong labels.
 * churn-export.csv: the same churn table exported with blank/NA cells (a data fault).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function churn(): (number | string)[][] {
  const next = rng(1901);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.round(clamp(normal(next, 30, 20), 0, 72));
    const charge = r2(clamp(normal(next, 70, 25), 18, 120));
    const calls = Math.round(clamp(normal(next, 2, 2), 0, 10));
    const contract = Math.floor(next() * 3);
    const age = Math.round(clamp(normal(next, 45, 15), 18, 85));
    const z = -0.06 * (tenure - 30) + 0.03 * (charge - 70) + 0.5 * (calls - 2) - 0.9 * (contract - 1) - 0.3;
    let y = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([tenure, charge, calls, contract, age, y]);
  }
  return rows;
}

function soil(): number[][] {
  const next = rng(1902);
  const rows: number[][] = [];
  for (let i = 0; i < 300; i++) {
    const moisture = r2(clamp(normal(next, 25, 8), 5, 50));
    const temp = r2(normal(next, 18, 4));
    const ph = r2(clamp(normal(next, 6.5, 0.6), 4.5, 8.5));
    const nitrogen = Math.round(clamp(normal(next, 120, 40), 10, 250));
    const yieldT = 2 + 0.08 * moisture - 0.004 * (moisture - 28) ** 2 + 0.1 * temp - 0.6 * (ph - 6.6) ** 2 + 0.012 * nitrogen + normal(next, 0, 0.4);
    rows.push([moisture, temp, ph, nitrogen, r2(yieldT)]);
  }
  return rows;
}

function gesture(): number[][] {
  const next = rng(1903);
  const centres = [[0.2, 9.6, 1.1, 0.4, 0.3, 2.0], [3.5, 8.1, 2.4, 1.6, 1.2, 0.8], [-2.1, 7.0, 4.0, 0.9, 2.5, 1.5]];
  const rows: number[][] = [];
  for (let i = 0; i < 360; i++) {
    let label = i % 3;
    const feats = centres[label].map((c) => r2(normal(next, c, 1.1)));
    if (next() < 0.06) label = (label + 1 + Math.floor(next() * 2)) % 3;
    rows.push([...feats, label]);
  }
  return rows;
}

const churnRows = churn();
write('churn.csv', ['tenure_months', 'monthly_charge', 'support_calls', 'contract', 'age', 'churned'], churnRows);
write('churn-export.csv', ['tenure_months', 'monthly_charge', 'support_calls', 'contract', 'age', 'churned'],
  churnRows.map((r, i) => (i % 37 === 5 ? [r[0], 'NA', ...r.slice(2)] : i % 53 === 9 ? [r[0], r[1], '', ...r.slice(3)] : r)));
write('soil.csv', ['moisture_pct', 'temp_c', 'ph', 'nitrogen_kg_ha', 'yield_t_ha'], soil());
write('gesture.csv', ['ax_mean', 'ay_mean', 'az_mean', 'ax_sd', 'ay_sd', 'az_sd', 'gesture'], gesture());
