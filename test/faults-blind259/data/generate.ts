/**
 * Writes the CSVs of fault set blind259 (hot springs and spa resorts), seeded from 259:
 * `npx tsx test/faults-blind259/data/generate.ts` (run once; the files are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// visits.csv: one row per guest visit at a hot-spring resort.
function visits(): string[][] {
  const next = rng(259);
  const rows: string[][] = [['visit_id', 'visit_date', 'guest_age', 'party_size', 'stay_nights', 'treatments', 'distance_km', 'loyalty_points', 'outdoor_temp_c', 'pool_temp_c', 'pool_temp_f', 'locker_no', 'repeat_guest', 'spend_eur', 'no_show', 'package']];
  for (let i = 0; i < 420; i++) {
    const age = Math.round(clamp(normal(next, 46, 14), 18, 86));
    const party = Math.round(clamp(1 + Math.abs(normal(next, 0.8, 1.2)), 1, 6));
    const season = next();
    const outdoor = r2(normal(next, 12 - 14 * Math.cos(2 * Math.PI * season), 4), 1);
    let stay = next() < 0.35 ? 0 : Math.round(clamp(Math.abs(normal(next, 2, 2)), 1, 9));
    const treatments = Math.round(clamp(normal(next, 1.2 + 0.3 * Math.min(stay, 5) + (age > 60 ? 0.8 : 0), 1.1), 0, 6));
    const distance = r2(Math.exp(normal(next, 4, 0.9)), 1);
    const repeat = next() < 0.3 ? 1 : 0;
    const loyalty = Math.round(repeat ? Math.exp(normal(next, 8.5, 1.2)) : Math.exp(normal(next, 5, 1.5)));
    const poolC = r2(normal(next, 41 - 0.04 * outdoor, 0.8), 1);
    const poolF = r2(poolC * 1.8 + 32 + normal(next, 0, 0.05), 1);
    const locker = 1 + Math.floor(next() * 300);
    const spend = r2(Math.max(12, 28 * party + 85 * stay * Math.sqrt(party) + 48 * treatments + 0.004 * loyalty + (outdoor < 5 ? 25 : 0) + normal(next, 0, 28)), 2);
    const z = -2.4 + 0.9 * Math.log(distance / 55) - 1.1 * repeat - 0.35 * treatments + (outdoor < 0 ? 0.7 : 0) + normal(next, 0, 0.4);
    const noShow = next() < sigmoid(z) ? 1 : 0;
    let pkg = stay === 0 ? 'day-pass' : stay <= 3 ? 'onsen-ryokan' : 'wellness-week';
    if (age > 62 && treatments >= 3 && stay >= 2) pkg = 'medical-cure';
    if (next() < 0.05) pkg = ['day-pass', 'onsen-ryokan', 'wellness-week', 'medical-cure'][Math.floor(next() * 4)];
    const day = 1 + Math.floor(season * 365);
    const date = new Date(Date.UTC(2023, 0, day)).toISOString().slice(0, 10);
    rows.push([`V-${String(10031 + i * 3).padStart(6, '0')}`, date, `${age}`, `${party}`, `${stay}`, `${treatments}`, `${distance}`, `${loyalty}`, `${outdoor}`, `${poolC}`, `${poolF}`, `${locker}`, `${repeat}`, `${spend}`, `${noShow}`, pkg]);
  }
  return rows;
}

// water.csv: lab readings of the spring sources (one row per sample).
function water(): string[][] {
  const next = rng(259 * 7 + 1);
  const rows: string[][] = [['sample_id', 'taken_at', 'source_temp_c', 'flow_l_min', 'ph', 'sulfur_mg_l', 'tds_mg_l', 'conductivity_us_cm', 'silica_mg_l', 'turbidity_ntu', 'mineral_index', 'quality_grade']];
  for (let i = 0; i < 360; i++) {
    const temp = r2(normal(next, 52, 8), 1);
    const flow = r2(Math.exp(normal(next, 5.5, 0.6)), 1);
    const ph = r2(clamp(normal(next, 7.8, 0.9), 5.5, 10), 2);
    const sulfur = r2(Math.exp(normal(next, 2, 0.8)), 2);
    const tds = Math.round(clamp(normal(next, 1200 + 8 * (temp - 52), 380), 250, 2600));
    const cond = Math.round(tds * 1.55 + normal(next, 0, 30));
    const silica = r2(normal(next, 60, 15), 1);
    const turb = r2(Math.exp(normal(next, 0, 1)), 2);
    const index = r2(0.004 * tds + 0.06 * sulfur + 0.025 * silica + 0.02 * (temp - 50) + normal(next, 0, 0.25), 3);
    const score = -0.9 * Math.log(turb) - 0.8 * Math.abs(ph - 7.6) + 0.04 * (temp - 52) - 0.02 * (sulfur - 8) + normal(next, 0, 0.3);
    let grade = score > 0.35 ? 'A' : score > -0.6 ? 'B' : 'C';
    if (next() < 0.06) grade = ['A', 'B', 'C'][Math.floor(next() * 3)];
    const h = i * 7;
    const stamp = `2024-${String(1 + Math.floor(h / 720) % 12).padStart(2, '0')}-${String(1 + Math.floor(h / 24) % 28).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00`;
    rows.push([`S${2400 + i}`, stamp, `${temp}`, `${flow}`, `${ph}`, `${sulfur}`, `${tds}`, `${cond}`, `${silica}`, `${turb}`, `${index}`, grade]);
  }
  return rows;
}

// boiler-log.csv: hourly heating log, exported tab-separated from the building management system.
function boiler(): string[][] {
  const next = rng(259 * 13 + 5);
  const rows: string[][] = [['logged_at', 'hour', 'outdoor_temp_c', 'wind_kmh', 'visitors', 'sauna_on', 'pool_cover_on', 'kwh']];
  for (let i = 0; i < 380; i++) {
    const hour = i % 24;
    const outdoor = r2(normal(next, 6 + 5 * Math.sin((hour - 9) / 24 * 2 * Math.PI), 6), 1);
    const wind = r2(Math.abs(normal(next, 12, 9)), 1);
    const open = hour >= 7 && hour <= 22;
    const visitors = open ? Math.round(Math.max(0, normal(next, 140 + 60 * Math.sin((hour - 8) / 14 * Math.PI), 40))) : Math.round(Math.abs(normal(next, 0, 3)));
    const sauna = open && next() < 0.8 ? 1 : 0;
    const cover = open ? 0 : 1;
    const kwh = r2(Math.max(80, 420 + 24 * (20 - outdoor) + 4.5 * wind + 1.3 * visitors + 95 * sauna - 160 * cover + normal(next, 0, 35)), 1);
    const stamp = `2024-02-${String(1 + Math.floor(i / 24)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`;
    rows.push([stamp, `${hour}`, `${outdoor}`, `${wind}`, `${visitors}`, `${sauna}`, `${cover}`, `${kwh}`]);
  }
  return rows;
}

const v = visits(), w = water(), b = boiler();
write('visits.csv', v.map((r) => r.join(',')).join('\n') + '\n');
write('water.csv', w.map((r) => r.join(',')).join('\n') + '\n');
// The lab's European spreadsheet export: semicolons and decimal commas.
write('water-eu.csv', w.map((r) => r.map((c) => c.replace('.', ',')).join(';')).join('\n') + '\n');
write('boiler-log.csv', b.map((r) => r.join('\t')).join('\n') + '\n');
// The front desk's copy before cleaning: missing readings as NA, n/a or empty.
const gaps = rng(259 * 3);
write('visits-gaps.csv', v.map((r, i) => (i === 0 ? r : r.map((c, j) => (j >= 2 && j <= 11 && gaps() < 0.04 ? ['NA', 'n/a', ''][Math.floor(gaps() * 3)] : c))).join(',')).join('\n') + '\n');
