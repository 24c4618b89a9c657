/**
 * Writes this set's CSVs (seeded, so every run gives the same files):
 * `npx tsx test/faults-blind63/data/generate.ts`. Astronomy, space and geoscience tables made from
 * simple generative rules a small dense network can learn.
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

const r2 = (x: number, d = 3) => Number(x.toFixed(d));

/** Star catalogue: spectral class from temperature, luminosity (heavy-tailed) from the main sequence plus giants. */
function stars(): (string | number)[][] {
  const next = rng(6301);
  const classes: [string, number, number, number][] = [
    ['A', 7500, 10000, 0.14],
    ['F', 6000, 7500, 0.2],
    ['G', 5200, 6000, 0.24],
    ['K', 3900, 5200, 0.24],
    ['M', 2500, 3900, 0.18],
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    let u = next(), k = 0;
    while (k < classes.length - 1 && u > classes[k][3]) u -= classes[k++][3];
    const [cls, lo, hi] = classes[k];
    const teff = lo + (hi - lo) * next();
    const bv = 7090 / teff - 0.72 + normal(next, 0, 0.03);
    const giant = next() < 0.08;
    const logL = 5.5 * Math.log10(teff / 5778) + normal(next, 0, 0.25) + (giant ? 2.2 : 0);
    const absMag = 4.83 - 2.5 * logL;
    const distPc = 10 ** (1 + 1.6 * next());
    const parallax = 1000 / distPc + normal(next, 0, 0.05);
    const appMag = absMag + 5 * Math.log10(distPc) - 5 + normal(next, 0, 0.02);
    rows.push([
      120000 + i * 37 + Math.floor(next() * 30),
      r2(2457000 + 1500 * next(), 4),
      2,
      r2(appMag),
      r2(bv),
      r2(parallax, 3),
      Math.round(teff + normal(next, 0, 60)),
      r2(10 ** logL, 4),
      r2(logL),
      cls,
    ]);
  }
  return rows;
}

/** Galaxy photometry: five band magnitudes, class from the colours. */
function galaxies(): (string | number)[][] {
  const next = rng(6302);
  const kinds: [string, number, number[][]][] = [
    ['STAR', 0.4, [[1.3, 0.3], [0.6, 0.2], [0.2, 0.08], [0.1, 0.06]]],
    ['GALAXY', 0.45, [[1.8, 0.25], [0.95, 0.12], [0.42, 0.07], [0.32, 0.07]]],
    ['QSO', 0.15, [[0.25, 0.15], [0.2, 0.12], [0.15, 0.08], [0.05, 0.08]]],
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const u0 = next();
    const k = u0 < 0.4 ? 0 : u0 < 0.85 ? 1 : 2;
    const [name, , c] = kinds[k];
    const r = 15 + 6 * next();
    const ug = normal(next, c[0][0], c[0][1]), gr = normal(next, c[1][0], c[1][1]);
    const ri = normal(next, c[2][0], c[2][1]), iz = normal(next, c[3][0], c[3][1]);
    const g = r + gr, u = g + ug, iMag = r - ri, z = iMag - iz;
    rows.push([587722000 + i * 13, r2(u), r2(g), r2(r), r2(iMag), r2(z), 301, name]);
  }
  return rows;
}

/** Exoplanet transits: a real planet (rare) has a moderate depth, a duration that fits its period, and a good SNR. */
function transits(): (string | number)[][] {
  const next = rng(6303);
  const rows: (string | number)[][] = [];
  let planets = 0;
  for (let i = 0; i < 640; i++) {
    const logP = -0.3 + 2.8 * next();
    const period = 10 ** logP;
    const expectedDur = 13 * (period / 365) ** (1 / 3);
    const logDepth = 1.8 + 2.6 * next();
    const durRatio = Math.exp(normal(next, 0, 0.5));
    const duration = expectedDur * durRatio;
    const snr = (10 ** logDepth / 60) * Math.sqrt(duration) * Math.exp(normal(next, 0, 0.3));
    const score = 5 - 4.5 * Math.abs(logDepth - 3.0) - 6 * Math.abs(Math.log(durRatio)) + (snr > 12 ? 0 : -4);
    const planet = next() < sigmoid(3 * (score - 3.6)) ? 1 : 0;
    planets += planet;
    rows.push([
      10000000 + Math.floor(next() * 9000000),
      r2(period, 4),
      Math.round(10 ** logDepth),
      r2(duration, 2),
      r2(snr, 1),
      planet,
    ]);
  }
  console.log(`transits: ${planets} planets`);
  return rows;
}

/** Earthquakes: magnitude drives the station count; a tsunami alert for shallow strong quakes. */
function quakes(): (string | number)[][] {
  const next = rng(6304);
  const rows: (string | number)[][] = [];
  let alerts = 0;
  for (let i = 0; i < 520; i++) {
    const mag = clamp(4 + -Math.log(Math.max(next(), 1e-9)) * 0.6, 4, 8.3);
    const depth = clamp(-Math.log(Math.max(next(), 1e-9)) * 60 + 2, 2, 680);
    const lat = -60 + 120 * next(), lon = -180 + 360 * next();
    const stations = Math.max(4, Math.round(Math.exp(0.85 * (mag - 4) + 2.4 + normal(next, 0, 0.18)) - depth / 80));
    const tsunami = next() < sigmoid(4 * (mag - 5.6) - depth / 25 + 0.5) ? 1 : 0;
    alerts += tsunami;
    rows.push([
      7000000 + i * 11,
      r2(2455000 + 4000 * next(), 4),
      r2(lat, 3),
      r2(lon, 3),
      r2(depth, 1),
      stations,
      r2(mag, 2),
      tsunami,
    ]);
  }
  console.log(`quakes: ${alerts} tsunami alerts`);
  return rows;
}

