/**
 * Writes the CSVs of test/faults-blind66 (aviation, maritime and shipping), seeded so every run gives
 * the same files: `npx tsx test/faults-blind66/data/generate.ts`. Every record comes from a simple
 * generative rule (written below) so a small dense network can learn it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** flights.csv: one row per flight; delay in minutes (heavy right tail), status on_time / late / cancelled. */
function flights(): (string | number)[][] {
  const next = rng(6601);
  const rows: (string | number)[][] = [];
  const seatsByBand = [76, 150, 180, 220, 300];
  for (let i = 0; i < 480; i++) {
    const flightNo = 100 + Math.floor(next() * 9800);
    const depEpoch = 1704067200 + Math.floor(next() * 31_000_000);
    const distance = Math.round(300 + next() * 4200);
    const hour = 5 + Math.floor(next() * 19);
    const carrier = Math.floor(next() * 3);
    const band = clamp(Math.floor(distance / 950 + next() * 0.8), 0, 4);
    const seats = seatsByBand[band];
    const taxi = r1(clamp(8 + Math.abs(normal(next, 0, 1)) * 10 + (seats >= 220 ? 4 : 0), 6, 50));
    const weather = r2(next());
    const carrierEffect = [0, 9, -5][carrier];
    const tail = next() < 0.05 ? -Math.log(Math.max(next(), 1e-6)) * 25 : 0;
    const delay = r1(-6 + 1.1 * (taxi - 14) + 2.2 * Math.max(0, hour - 13) + carrierEffect + 28 * Math.max(0, weather - 0.6) + normal(next, 0, 5) + tail);
    let status = delay > 15 ? 'late' : 'on_time';
    if (weather > 0.86 && next() < 0.8) status = 'cancelled';
    const late = delay > 15 ? 1 : 0;
    rows.push([flightNo, depEpoch, distance, hour, carrier === 0 ? 1 : 0, carrier === 1 ? 1 : 0, carrier === 2 ? 1 : 0, seats, taxi, weather, delay, status, late]);
  }
  return rows;
}

const FLIGHT_HEADER = ['flight_no', 'dep_epoch', 'distance_km', 'sched_hour', 'carrier_aa', 'carrier_bb', 'carrier_cc', 'seats', 'taxi_out_min', 'weather_idx', 'arr_delay_min', 'status', 'late'];

/** engines.csv: engine snapshots per tail number; maintenance event (about 4-5%), more likely the higher EGT and vibration run together (a soft boundary). */
function engines(): (string | number)[][] {
  const next = rng(6602);
  const rows: (string | number)[][] = [];
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  for (let i = 0; i < 600; i++) {
    const tail = `N${100 + Math.floor(next() * 900)}${letters[Math.floor(next() * letters.length)]}${letters[Math.floor(next() * letters.length)]}`;
    const egt = normal(next, 650, 18);
    const vib = clamp(normal(next, 1.2, 0.28), 0.3, 3.5);
    const fuel = normal(next, 2800, 260);
    const oil = normal(next, 92, 5);
    const cycles = Math.round(-Math.log(Math.max(next(), 1e-6)) * 3000);
    const z = (egt - 650) / 18 + 1.6 * (vib - 1.2) / 0.28 + 0.4 * (oil - 92) / 5;
    const maint = next() < sigmoid(4 * (z - 3.3)) ? 1 : 0;
    rows.push([tail, r1(egt), r2(vib), Math.round(fuel), r1(oil), cycles, maint]);
  }
  return rows;
}

/** voyages.csv: bulk and tanker voyages; fuel burn in tonnes and port waiting hours. */
function voyages(): (string | number)[][] {
  const next = rng(6603);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const imo = 9100000 + Math.floor(next() * 800000);
    const dwt = Math.round(20000 + next() * 60000);
    const speed = r1(10 + next() * 8);
    const draught = r1(6 + (dwt / 80000) * 7 + normal(next, 0, 0.4));
    const route = Math.floor(next() * 3);
    const distance = Math.round(2000 + next() * 9000);
    const routeFactor = [1.0, 1.1, 0.95][route];
    const fuel = r1(0.012 * distance * Math.pow(dwt / 50000, 0.67) * Math.pow(speed / 14, 2) * routeFactor * (1 + normal(next, 0, 0.05)));
    const congestion = r2(next());
    const wait = r1(Math.max(0, [30, 10, 18][route] + 40 * congestion * congestion + 0.00015 * (dwt - 50000) + normal(next, 0, 4)));
    rows.push([imo, dwt, speed, draught, route === 0 ? 1 : 0, route === 1 ? 1 : 0, route === 2 ? 1 : 0, distance, congestion, fuel, wait]);
  }
  return rows;
}

