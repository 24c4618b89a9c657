/**
 * Writes the cricket-ground CSVs of fault set blind290 (seeded from 290): run once with
 * `npx tsx test/faults-blind290/data/generate.ts`; the files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(here, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// pitches.csv: one row per first-class match day at 8 grounds: pitch readings before the toss.
{
  const next = rng(290);
  const rows: string[] = ['ground_id,match_date,grass_mm,moisture_pct,clay_pct,days_since_rolled,roller_passes,air_temp_c,humidity_pct,cloud_oktas,attendance,groundsman_id,first_innings_runs,seam_friendly,pitch_type'];
  const gapRows: string[] = [rows[0]];
  for (let i = 0; i < 380; i++) {
    const ground = `GRD-${String(1 + Math.floor(next() * 8)).padStart(2, '0')}`;
    const day = new Date(Date.UTC(2019, 3, 10) + Math.floor(next() * 5 * 365) * 86400000).toISOString().slice(0, 10);
    const grass = clamp(normal(next, 8, 3), 2, 18);
    const moisture = clamp(normal(next, 22, 6), 8, 40);
    const clay = clamp(normal(next, 30, 7), 12, 50);
    const days = Math.floor(clamp(normal(next, 6, 3), 0, 14));
    const passes = Math.max(0, Math.round(days * 2.4 + normal(next, 0, 1.5)));
    const temp = clamp(normal(next, 19, 5), 6, 34);
    const humidity = clamp(normal(next, 68 - (temp - 19) * 1.2, 10), 30, 99);
    const cloud = Math.round(clamp(normal(next, 4, 2.3), 0, 8));
    const attendance = Math.round(Math.exp(normal(next, 8.3, 0.8)));
    const groundsman = 100 + Math.floor(next() * 12);
    const seamScore = 0.35 * (grass - 8) + 0.12 * (moisture - 22) + 0.35 * (cloud - 4) - 0.12 * (temp - 19) + 0.05 * (humidity - 68);
    const runs = Math.round(clamp(310 - 9 * (grass - 8) - 3.2 * (moisture - 22) + 2.1 * (clay - 30) + 4 * (days - 6) - 7 * (cloud - 4) + 1.6 * (temp - 19) + normal(next, 0, 24), 95, 560));
    const seam = next() < sigmoid(1.3 * seamScore - 0.6) ? 1 : 0;
    const dry = -0.25 * (moisture - 22) + 0.2 * (days - 6) + 0.08 * (clay - 30) - 0.2 * (grass - 8);
    const type = seamScore > 1.2 ? 'green' : dry > 2.3 ? 'turner' : 'flat';
    const cells = [ground, day, r2(grass, 1), r2(moisture, 1), r2(clay, 1), days, passes, r2(temp, 1), r2(humidity, 0), cloud, attendance, groundsman, runs, seam, type];
    rows.push(cells.join(','));
    const gap = cells.map(String);
    if (next() < 0.08) gap[3] = 'NA';
    if (next() < 0.05) gap[7] = '';
    if (next() < 0.03) gap[9] = 'n/a';
    gapRows.push(gap.join(','));
  }
  write('pitches.csv', rows.join('\n') + '\n');
  write('pitches-gaps.csv', gapRows.join('\n') + '\n');
}

// turnstile.csv: gate counts of limited-overs fixtures at three grounds, with the ticket office's inputs.
{
  const next = rng(290 * 7 + 1);
  const rows: string[] = ['fixture_id,kickoff,day_of_week,is_weekend,ticket_price_gbp,home_rank,away_rank,rivalry,forecast_rain_mm,temp_c,capacity,promo_spend_gbp,attendance,sold_out'];
  const caps = [8500, 16000, 25000];
  for (let i = 0; i < 420; i++) {
    const dow = Math.floor(next() * 7);
    const weekend = dow >= 5 ? 1 : 0;
    const cap = caps[Math.floor(next() * 3)];
    const price = r2(clamp(normal(next, 28 + cap / 2500, 8), 10, 75), 2);
    const home = 1 + Math.floor(next() * 18), away = 1 + Math.floor(next() * 18);
    const rivalry = r2(Math.pow(next(), 2.5), 2);
    const rain = r2(next() < 0.6 ? 0 : Math.exp(normal(next, 0.8, 1)), 1);
    const temp = r2(clamp(normal(next, 20, 5), 8, 33), 1);
    const promo = Math.round(Math.exp(normal(next, 7.5, 0.9)));
    const demand = 0.55 + 0.18 * weekend - 0.006 * (price - 35) - 0.008 * (home + away - 19) + 0.35 * rivalry - 0.03 * rain + 0.006 * (temp - 20) + 0.04 * Math.log(promo / 1800) + normal(next, 0, 0.07);
    const att = Math.round(clamp(demand, 0.08, 1.05) * cap);
    const attendance = Math.min(att, cap);
    const sold = attendance >= cap * 0.97 ? 1 : 0;
    rows.push([`FX${2020 + (i % 4)}-${String(i).padStart(3, '0')}`, `2023-0${5 + (i % 4)}-1${i % 10}T1${3 + (i % 6)}:30`, dow, weekend, price, home, away, rivalry, rain, temp, cap, promo, attendance, sold].join(','));
  }
  write('turnstile.csv', rows.join('\n') + '\n');
}

// outfield.csv: the head groundsman's spreadsheet, exported with semicolons and decimal commas.
{
  const next = rng(290 * 11 + 2);
  const rows: string[] = ['plot;mow_height_mm;irrigation_l_m2;sun_hours;rain_mm_week;footfall_k;thatch_mm;outfield_speed'];
  for (let i = 0; i < 300; i++) {
    const mow = clamp(normal(next, 12, 3), 6, 22);
    const irr = clamp(normal(next, 14, 6), 0, 35);
    const sun = clamp(normal(next, 6.5, 2), 1, 12);
    const rain = clamp(Math.exp(normal(next, 2.2, 0.8)), 0, 80);
    const foot = clamp(normal(next, 3, 1.2), 0.2, 8);
    const thatch = clamp(normal(next, 9, 3), 2, 20);
    const speed = clamp(7.2 - 0.22 * (mow - 12) - 0.06 * (irr - 14) + 0.15 * (sun - 6.5) - 0.025 * (rain - 10) - 0.1 * (thatch - 9) + 0.05 * Math.pow(mow - 12, 2) * 0.1 + normal(next, 0, 0.35), 1, 10);
    const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`P${String(i + 1).padStart(3, '0')}`, dc(mow, 1), dc(irr, 1), dc(sun, 1), dc(rain, 1), dc(foot, 2), dc(thatch, 1), dc(speed, 2)].join(';'));
  }
  write('outfield.csv', rows.join('\n') + '\n');
}

// covers-log.csv: rain-covers log pasted from a sheet as tab-separated text: overs lost per wet day.
{
  const next = rng(290 * 13 + 3);
  const rows: string[] = ['log_date\train_mm\train_hours\twind_kmh\tcovers_on_min\tdrainage_rating\tsuper_sopper\tovers_lost'];
  for (let i = 0; i < 260; i++) {
    const rain = clamp(Math.exp(normal(next, 1.6, 0.9)), 0.2, 60);
    const hours = clamp(rain / 3 + normal(next, 1, 0.8), 0.1, 10);
    const wind = clamp(normal(next, 18, 8), 0, 55);
    const coversMin = Math.round(clamp(normal(next, 12 + wind * 0.4, 5), 3, 40));
    const drainage = 1 + Math.floor(next() * 5);
    const sopper = next() < 0.4 ? 1 : 0;
    const lost = clamp(3 + 1.2 * rain + 4.5 * hours + 0.25 * coversMin - 3 * (drainage - 3) - 4 * sopper + normal(next, 0, 3.5), 0, 90);
    rows.push([`2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, r2(rain, 1), r2(hours, 1), r2(wind, 0), coversMin, drainage, sopper, r2(lost, 1)].join('\t'));
  }
  write('covers-log.csv', rows.join('\n') + '\n');
}
