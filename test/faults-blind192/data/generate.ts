/**
 * Writes the CSVs of fault set blind192 (dog groomers and boarding kennels), seeded from 192:
 * `npx tsx test/faults-blind192/data/generate.ts`. Run once; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r1 = (x: number) => Math.round(x * 10) / 10;

// grooming.csv: 400 salon appointments. weight_lb is weight_kg in pounds (collinear, the till's own column),
// days_since_groom is skewed, bowl_colour has no effect, dog_id and visit_date are text.
{
  const next = rng(192);
  const rows: string[] = ['dog_id,visit_date,weight_kg,weight_lb,coat_length_cm,age_years,matting,days_since_groom,wire_coat,bowl_colour,groom_minutes,extra_charge,service'];
  for (let i = 0; i < 400; i++) {
    const kg = clamp(Math.exp(normal(next, 2.6, 0.7)), 1.8, 70);
    const coat = clamp(normal(next, 5, 3.2), 0.4, 16);
    const age = clamp(normal(next, 6, 3.5), 0.3, 16);
    const days = clamp(Math.exp(normal(next, 3.7, 0.6)), 7, 300);
    const matting = Math.round(clamp(coat * 0.2 + days / 60 + normal(next, 0, 0.9), 0, 5));
    const wire = next() < 0.14 ? 1 : 0;
    const bowl = 1 + Math.floor(next() * 4);
    const minutes = 28 + 0.85 * kg + 3.6 * coat + 7.5 * matting + 0.09 * days + 18 * wire + normal(next, 0, 8);
    const extra = next() < sigmoid(-3.6 + 0.9 * matting + 0.14 * coat + 0.02 * kg + normal(next, 0, 0.5)) ? 1 : 0;
    const service = wire && coat > 2.5 ? 'hand_strip' : coat + matting * 1.5 + normal(next, 0, 1.2) > 7 ? 'full_groom' : 'bath_tidy';
    const month = 1 + Math.floor(next() * 12), day = 1 + Math.floor(next() * 28);
    rows.push([`G-${String(1000 + i)}`, `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, r1(kg), r1(kg * 2.2046), r1(coat), r1(age), matting, Math.round(days), wire, bowl, Math.round(minutes), extra, service].join(','));
  }
  write('grooming.csv', rows.join('\n') + '\n');
  // grooming-gaps.csv: the same bookings as typed in by the front desk, with NA, blanks and "?" where the groomer forgot.
  const gaps = rows.map((row, i) => {
    if (i === 0 || i % 9 !== 4) return row;
    const cells = row.split(',');
    cells[4 + (i % 3)] = ['NA', '', '?'][i % 3];
    return cells.join(',');
  });
  write('grooming-gaps.csv', gaps.join('\n') + '\n');
  // grooming-tabs.csv: the booking system's tab export of the numeric columns.
  const tabs = rows.map((row) => row.split(',').slice(2).join('\t'));
  write('grooming-tabs.csv', tabs.join('\n') + '\n');
}

// kennel.csv: 360 boarding stays. deposit_eur tracks nights (collinear), run_number has no effect,
// incident 0/1 (~25%), outcome settled / anxious / unwell (unwell rare).
{
  const next = rng(192 * 7 + 1);
  const header = ['stay_id', 'nights', 'age_years', 'prior_stays', 'vacc_days_left', 'deposit_eur', 'run_number', 'bark_complaints', 'weight_kg', 'incident', 'outcome'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const nights = Math.round(clamp(Math.exp(normal(next, 1.6, 0.7)), 1, 28));
    const age = clamp(normal(next, 5.5, 3.4), 0.4, 15.5);
    const prior = Math.round(clamp(Math.exp(normal(next, 0.8, 0.9)) - 1, 0, 14));
    const vacc = Math.round(clamp(normal(next, 170, 110), -40, 365));
    const deposit = Math.round(nights * 34 + normal(next, 0, 25) + 40);
    const run = 1 + Math.floor(next() * 24);
    const bark = Math.round(clamp(normal(next, 1.2 + 0.08 * nights - 0.2 * prior, 1.1), 0, 7));
    const kg = clamp(Math.exp(normal(next, 2.7, 0.6)), 2, 65);
    const anx = -0.8 + 0.12 * nights - 0.45 * prior + 0.55 * bark - 0.05 * age + normal(next, 0, 0.6);
    const ill = -2.2 + 0.1 * nights + 0.18 * age - 0.008 * vacc + normal(next, 0, 0.5);
    const outcome = ill > 0 ? 'unwell' : anx > 0.6 ? 'anxious' : 'settled';
    const incident = next() < sigmoid(-2.2 + 0.7 * bark + 0.08 * nights - 0.3 * prior) ? 1 : 0;
    rows.push([`K${String(20000 + i * 3)}`, nights, r1(age), prior, vacc, deposit, run, bark, r1(kg), incident, outcome]);
  }
  write('kennel.csv', [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  // kennel-eu.csv: the same stays from the Belgian branch's spreadsheet: semicolons, decimal commas.
  const eu = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';'));
  write('kennel-eu.csv', [header.join(';'), ...eu].join('\n') + '\n');
}
