/**
 * Writes this set's CSVs (seeded, so every run gives the same files):
 * `npx tsx test/faults-blind30/data/generate.ts`.
 * clinic.csv: 420 patients, raw-scale vitals next to [0,1] markers, disease 0/1 (~13% positive,
 * 5% of labels flipped) and three 0/1 comorbidity columns for multi-label work.
 * sensors.csv: 360 pump readings, raw pressure (~1000 hPa) and temperature next to [0,1] signals,
 * two rare fault flags and an alarm flag. clinic-na.csv: clinic with "NA" typed into a few cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = (x: number, d = 3) => Number(x.toFixed(d));
const bit = (next: () => number, p: number) => (next() < p ? 1 : 0);

function clinic(): string[] {
  const next = rng(3001);
  const rows = ['id,age,bmi,sbp,glucose,marker_a,marker_b,smoker,disease,diabetes,hypertension,cardiac'];
  for (let i = 0; i < 420; i++) {
    const age = clamp(normal(next, 55, 14), 20, 90), bmi = clamp(normal(next, 27, 5), 16, 48);
    const sbp = clamp(normal(next, 128 + 0.4 * (age - 55), 16), 90, 210);
    const glucose = clamp(normal(next, 100 + 1.5 * (bmi - 27), 22), 60, 260);
    const a = clamp(next() * 0.7 + (age > 65 ? 0.2 : 0), 0, 1), b = next(), smoker = bit(next, 0.25);
    const z = -3.6 + 0.05 * (age - 55) + 2.6 * a * a + 1.1 * smoker + 0.02 * (glucose - 100) + (b > 0.85 ? 1.2 : 0);
    let disease = bit(next, sigmoid(z));
    if (next() < 0.05) disease = 1 - disease;
    const diabetes = bit(next, sigmoid(-4 + 0.045 * (glucose - 100) + 0.12 * (bmi - 27)));
    const hyper = bit(next, sigmoid(-1.5 + 0.09 * (sbp - 130)));
    const cardiac = bit(next, sigmoid(-3.2 + 0.06 * (age - 55) + 1.5 * smoker + 0.04 * (sbp - 130) + 1.2 * (a - 0.4)));
    rows.push([i + 1, r(age, 0), r(bmi, 1), r(sbp, 0), r(glucose, 0), r(a), r(b), smoker, disease, diabetes, hyper, cardiac].join(','));
  }
  return rows;
}

function sensors(): string[] {
  const next = rng(3002);
  const rows = ['pressure,temp,vibration,humidity,current,fault_bearing,fault_seal,alarm'];
  for (let i = 0; i < 360; i++) {
    const pressure = normal(next, 1013, 9), temp = clamp(normal(next, 55, 12), 15, 105);
    const vib = clamp(next() ** 1.5, 0, 1), hum = clamp(normal(next, 0.5, 0.18), 0, 1);
    const current = clamp(normal(next, 8 + 3 * vib, 2), 0, 20);
    const bearing = bit(next, sigmoid(-5 + 7 * vib * vib + 0.04 * (temp - 55)));
    const seal = bit(next, sigmoid(-4.2 - 0.25 * (pressure - 1013) + 3 * (hum - 0.5)));
    let alarm = bearing || seal || next() < 0.04 ? 1 : 0;
    if (next() < 0.04) alarm = 1 - alarm;
    rows.push([r(pressure, 1), r(temp, 1), r(vib), r(hum), r(current, 2), bearing, seal, alarm].join(','));
  }
  return rows;
}

const clinicRows = clinic();
fs.writeFileSync(path.join(dir, 'clinic.csv'), clinicRows.join('\n') + '\n');
fs.writeFileSync(path.join(dir, 'sensors.csv'), sensors().join('\n') + '\n');
const na = clinicRows.map((row, i) => (i > 0 && i % 97 === 0 ? row.replace(/,(\d+),([\d.]+),([\d.]+),/, ',$1,NA,$3,') : row));
fs.writeFileSync(path.join(dir, 'clinic-na.csv'), na.join('\n') + '\n');
