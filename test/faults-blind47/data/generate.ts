/**
 * Writes the CSVs of test/faults-blind47 (theme: environment, weather and agriculture), seeded so
 * every run writes the same files: `npx tsx test/faults-blind47/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  console.log(`${name}: ${rows.length} rows`);
}

/** crop_yield.csv: 400 field plots; yield in t/ha from rainfall (mm), growing degree days, fertilizer and soil pH. */
function cropYield(): (string | number)[][] {
  const next = rng(4701);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const rain = clamp(Math.exp(normal(next, 6.45, 0.35)), 180, 1600);
    const gdd = clamp(normal(next, 2400, 380), 1300, 3500);
    const fert = r1(220 * next());
    const ph = clamp(normal(next, 6.5, 0.6), 4.8, 8.2);
    const water = rain < 750 ? rain / 750 : 1 - 0.0006 * (rain - 750);
    const y = 1.6 + 3.4 * water + 0.0011 * (gdd - 2400) + 2.6 * (1 - Math.exp(-fert / 70)) - 1.1 * (ph - 6.5) ** 2 + normal(next, 0, 0.35);
    rows.push([`F${1000 + i}`, r1(rain), Math.round(gdd), fert, r2(ph), r2(clamp(y, 0.3, 14))]);
  }
  return rows;
}

