/**
 * Writes the CSVs of test/faults-blind68 (construction, real estate and facilities), seeded so every
 * run gives the same files: `npx tsx test/faults-blind68/data/generate.ts`.
 * Each table is made from simple generative rules so a small dense network can learn it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

type Row = Record<string, number | string>;

function write(name: string, rows: Row[], columns?: string[]): void {
  const cols = columns ?? Object.keys(rows[0]);
  const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => String(r[c])).join(','))];
  fs.writeFileSync(path.join(DIR, name), lines.join('\n') + '\n');
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Construction bids: floor area, storeys, steel, region one-hot, month -> cost (millions) and overrun days. */
function bids(): Row[] {
  const next = rng(6801);
  const regionCost = [1.0, 1.18, 0.88, 1.32];
  const regionDelay = [0.0, 0.25, -0.1, 0.45];
  const rows: Row[] = [];
  for (let i = 0; i < 420; i++) {
    const area = clamp(Math.exp(normal(next, Math.log(4200), 0.6)), 600, 40000);
    const storeys = Math.round(clamp(1 + (area / 1400) * (0.5 + next()), 1, 40));
    const steel = Math.max(5, area * 0.045 * (1 + 0.025 * storeys) * (0.85 + 0.3 * next()));
    const region = Math.floor(next() * 4);
    const month = 1 + Math.floor(next() * 12);
    const winter = month <= 2 || month === 12 ? 1 : 0;
    const costM = (area * 0.0019 * regionCost[region] * (1 + 0.012 * storeys) + steel * 0.0011) * (1 + normal(next, 0, 0.04));
    const overrun = Math.exp(1.2 + 0.06 * storeys + 0.5 * winter + regionDelay[region] + normal(next, 0, 0.35));
    rows.push({
      bid_id: 230001 + i,
      submitted_epoch: 1672531200 + Math.floor(next() * 365) * 86400,
      floor_area_m2: round(area, 1),
      storeys,
      steel_t: round(steel, 1),
      region_north: region === 0 ? 1 : 0,
      region_south: region === 1 ? 1 : 0,
      region_east: region === 2 ? 1 : 0,
      region_west: region === 3 ? 1 : 0,
      month,
      cost_musd: round(costM, 3),
      cost_usd: Math.round(costM * 1e6),
      overrun_days: round(overrun, 1),
    });
  }
  return rows;
}

const LABELS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

/** Listings: rooms, area, age, distance to centre, energy label -> price and price band. */
function listings(): Row[] {
  const next = rng(6802);
  const raw: Row[] = [];
  for (let i = 0; i < 480; i++) {
    const rooms = 1 + Math.floor(clamp(normal(next, 3, 1.3), 0, 6.99));
    const area = clamp(22 + rooms * 21 + normal(next, 0, 10), 20, 320);
    const age = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 30, 0, 130));
    const dist = clamp(Math.exp(normal(next, Math.log(4500), 0.8)), 150, 40000);
    const rank = Math.round(clamp(1 + age / 22 + normal(next, 0, 0.9), 1, 7));
    const price = 3800 * area * Math.exp(-dist / 14000) * (1 - 0.0025 * age) * (1 - 0.045 * (rank - 1)) * (1 + normal(next, 0, 0.06)) + 20000;
    raw.push({
      parcel_id: 5400100 + i * 7,
      rooms,
      area_m2: round(area, 1),
      age_years: age,
      dist_centre_m: Math.round(dist),
      energy_label: LABELS[rank - 1],
      energy_rank: rank,
      price: Math.round(price / 100) * 100,
    });
  }
  const sorted = raw.map((r) => r.price as number).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))];
  const [q1, q2, q3] = [q(0.25), q(0.5), q(0.75)];
  for (const r of raw) {
    const p = r.price as number;
    r.price_band = p <= q1 ? 'low' : p <= q2 ? 'mid' : p <= q3 ? 'high' : 'top';
    r.price_band_idx = p <= q1 ? 0 : p <= q2 ? 1 : p <= q3 ? 2 : 3;
  }
  return raw;
}

/** Building sensors (one building, hourly): temperature, CO2, occupancy, HVAC power -> energy and a rare HVAC fault. */
function sensors(): Row[] {
  const next = rng(6803);
  const rows: Row[] = [];
  for (let i = 0; i < 640; i++) {
    const hour = i % 24;
    const day = Math.floor(i / 24);
    const working = hour >= 8 && hour <= 18 && day % 7 < 5;
    const occupancy = working ? Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 45, 0, 260)) : Math.round(next() * 4);
    const outdoor = 12 + 9 * Math.sin(((hour - 9) / 24) * 2 * Math.PI) + normal(next, 0, 3);
    const fault = next() < 0.045 ? 1 : 0;
    let indoor = 21.5 + normal(next, 0, 0.6);
    let hvac = 6 + 0.8 * Math.abs(outdoor - 20) + 0.06 * occupancy + normal(next, 0, 1.2);
    if (fault) {
      indoor += (next() < 0.5 ? -1 : 1) * (3.5 + 2 * next());
      hvac = hvac * 1.7 + 8;
    }
    const co2 = 420 + 4.2 * occupancy + normal(next, 0, 25);
    const energy = 1.05 * hvac + 0.12 * occupancy + 14 + (working ? 9 : 0) + normal(next, 0, 1.5);
    rows.push({
      building_id: 1207,
      reading_epoch: 1704067200 + i * 3600,
      hour,
      outdoor_temp_c: round(outdoor, 2),
      indoor_temp_c: round(indoor, 2),
      co2_ppm: Math.round(co2),
      occupancy,
      hvac_kw: round(Math.max(0.5, hvac), 2),
      energy_kwh: round(energy, 2),
      hvac_fault: fault,
    });
  }
  return rows;
}

