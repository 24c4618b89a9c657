/**
 * Writes this set's CSVs (amusement parks and roller-coaster operators), seeded from 272:
 * `npx tsx test/faults-blind272/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(DIR, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. rides.csv: daily ride-level queue log. Target avg_wait_min (regression, minutes).
{
  const R = rng(272001);
  const rides = ['RC-THUNDER', 'RC-VIPER', 'LOG-FLUME', 'CAROUSEL', 'DROP-TOWER'];
  const rows = ['date,ride_id,temp_c,rain_mm,attendance,is_weekend,school_holiday,capacity_per_hour,ticket_price_eur,staff_on_shift,avg_wait_min'];
  for (let i = 0; i < 420; i++) {
    const day = Math.floor(i / 5), ride = i % 5;
    const date = new Date(Date.UTC(2023, 3, 1 + day)).toISOString().slice(0, 10);
    const weekend = [0, 6].includes(new Date(Date.UTC(2023, 3, 1 + day)).getUTCDay()) ? 1 : 0;
    const holiday = R() < 0.25 ? 1 : 0;
    const temp = normal(R, 21, 6);
    const rain = R() < 0.7 ? 0 : Math.exp(normal(R, 1, 1));
    const attendance = Math.round(clamp(normal(R, 14000 + 9000 * weekend + 6000 * holiday + 250 * (temp - 20) - 900 * Math.min(rain, 10), 2500), 2500, 42000));
    const capacity = [1600, 1300, 1100, 2400, 900][ride] + Math.round(normal(R, 0, 40));
    const price = r2(49 + 10 * weekend + normal(R, 0, 0.5)); // collinear with weekend, no own effect
    const staff = Math.round(clamp(normal(R, 6, 1.2), 3, 10)); // no effect
    const pull = [1.6, 1.4, 1.1, 0.4, 1.0][ride];
    const wait = clamp(pull * attendance / capacity * 2.2 + 0.6 * (temp - 20) - 1.5 * Math.min(rain, 8) + normal(R, 0, 3), 0, 180);
    rows.push([date, rides[ride], r2(temp, 1), r2(rain, 1), attendance, weekend, holiday, capacity, price, staff, r2(wait, 1)].join(','));
  }
  write('rides.csv', rows.join('\n') + '\n');
  // A finance-team export: semicolons and decimal commas (whole-number columns without separators).
  const eu = rows.map((line, k) => (k === 0 ? line.replace(/,/g, ';') : line.split(',').map((c) => c.replace('.', ',')).join(';')));
  write('rides-export.csv', eu.join('\n') + '\n');
}

// 2. sensors.csv: coaster train telemetry per run; status ok / wheel_wear / brake_fault (rare).
{
  const R = rng(272002);
  const rows = ['run_id,timestamp,vibration_g,brake_temp_c,lap_time_s,chain_current_a,wheel_temp_c,humidity_pct,status'];
  for (let i = 0; i < 480; i++) {
    const u = R();
    const status = u < 0.1 ? 'brake_fault' : u < 0.35 ? 'wheel_wear' : 'ok';
    const vib = normal(R, status === 'wheel_wear' ? 1.9 : 1.2, 0.3);
    const brake = normal(R, status === 'brake_fault' ? 95 : 68, 9);
    const lap = normal(R, status === 'brake_fault' ? 121 : 117, 2.5);
    const chain = normal(R, 220 + 25 * (vib - 1.2), 12);
    const wheel = normal(R, status === 'wheel_wear' ? 52 : 41, 5);
    const hum = clamp(normal(R, 60, 15), 10, 100);
    const ts = new Date(Date.UTC(2023, 5, 1, 9, 0) + i * 420000).toISOString().replace('.000Z', 'Z');
    rows.push([`R${100000 + i}`, ts, r2(vib, 3), r2(brake, 1), r2(lap, 2), r2(chain, 1), r2(wheel, 1), r2(hum, 0), status].join(','));
  }
  write('sensors.csv', rows.join('\n') + '\n');
}

// 3. guests.csv: season-pass survey; returned 0/1 next season.
{
  const R = rng(272003);
  const rows = ['guest_id,age,spend_eur,visits_last_year,total_wait_min,height_cm,fastpass,rides_taken,returned'];
  const gaps = [rows[0]];
  for (let i = 0; i < 500; i++) {
    const age = Math.round(clamp(normal(R, 34, 12), 8, 80));
    const spend = r2(Math.exp(normal(R, 4.2, 0.7)));
    const visits = Math.floor(clamp(Math.exp(normal(R, 0.8, 0.8)), 0, 40));
    const fast = R() < 0.2 ? 1 : 0;
    const wait = r2(clamp(normal(R, 160 - 70 * fast, 50), 10, 400), 0);
    const height = r2(clamp(normal(R, age < 14 ? 140 : 172, 10), 100, 205), 0); // no effect
    const ridesTaken = Math.round(clamp(normal(R, 9 + 0.02 * (400 - wait), 2.5), 1, 25)); // collinear with wait
    const z = 0.9 * Math.log(1 + visits) + 0.012 * (spend - 80) - 0.012 * (wait - 150) + 0.8 * fast - 0.02 * (age - 34) - 0.4;
    const returned = R() < sigmoid(2 * z) ? 1 : 0;
    const cells = [`G-${20000 + i}`, age, spend, visits, wait, height, fast, ridesTaken, returned];
    rows.push(cells.join(','));
    const g = cells.map((c, k) => (k >= 1 && k <= 5 && R() < 0.04 ? ['NA', '', '?'][Math.floor(R() * 3)] : c));
    gaps.push(g.join(','));
  }
  write('guests.csv', rows.join('\n') + '\n');
  write('guests-gaps.csv', gaps.join('\n') + '\n');
}

// 4. turnstiles.csv: a tab-separated turnstile system export; hourly entries (regression).
{
  const R = rng(272004);
  const rows = ['gate\thour\ttemp_c\tpromo_active\tbus_arrivals\tparking_occupancy\tentries'];
  for (let i = 0; i < 360; i++) {
    const hour = 9 + (i % 12);
    const temp = r2(normal(R, 22, 5), 1);
    const promo = R() < 0.3 ? 1 : 0;
    const bus = Math.floor(clamp(normal(R, 4, 2), 0, 12));
    const parking = r2(clamp(normal(R, 0.6, 0.2), 0.05, 1), 2);
    const peak = Math.exp(-((hour - 11) ** 2) / 6);
    const entries = Math.round(clamp(300 + 1800 * peak + 120 * promo + 60 * bus + 900 * parking * peak + 10 * (temp - 22) + normal(R, 0, 60), 0, 5000));
    rows.push([`G${1 + (i % 4)}`, hour, temp, promo, bus, parking, entries].join('\t'));
  }
  write('turnstiles.csv', rows.join('\n') + '\n');
}