/** Satellite telemetry: an anomaly is a sagging battery, a hot battery, or a dead panel in sunlight. */
function telemetry(): (string | number)[][] {
  const next = rng(6305);
  const rows: (string | number)[][] = [];
  let anomalies = 0;
  for (let i = 0; i < 560; i++) {
    const sunlit = next() < 0.62;
    let battV = normal(next, 28.2, 0.35);
    let panelA = sunlit ? normal(next, 6.1, 0.4) : Math.abs(normal(next, 0.05, 0.03));
    let tBatt = normal(next, 16, 2.5);
    const tPanel = sunlit ? normal(next, 58, 7) : normal(next, -28, 7);
    let anomaly = 0;
    if (next() < 0.07) {
      anomaly = 1;
      const kind = Math.floor(next() * 3);
      if (kind === 0) battV = normal(next, 26.0, 0.4);
      else if (kind === 1) tBatt = normal(next, 31, 2.5);
      else if (sunlit) panelA = Math.abs(normal(next, 1.2, 0.4));
      else battV = normal(next, 26.2, 0.4);
    }
    anomalies += anomaly;
    rows.push([48000 + i, r2(2459200 + i * 0.0667, 4), r2(battV), r2(panelA), r2(tBatt, 2), r2(tPanel, 2), anomaly]);
  }
  console.log(`telemetry: ${anomalies} anomalies`);
  return rows;
}

/** Well logs: four rock types from gamma ray, resistivity (log-normal), bulk density and neutron porosity. */
function wellLogs(): (string | number)[][] {
  const next = rng(6306);
  const rocks: [string, number[]][] = [
    ['sandstone', [45, 12, 1.3, 0.35, 2.35, 0.06, 0.18, 0.04]],
    ['shale', [112, 15, 0.5, 0.25, 2.5, 0.06, 0.32, 0.04]],
    ['limestone', [25, 8, 2.0, 0.35, 2.62, 0.05, 0.1, 0.035]],
    ['dolomite', [30, 8, 2.3, 0.35, 2.82, 0.05, 0.07, 0.03]],
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const k = Math.floor(next() * 4);
    const [name, p] = rocks[k];
    rows.push([
      1 + (i % 4),
      r2(800 + 2400 * next(), 1),
      r2(normal(next, p[0], p[1]), 1),
      r2(10 ** normal(next, p[2], p[3]), 2),
      r2(normal(next, p[4], p[5])),
      r2(clamp(normal(next, p[6], p[7]), 0.01, 0.5)),
      name,
    ]);
  }
  return rows;
}

/** Magnetic survey over a kimberlite pipe: ore inside a ring around the pipe centre (not linearly separable). */
function kimberlite(): (string | number)[][] {
  const next = rng(6307);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const e = 512000 + 2000 * next(), n = 7204000 + 2000 * next();
    const d = Math.hypot(e - 513000, n - 7205000);
    const ore = d < 520 + normal(next, 0, 40) ? 1 : 0;
    const mag = 52000 + (ore ? 180 : 0) * Math.exp(-d / 600) + normal(next, 0, 40);
    rows.push([r2(e, 1), r2(n, 1), r2(mag, 1), ore]);
  }
  return rows;
}

const starRows = stars();
const starHeader = ['star_id', 'jd_obs', 'survey', 'app_mag', 'bv', 'parallax_mas', 'teff_k', 'lum_sun', 'log_lum', 'spectral_class'];
write('stars.csv', starHeader, starRows);
// The same catalogue as exported with gaps: a missing parallax is an empty cell or "NA".
write('stars-gaps.csv', starHeader, starRows.map((r, i) => (i % 23 === 5 ? r.map((c, j) => (j === 5 ? (i % 2 ? 'NA' : '') : c)) : r)));
write('galaxies.csv', ['objid', 'u', 'g', 'r', 'i', 'z', 'run', 'class'], galaxies());
const transitRows = transits();
write('transits.csv', ['kepid', 'period_days', 'depth_ppm', 'duration_h', 'snr', 'planet'], transitRows);
const quakeRows = quakes();
const quakeHeader = ['event_id', 'jd', 'latitude', 'longitude', 'depth_km', 'stations', 'mag', 'tsunami'];
write('quakes.csv', quakeHeader, quakeRows);
// A raw feed where unreviewed events carry "?" for depth.
write('quakes-feed.csv', quakeHeader, quakeRows.map((r, i) => (i % 17 === 3 ? r.map((c, j) => (j === 4 ? '?' : c)) : r)));
write('telemetry.csv', ['orbit_no', 'jd', 'batt_v', 'panel_a', 'temp_batt_c', 'temp_panel_c', 'anomaly'], telemetry());
write('welllogs.csv', ['well', 'depth_m', 'gr_api', 'res_ohmm', 'rhob_gcc', 'nphi', 'rock'], wellLogs());
write('kimberlite.csv', ['easting_m', 'northing_m', 'mag_nt', 'ore'], kimberlite());
// The first night of a transit survey: only two candidates so far.
write('transits-night1.csv', ['kepid', 'period_days', 'depth_ppm', 'duration_h', 'snr', 'planet'], transitRows.slice(0, 2));