function main(): void {
  const crops = cropYield();
  write('crop_yield.csv', ['field_id', 'rainfall_mm', 'gdd', 'fertilizer_kg_ha', 'soil_ph', 'yield_t_ha'], crops);
  // The same plots as exported from a field logger: missing readings are "NA".
  const gapsNext = rng(4702);
  write('crop_yield_gaps.csv', ['field_id', 'rainfall_mm', 'gdd', 'fertilizer_kg_ha', 'soil_ph', 'yield_t_ha'],
    crops.map((row) => row.map((cell, c) => (c >= 1 && c <= 4 && gapsNext() < 0.04 ? 'NA' : cell))));

  // air_quality.csv: 500 station-days; PM2.5 (µg/m³, heavy-tailed) from wind, humidity, traffic and season.
  {
    const next = rng(4703);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 500; i++) {
      const doy = 1 + Math.floor(365 * next());
      const s = Math.sin((2 * Math.PI * doy) / 365), c = Math.cos((2 * Math.PI * doy) / 365);
      const wind = clamp(Math.exp(normal(next, 1.1, 0.55)), 0.2, 16);
      const hum = clamp(normal(next, 65, 15), 15, 100);
      const traffic = Math.round(clamp(normal(next, 28000, 11000), 2000, 70000));
      const temp = 11 - 9 * c + normal(next, 0, 3);
      const logPm = 2.45 + 0.000028 * traffic - 0.17 * wind + 0.009 * (hum - 65) + 0.35 * c + normal(next, 0, 0.22);
      const pm = Math.exp(logPm);
      const band = pm < 12 ? 'good' : pm < 35 ? 'moderate' : 'unhealthy';
      rows.push([doy, r4(s), r4(c), r2(wind), r1(hum), traffic, r1(temp), r1(pm), band]);
    }
    write('air_quality.csv', ['day_of_year', 'doy_sin', 'doy_cos', 'wind_ms', 'humidity_pct', 'traffic_count', 'temp_c', 'pm25', 'aqi_band'], rows);
  }

  // rain_tomorrow.csv: 600 station evenings; rain tomorrow (1, ~20%) from pressure (hPa), its 3h change, humidity, cloud, temperature.
  {
    const next = rng(4704);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 600; i++) {
      const p = normal(next, 1014, 7.5);
      const dp = normal(next, 0, 1.6);
      const hum = clamp(normal(next, 68, 14), 20, 100);
      const cloud = Math.round(clamp(normal(next, 4 + 0.05 * (hum - 68), 2.2), 0, 8));
      const temp = normal(next, 14, 6);
      const z = 1.7 * (-1.5 - 0.2 * (p - 1014) - 0.7 * dp + 0.06 * (hum - 68) + 0.35 * (cloud - 4) + normal(next, 0, 0.4));
      rows.push([r1(p), r1(dp), r1(hum), cloud, r1(temp), next() < sigmoid(z) ? 1 : 0]);
    }
    write('rain_tomorrow.csv', ['pressure_hpa', 'pressure_change_3h', 'humidity_pct', 'cloud_okta', 'temp_c', 'rain_tomorrow'], rows);
  }

  // river.csv: 450 hours at a river station; level (m) and a flood class (normal/watch/flood, flood rare) from upstream gauges, rain and soil moisture.
  {
    const next = rng(4705);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 450; i++) {
      const a = clamp(Math.exp(normal(next, 0.3, 0.4)), 0.3, 6);
      const b = clamp(Math.exp(normal(next, 0.1, 0.45)), 0.2, 6);
      const rain = next() < 0.45 ? 0 : clamp(Math.exp(normal(next, 1.8, 1.1)), 0.2, 180);
      const soil = clamp(normal(next, 0.3 + 0.002 * rain, 0.08), 0.05, 0.6);
      const level = 0.35 + 0.55 * a + 0.35 * b + 0.02 * rain * soil * 3 + normal(next, 0, 0.08);
      const cls = level > 2.8 ? 'flood' : level > 1.9 ? 'watch' : 'normal';
      rows.push([r2(a), r2(b), r1(rain), r2(soil), r2(level), cls]);
    }
    write('river.csv', ['upstream_a_m', 'upstream_b_m', 'rain_24h_mm', 'soil_moisture', 'level_m', 'flood_class'], rows);
    // Station export with missing readings flagged "M" (a common met-office convention).
    const gapNext = rng(4706);
    write('river_export.csv', ['upstream_a_m', 'upstream_b_m', 'rain_24h_mm', 'soil_moisture', 'level_m', 'flood_class'],
      rows.map((row) => row.map((cell, c) => (c <= 3 && gapNext() < 0.03 ? 'M' : cell))));
  }

  // landcover.csv: 480 pixels; 5 classes from band reflectances (0-1) and NDVI.
  {
    const next = rng(4707);
    const classes: Record<string, number[]> = {
      // blue, green, red, nir, swir
      water: [0.08, 0.07, 0.05, 0.03, 0.02],
      forest: [0.04, 0.07, 0.04, 0.38, 0.16],
      cropland: [0.06, 0.10, 0.08, 0.30, 0.22],
      urban: [0.13, 0.14, 0.16, 0.22, 0.26],
      bare: [0.12, 0.16, 0.22, 0.28, 0.36],
    };
    const names = Object.keys(classes);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 480; i++) {
      const name = names[Math.floor(next() * names.length)];
      const bright = normal(next, 1, 0.12);
      const bands = classes[name].map((m) => clamp(m * bright + normal(next, 0, 0.025), 0.001, 1));
      const ndvi = (bands[3] - bands[2]) / (bands[3] + bands[2]);
      rows.push([...bands.map(r4), r4(ndvi), name]);
    }
    write('landcover.csv', ['blue', 'green', 'red', 'nir', 'swir', 'ndvi', 'cover'], rows);
  }

  // frost.csv: 400 nights; frost (1) from night minimum temperature (Kelvin and Fahrenheit), dew point, wind and cloud.
  {
    const next = rng(4708);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 400; i++) {
      const tk = normal(next, 277, 4.5);
      const dew = tk - Math.abs(normal(next, 3, 2));
      const wind = clamp(Math.exp(normal(next, 0.8, 0.6)), 0.1, 12);
      const cloud = Math.round(clamp(8 * next(), 0, 8));
      const grass = tk - 273.15 - 2.2 + 0.35 * wind + 0.35 * cloud - 0.15 * (tk - dew) + normal(next, 0, 0.7);
      const tf = (tk - 273.15) * 1.8 + 32;
      rows.push([r2(tk), r1(tf), r2(dew), r2(wind), cloud, grass < 0 ? 1 : 0]);
    }
    write('frost.csv', ['tmin_k', 'tmin_f', 'dewpoint_k', 'wind_ms', 'cloud_okta', 'frost'], rows);
  }

  // species.csv: 350 survey sites; presence (1) of an alpine plant from elevation (m), temperature, precipitation and slope.
  {
    const next = rng(4709);
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 350; i++) {
      const elev = 100 + 3100 * next();
      const temp = 24 - 0.0065 * elev + normal(next, 0, 1.2);
      const precip = clamp(normal(next, 700 + 0.25 * elev, 150), 200, 2500);
      const slope = clamp(30 * next() + normal(next, 0, 3), 0, 45);
      const z = 2.2 - ((elev - 1900) / 420) ** 2 + 0.002 * (precip - 1100) - 0.03 * (slope - 20) + normal(next, 0, 0.5);
      rows.push([Math.round(elev), r1(temp), Math.round(precip), r1(slope), next() < sigmoid(3 * z) ? 1 : 0]);
    }
    write('species.csv', ['elevation_m', 'mean_temp_c', 'annual_precip_mm', 'slope_deg', 'present'], rows);
  }

  // stations_sample.csv: a pilot export of only four stations' readings.
  write('stations_sample.csv', ['pressure_hpa', 'humidity_pct', 'cloud_okta', 'rain_tomorrow'], [
    [1009.4, 81, 7, 1],
    [1021.2, 55, 2, 0],
    [1015.8, 62, 4, 0],
    [1003.1, 90, 8, 1],
  ]);
}

main();
