/**
 * Writes this set's CSVs (seeded, so identical on every run): `npx tsx test/faults-blind28/data/generate.ts`.
 * bearings.csv: 420 machine readings, 6 features of very different scales, failure 0/1 (8% flipped).
 * crops.csv: 360 field plots, 5 features, yield in t/ha with ~8% noise (regression).
 * glass.csv: 330 samples, 7 oxide features, 3 string classes (10% relabelled).
 * bearings-gaps.csv: bearings with a few readings left blank or "NA" (a logger dropout).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
const r3 = (x: number) => String(Math.round(x * 1000) / 1000);

function bearings(): string[] {
  const next = rng(2801);
  const rows = ['unit_id,rpm,temp_c,vibration_mm_s,load_kn,hours,lube_days,failure'];
  for (let i = 0; i < 420; i++) {
    const rpm = clamp(normal(next, 1800, 450), 600, 3200), temp = normal(next, 55, 12);
    const vib = clamp(normal(next, 2.5, 1.2), 0.2, 9), load = clamp(normal(next, 12, 4), 2, 30);
    const hours = Math.round(next() * 40000), lube = Math.round(next() * 120);
    const z = 1.4 * (vib - 2.5) + 0.06 * (temp - 55) + 0.9 * Math.sin((rpm - 1800) / 300) + 0.00004 * (hours - 20000) + 0.015 * (lube - 60) * (load > 14 ? 1 : 0.3);
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([1000 + i, Math.round(rpm), r3(temp), r3(vib), r3(load), hours, lube, y].join(','));
  }
  return rows;
}

function crops(): string[] {
  const next = rng(2802);
  const rows = ['rain_mm,temp_c,nitrogen_kg_ha,soil_ph,slope_pct,yield_t_ha'];
  for (let i = 0; i < 360; i++) {
    const rain = clamp(normal(next, 650, 200), 150, 1300), temp = normal(next, 19, 3.5);
    const n = clamp(normal(next, 120, 45), 0, 260), ph = clamp(normal(next, 6.4, 0.6), 4.8, 8.2), slope = next() * 15;
    const clean = 2 + 4 * Math.tanh(rain / 500) - 0.04 * (temp - 20) ** 2 + 2.2 * (1 - Math.exp(-n / 90)) - 0.8 * (ph - 6.5) ** 2 - 0.06 * slope;
    rows.push([Math.round(rain), r3(temp), Math.round(n), r3(ph), r3(slope), r3(clean * (1 + normal(next, 0, 0.08)))].join(','));
  }
  return rows;
}

function glass(): string[] {
  const next = rng(2803);
  const names = ['float', 'container', 'tableware'];
  const centres = [[13.4, 3.5, 1.2, 72.6, 0.5, 8.8, 0.0], [13.1, 0.8, 2.0, 72.4, 0.9, 10.3, 0.2], [14.4, 0.5, 1.6, 73.0, 0.1, 9.2, 1.0]];
  const spread = [0.5, 0.9, 0.4, 0.6, 0.35, 1.1, 0.5];
  const rows = ['na2o,mgo,al2o3,sio2,k2o,cao,bao,type'];
  for (let i = 0; i < 330; i++) {
    let c = i % 3;
    const x = centres[c].map((m, j) => Math.max(0, normal(next, m, spread[j])));
    if (next() < 0.1) c = (c + 1 + Math.floor(next() * 2)) % 3;
    rows.push([...x.map(r3), names[c]].join(','));
  }
  return rows;
}

function withGaps(rows: string[]): string[] {
  return rows.map((row, i) => {
    if (i === 57 || i === 203) return row.replace(/,([^,]*),([^,]*),([^,]*),/, ',$1,NA,$3,');
    if (i === 311) return row.replace(/^([^,]*),([^,]*),/, '$1,,');
    return row;
  });
}

write('bearings.csv', bearings());
write('crops.csv', crops());
write('glass.csv', glass());
write('bearings-gaps.csv', withGaps(bearings()));
