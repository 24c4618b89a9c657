/**
 * Writes the CSVs of fault set blind280 (reindeer herders), seeded from 280:
 * `npx tsx test/faults-blind280/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. calves.csv: autumn round-up, one calf per row; target carcass weight (kg) at slaughter.
{
  const next = rng(280);
  const rows: string[] = ['calf_id,roundup_date,birth_day,dam_age,dam_weight_kg,spring_snow_cm,lichen_index,insect_days,km_walked,herder_no,carcass_kg'];
  for (let i = 0; i < 400; i++) {
    const birth = Math.round(clamp(normal(next, 140, 8), 115, 170));
    const damAge = Math.round(clamp(normal(next, 6, 2.5), 2, 14));
    const damW = r2(clamp(normal(next, 72 + 1.2 * Math.min(damAge, 8), 6), 50, 105), 1);
    const snow = r2(Math.exp(normal(next, 3.6, 0.55)), 0); // skewed, cm
    const lichen = r2(clamp(normal(next, 0.55, 0.18), 0.05, 1), 3);
    const insect = Math.round(clamp(normal(next, 22, 7), 2, 50));
    const km = r2(clamp(180 + 250 * (1 - lichen) + normal(next, 0, 25), 60, 500), 1); // collinear with lichen
    const herder = 1 + Math.floor(next() * 9); // no effect
    const carcass = 24 + 0.18 * (damW - 78) - 0.12 * (birth - 140) + 6 * (lichen - 0.55) - 0.025 * (snow - 40) - 0.08 * (insect - 22)
      - 0.3 * Math.max(0, 4 - damAge) + normal(next, 0, 1.3);
    const date = `2023-09-${String(20 + Math.floor(next() * 10)).padStart(2, '0')}T0${Math.floor(next() * 9)}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    rows.push(`FI-${2300 + i},${date},${birth},${damAge},${damW},${snow},${lichen},${insect},${km},${herder},${r2(carcass, 1)}`);
  }
  write('calves.csv', rows.join('\n') + '\n');
}

// 2. winter.csv: did the calf survive its first winter (1) or not (0); about 15% losses.
{
  const next = rng(2801);
  const rows: string[] = ['ear_mark,birth_weight_kg,dam_age,predator_sightings,ice_crust_days,feed_kg_per_day,distance_to_road_km,survived'];
  const lines: string[] = [];
  const withGaps: string[] = [];
  for (let i = 0; i < 500; i++) {
    const bw = r2(clamp(normal(next, 5.2, 0.8), 2.8, 8), 2);
    const damAge = Math.round(clamp(normal(next, 6, 2.5), 2, 14));
    const pred = Math.floor(Math.exp(normal(next, 0.6, 0.9))); // skewed counts
    const ice = Math.round(clamp(normal(next, 18, 9), 0, 55));
    const feed = r2(clamp(normal(next, 0.8, 0.45), 0, 2.5), 2);
    const road = r2(Math.exp(normal(next, 1.8, 0.7)), 1);
    const z = 2.3 + 1.6 * (bw - 5.2) - 0.45 * (pred - 1.5) - 0.07 * (ice - 18) + 1.3 * (feed - 0.8) - 0.15 * Math.max(0, 3 - damAge) * 3;
    const survived = next() < sigmoid(z) ? 1 : 0;
    const mark = `K${(i * 37) % 1000}-${['a', 'b', 'c'][i % 3]}`;
    lines.push(`${mark},${bw},${damAge},${pred},${ice},${feed},${road},${survived}`);
    const gap = next();
    withGaps.push(`${mark},${gap < 0.05 ? 'NA' : bw},${damAge},${gap > 0.96 ? '' : pred},${ice},${feed},${road},${survived}`);
  }
  write('winter.csv', [...rows, ...lines].join('\n') + '\n');
  write('winter-gaps.csv', [...rows, ...withGaps].join('\n') + '\n');
}

// 3. pastures.csv: survey of grazing plots, condition good / fair / poor (poor rare); also a
//    semicolon export with decimal commas from the district office's spreadsheet.
{
  const next = rng(2802);
  const header = ['plot', 'lichen_cover_pct', 'lichen_height_mm', 'trampling_index', 'moss_pct', 'altitude_m', 'days_grazed', 'condition'];
  const rows: string[][] = [];
  for (let i = 0; i < 360; i++) {
    const cover = clamp(normal(next, 45, 18), 2, 95);
    const height = clamp(20 + 0.6 * cover + normal(next, 0, 8), 3, 120); // collinear with cover
    const tramp = clamp(normal(next, 0.4, 0.2), 0, 1);
    const moss = clamp(normal(next, 30, 12), 0, 90);
    const alt = clamp(normal(next, 350, 120), 80, 900); // weak effect
    const days = Math.round(clamp(Math.exp(normal(next, 3, 0.6)), 1, 200));
    const score = 0.06 * (cover - 45) + 0.02 * (height - 47) - 4 * (tramp - 0.4) - 0.012 * (days - 22) + normal(next, 0, 0.7);
    const cond = score > 0.2 ? 'good' : score > -1.9 ? 'fair' : 'poor';
    rows.push([`P${String(i + 1).padStart(3, '0')}`, cover.toFixed(1), height.toFixed(1), tramp.toFixed(3), moss.toFixed(1), alt.toFixed(0), String(days), cond]);
  }
  write('pastures.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  write('pastures-office.csv', [header.join(';'), ...rows.map((r) => r.map((c) => c.replace('.', ',')).join(';'))].join('\n') + '\n');
}

// 4. collars.tsv-style tab export from the GPS collar portal: daily distance (km) from weather.
{
  const next = rng(2803);
  const rows: string[] = ['collar\ttimestamp\ttemp_c\twind_ms\tsnow_cm\tday_length_h\tmosquito_idx\tdaily_km'];
  for (let i = 0; i < 300; i++) {
    const doy = Math.floor(next() * 365);
    const dayLen = clamp(12 + 10 * Math.sin(((doy - 80) / 365) * 2 * Math.PI) + normal(next, 0, 0.3), 0, 24);
    const temp = -2 + 14 * Math.sin(((doy - 110) / 365) * 2 * Math.PI) + normal(next, 0, 4);
    const wind = Math.abs(normal(next, 4, 2.5));
    const snow = Math.max(0, -temp * 4 + normal(next, 20, 15));
    const mosq = Math.max(0, temp > 10 ? (temp - 10) * 0.8 + normal(next, 0, 1) : 0);
    const km = Math.max(0.3, 4 + 0.25 * dayLen + 1.1 * mosq - 0.03 * snow + 0.2 * wind + 0.004 * (temp - 5) ** 2 + normal(next, 0, 0.9));
    rows.push(`C${100 + (i % 12)}\t2023-${String(1 + Math.floor(doy / 31)).padStart(2, '0')}-${String(1 + (doy % 28)).padStart(2, '0')} 12:00\t${temp.toFixed(1)}\t${wind.toFixed(1)}\t${snow.toFixed(0)}\t${dayLen.toFixed(2)}\t${mosq.toFixed(2)}\t${km.toFixed(2)}`);
  }
  write('collars.csv', rows.join('\n') + '\n');
}
