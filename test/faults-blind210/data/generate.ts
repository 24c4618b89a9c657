/**
 * Blind set 210 data: observatories and amateur astronomy clubs. Seeded from 210; run once with
 * `npx tsx data/generate.ts` from the set's folder; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const f = (x: number, d = 2) => x.toFixed(d);

// 1. nights.csv: club dark-site observing log; "verdict" good/poor; limiting magnitude as regression.
{
  const r = rng(210);
  const rows = ['night_id,date,sqm_mag,seeing_arcsec,humidity_pct,cloud_pct,moon_illum,temp_c,dewpoint_c,wind_kmh,visitors,limiting_mag,verdict'];
  const gaps = [rows[0]];
  for (let i = 0; i < 480; i++) {
    const d = new Date(Date.UTC(2021, 0, 1) + i * 86400000 * 2.1);
    const moon = clamp(Math.abs(Math.sin(i * 0.213 * 2.1)) + normal(r, 0, 0.03), 0, 1);
    const cloud = clamp(Math.exp(normal(r, 2.6, 1.1)), 0, 100);
    const sqm = 21.7 - 1.6 * moon - 0.012 * cloud + normal(r, 0, 0.15);
    const seeing = Math.exp(normal(r, 0.8, 0.35));
    const temp = normal(r, 9, 7);
    const hum = clamp(normal(r, 68, 15), 15, 100);
    const dew = temp - (100 - hum) / 5 + normal(r, 0, 0.4);
    const wind = Math.exp(normal(r, 2.2, 0.6));
    const visitors = Math.floor(r() * 40);
    const lim = 6.4 + 0.9 * (sqm - 20.5) - 0.25 * (seeing - 2) - 0.01 * cloud + normal(r, 0, 0.12);
    const z = 2.2 * (sqm - 20.6) - 0.06 * cloud - 0.9 * (seeing - 2.2) - 0.04 * (hum - 70) - 0.05 * (wind - 10);
    const good = r() < sigmoid(3 * z) ? 'good' : 'poor';
    const row = [`N${String(i + 1).padStart(4, '0')}`, d.toISOString().slice(0, 10), f(sqm), f(seeing), f(hum, 0), f(cloud, 0), f(moon), f(temp, 1), f(dew, 1), f(wind, 1), String(visitors), f(lim), good];
    rows.push(row.join(','));
    const g = row.slice();
    if (r() < 0.06) g[3] = 'NA';
    if (r() < 0.05) g[4] = '';
    if (r() < 0.03) g[2] = 'n/a';
    gaps.push(g.join(','));
  }
  write('nights.csv', rows.join('\n') + '\n');
  write('nights-gaps.csv', gaps.join('\n') + '\n');
}

// 2. scopes.csv: equipment log of the club's loan telescopes; 3 image-quality classes, "excellent" rare.
{
  const r = rng(2100);
  const rows = ['scope_id,aperture_mm,focal_mm,focal_ratio,mount_age_yr,collimation_err_arcmin,cooldown_min,eyepiece_mm,quality'];
  for (let i = 0; i < 420; i++) {
    const ap = [70, 80, 102, 130, 150, 200, 254, 305][Math.floor(r() * 8)] * (1 + normal(r, 0, 0.01));
    const fr = clamp(normal(r, 7, 2.5), 3.5, 15);
    const fl = ap * fr;
    const age = Math.exp(normal(r, 1.6, 0.7));
    const coll = Math.abs(normal(r, 0, 2.5));
    const cool = clamp(normal(r, 30, 15), 0, 90);
    const ep = [6, 9, 12, 18, 25, 32][Math.floor(r() * 6)];
    const s = 0.01 * ap - 0.55 * coll + 0.03 * cool - 0.12 * age + normal(r, 0, 0.5);
    const q = s > 2.4 ? 'excellent' : s > 0.6 ? 'fair' : 'poor';
    rows.push([`T-${100 + i}`, f(ap, 0), f(fl, 0), f(fr, 1), f(age, 1), f(coll, 2), f(cool, 0), String(ep), q].join(','));
  }
  write('scopes.csv', rows.join('\n') + '\n');
}

// 3. dome_energy.csv: observatory monthly electricity in raw kWh (large target), features on raw scales.
{
  const r = rng(21000);
  const rows = ['month,open_hours,heater_hours,outside_temp_c,dome_rotations,camera_cooling_hours,kwh'];
  for (let i = 0; i < 360; i++) {
    const open = clamp(normal(r, 140, 50), 10, 300);
    const temp = normal(r, 8, 9);
    const heater = clamp(normal(r, 200 - 8 * temp, 40), 0, 500);
    const rot = Math.floor(clamp(normal(r, open * 6, 120), 0, 3000));
    const cam = clamp(open * 0.8 + normal(r, 0, 15), 0, 300);
    const kwh = 450 + 3.2 * open + 4.1 * heater + 0.35 * rot + 1.5 * cam + normal(r, 0, 80);
    rows.push([`2019-${String(i % 12 + 1).padStart(2, '0')}-s${Math.floor(i / 12)}`, f(open, 1), f(heater, 1), f(temp, 1), String(rot), f(cam, 1), f(kwh, 0)].join(','));
  }
  write('dome_energy.csv', rows.join('\n') + '\n');
}

// 4. meteors-eu.csv: a European club's meteor-watch export, semicolons and decimal commas.
{
  const r = rng(210210);
  const rows = ['sessie;radiant_alt_deg;lm_limiet;bewolking;duur_h;waarnemers;telling_per_uur'];
  for (let i = 0; i < 300; i++) {
    const alt = clamp(normal(r, 40, 18), 5, 88);
    const lm = clamp(normal(r, 5.8, 0.5), 4, 7);
    const cl = clamp(r() * 0.6, 0, 1);
    const dur = clamp(normal(r, 2, 0.8), 0.5, 5);
    const obs = 1 + Math.floor(r() * 6);
    const rate = 60 * Math.sin((alt * Math.PI) / 180) * Math.pow(2.4, lm - 6.5) * (1 - cl) + normal(r, 0, 2.5);
    const c = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`S${i + 1}`, c(alt, 1), c(lm, 2), c(cl, 2), c(dur, 1), String(obs), c(Math.max(0, rate), 1)].join(';'));
  }
  write('meteors-eu.csv', rows.join('\n') + '\n');
}

// 5. members.tsv.csv: club membership sheet pasted from a spreadsheet (tabs); renews yes/no (rare-ish no).
{
  const r = rng(2102);
  const rows = ['member\tyears_member\tevents_attended\tnights_hosted\tdistance_km\tfee_eur\trenews'];
  for (let i = 0; i < 400; i++) {
    const yrs = Math.exp(normal(r, 1.3, 0.8));
    const ev = Math.floor(clamp(normal(r, 8, 5), 0, 30));
    const host = Math.floor(clamp(normal(r, 1, 1.5), 0, 10));
    const dist = Math.exp(normal(r, 2.7, 0.8));
    const fee = [35, 35, 50, 20][Math.floor(r() * 4)];
    const z = 1.4 + 0.25 * ev + 0.6 * host + 0.2 * yrs - 0.03 * dist - 0.02 * (fee - 35) - 2.2 + normal(r, 0, 0.6);
    rows.push([`M${1000 + i}`, f(yrs, 1), String(ev), String(host), f(dist, 1), String(fee), z > 0 ? '1' : '0'].join('\t'));
  }
  write('members-tabs.csv', rows.join('\n') + '\n');
}
