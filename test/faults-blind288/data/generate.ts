/**
 * Writes the CSVs of fault set blind288 (bobsleigh and luge tracks), seeded from 288:
 * `npx tsx test/faults-blind288/data/generate.ts` (run once; the files are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(here, name), text);

// runs.csv: timing-system export of training and race runs on four tracks.
const r = rng(288);
const tracks = [
  { name: 'Altenberg', length: 1413 }, { name: 'Koenigssee', length: 1251 },
  { name: 'Igls', length: 1270 }, { name: 'Sigulda', length: 1200 },
];
const sleds = [
  { name: 'bob2', p: 0.33, mass: 390, start: 5.05, speed: 133 },
  { name: 'bob4', p: 0.22, mass: 630, start: 4.85, speed: 138 },
  { name: 'skeleton', p: 0.25, mass: 115, start: 4.65, speed: 126 },
  { name: 'luge', p: 0.15, mass: 98, start: 6.6, speed: 131 },
  { name: 'luge_double', p: 0.05, mass: 190, start: 6.9, speed: 129 },
];
const runsHeader = 'run_id,timestamp,track,track_length_m,sled,sled_mass_kg,start_time_s,push_speed_kmh,ice_temp_c,air_temp_c,humidity_pct,bib_number,top_speed_kmh,finish_time_s,crash';
const runs: string[][] = [];
for (let i = 0; i < 480; i++) {
  const t = tracks[Math.floor(r() * tracks.length)];
  let u = r(), s = sleds[0];
  for (const c of sleds) { if (u < c.p) { s = c; break; } u -= c.p; }
  const mass = s.mass + normal(r, 0, s.mass * 0.03);
  const start = s.start + normal(r, 0, 0.12);
  const push = clamp(40 - 4.2 * (start - s.start) + normal(r, 0, 0.6), 30, 48);
  const air = normal(r, -4, 4);
  const ice = clamp(-8 + 0.45 * (air + 4) + normal(r, 0, 1.2), -16, -1);
  const hum = clamp(normal(r, 72, 12), 30, 100);
  const bib = 1 + Math.floor(r() * 40);
  const speed = s.speed + 0.012 * (mass - s.mass) - 0.6 * (ice + 8) - 2.5 * (start - s.start) + normal(r, 0, 1.6);
  const finish = t.length / ((speed * 0.72) / 3.6) + 1.8 * (start - 5) + 0.05 * Math.max(0, hum - 85) + normal(r, 0, 0.25);
  const z = -3.1 + 0.35 * (speed - s.speed) + 0.5 * (ice + 8) + normal(r, 0, 0.5);
  const crash = r() < sigmoid(z) ? 1 : 0;
  const day = 1 + Math.floor(i / 16), hh = 8 + (i % 16) / 2;
  runs.push([
    `R23-${String(i + 1).padStart(4, '0')}`, `2023-01-${String(((day - 1) % 28) + 1).padStart(2, '0')}T${String(Math.floor(hh)).padStart(2, '0')}:${i % 2 ? '30' : '05'}`,
    t.name, String(t.length), s.name, mass.toFixed(1), start.toFixed(3), push.toFixed(2), ice.toFixed(1), air.toFixed(1), hum.toFixed(0), String(bib),
    speed.toFixed(2), finish.toFixed(3), String(crash),
  ]);
}
write('runs.csv', [runsHeader, ...runs.map((row) => row.join(','))].join('\n') + '\n');

// runs-gaps.csv: the same export after a sensor outage: NA and empty cells.
const gaps = runs.map((row, i) => {
  const c = [...row];
  if (i % 17 === 3) c[8] = 'NA';
  if (i % 23 === 5) c[10] = '';
  if (i % 31 === 7) c[12] = 'NA';
  return c;
});
write('runs-gaps.csv', [runsHeader, ...gaps.map((row) => row.join(','))].join('\n') + '\n');

// runs-dnf.csv: the race office's copy where speed traps of non-finishers read "DNF".
const dnf = runs.map((row, i) => { const c = [...row]; if (i % 41 === 9) c[12] = 'DNF'; return c; });
write('runs-dnf.csv', [runsHeader, ...dnf.map((row) => row.join(','))].join('\n') + '\n');

// ice.csv: refrigeration plant log, exported from a German spreadsheet (semicolons, decimal commas).
const q = rng(288 * 7 + 1);
const iceRows: string[] = ['date;ice_thickness_mm;brine_temp_c;ambient_c;solar_wm2;wind_ms;compressor_kw;energy_kwh;grade'];
for (let i = 0; i < 360; i++) {
  const ambient = normal(q, 1, 6);
  const solar = clamp(Math.exp(normal(q, 5, 0.9)), 0, 950);
  const wind = clamp(Math.abs(normal(q, 3, 2.5)), 0, 15);
  const brine = clamp(-12 + 0.15 * ambient + normal(q, 0, 1), -16, -7);
  const kw = clamp(900 + 38 * ambient + 0.55 * solar - 25 * (brine + 12) + normal(q, 0, 60), 250, 2200);
  const thick = clamp(38 - 0.6 * ambient - 0.008 * solar + normal(q, 0, 3), 15, 60);
  const energy = kw * 22 * (1 + 0.004 * wind) + 15 * solar + normal(q, 0, 900);
  const score = 0.25 * (thick - 35) - 0.004 * (solar - 180) - 0.15 * ambient + normal(q, 0, 0.7);
  const grade = score > 0.8 ? 'good' : score > -1.2 ? 'fair' : 'poor';
  const d = new Date(Date.UTC(2022, 9, 15) + i * 86400000 / 2);
  const dc = (x: number, k: number) => x.toFixed(k).replace('.', ',');
  iceRows.push([d.toISOString().slice(0, 13), dc(thick, 1), dc(brine, 2), dc(ambient, 1), dc(solar, 0), dc(wind, 1), dc(kw, 1), dc(energy, 0), grade].join(';'));
}
write('ice.csv', iceRows.join('\n') + '\n');

// curves.tsv: curve-sensor export (tabs): lateral load in each curve from speed and radius.
const c = rng(288 * 13 + 5);
const curveRows: string[] = ['curve_no\tradius_m\tbank_deg\tspeed_kmh\tentry_height_m\tsensor_temp_c\tg_load'];
for (let i = 0; i < 320; i++) {
  const radius = clamp(Math.exp(normal(c, 3.3, 0.4)), 10, 80);
  const bank = clamp(40 + 1.1 * (60 - radius) * 0.5 + normal(c, 0, 5), 20, 90);
  const speed = clamp(normal(c, 115, 14), 70, 150);
  const height = 0.04 * bank + normal(c, 0, 0.3);
  const v = speed / 3.6;
  const g = Math.sqrt((v * v / (radius * 9.81)) ** 2 + 1) + normal(c, 0, 0.12);
  curveRows.push([String(1 + (i % 16)), radius.toFixed(1), bank.toFixed(1), speed.toFixed(1), height.toFixed(2), normal(c, -5, 3).toFixed(1), g.toFixed(3)].join('\t'));
}
write('curves.tsv', curveRows.join('\n') + '\n');
