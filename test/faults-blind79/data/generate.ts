/**
 * Writes the CSVs of test/faults-blind79 (emergency services and disaster response), seeded so every
 * run gives the same files: `npx tsx test/faults-blind79/data/generate.ts`.
 * Each file comes from simple generative rules so a small dense network can learn it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
type Row = Record<string, number | string>;

function write(name: string, rows: Row[]): void {
  const header = Object.keys(rows[0]);
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => String(r[h])).join(','))];
  fs.writeFileSync(path.join(DIR, name), lines.join('\n') + '\n');
}

const round = (x: number, d = 0) => Number(x.toFixed(d));

/** Dispatch-centre call records: response time in seconds, priority (3 string classes), triage (5 integer classes). */
function calls(): Row[] {
  const next = rng(7901);
  const rows: Row[] = [];
  for (let i = 0; i < 420; i++) {
    const hour = Math.floor(next() * 24);
    const distance = round(200 + 14000 * next() ** 1.5);
    const units = Math.floor(next() * 11);
    const queue = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3);
    const rain = next() < 0.25 ? 1 : 0;
    const night = hour < 6 || hour >= 22 ? 1 : 0;
    const age = Math.floor(5 + next() * 85);
    const breathing = next() < 0.3 ? 1 : 0;
    const response = 180 + 0.09 * distance + 35 * queue - 18 * units + 120 * rain + 60 * night + normal(next, 0, 40);
    const severity = 2.2 * breathing + 0.03 * (age - 45) + normal(next, 0, 0.35) + 0.15 * rain;
    const priority = severity > 1.2 ? 'high' : severity > -0.2 ? 'medium' : 'low';
    const triage = clamp(Math.floor((severity + 1.6) / 0.9), 0, 4);
    rows.push({
      call_id: 880000 + i * 7,
      received_epoch: 1704067200 + i * 1800 + Math.floor(next() * 900),
      call_hour: hour,
      caller_distance_m: distance,
      units_available: units,
      queue_length: queue,
      rain_flag: rain,
      night_flag: night,
      patient_age: age,
      breathing_difficulty: breathing,
      district: 4,
      response_s: round(Math.max(60, response)),
      priority,
      triage,
    });
  }
  return rows;
}

/** Wildfire reports: burned area in hectares spanning decades, and its log10. */
function wildfires(): Row[] {
  const next = rng(7902);
  const rows: Row[] = [];
  for (let i = 0; i < 360; i++) {
    const wind = round(5 + 70 * next(), 1);
    const humidity = round(0.08 + 0.8 * next(), 3);
    const fuel = round(2 + 38 * next(), 1);
    const slope = round(35 * next(), 1);
    const dry = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 12);
    const logArea = 0.2 + 0.03 * wind - 2.2 * humidity + 0.045 * fuel + 0.025 * slope + 0.03 * Math.min(dry, 40) + normal(next, 0, 0.2);
    const area = 10 ** logArea;
    rows.push({
      report_id: 'WF' + String(20000 + i),
      station_id: 100 + Math.floor(next() * 12),
      wind_kmh: wind,
      humidity_share: humidity,
      fuel_t_ha: fuel,
      slope_deg: slope,
      days_since_rain: dry,
      burned_ha: round(area, 1),
      log_burned_ha: round(logArea, 4),
      large_fire: area > 300 ? 1 : 0,
    });
  }
  return rows;
}

/** Flood warnings: evacuation ordered (rare, about 4%). */
function floods(): Row[] {
  const next = rng(7903);
  const rows: Row[] = [];
  for (let i = 0; i < 700; i++) {
    const river = round(80 + 420 * next() ** 1.3);
    const rain = round(-Math.log(Math.max(next(), 1e-9)) * 25, 1);
    const soil = round(0.1 + 0.85 * next(), 3);
    const z = 0.035 * (river - 412) + 0.06 * (rain - 60) + 6 * (soil - 0.7);
    const evacuate = sigmoid(1.5 * z) > 0.5 + normal(next, 0, 0.05) ? 1 : 0;
    rows.push({
      gauge_id: 3000 + Math.floor(next() * 40),
      river_level_cm: river,
      rainfall_mm: rain,
      soil_moisture: soil,
      region: 7,
      evacuate,
    });
  }
  return rows;
}

/** Shelter occupancy after an evacuation order. */
function shelters(): Row[] {
  const next = rng(7904);
  const rows: Row[] = [];
  for (let i = 0; i < 320; i++) {
    const capacity = Math.floor(50 + 750 * next());
    const evacuees = Math.floor(300 + 19000 * next() ** 2);
    const distance = round(0.5 + 25 * next(), 2);
    const hours = Math.floor(2 + 70 * next());
    const pets = next() < 0.4 ? 1 : 0;
    const demand = evacuees * 0.04 * Math.exp(-distance / 12) * (1 + 0.15 * pets) * (0.5 + 0.5 * Math.min(hours, 48) / 48);
    const occupancy = Math.min(capacity, demand) * (1 + normal(next, 0, 0.05));
    rows.push({
      shelter_id: 5000 + i,
      capacity,
      evacuees_in_area: evacuees,
      distance_km: distance,
      hours_open: hours,
      pets_allowed: pets,
      occupancy: Math.max(0, Math.round(occupancy)),
    });
  }
  return rows;
}

/** Damage assessments: repair cost in euros and a 4-class grade. */
function damage(): Row[] {
  const next = rng(7905);
  const rows: Row[] = [];
  const grades = ['minor', 'moderate', 'severe', 'destroyed'];
  for (let i = 0; i < 380; i++) {
    const depth = round(200 * next() ** 1.4);
    const age = Math.floor(1 + 99 * next());
    const area = Math.floor(40 + 260 * next());
    const gust = round(20 + 130 * next());
    const score = 0.012 * depth + 0.008 * age + 0.018 * Math.max(0, gust - 70) + normal(next, 0, 0.15);
    const cost = area * (80 + 900 * (1 - Math.exp(-score / 1.5))) * (1 + normal(next, 0, 0.05));
    const grade = grades[score < 0.8 ? 0 : score < 1.6 ? 1 : score < 2.5 ? 2 : 3];
    rows.push({
      assessment_id: 'DA-' + String(70000 + i),
      flood_depth_cm: depth,
      building_age_y: age,
      floor_area_m2: area,
      wind_gust_kmh: gust,
      damage_eur: Math.round(cost),
      grade,
    });
  }
  return rows;
}

write('calls.csv', calls());
write('wildfires.csv', wildfires());
write('floods.csv', floods());
write('shelters.csv', shelters());
write('damage.csv', damage());

// Broken exports for the data-error specs.
const gaps = calls().slice(0, 200).map((r, i) => (i % 17 === 5 ? { ...r, caller_distance_m: 'NA' } : r));
write('calls-export-gaps.csv', gaps);
write('floods-last-night.csv', floods().slice(0, 3));
const damageText = damage().slice(0, 150).map((r, i) => (i % 11 === 3 ? { ...r, wind_gust_kmh: 'n/a' } : r));
write('damage-pending.csv', damageText);
