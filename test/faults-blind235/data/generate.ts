/**
 * Writes this set's CSVs (ambulance stations and paramedic services), seeded from 235:
 * `npx tsx test/faults-blind235/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// ---- calls.csv: 520 dispatched calls. Response time in minutes (raw units) and late (> 15 min) 0/1.
{
  const r = rng(235001);
  const head = 'call_id,dispatched_at,distance_km,traffic_index,hour,crew_years,station_load,priority,road_temp_c,response_min,late';
  const rows: string[] = [head];
  for (let i = 0; i < 520; i++) {
    const distance = clamp(Math.exp(normal(r, 1.6, 0.6)), 0.4, 45); // skewed
    const traffic = clamp(normal(r, 1.0, 0.3), 0.3, 2.2);
    const hour = Math.floor(r() * 24);
    const rush = hour >= 7 && hour <= 9 || hour >= 16 && hour <= 18 ? 1 : 0;
    const crew = clamp(normal(r, 8, 5), 0, 30);
    const load = Math.floor(clamp(normal(r, 3, 1.6), 0, 9));
    const priority = 1 + Math.floor(r() * 3);
    const temp = normal(r, 11, 8); // no effect
    const resp = 2.5 + distance * 1.3 * traffic + 2.5 * rush + 0.9 * load - 0.08 * crew + 1.2 * (priority - 1) + normal(r, 0, 1.2);
    const response = Math.max(1.5, resp);
    const late = response > 15 ? 1 : 0;
    const id = `C${String(235000 + i).padStart(7, '0')}`;
    const day = 1 + (i % 28);
    const ts = `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    rows.push([id, ts, distance.toFixed(2), traffic.toFixed(2), hour, crew.toFixed(1), load, priority, temp.toFixed(1), response.toFixed(1), late].join(','));
  }
  write('calls.csv', rows.join('\n') + '\n');
  // A copy with missing-value markers, as a CAD export leaves them.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    if (i % 17 === 3) c[2] = 'NA';
    if (i % 23 === 5) c[5] = '';
    if (i % 31 === 7) c[3] = 'n/a';
    return c.join(',');
  });
  write('calls-gaps.csv', gaps.join('\n') + '\n');
  // A copy where the distance column carries its unit as text.
  const units = rows.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    c[2] = `${c[2]} km`;
    return c.join(',');
  });
  write('calls-units.csv', units.join('\n') + '\n');
}

// ---- triage.csv: 600 patient records; triage category green/yellow/red/black (black rare).
{
  const r = rng(235002);
  const rows: string[] = ['patient_ref,age,heart_rate,systolic_bp,resp_rate,spo2,gcs,pain_score,triage'];
  for (let i = 0; i < 600; i++) {
    const sev = r(); // latent severity
    const age = Math.round(clamp(normal(r, 52 + 15 * sev, 20), 1, 99));
    const hr = clamp(normal(r, 78 + 45 * sev, 10), 30, 200);
    const sbp = clamp(normal(r, 128 - 45 * sev, 12), 50, 210);
    const rr = clamp(normal(r, 15 + 14 * sev, 3), 4, 50);
    const spo2 = clamp(normal(r, 98 - 12 * sev * sev, 1.5), 60, 100);
    const gcs = Math.round(clamp(normal(r, 15 - 7 * sev * sev, 1), 3, 15));
    const pain = Math.round(clamp(normal(r, 4, 2.5), 0, 10));
    const s = sev + normal(r, 0, 0.06);
    const triage = s > 0.93 ? 'black' : s > 0.62 ? 'red' : s > 0.3 ? 'yellow' : 'green';
    rows.push([`P-${235 * 1000 + i}`, age, hr.toFixed(0), sbp.toFixed(0), rr.toFixed(0), spo2.toFixed(1), gcs, pain, triage].join(','));
  }
  write('triage.csv', rows.join('\n') + '\n');
}

// ---- shifts.csv: 380 station shifts, semicolon export with decimal commas. Overtime hours (regression),
// fuel litres collinear with km driven.
{
  const r = rng(235003);
  const rows: string[] = ['station;shift_hours;calls_handled;km_driven;fuel_litres;crew_size;night;overtime_h'];
  const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
  for (let i = 0; i < 380; i++) {
    const station = `ST${1 + (i % 9)}`;
    const hours = r() < 0.5 ? 12 : 8;
    const calls = Math.max(0, Math.round(normal(r, hours * 0.7, 2)));
    const km = Math.max(5, calls * normal(r, 18, 4) + normal(r, 10, 5));
    const fuel = km * 0.16 + normal(r, 0, 1.5);
    const crew = 2 + (r() < 0.25 ? 1 : 0);
    const night = r() < 0.4 ? 1 : 0;
    const ot = clamp(0.18 * calls + 0.004 * km - 0.4 * (crew - 2) + 0.5 * night + normal(r, 0, 0.35) - 0.6, 0, 8);
    rows.push([station, hours, calls, dc(km, 1), dc(fuel, 2), crew, night, dc(ot, 2)].join(';'));
  }
  write('shifts.csv', rows.join('\n') + '\n');
}

// ---- handover.tsv-style: fleet.csv, tab-separated: 300 ambulances, breakdown in next 30 days (rare ~12%).
{
  const r = rng(235004);
  const rows: string[] = ['vehicle\todometer_km\tage_months\tdays_since_service\tcold_starts\tbrake_wear_pct\tbreakdown'];
  for (let i = 0; i < 300; i++) {
    const age = Math.round(clamp(normal(r, 48, 22), 2, 130));
    const odo = Math.max(1000, age * normal(r, 5200, 900));
    const since = Math.round(clamp(normal(r, 60, 35), 0, 200));
    const cold = Math.round(clamp(normal(r, 30, 15), 0, 90));
    const brake = clamp(normal(r, 40, 20), 0, 100);
    const z = -5.3 + 0.000012 * odo + 0.018 * since + 0.03 * (brake - 40) + normal(r, 0, 0.4);
    const y = r() < sigmoid(z * 1.6) ? 1 : 0;
    rows.push([`AMB-${100 + i}`, odo.toFixed(0), age, since, cold, brake.toFixed(1), y].join('\t'));
  }
  write('fleet.csv', rows.join('\n') + '\n');
}