/** Inspection checklists -> grade pass / minor / major (string and one-hot columns). */
function inspections(): Row[] {
  const next = rng(6804);
  const rows: Row[] = [];
  for (let i = 0; i < 450; i++) {
    const exits = next() < 0.12 ? 1 : 0;
    const wiring = Math.round(clamp(normal(next, 3.6, 1.1), 0, 5));
    const leaks = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 1.2, 0, 12));
    const crack = round(clamp(-Math.log(Math.max(next(), 1e-9)) * 1.5, 0, 12), 1);
    const handrail = next() < 0.85 ? 1 : 0;
    const extinguisher = next() < 0.15 ? 1 : 0;
    const age = Math.round(clamp(normal(next, 35, 20), 1, 110));
    const score = 2.2 * exits + 0.7 * (5 - wiring) + 0.45 * leaks + 0.35 * crack + 1.1 * (1 - handrail) + 1.3 * extinguisher + 0.008 * age + normal(next, 0, 0.3);
    const grade = score < 1.9 ? 'pass' : score < 3.6 ? 'minor' : 'major';
    rows.push({
      inspection_id: 'INS' + String(7000 + i),
      unit_id: 880000 + Math.floor(next() * 9000),
      exits_blocked: exits,
      wiring_score: wiring,
      leak_count: leaks,
      crack_width_mm: crack,
      handrails_ok: handrail,
      extinguisher_expired: extinguisher,
      building_age: age,
      grade,
      grade_pass: grade === 'pass' ? 1 : 0,
      grade_minor: grade === 'minor' ? 1 : 0,
      grade_major: grade === 'major' ? 1 : 0,
    });
  }
  return rows;
}

/** Site-weeks: workforce, hours, scaffold height, near misses, training -> safety incident flag. */
function incidents(): Row[] {
  const next = rng(6805);
  const rows: Row[] = [];
  for (let i = 0; i < 520; i++) {
    const workers = Math.round(clamp(Math.exp(normal(next, Math.log(40), 0.8)), 4, 400));
    const hours = Math.round(workers * (38 + normal(next, 0, 5)));
    const scaffold = round(clamp(normal(next, 14, 10), 0, 60), 1);
    const nearMiss = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * (0.5 + workers / 60), 0, 30));
    const training = round(clamp(normal(next, 78, 12), 30, 100), 1);
    const wind = round(clamp(normal(next, 18, 9), 0, 70), 1);
    const z = -2.6 + 0.55 * nearMiss + 0.05 * scaffold - 0.05 * (training - 78) + 0.04 * (wind - 18) + 0.4 * Math.log(workers / 40);
    const incident = next() < sigmoid(2.2 * z) ? 1 : 0;
    rows.push({
      site_id: 31000 + (i % 65),
      week_epoch: 1672617600 + Math.floor(i / 65) * 604800,
      workers,
      hours_worked: hours,
      scaffold_height_m: scaffold,
      near_misses: nearMiss,
      training_pct: training,
      wind_kmh: wind,
      incident,
    });
  }
  return rows;
}

/** Tenancies: rent, income, tenure, prior late payments -> in arrears this quarter. */
function arrears(): Row[] {
  const next = rng(6806);
  const rows: Row[] = [];
  for (let i = 0; i < 440; i++) {
    const rent = Math.round(clamp(normal(next, 1350, 450), 450, 3800));
    const income = Math.round(clamp(Math.exp(normal(next, Math.log(4300), 0.45)), 1200, 20000));
    const tenure = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 30, 1, 240));
    const late = Math.round(clamp(-Math.log(Math.max(next(), 1e-9)) * 0.9, 0, 10));
    const household = 1 + Math.floor(next() * 5);
    const z = -2.2 + 6 * (rent / income - 0.3) + 0.9 * late - 0.008 * tenure + 0.15 * (household - 2);
    const arrearsFlag = next() < sigmoid(2.5 * z) ? 1 : 0;
    rows.push({
      unit_id: 'U-' + String(10400 + i),
      lease_start_epoch: 1577836800 + Math.floor(next() * 1400) * 86400,
      monthly_rent: rent,
      monthly_income: income,
      tenure_months: tenure,
      prior_late_payments: late,
      household_size: household,
      in_arrears: arrearsFlag,
    });
  }
  return rows;
}

const bidRows = bids();
write('bids.csv', bidRows);
write('bids-q1.csv', bidRows.slice(0, 3));
const listingRows = listings();
write('listings.csv', listingRows);
const sensorRows = sensors();
write('sensors.csv', sensorRows);
// The same readings as exported by the building management system: a dropped CO2 reading reads "NA".
write('sensors-export.csv', sensorRows.map((r, i) => (i % 37 === 11 ? { ...r, co2_ppm: 'NA' } : r)));
write('inspections.csv', inspections());
write('incidents.csv', incidents());
const arrearsRows = arrears();
write('arrears.csv', arrearsRows);
// A ledger export with the rent written as money ("$1350"), as the property system prints it.
write('arrears-ledger.csv', arrearsRows.map((r) => ({ ...r, monthly_rent: '$' + String(r.monthly_rent) })));
