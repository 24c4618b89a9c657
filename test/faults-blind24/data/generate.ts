/**
 * Writes this set's CSVs (seeded, identical on every run): `npx tsx test/faults-blind24/data/generate.ts`.
 * grades.csv: students (study hours, sleep, attendance %, quiz average) → passed 0/1, ~8% labels flipped.
 * flats.csv: flat rentals (area m², rooms, age years, km to centre, floor) → rent in euros, ~7% noise.
 * fruit.csv: fruit measurements (weight g, width cm, height cm, hue, sugar °Bx) → apple/pear/orange, ~10% relabelled.
 * grades-na.csv, flats-typo.csv: the same kinds of files with the faults a spreadsheet export brings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const out = (name: string, lines: string[]) => fs.writeFileSync(path.join(__dirname, name), lines.join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function grades(rows: number, seed: number): string[] {
  const next = rng(seed), lines = ['study_hours,sleep_hours,attendance,quiz_avg,passed'];
  for (let i = 0; i < rows; i++) {
    const study = clamp(normal(next, 6, 3), 0, 20), sleep = clamp(normal(next, 7, 1.2), 3, 11);
    const attend = clamp(normal(next, 80, 12), 20, 100), quiz = clamp(normal(next, 62, 15), 0, 100);
    const z = 0.35 * (study - 6) + 0.4 * (sleep - 7) - 0.02 * (sleep - 7) ** 2 * 4 + 0.05 * (attend - 80) + 0.06 * (quiz - 62);
    let passed = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) passed = 1 - passed;
    lines.push([r2(study), r2(sleep), r2(attend), r2(quiz), passed].join(','));
  }
  return lines;
}

function flats(rows: number, seed: number): string[] {
  const next = rng(seed), lines = ['area_m2,rooms,age_years,km_centre,floor,rent_eur'];
  for (let i = 0; i < rows; i++) {
    const area = clamp(normal(next, 70, 25), 18, 200), rooms = Math.max(1, Math.round(area / 28 + normal(next, 0, 0.6)));
    const age = clamp(normal(next, 35, 25), 0, 120), km = clamp(Math.abs(normal(next, 0, 6)), 0.2, 25);
    const floor = Math.floor(next() * 8);
    const rent = (300 + 11 * area + 40 * rooms - 2.5 * age) * Math.exp(-0.035 * km) + 15 * floor;
    lines.push([r2(area), rooms, r2(age), r2(km), floor, Math.round(rent * (1 + normal(next, 0, 0.07)))].join(','));
  }
  return lines;
}

function fruit(rows: number, seed: number): string[] {
  const next = rng(seed), lines = ['weight_g,width_cm,height_cm,hue,sugar_brix,kind'];
  const kinds = [
    { name: 'apple', w: 170, width: 7.3, height: 7.0, hue: 0.05, sugar: 13 },
    { name: 'pear', w: 190, width: 6.6, height: 9.2, hue: 0.2, sugar: 11 },
    { name: 'orange', w: 200, width: 7.8, height: 7.6, hue: 0.09, sugar: 10 },
  ];
  for (let i = 0; i < rows; i++) {
    const k = Math.floor(next() * 3), f = kinds[k];
    let label = f.name;
    if (next() < 0.1) label = kinds[(k + 1 + Math.floor(next() * 2)) % 3].name;
    lines.push([Math.round(normal(next, f.w, 30)), r2(normal(next, f.width, 0.5)), r2(normal(next, f.height, 0.6)),
      r2(clamp(normal(next, f.hue, 0.04), 0, 1)), r2(normal(next, f.sugar, 1.5)), label].join(','));
  }
  return lines;
}

out('grades.csv', grades(320, 2401));
out('flats.csv', flats(400, 2402));
out('fruit.csv', fruit(360, 2403));
const na = grades(120, 2404);
na[37] = na[37].replace(/^[^,]*/, 'NA');
na[88] = na[88].replace(/,[^,]*,/, ',,');
out('grades-na.csv', na);
const typo = flats(150, 2405);
typo[0] = typo[0].replace('rent_eur', 'rent (eur)');
out('flats-typo.csv', typo);
