/**
 * Writes this set's CSVs (glamping sites and yurt camps), seeded from 275:
 * `npx tsx test/faults-blind275/data/generate.ts` (run once; the CSVs are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

// bookings.csv: 520 bookings over three sites; cancelled 0/1 (~20%), total_spend_eur in raw euros.
{
  const next = rng(275001);
  const sites = ['Heather Hollow', 'Birchwood Yurts', 'Larch Ridge'];
  const rows: string[] = ['booking_id,booked_at,site,lead_time_days,nights,party_size,nightly_rate_eur,yurt_area_m2,distance_km,deposit_pct,pets,moon_phase,repeat_guest,cancelled,total_spend_eur'];
  const gaps: string[] = [rows[0]];
  for (let i = 0; i < 520; i++) {
    const lead = Math.round(clamp(Math.exp(normal(next, 3.6, 1.0)), 0, 400));
    const nights = Math.round(clamp(Math.exp(normal(next, 0.9, 0.5)), 1, 14));
    const party = Math.round(clamp(normal(next, 3.2, 1.5), 1, 8));
    const area = r2(clamp(12 + party * 4.5 + normal(next, 0, 3), 10, 60));
    const rate = r2(clamp(60 + area * 3.1 + normal(next, 0, 18) + (next() < 0.3 ? 40 : 0), 70, 420));
    const dist = r2(clamp(Math.exp(normal(next, 4.3, 0.8)), 3, 900));
    const deposit = [0, 20, 50, 100][Math.floor(next() * 4)];
    const pets = next() < 0.25 ? 1 : 0;
    const moon = r2(next());
    const repeat = next() < 0.15 ? 1 : 0;
    const z = -1.3 + 0.012 * (lead - 50) - 0.025 * deposit + 0.004 * (dist - 80) - 1.4 * repeat + 0.15 * (party - 3) + normal(next, 0, 0.4);
    const cancelled = next() < sigmoid(z) ? 1 : 0;
    const spend = r2(nights * rate + 18 * party * nights * (0.6 + 0.4 * next()) + 25 * pets * nights + normal(next, 0, 60));
    const day = 1 + Math.floor(next() * 28), month = 1 + Math.floor(next() * 12);
    const ts = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(8 + Math.floor(next() * 14)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const cells = [`GLP-${String(10000 + i)}`, ts, sites[Math.floor(next() * 3)], lead, nights, party, rate, area, dist, deposit, pets, moon, repeat, cancelled, spend];
    rows.push(cells.join(','));
    const g = cells.map(String);
    if (next() < 0.07) g[3] = 'NA';
    if (next() < 0.05) g[8] = '';
    if (next() < 0.03) g[6] = 'n/a';
    gaps.push(g.join(','));
  }
  write('bookings.csv', rows);
  write('bookings-gaps.csv', gaps);
}

// units.csv: 380 accommodation units, unit_type bell_tent / yurt / safari_lodge / treehouse (rare).
{
  const next = rng(275002);
  const rows = ['unit_id,canvas_area_m2,beds,stove_kw,hot_tub,elevation_m,price_eur,listing_photos,unit_type'];
  for (let i = 0; i < 380; i++) {
    const u = next();
    const type = u < 0.4 ? 'bell_tent' : u < 0.72 ? 'yurt' : u < 0.93 ? 'safari_lodge' : 'treehouse';
    const base = { bell_tent: [16, 2, 0, 80], yurt: [28, 4, 5, 140], safari_lodge: [45, 5, 3, 220], treehouse: [22, 3, 2, 260] }[type]!;
    const area = r2(clamp(normal(next, base[0], base[0] * 0.18), 8, 90));
    const beds = Math.round(clamp(normal(next, base[1], 1), 1, 8));
    const stove = r2(clamp(normal(next, base[2], 1.2), 0, 9));
    const tub = next() < (type === 'bell_tent' ? 0.05 : type === 'yurt' ? 0.3 : 0.55) ? 1 : 0;
    const elev = r2(clamp(normal(next, type === 'treehouse' ? 240 : 160, 60), 20, 600) + (type === 'treehouse' ? 6 : 0));
    const price = r2(clamp(normal(next, base[3], base[3] * 0.15) + tub * 30, 50, 500));
    const photos = Math.round(clamp(normal(next, 12, 5), 1, 40));
    const label = next() < 0.06 ? ['bell_tent', 'yurt', 'safari_lodge', 'treehouse'][Math.floor(next() * 4)] : type;
    rows.push([`U${String(i + 1).padStart(3, '0')}`, area, beds, stove, tub, elev, price, photos, label].join(','));
  }
  write('units.csv', rows);
}

// energy.csv: a year of camp days, semicolon export with decimal commas; firewood_kg and propane_l.
{
  const next = rng(275003);
  const rows = ['date;outdoor_temp_c;occupied_units;wind_kmh;rain_mm;firewood_kg;propane_l'];
  for (let d = 0; d < 365; d++) {
    const temp = 10 - 9 * Math.cos((2 * Math.PI * (d - 15)) / 365) + normal(next, 0, 3);
    const occ = Math.round(clamp(9 + 8 * Math.sin((2 * Math.PI * (d - 100)) / 365) + normal(next, 0, 3), 0, 22));
    const wind = clamp(Math.exp(normal(next, 2.6, 0.5)), 0, 90);
    const rain = next() < 0.45 ? clamp(Math.exp(normal(next, 1.2, 1)), 0, 60) : 0;
    const wood = clamp(occ * (6 + 0.9 * Math.max(0, 16 - temp)) + 0.3 * wind + normal(next, 0, 8), 0, 900);
    const propane = clamp(4 + occ * 1.6 + 0.05 * rain + normal(next, 0, 2), 0, 200);
    const dt = new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
    const f = (x: number) => x.toFixed(1).replace('.', ',');
    rows.push([dt, f(temp), occ, f(wind), f(rain), f(wood), f(propane)].join(';'));
  }
  write('energy.csv', rows);
}

// reviews.csv: tab-separated sheet export of 300 guest reviews; rating 1-5 and recommend yes/no.
{
  const next = rng(275004);
  const rows = ['stay_id\tcleanliness\tquiet_score\twifi_mbps\thost_reply_h\tnights\tshower_temp_c\trating\trecommend'];
  for (let i = 0; i < 300; i++) {
    const clean = r2(clamp(normal(next, 4, 0.7), 1, 5));
    const quiet = r2(clamp(normal(next, 3.8, 0.9), 1, 5));
    const wifi = r2(clamp(Math.exp(normal(next, 1.5, 1)), 0, 200));
    const reply = r2(clamp(Math.exp(normal(next, 1.2, 1.1)), 0.1, 96));
    const nights = Math.round(clamp(Math.exp(normal(next, 0.8, 0.5)), 1, 10));
    const shower = r2(clamp(normal(next, 38, 4), 20, 48));
    const rating = r2(clamp(0.45 * clean + 0.35 * quiet - 0.012 * reply + 0.04 * (shower - 38) + 0.6 + normal(next, 0, 0.3), 1, 5));
    const rec = next() < sigmoid(3 * (rating - 3.9)) ? 'yes' : 'no';
    rows.push([`S-${4000 + i}`, clean, quiet, wifi, reply, nights, shower, rating, rec].join('\t'));
  }
  write('reviews.csv', rows);
}