const VOYAGE_HEADER = ['imo', 'dwt_t', 'speed_kn', 'draught_m', 'route_asia', 'route_europe', 'route_americas', 'distance_nm', 'congestion_idx', 'fuel_t', 'wait_h'];

/** containers.csv: import/export boxes at one terminal (port_code is constant); dwell in days and its band. */
function containers(): (string | number)[][] {
  const next = rng(6604);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const is40 = next() < 0.55 ? 1 : 0;
    const reefer = next() < 0.15 ? 1 : 0;
    const hold = next() < 0.2 ? 1 : 0;
    const imp = next() < 0.6 ? 1 : 0;
    const vesselDelay = r1(Math.max(0, -Math.log(Math.max(next(), 1e-6)) * 12));
    const weekday = Math.floor(next() * 7);
    const dwell = r2(Math.max(0.3, 1.5 + 4 * hold + 2 * imp - 1.2 * reefer + 0.06 * vesselDelay + (weekday >= 4 ? 1.5 : 0) + 0.4 * is40 + normal(next, 0, 0.6)));
    const band = dwell < 3 ? 'short' : dwell < 6 ? 'medium' : 'long';
    rows.push([4401, is40, reefer, hold, imp, vesselDelay, weekday, dwell, band]);
  }
  return rows;
}

/** claims.csv: shipments and whether a cargo damage claim was filed (about 40%). */
function claims(): (string | number)[][] {
  const next = rng(6605);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const weight = r1(1 + next() * 24);
    const value = Math.round(Math.exp(normal(next, 3.5, 0.8)));
    const fragile = next() < 0.3 ? 1 : 0;
    const trans = Math.floor(next() * 4);
    const days = Math.round(5 + next() * 35);
    const reefer = next() < 0.2 ? 1 : 0;
    const z = -3.2 + 2.6 * fragile + 1.0 * trans + 0.05 * (days - 20) + 1.2 * reefer + 0.3 * Math.log(value / 30);
    const claim = next() < sigmoid(3 * z) ? 1 : 0;
    rows.push([weight, value, fragile, trans, days, reefer, claim]);
  }
  return rows;
}

/** loadfactor.csv: flights of one route (route_id constant) and their passenger load factor in %. */
function loadFactor(): (string | number)[][] {
  const next = rng(6606);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 320; i++) {
    const fare = Math.round(90 + next() * 600);
    const weekday = Math.floor(next() * 7);
    const holiday = next() < 0.15 ? 1 : 0;
    const seats = [150, 180, 220][Math.floor(next() * 3)];
    const month = 1 + Math.floor(next() * 12);
    const summer = month >= 6 && month <= 8 ? 1 : 0;
    const lf = r1(clamp(88 - 0.05 * (fare - 300) + 8 * holiday + 6 * summer + (weekday === 4 || weekday === 6 ? 5 : 0) - 0.06 * (seats - 180) + normal(next, 0, 3), 30, 100));
    rows.push([714, fare, weekday, holiday, seats, month, summer, lf]);
  }
  return rows;
}

function main(): void {
  const fl = flights();
  write('flights.csv', FLIGHT_HEADER, fl);
  // The raw export: a delay of a cancelled flight is "NA", a few are "--" from the source system.
  const raw = fl.map((r, i) => {
    const copy = [...r];
    if (r[11] === 'cancelled') copy[10] = 'NA';
    else if (i % 53 === 7) copy[10] = '--';
    return copy;
  });
  write('flights-raw.csv', FLIGHT_HEADER, raw);
  write('engines.csv', ['tail_no', 'egt_c', 'vibration_ips', 'fuel_flow_kgh', 'oil_temp_c', 'cycles_since_ovh', 'maint_event'], engines());
  const vo = voyages();
  write('voyages.csv', VOYAGE_HEADER, vo);
  write('voyages-q1.csv', VOYAGE_HEADER, vo.slice(0, 4));
  write('containers.csv', ['port_code', 'is_40ft', 'reefer', 'customs_hold', 'import', 'vessel_delay_h', 'weekday', 'dwell_days', 'dwell_band'], containers());
  write('claims.csv', ['weight_t', 'value_kusd', 'fragile', 'transshipments', 'transit_days', 'reefer', 'claim'], claims());
  write('loadfactor.csv', ['route_id', 'fare_usd', 'weekday', 'holiday', 'seats', 'month', 'summer', 'load_factor_pct'], loadFactor());
}

main();
