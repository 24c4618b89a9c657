/**
 * Writes the CSVs of the seventy-seventh blind fault set (theme: maritime shipping and ports), seeded,
 * so every run gives the same files: `npx tsx test/faults-blind77/data/generate.ts`.
 * Every record comes from a simple generative rule a small dense network can learn, plus noise.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

/** Voyage logs: fuel per nautical mile (kg/nm) and a weather-routing choice (4 classes). */
function voyages(): (string | number)[][] {
  const next = rng(7701);
  const imos = Array.from({ length: 14 }, () => 9100000 + Math.floor(next() * 800000));
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 440; i++) {
    const vessel = Math.floor(next() * imos.length);
    const dwt = 22000 + (vessel / imos.length) * 58000 + normal(next, 0, 1500);
    const speed = clamp(normal(next, 13.5, 2), 9, 19);
    const laden = next() < 0.6 ? 1 : 0;
    const draft = clamp(6 + dwt / 10000 + (laden ? 2.5 : 0) + normal(next, 0, 0.4), 6, 16);
    const wind = clamp(Math.abs(normal(next, 14, 9)), 0, 45);
    const wave = clamp(0.4 + wind * 0.09 + normal(next, 0, 0.6), 0.2, 7);
    const age = (vessel % 7) * 3 + 2;
    const fuelDay = 21 * (speed / 14) ** 3 * (dwt / 50000) ** 0.67 * (1 + 0.07 * wave + 0.004 * wind) *
      (laden ? 1.1 : 0.88) * (1 + 0.008 * age) * (1 + normal(next, 0, 0.035));
    const fuelNm = (fuelDay * 1000) / (24 * speed);
    // Weather routing: hold in port in heavy seas, go south in strong wind, north for a laden ship in moderate seas, else direct.
    const score = wave + normal(next, 0, 0.35);
    let routing: string;
    if (score > 3.1) routing = 'hold';
    else if (wind + normal(next, 0, 2.5) > 19) routing = 'southern';
    else if (laden && score > 1.5) routing = 'northern';
    else routing = 'direct';
    const epoch = 1640995200 + Math.floor(next() * 63072000);
    rows.push([`V${String(10000 + i)}`, imos[vessel], epoch, r3(speed), r3(draft), Math.round(dwt), r3(wind), r3(wave), laden, age, r3(fuelDay), r3(fuelNm), routing]);
  }
  return rows;
}
const VOYAGE_HEADER = ['voyage_id', 'imo', 'depart_epoch', 'speed_kn', 'draft_m', 'dwt_t', 'wind_kn', 'wave_m', 'laden', 'hull_age_y', 'fuel_t_day', 'fuel_kg_nm', 'routing'];

/** Container terminal calls: berth hours from TEU, cranes, crane rate and yard occupancy. */
function terminal(): (string | number)[][] {
  const next = rng(7702);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 380; i++) {
    const teu = Math.round(clamp(Math.exp(normal(next, 7.6, 0.55)), 400, 9000));
    const cranes = 2 + Math.floor(next() * 5);
    const mph = clamp(normal(next, 27, 4), 16, 38);
    const yard = clamp(normal(next, 0.72, 0.1), 0.4, 0.97);
    const night = next() < 0.35 ? 1 : 0;
    const reefer = r3(clamp(normal(next, 0.08, 0.04), 0, 0.25));
    const congestion = 1 + 2.5 * Math.max(0, yard - 0.8);
    const berth = 3 + (teu / (cranes * mph)) * congestion * (night ? 1.08 : 1) * (1 + normal(next, 0, 0.05));
    const dwell = clamp(normal(next, 60 + 90 * (yard - 0.7), 12), 12, 160);
    const arrival = 1672531200 + Math.floor(next() * 31536000);
    rows.push([`C${20000 + i}`, arrival, teu, cranes, r3(mph), r3(yard), night, reefer, r3(dwell), r3(berth)]);
  }
  return rows;
}
const TERMINAL_HEADER = ['call_id', 'arrival_epoch', 'teu', 'cranes', 'crane_mph', 'yard_occ', 'night_shift', 'reefer_share', 'dwell_h', 'berth_h'];

