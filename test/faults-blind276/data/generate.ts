/**
 * Writes this set's CSVs (ghost tours and city walking-tour guides), seeded from 276:
 * `npx tsx test/faults-blind276/data/generate.ts`. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r2 = (x: number) => Math.round(x * 100) / 100;

interface Walk {
  ref: string; date: string; group: number; ticket: number; hour: number; temp: number; rain: number;
  moon: number; years: number; km: number; miles: number; reviews: number; tips: number; noShow: number; rating: number;
}

function walks(): Walk[] {
  const next = rng(276);
  const rows: Walk[] = [];
  for (let i = 0; i < 420; i++) {
    const month = 1 + Math.floor(next() * 12), day = 1 + Math.floor(next() * 28);
    const group = Math.round(clamp(Math.exp(normal(next, 2.3, 0.55)), 1, 40));
    const ticket = r2(clamp(normal(next, 24, 6), 12, 45));
    const hour = 18 + Math.floor(next() * 6);
    const temp = r2(clamp(normal(next, 8 + 8 * Math.sin(((month - 4) / 12) * 2 * Math.PI), 4), -8, 32));
    const rain = next() < 0.6 ? 0 : r2(-Math.log(Math.max(next(), 1e-9)) * 3);
    const moon = r2(next());
    const years = Math.round(clamp(Math.exp(normal(next, 1.6, 0.7)), 0, 30));
    const km = r2(clamp(normal(next, 3.2, 0.9), 1.2, 6.5));
    const reviews = Math.round(Math.exp(normal(next, 5.2, 1.1)));
    const tips = r2(Math.max(0, 2.4 * group + 1.5 * years + 0.6 * ticket - 3.2 * rain + 0.8 * (temp - 8) + 0.004 * reviews + normal(next, 0, 8)));
    const z = -2.6 + 0.35 * rain - 0.12 * (temp - 8) + 0.35 * (hour - 20) - 0.06 * group;
    const noShow = next() < sigmoid(z) ? 1 : 0;
    const rating = r2(clamp(3.6 + 0.05 * years - 0.06 * rain + 0.1 * (hour - 20) + normal(next, 0, 0.45), 1, 5));
    rows.push({
      ref: `GT-${(10000 + i * 7).toString()}`,
      date: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${hour}:00`,
      group, ticket, hour, temp, rain, moon, years, km, miles: r2(km * 0.6214), reviews, tips, noShow, rating,
    });
  }
  return rows;
}

const HEAD = ['booking_ref', 'tour_date', 'group_size', 'ticket_eur', 'start_hour', 'temp_c', 'rain_mm', 'moon_illum', 'guide_years', 'route_km', 'route_miles', 'reviews_prior', 'tips_eur', 'no_show', 'rating'];
const cells = (w: Walk) => [w.ref, w.date, w.group, w.ticket, w.hour, w.temp, w.rain, w.moon, w.years, w.km, w.miles, w.reviews, w.tips, w.noShow, w.rating];

function tourTypes(): string {
  const next = rng(276 * 2 + 1);
  const kinds: [string, number, number[], number[]][] = [
    // name, share, means of [start_hour, duration_min, route_km, ticket_eur, mean_age, stops, lanterns], stds
    ['ghost', 0.36, [21, 90, 2.8, 22, 31, 8, 1], [1, 15, 0.6, 4, 7, 2, 0.8]],
    ['history', 0.32, [11, 120, 3.6, 18, 48, 11, 0], [2, 20, 0.8, 4, 10, 3, 0.3]],
    ['pub_crawl', 0.25, [20, 180, 2.2, 30, 27, 5, 0], [1.2, 25, 0.6, 5, 4, 1.5, 0.3]],
    ['haunted_boat', 0.07, [22, 75, 6.5, 38, 36, 4, 3], [0.8, 12, 1.2, 5, 8, 1.2, 1]],
  ];
  const lines = ['tour_code,start_hour,duration_min,route_km,ticket_eur,mean_age,stops,lanterns,tour_type'];
  for (let i = 0; i < 360; i++) {
    let u = next(), k = 0;
    while (k < kinds.length - 1 && u > kinds[k][1]) u -= kinds[k++][1];
    const [, , m, s] = kinds[k];
    const v = m.map((mu, j) => Math.max(0, normal(next, mu, s[j])));
    const label = next() < 0.06 ? kinds[Math.floor(next() * 3)][0] : kinds[k][0];
    lines.push([`T${String(i).padStart(4, '0')}`, v[0].toFixed(1), Math.round(v[1]), v[2].toFixed(2), v[3].toFixed(2), v[4].toFixed(1), Math.round(v[5]), Math.round(v[6]), label].join(','));
  }
  return lines.join('\n') + '\n';
}

function guides(): string {
  const next = rng(276 * 3 + 7);
  const lines = [['guide_name', 'tours_led', 'avg_rating', 'complaints', 'languages', 'years', 'scare_score', 'rehired'].join('\t')];
  const names = ['Morrigan', 'Alistair', 'Beatrix', 'Cornelius', 'Delphine', 'Ezra', 'Florence', 'Gideon', 'Hester', 'Ignatius'];
  for (let i = 0; i < 300; i++) {
    const years = Math.round(clamp(Math.exp(normal(next, 1.3, 0.8)), 0, 25));
    const tours = Math.round(clamp(years * 120 + normal(next, 60, 50), 5, 4000));
    const rating = clamp(normal(next, 4.2, 0.4), 2, 5);
    const complaints = Math.round(Math.max(0, normal(next, tours / 150, 2)));
    const languages = 1 + Math.floor(next() * next() * 4);
    const scare = clamp(normal(next, 6, 2), 0, 10);
    const z = -1.3 + 2.2 * (rating - 4.2) - 0.25 * (complaints - tours / 150) + 0.4 * (languages - 1.5) + 0.05 * years;
    const rehired = next() < sigmoid(z * 1.6) ? 1 : 0;
    lines.push([`${names[i % 10]} ${String.fromCharCode(65 + (i % 26))}.`, tours, rating.toFixed(2), complaints, languages, years, scare.toFixed(1), rehired].join('\t'));
  }
  return lines.join('\n') + '\n';
}

const rows = walks();
fs.writeFileSync(path.join(DIR, 'walks.csv'), [HEAD.join(','), ...rows.map((w) => cells(w).join(','))].join('\n') + '\n');
// The booking system's "Export for Excel (EU)": semicolons and decimal commas, first 300 rows.
const eu = (x: string | number) => (typeof x === 'number' ? String(x).replace('.', ',') : x);
fs.writeFileSync(path.join(DIR, 'walks-eu-export.csv'), [HEAD.join(';'), ...rows.slice(0, 300).map((w) => cells(w).map(eu).join(';'))].join('\n') + '\n');
// A copy where the weather feed failed: NA and empty cells in temp_c and rain_mm.
const gaps = rng(276 + 5);
fs.writeFileSync(path.join(DIR, 'walks-gaps.csv'), [HEAD.join(','), ...rows.map((w) => {
  const c = cells(w).map(String);
  if (gaps() < 0.07) c[5] = 'NA';
  if (gaps() < 0.05) c[6] = '';
  return c.join(',');
})].join('\n') + '\n');
fs.writeFileSync(path.join(DIR, 'tour-types.csv'), tourTypes());
fs.writeFileSync(path.join(DIR, 'guides.csv'), guides());
