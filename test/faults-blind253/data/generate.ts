/**
 * Writes this set's CSVs (planetariums and science centres), seeded from 253:
 * `npx tsx test/faults-blind253/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. shows.csv: one row per dome show session. attendance (persons) regression, sold_out 0/1 (rare).
{
  const next = rng(253);
  const rows: string[] = ['session_id,start_time,dow,hour,capacity,presold,web_visits,school_groups,temp_c,rain_mm,moon_phase,holiday,attendance,sold_out'];
  for (let i = 0; i < 420; i++) {
    const dow = Math.floor(next() * 7);
    const hour = [10, 11, 13, 14, 15, 16, 19, 20][Math.floor(next() * 8)];
    const capacity = [120, 180, 240][Math.floor(next() * 3)];
    const holiday = next() < 0.12 ? 1 : 0;
    const school = dow < 5 && hour < 15 ? Math.floor(next() * 4) : 0;
    const rain = Math.max(0, normal(next, -2, 6));
    const temp = normal(next, 14, 8);
    const presold = Math.max(0, Math.round(capacity * clamp(0.15 + 0.1 * school + 0.2 * holiday + (dow >= 5 ? 0.2 : 0) + 0.01 * rain + normal(next, 0, 0.1), 0, 1)));
    const web = Math.round(presold * 9 + normal(next, 200, 60));
    const moon = r2(next(), 3);
    const att = Math.round(clamp(presold + 25 * school + 1.5 * rain - 0.8 * (temp - 14) + (hour >= 19 ? 20 : 0) + normal(next, 15, 12), 0, capacity));
    const sold = att >= capacity * 0.93 ? 1 : 0;
    const d = new Date(Date.UTC(2023, 0, 1) + i * 20 * 3600 * 1000);
    rows.push(`S${String(10000 + i)},${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00,${dow},${hour},${capacity},${presold},${web},${school},${r2(temp, 1)},${r2(rain, 1)},${moon},${holiday},${att},${sold}`);
  }
  write('shows.csv', rows.join('\n') + '\n');
  // shows-gaps.csv: the same export with the box office's missing-value markers.
  const gaps = rows.map((row, i) => {
    if (i === 0) return row;
    const c = row.split(',');
    if (i % 17 === 3) c[8] = 'NA';
    if (i % 29 === 5) c[9] = '';
    if (i % 41 === 7) c[5] = '-';
    return c.join(',');
  });
  write('shows-gaps.csv', gaps.join('\n') + '\n');
}

// 2. members.csv: annual membership renewal (bce). Skewed distance and spend, collinear visits/scans.
{
  const next = rng(253 * 2 + 1);
  const rows = ['member_no,age,distance_km,visits_last_year,gate_scans,spend_eur,kids,newsletter_opens,shoe_size,renewed'];
  for (let i = 0; i < 480; i++) {
    const age = Math.round(clamp(normal(next, 41, 12), 18, 85));
    const dist = r2(Math.exp(normal(next, 2.3, 0.8)), 1);
    const visits = Math.max(0, Math.round(Math.exp(normal(next, 1.3, 0.6)) - 1));
    const scans = visits * (1 + Math.floor(next() * 3)) + Math.floor(next() * 2);
    const spend = r2(Math.exp(normal(next, 3.5, 0.9)), 2);
    const kids = Math.floor(next() * 4);
    const opens = Math.floor(next() * 24);
    const shoe = Math.round(normal(next, 41, 3));
    const z = -1.2 + 0.55 * visits - 0.35 * Math.log(dist) + 0.5 * kids + 0.08 * opens + 0.25 * Math.log(spend) + normal(next, 0, 0.6);
    rows.push(`M-${70000 + i},${age},${dist},${visits},${scans},${spend},${kids},${opens},${shoe},${next() < sigmoid(z) ? 1 : 0}`);
  }
  write('members.csv', rows.join('\n') + '\n');
}

// 3. exhibits.csv: which zone a visitor group spent most time in (3 common classes + rare "observatory").
{
  const next = rng(253 * 3 + 7);
  const rows = ['group_id,group_size,mean_age,minutes_in_centre,arrival_hour,app_taps,rain_mm,zone'];
  const zones = ['dome', 'hands_on', 'space_hall', 'observatory'];
  for (let i = 0; i < 440; i++) {
    const u = next();
    const k = u < 0.35 ? 0 : u < 0.68 ? 1 : u < 0.93 ? 2 : 3;
    const size = Math.max(1, Math.round(normal(next, [3, 6, 2, 2][k], 1.5)));
    const age = r2(clamp(normal(next, [30, 14, 38, 45][k], 7), 5, 80), 1);
    const minutes = Math.round(clamp(normal(next, [95, 140, 110, 150][k], 25), 20, 300));
    const hour = clamp(Math.round(normal(next, [12, 10.5, 13, 18][k], 1.5)), 9, 21);
    const taps = Math.max(0, Math.round(normal(next, [8, 25, 15, 5][k], 5)));
    const rain = r2(Math.max(0, normal(next, -1, 4)), 1);
    rows.push(`G${5000 + i},${size},${age},${minutes},${hour},${taps},${rain},${zones[k]}`);
  }
  write('exhibits.csv', rows.join('\n') + '\n');
}

// 4. observatory-nights.csv: public telescope nights, semicolon + decimal comma export (a European sheet).
{
  const next = rng(253 * 5 + 3);
  const rows = ['night;cloud_cover_pct;seeing_arcsec;humidity_pct;moon_illum;temp_c;bookings;telescope_visitors'];
  for (let i = 0; i < 360; i++) {
    const cloud = clamp(normal(next, 45, 30), 0, 100);
    const seeing = clamp(normal(next, 2.2, 0.7), 0.6, 5);
    const hum = clamp(normal(next, 70, 15), 20, 100);
    const moon = next();
    const temp = normal(next, 8, 7);
    const book = Math.max(0, Math.round(normal(next, 40, 12)));
    const vis = Math.max(0, book * (1 - cloud / 140) - 4 * (seeing - 2) + 0.2 * (temp - 8) + normal(next, 0, 4));
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    const day = new Date(Date.UTC(2022, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    rows.push(`${day};${c(cloud, 1)};${c(seeing, 2)};${c(hum, 1)};${c(moon, 2)};${c(temp, 1)};${book};${c(vis, 1)}`);
  }
  write('observatory-nights.csv', rows.join('\n') + '\n');
}

// 5. dome-energy.tsv: hourly dome energy use from the building system, tab-separated, kWh in raw units.
{
  const next = rng(253 * 7 + 11);
  const rows = ['timestamp\tvisitors_in_dome\toutside_temp_c\tprojector_on_min\tlaser_on_min\thvac_setpoint_c\tkwh'];
  for (let i = 0; i < 400; i++) {
    const vis = Math.max(0, Math.round(normal(next, 90, 60)));
    const temp = normal(next, 12, 9);
    const proj = Math.round(clamp(normal(next, 40, 18), 0, 60));
    const laser = Math.round(clamp(proj * 0.6 + normal(next, 0, 6), 0, 60));
    const set = r2(clamp(normal(next, 21, 1), 18, 24), 1);
    const kwh = 180 + 0.9 * vis + 6 * Math.abs(temp - set) + 3.2 * proj + 2.1 * laser + normal(next, 0, 15);
    const ts = new Date(Date.UTC(2024, 2, 1) + i * 3600000).toISOString().slice(0, 16);
    rows.push(`${ts}\t${vis}\t${r2(temp, 1)}\t${proj}\t${laser}\t${set}\t${r2(kwh, 1)}`);
  }
  write('dome-energy.tsv', rows.join('\n') + '\n');
}
