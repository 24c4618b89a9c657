/**
 * Data of fault set blind268 (model-rocketry clubs and hobby rocket suppliers), seeded from 268.
 * Run once: `npx tsx test/faults-blind268/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r = rng(268);
const n = (m: number, s: number) => normal(r, m, s);

// 1. Club launch log: one row per flight.
const motors = [
  { cls: 'A', ns: 2.5 }, { cls: 'B', ns: 5 }, { cls: 'C', ns: 10 }, { cls: 'D', ns: 20 },
  { cls: 'E', ns: 40 }, { cls: 'F', ns: 80 }, { cls: 'G', ns: 160 },
];
const header = 'flight_id,launch_date,motor_class,total_impulse_ns,liftoff_mass_g,body_diameter_mm,fin_count,ejection_delay_s,wind_kph,air_temp_c,humidity_pct,pad_number,apogee_m,recovery_ok,outcome';
const flights: string[] = [header];
const rows: string[][] = [];
for (let i = 0; i < 480; i++) {
  // Skewed: most club flights are small motors.
  const mi = Math.min(6, Math.floor(-Math.log(1 - r() * 0.995) * 1.6));
  const m = motors[mi];
  const impulse = m.ns * (0.6 + 0.4 * r());
  const diameter = clamp(Math.round(n(24 + mi * 7, 4)), 13, 98);
  const mass = clamp(n(40 + mi * 55 + diameter * 1.5, 15 + mi * 8), 18, 1400); // collinear with diameter and motor
  const fins = r() < 0.7 ? 3 : 4;
  const wind = clamp(Math.abs(n(9, 7)), 0, 35);
  const temp = n(16, 8);
  const humidity = clamp(n(60, 15), 15, 100); // no effect
  const pad = 1 + Math.floor(r() * 6);
  const apogeeRaw = 330 * Math.pow(impulse, 0.85) / Math.pow(mass / 100, 0.7) / (diameter / 25) * (1 - 0.006 * wind) * (1 + 0.002 * temp) * (fins === 4 ? 0.95 : 1);
  const apogee = Math.max(15, apogeeRaw * (1 + n(0, 0.07)));
  const idealDelay = 0.9 * Math.sqrt(apogee) / 4; // coast time to apogee, roughly
  const delay = Math.round(clamp(idealDelay + n(0, 1.7), 3, 10));
  const mismatch = delay - idealDelay;
  const cato = r() < 0.035 + 0.02 * (mi >= 5 ? 1 : 0);
  let outcome = 'nominal';
  if (cato) outcome = 'cato';
  else if (mismatch < -1.6 + n(0, 0.5)) outcome = 'early_deploy';
  else if (mismatch > 1.6 + n(0, 0.5)) outcome = 'late_deploy';
  const pOk = sigmoid(3 - 0.16 * wind - 0.9 * Math.abs(mismatch) + (fins === 4 ? 0.3 : 0) - (cato ? 4 : 0));
  const ok = r() < pOk ? 1 : 0;
  const day = 1 + Math.floor(r() * 28), month = 3 + Math.floor(r() * 7);
  const row = [
    `FL-${2023}-${String(i + 1).padStart(4, '0')}`, `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, m.cls,
    impulse.toFixed(2), mass.toFixed(1), String(diameter), String(fins), String(delay), wind.toFixed(1), temp.toFixed(1), humidity.toFixed(0),
    String(pad), cato ? '0' : apogee.toFixed(1), String(ok), outcome,
  ];
  rows.push(row);
  flights.push(row.join(','));
}
write('flights.csv', flights);

// 1b. The same log from the club's spreadsheet on a German laptop: semicolons, decimal commas.
write('flights-eu.csv', [header.replace(/,/g, ';'), ...rows.map((row) => row.map((c) => c.replace('.', ',')).join(';'))]);

// 1c. A copy where the range safety officer left gaps: NA, empty and "n/a".
const gaps = [header];
rows.forEach((row, i) => {
  const c = [...row];
  if (i % 13 === 4) c[8] = 'NA';
  if (i % 17 === 9) c[4] = '';
  if (i % 23 === 11) c[9] = 'n/a';
  gaps.push(c.join(','));
});
write('flights-gaps.csv', gaps);

// 2. Supplier order lines: will the parcel ship late? (hazmat motors need ground shipping paperwork).
const orders = ['order_ref\tplaced_at\torder_value_usd\titem_count\thazmat_motor_count\tship_distance_km\tcustomer_tenure_months\tclub_account\tbackorder_items\tship_days\tshipped_late'];
for (let i = 0; i < 420; i++) {
  const items = 1 + Math.floor(-Math.log(1 - r() * 0.99) * 4);
  const value = Math.exp(n(3.8, 0.9)) + items * 6; // skewed dollars
  const hazmat = r() < 0.45 ? Math.floor(r() * Math.min(items, 6)) : 0;
  const dist = clamp(Math.abs(n(900, 700)), 20, 4500);
  const tenure = Math.floor(clamp(Math.abs(n(24, 22)), 0, 160));
  const club = r() < 0.3 ? 1 : 0;
  const back = r() < 0.15 ? 1 + Math.floor(r() * 3) : 0;
  const days = Math.max(1, 1.5 + 0.0012 * dist + 1.8 * (hazmat > 0 ? 1 : 0) + 0.25 * hazmat + 3.2 * back + 0.05 * items - 0.5 * club + n(0, 0.9));
  const late = r() < sigmoid(-2.4 + 1.4 * back + 0.9 * (hazmat > 0 ? 1 : 0) + 0.0007 * dist - 0.01 * tenure) ? 1 : 0;
  orders.push([`SO-${88000 + i}`, `2024-0${1 + (i % 9)}-1${i % 10}T1${i % 10}:3${i % 6}`, value.toFixed(2), items, hazmat, dist.toFixed(0), tenure, club, back, days.toFixed(1), late].join('\t'));
}
write('orders.tsv', orders);

// 3. Motor static test stand: burn summary → total impulse (N·s), kN-scale peak thrust in newtons.
const stand = ['test_id,propellant_g,casing_mm,burn_time_s,peak_thrust_n,avg_thrust_n,nozzle_throat_mm,grain_count,total_impulse_ns'];
for (let i = 0; i < 300; i++) {
  const casing = [18, 24, 29, 38, 54][Math.floor(r() * 5)];
  const grains = 1 + Math.floor(r() * 6);
  const prop = clamp(casing * casing * 0.012 * grains * (0.8 + 0.4 * r()), 2, 900);
  const isp = n(175, 12);
  const impulse = prop / 1000 * isp * 9.81 * (1 + n(0, 0.03));
  const burn = clamp(n(0.4 + 0.25 * grains, 0.15), 0.2, 5);
  const avg = impulse / burn;
  const peak = avg * (1.3 + 0.5 * r());
  const throat = casing * (0.22 + 0.05 * r());
  stand.push([`TS${String(i).padStart(3, '0')}`, prop.toFixed(1), casing, burn.toFixed(2), peak.toFixed(0), avg.toFixed(1), throat.toFixed(1), grains, impulse.toFixed(1)].join(','));
}
write('stand.csv', stand);
