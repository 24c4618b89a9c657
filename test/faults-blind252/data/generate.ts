/**
 * Data of fault set blind252 (choirs and cathedral music departments), seeded from 252.
 * Run once: npx tsx test/faults-blind252/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. choristers.csv: a cathedral choir school's chorister records; target: still singing after two years (retained 0/1, ~30% yes).
{
  const next = rng(252001);
  const rows: string[] = ['chorister_id,audition_date,age,years_singing,sight_reading,practice_min_week,pitch_error_cents,range_semitones,attendance_pct,travel_km,shoe_size,retained'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 420; i++) {
    const age = Math.round(clamp(normal(next, 10.2, 1.4), 7, 14));
    const years = r2(clamp(normal(next, (age - 7) * 0.6, 0.9), 0, 7), 1);
    const sight = r2(clamp(normal(next, 45 + years * 6, 14), 0, 100), 0);
    const practice = r2(Math.exp(normal(next, 4.6, 0.6)), 0); // skewed minutes per week
    const pitch = r2(Math.exp(normal(next, 2.6 - sight / 120, 0.5)), 1); // skewed, cents
    const range = r2(clamp(normal(next, 16 + years * 1.2 + sight * 0.03, 2.5), 8, 30), 0);
    const attend = r2(clamp(normal(next, 86, 9), 40, 100), 1);
    const travel = r2(Math.exp(normal(next, 1.9, 0.8)), 1);
    const shoe = r2(clamp(normal(next, 2 + (age - 7) * 0.8, 1.2), 0, 10), 1);
    const z = -1.3 + 0.045 * (sight - 60) + 0.012 * (practice - 110) - 0.03 * (pitch - 10) + 0.09 * (attend - 86) - 0.06 * (travel - 8) + 0.25 * (years - 2);
    let y = next() < sigmoid(z * 1.4) ? 1 : 0;
    if (next() < 0.05) y = 1 - y;
    const id = `CH-${String(1000 + i)}`;
    const date = `20${String(14 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    const vals = [id, date, age, years, sight, practice, pitch, range, attend, travel, shoe, y];
    rows.push(vals.join(','));
    const g = vals.map(String);
    if (next() < 0.06) g[5] = 'NA';
    if (next() < 0.04) g[8] = '';
    if (next() < 0.03) g[4] = 'n/a';
    gaps.push(g.join(','));
  }
  write('choristers.csv', rows.join('\n') + '\n');
  write('choristers-gaps.csv', gaps.join('\n') + '\n');
}

// 2. voice_parts.csv: voice classification at audition; 5 parts, countertenor rare (~6%).
{
  const next = rng(252002);
  const parts: [string, number, number, number][] = [
    // name, share, low note Hz, formant F1 Hz
    ['soprano', 0.3, 250, 520],
    ['alto', 0.26, 180, 560],
    ['tenor', 0.2, 125, 610],
    ['bass', 0.18, 82, 650],
    ['countertenor', 0.06, 150, 630],
  ];
  const rows = ['singer_ref,low_hz,high_hz,tessitura_hz,passaggio_hz,f1_hz,age,years_training,voice_part'];
  for (let i = 0; i < 380; i++) {
    let u = next(), k = 0;
    while (k < parts.length - 1 && u > parts[k][1]) { u -= parts[k][1]; k++; }
    const [name, , low, f1] = parts[k];
    const lowHz = low * Math.exp(normal(next, 0, 0.09));
    const ct = name === 'countertenor';
    const highHz = (ct ? 700 : lowHz * 4.2) * Math.exp(normal(next, 0, 0.08));
    const tess = Math.sqrt(lowHz * highHz) * Math.exp(normal(next, 0, 0.05));
    const pass = tess * 1.35 * Math.exp(normal(next, 0, 0.03)); // collinear with tessitura
    const f1Hz = f1 + normal(next, 0, 35);
    const age = Math.round(clamp(normal(next, 38, 14), 16, 80));
    const yrs = r2(clamp(normal(next, (age - 14) * 0.3, 4), 0, 50), 1);
    let label = name;
    if (next() < 0.05) label = parts[Math.floor(next() * 4)][0];
    rows.push([`V${2520 + i}`, r2(lowHz, 1), r2(highHz, 1), r2(tess, 1), r2(pass, 1), r2(f1Hz, 0), age, yrs, label].join(','));
  }
  write('voice_parts.csv', rows.join('\n') + '\n');
}

// 3. services.csv: attendance at cathedral choral services; congregation in raw heads (hundreds), collection in pounds.
{
  const next = rng(252003);
  const head = 'service_id,week,feast_day,choir_size,anthem_minutes,temp_c,tourist_index,weekday_evensong,organ_recital,congregation,collection_gbp';
  const rows = [head];
  const semi = ['service_id;week;feast_day;choir_size;anthem_minutes;temp_c;tourist_index;weekday_evensong;organ_recital;congregation;collection_eur'];
  for (let i = 0; i < 320; i++) {
    const week = 1 + Math.floor(next() * 52);
    const feast = next() < 0.12 ? 1 : 0;
    const choir = Math.round(clamp(normal(next, 24, 5), 10, 40));
    const anthem = r2(clamp(normal(next, 6, 2), 2, 14), 1);
    const temp = r2(10 + 8 * Math.sin(((week - 15) / 52) * 2 * Math.PI) + normal(next, 0, 3), 1);
    const tourist = r2(clamp(0.5 + 0.4 * Math.sin(((week - 15) / 52) * 2 * Math.PI) + normal(next, 0, 0.1), 0, 1), 2);
    const weekday = next() < 0.55 ? 1 : 0;
    const recital = next() < 0.15 ? 1 : 0;
    const cong = Math.round(clamp(320 + 900 * feast + 8 * choir + 260 * tourist - 180 * weekday + 120 * recital + 4 * temp + normal(next, 0, 60), 20, 3000));
    const coll = r2(cong * (2.1 + normal(next, 0, 0.25)) + 150 * feast, 2);
    rows.push([`S${i}`, week, feast, choir, anthem, temp, tourist, weekday, recital, cong, coll].join(','));
    const dec = (x: number) => String(x).replace('.', ',');
    semi.push([`S${i}`, week, feast, choir, dec(anthem), dec(temp), dec(tourist), weekday, recital, cong, dec(r2(coll * 1.17, 2))].join(';'));
  }
  write('services.csv', rows.join('\n') + '\n');
  write('services-dom.csv', semi.join('\n') + '\n'); // a German partner cathedral's export
}

// 4. organ_tuning.tsv: tab-separated log of the organ's pitch drift (cents) by climate and pipe; regression.
{
  const next = rng(252004);
  const rows = ['log_time\tnave_temp_c\thumidity_pct\tpipe_length_ft\tdays_since_tuning\twind_pressure_mm\tdrift_cents'];
  for (let i = 0; i < 260; i++) {
    const t = r2(normal(next, 14, 4), 1);
    const h = r2(clamp(normal(next, 60, 12), 25, 95), 0);
    const len = [1, 2, 4, 8, 16][Math.floor(next() * 5)];
    const days = Math.round(next() * 180);
    const wind = r2(normal(next, 80, 6), 0);
    const drift = r2(3.0 * (t - 14) + 0.15 * (h - 60) + 0.02 * days * Math.log2(len + 1) + 0.05 * (wind - 80) + normal(next, 0, 2), 2);
    rows.push([`2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T07:30`, t, h, len, days, wind, drift].join('\t'));
  }
  write('organ_tuning.tsv', rows.join('\n') + '\n');
}
