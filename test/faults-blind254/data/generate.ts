/**
 * Writes the CSVs of fault set blind254 (barge operators and inland shipping), seeded from 254.
 * Run once: npx tsx test/faults-blind254/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. transits.csv: one row per completed tow transit (dispatcher's export). Target transit_hours (raw).
{
  const next = rng(254);
  const rows: string[] = ['tow_id,departed,distance_km,cargo_tonnes,river_stage_m,current_kmh,num_locks,lock_wait_h,upstream,crew_count,transit_hours'];
  for (let i = 0; i < 420; i++) {
    const distance = clamp(Math.exp(normal(next, 5.3, 0.55)), 25, 950);
    const cargo = clamp(Math.exp(normal(next, 7.4, 0.5)), 300, 9000); // skewed
    const stage = clamp(normal(next, 3.2, 1.4), 0.4, 8.5);
    const current = clamp(1.5 + 0.6 * stage + normal(next, 0, 0.6), 0.3, 9);
    const locks = Math.max(0, Math.round(distance / 80 + normal(next, 0, 1.2)));
    const wait = r2(Math.max(0, locks * 0.9 + normal(next, 0, 0.8)), 1); // collinear with locks
    const up = next() < 0.5 ? 1 : 0;
    const crew = 3 + Math.floor(next() * 4); // no effect
    const speed = 11 - 0.00035 * cargo + (up ? -current : current * 0.7);
    const hours = distance / Math.max(3, speed) + wait + 1.5 * Math.log1p(cargo / 1000) + normal(next, 0, 2.5);
    const day = 1 + Math.floor(next() * 28), hr = Math.floor(next() * 24);
    rows.push([`TW-${1000 + i}`, `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hr).padStart(2, '0')}:00`,
      r2(distance, 1), Math.round(cargo), r2(stage), r2(current), locks, wait, up, crew, r2(Math.max(2, hours), 1)].join(','));
  }
  write('transits.csv', rows.join('\n') + '\n');
  // 2. transits-gaps.csv: the same export before cleaning, with missing-value markers.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const f = line.split(',');
    if (i % 17 === 3) f[4] = 'NA';
    if (i % 23 === 5) f[5] = '';
    if (i % 31 === 7) f[7] = 'n/a';
    return f.join(',');
  });
  write('transits-gaps.csv', gaps.join('\n') + '\n');
}

// 3. hull_incidents.csv: per voyage leg, did cargo hold take water / damage claim (rare, ~12%).
{
  const next = rng(254 * 7 + 1);
  const rows: string[] = ['leg_id,barge_class,wave_height_m,wind_kt,draft_m,freeboard_m,load_factor,hull_age_years,cover_type,incident'];
  for (let i = 0; i < 480; i++) {
    const wave = clamp(Math.exp(normal(next, -0.9, 0.6)), 0.05, 2.5);
    const wind = clamp(8 + 14 * wave + normal(next, 0, 5), 0, 55);
    const load = clamp(normal(next, 0.82, 0.12), 0.35, 1.05);
    const draft = r2(1.4 + 2.2 * load + normal(next, 0, 0.12));
    const freeboard = r2(clamp(4.2 - draft + normal(next, 0, 0.15), 0.2, 3.5));
    const age = Math.round(clamp(Math.exp(normal(next, 2.6, 0.6)), 1, 55));
    const cover = next() < 0.6 ? 1 : 0; // 1 = rolling covers
    const z = -4.2 + 2.8 * wave - 2.2 * freeboard + 0.045 * age + 0.03 * wind - 0.8 * cover + 1.5 * (wave > 1 && freeboard < 1 ? 1 : 0);
    const y = next() < sigmoid(z + 1.5) ? 1 : 0;
    const cls = ['jumbo', 'standard', 'tank'][Math.floor(next() * 3)];
    rows.push([`LG${20000 + i}`, cls, r2(wave), r2(wind, 1), draft, freeboard, r2(load, 3), age, cover, y].join(','));
  }
  write('hull_incidents.csv', rows.join('\n') + '\n');
}

// 4. lock_delays.csv: lock keeper's export (Dutch locale): semicolons, decimal commas; delay class with a rare "stremming".
{
  const next = rng(254 * 13 + 5);
  const rows: string[] = ['passage_id;queue_vessels;hour_of_day;water_level_m;tow_length_m;commercial_share;chambers_open;delay_class'];
  const dec = (x: number, d = 2) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 450; i++) {
    const queue = Math.max(0, Math.round(Math.exp(normal(next, 1.3, 0.7)) - 1));
    const hour = Math.floor(next() * 24);
    const level = normal(next, 2.1, 0.6);
    const tow = clamp(normal(next, 110, 45), 40, 270);
    const share = clamp(normal(next, 0.7, 0.15), 0.2, 1);
    const chambers = next() < 0.8 ? 2 : 1;
    const peak = Math.exp(-((hour - 8) ** 2) / 8) + Math.exp(-((hour - 17) ** 2) / 8);
    const s = 0.45 * queue + 1.4 * peak + 0.012 * (tow - 110) - 1.3 * (chambers - 1.5) + normal(next, 0, 0.6);
    const lowWater = level < 1.2 ? 2.5 : 0;
    const cls = s + lowWater > 4.3 ? 'stremming' : s > 1.9 ? 'lang' : s > 0.6 ? 'kort' : 'geen';
    rows.push([`SL-${i + 1}`, queue, hour, dec(level), dec(tow, 1), dec(share, 3), chambers, cls].join(';'));
  }
  write('lock_delays.csv', rows.join('\n') + '\n');
}

// 5. fuel_burn.tsv: engine logger export, tab-separated; fuel litres/hour regression and CO2 kg/h (collinear).
{
  const next = rng(254 * 29 + 11);
  const rows: string[] = [['log_time', 'engine_rpm', 'speed_kmh', 'upstream', 'draft_m', 'water_temp_c', 'barges_in_tow', 'fuel_lph', 'co2_kgph'].join('\t')];
  for (let i = 0; i < 360; i++) {
    const rpm = clamp(normal(next, 1350, 230), 700, 1900);
    const up = next() < 0.5 ? 1 : 0;
    const barges = 1 + Math.floor(next() * 6);
    const draft = clamp(normal(next, 2.6, 0.5), 1.2, 3.8);
    const temp = clamp(normal(next, 12, 6), 0, 26); // no effect
    const speed = clamp(rpm / 110 - (up ? 3 : -1.5) - 0.5 * barges + normal(next, 0, 0.8), 2, 22);
    const fuel = 40 + 0.00012 * rpm ** 2 * (0.6 + 0.12 * barges) * (up ? 1.25 : 1) * (0.8 + 0.1 * draft) + normal(next, 0, 12);
    const co2 = fuel * 2.65 + normal(next, 0, 4);
    rows.push([`2024-03-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
      Math.round(rpm), r2(speed, 1), up, r2(draft), r2(temp, 1), barges, r2(fuel, 1), r2(co2, 1)].join('\t'));
  }
  write('fuel_burn.tsv', rows.join('\n') + '\n');
}

// 6. draft_survey.csv: draft readings with the unit typed into the cell by hand on a few rows ("2.4m").
{
  const next = rng(254 * 31 + 3);
  const rows: string[] = ['barge_id,draft_fore,draft_aft,length_m,beam_m,cargo_tonnes'];
  for (let i = 0; i < 120; i++) {
    const fore = clamp(normal(next, 2.4, 0.5), 0.8, 3.9), aft = clamp(fore + normal(next, 0.1, 0.15), 0.8, 4);
    const len = next() < 0.5 ? 76.5 : 110, beam = len > 100 ? 11.4 : 11;
    const t = r2(len * beam * ((fore + aft) / 2 - 0.6) * 0.88 + normal(next, 0, 40), 0);
    rows.push([`BG${300 + i}`, i % 29 === 11 ? `${r2(fore)}m` : r2(fore), r2(aft), len, beam, t].join(','));
  }
  write('draft_survey.csv', rows.join('\n') + '\n');
}