/** Engine-room sensors: a rare failure flag (about 4%) from exhaust temperature, lube pressure and vibration. */
function engine(): (string | number)[][] {
  const next = rng(7703);
  const rows: (string | number)[][] = [];
  const imo = 9412345;
  for (let i = 0; i < 700; i++) {
    const rpm = clamp(normal(next, 92, 10), 60, 125);
    const exhaust = clamp(normal(next, 330 + rpm * 0.6, 22), 280, 470);
    const lube = clamp(normal(next, 3.6, 0.45), 1.8, 5);
    const jacket = clamp(normal(next, 80, 3), 70, 92);
    const vib = clamp(Math.abs(normal(next, 4, 1.3)), 0.5, 11);
    const hours = Math.round(2000 + next() * 28000);
    const latent = 0.045 * (exhaust - 400) + 2.6 * (3.0 - lube) + 0.9 * (vib - 6) + 0.7;
    const failure = next() < sigmoid(3 * latent) ? 1 : 0;
    const epoch = 1688169600 + i * 3600;
    rows.push([i + 1, imo, epoch, r3(rpm), r3(exhaust), r3(lube), r3(jacket), r3(vib), hours, failure]);
  }
  return rows;
}
const ENGINE_HEADER = ['reading_id', 'imo', 'epoch', 'rpm', 'exhaust_c', 'lube_bar', 'jacket_c', 'vib_mm_s', 'run_hours', 'failure'];

/** Hull inspection: a survey grade (good / fair / poor) from age, months since dry dock, fouling and coating. */
function hull(): (string | number)[][] {
  const next = rng(7704);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 330; i++) {
    const age = Math.round(clamp(normal(next, 12, 6), 1, 30));
    const months = Math.round(clamp(next() * 60, 1, 60));
    const fouling = clamp(months * 0.9 + normal(next, 0, 8), 0, 80);
    const coating = clamp(normal(next, 320 - age * 5, 35), 120, 420);
    const speedLoss = clamp(fouling * 0.12 + normal(next, 0, 1), 0, 14);
    const latent = 0.06 * age + 0.05 * fouling - 0.012 * (coating - 250) + normal(next, 0, 0.35);
    const grade = latent < 1.6 ? 'good' : latent < 3.2 ? 'fair' : 'poor';
    rows.push([`S${5000 + i}`, 9200000 + Math.floor(next() * 600000), age, months, r3(fouling), r3(coating), r3(speedLoss), grade]);
  }
  return rows;
}
const HULL_HEADER = ['survey_id', 'imo', 'age_y', 'months_since_dock', 'fouling_pct', 'coating_um', 'speed_loss_pct', 'grade'];

/** Port-call delays in hours (skewed): queue length, wind, tide window, pilots on duty, berth occupancy. */
function delays(): (string | number)[][] {
  const next = rng(7705);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const queue = Math.floor(clamp(Math.abs(normal(next, 0, 5)), 0, 18));
    const wind = clamp(Math.abs(normal(next, 12, 8)), 0, 45);
    const tide = next() < 0.7 ? 1 : 0;
    const pilots = 2 + Math.floor(next() * 5);
    const occ = clamp(normal(next, 0.75, 0.12), 0.3, 1);
    const delay = Math.max(0, 1.5 * queue / (pilots / 4) + 0.04 * Math.max(0, wind - 20) ** 2 + (tide ? 0 : 5) + 10 * Math.max(0, occ - 0.8) + normal(next, 0, 1.2));
    rows.push([`P${30000 + i}`, 1690000000 + Math.floor(next() * 20000000), queue, r3(wind), tide, pilots, r3(occ), r3(delay)]);
  }
  return rows;
}
const DELAY_HEADER = ['call_id', 'eta_epoch', 'queue_ships', 'wind_kn', 'tide_ok', 'pilots_on_duty', 'berth_occ', 'delay_h'];

const voyageRows = voyages();
write('voyages.csv', VOYAGE_HEADER, voyageRows);
write('terminal.csv', TERMINAL_HEADER, terminal());
write('engine.csv', ENGINE_HEADER, engine());
write('hull.csv', HULL_HEADER, hull());
write('delays.csv', DELAY_HEADER, delays());
// Faulty data: a noon-report export with "n/a" where the wave sensor was down, and a two-voyage extract.
write('voyages-noon-report.csv', VOYAGE_HEADER, voyageRows.slice(0, 120).map((row, i) => (i % 9 === 4 ? row.map((c, j) => (j === 7 ? 'n/a' : c)) : row)));
write('voyages-two-legs.csv', VOYAGE_HEADER, voyageRows.slice(0, 2));
