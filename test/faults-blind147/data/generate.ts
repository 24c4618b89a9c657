/**
 * Writes the CSVs of blind fault set 147 (breweries and brewpubs), seeded so every run gives the
 * same files: `npx tsx test/faults-blind147/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** gravity.csv: brew log -> final gravity and ABV; mash temperature in both C and F; a copy with "NA" mash cells. */
function gravity(): void {
  const next = rng(14701);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 960; i++) {
    t += 20000 + Math.floor(next() * 90000);
    const tank = 1 + Math.floor(next() * 8);
    const og = r3(clamp(normal(next, 1.058, 0.012), 1.032, 1.1));
    const mashC = r1(clamp(normal(next, 66, 1.8), 61, 71));
    const mashF = r1(mashC * 9 / 5 + 32);
    const hops = Math.round(clamp(Math.exp(normal(next, 6.2, 0.6)), 80, 4000));
    const days = Math.round(clamp(normal(next, 12, 3), 5, 28));
    const pitch = Math.round(clamp(normal(next, 450, 90), 150, 800));
    // attenuation falls with mash temperature and rises with time and pitch
    const att = clamp(0.76 - 0.018 * (mashC - 66) + 0.004 * (days - 12) + 0.0002 * (pitch - 450) + normal(next, 0, 0.012), 0.55, 0.9);
    const fg = r3(1 + (og - 1) * (1 - att));
    const abv = r2((og - fg) * 131.25);
    out.push(abv);
    const row: (string | number)[] = [`B-${23000 + i}`, stamp(t), `FV-${String(tank).padStart(2, '0')}`, og, mashC, mashF, hops, days, pitch, fg, abv];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'brew_ts', 'tank_id', 'og', 'mash_c', 'mash_f', 'hops_g', 'ferment_days', 'yeast_pitch_g', 'fg', 'abv'];
  write('gravity.csv', header, rows);
  write('gravity-na.csv', header, na);
  console.log('abv', stats(out));
}

/** style.csv: recipe -> style (ipa/stout/lager/pilsner/rare sour); the tap number has no effect. */
function style(): void {
  const next = rng(14702);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const s = u < 0.34 ? 'ipa' : u < 0.52 ? 'stout' : u < 0.74 ? 'lager' : u < 0.955 ? 'pilsner' : 'sour';
    counts[s] = (counts[s] ?? 0) + 1;
    const m = { ipa: [70, 9, 19, 1.062, 5.2], stout: [40, 70, 19, 1.066, 5.0], lager: [22, 6, 10, 1.05, 5.1], pilsner: [38, 4, 10, 1.047, 5.3], sour: [8, 7, 25, 1.045, 3.4] }[s]!;
    const ibu = Math.round(clamp(normal(next, m[0], 8), 3, 120));
    const srm = r1(clamp(normal(next, m[1], s === 'stout' ? 12 : 2), 2, 100));
    const fermC = r1(clamp(normal(next, m[2], 1.5), 6, 30));
    const og = r3(clamp(normal(next, m[3], 0.006), 1.03, 1.1));
    const ph = r2(clamp(normal(next, m[4], 0.15), 3, 6));
    const tap = 1 + Math.floor(next() * 16);
    rows.push([`R-${4100 + i}`, ibu, srm, fermC, og, ph, tap, s]);
  }
  write('style.csv', ['recipe_id', 'ibu', 'srm', 'ferment_c', 'og', 'ph', 'tap_number', 'style'], rows);
  console.log('styles', counts);
}

/** infection.csv: tank checks -> rare infected-batch flag; the brewer's badge number has no effect. */
function infection(): void {
  const next = rng(14703);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const hoursSinceCip = r1(clamp(Math.exp(normal(next, 3.2, 0.7)), 2, 600));
    const fermC = r1(clamp(normal(next, 19, 2.5), 8, 30));
    const ph = r2(clamp(normal(next, 4.4, 0.2), 3.6, 5.2));
    const dryHop = Math.round(clamp(Math.exp(normal(next, 5, 1)), 0, 3000));
    const daysInTank = Math.round(clamp(normal(next, 14, 6), 3, 60));
    const gasket = Math.round(clamp(normal(next, 400, 250), 0, 1500));
    const badge = 1000 + Math.floor(next() * 9000);
    const z = -3.4 + 0.9 * (Math.log(hoursSinceCip) - 3.2) + 0.25 * (fermC - 19) + 2.5 * (ph - 4.4) + 0.05 * (daysInTank - 14) + 0.002 * (gasket - 400);
    const inf = next() < sigmoid(z) ? 1 : 0;
    pos += inf;
    rows.push([`FV-${String(1 + (i % 8)).padStart(2, '0')}`, 1704100000 + i * 7200, hoursSinceCip, fermC, ph, dryHop, daysInTank, gasket, badge, inf]);
  }
  write('infection.csv', ['tank_id', 'check_epoch', 'hours_since_cip', 'ferment_c', 'ph', 'dry_hop_g', 'days_in_tank', 'gasket_uses', 'brewer_badge', 'infected'], rows);
  console.log('infected', pos, '/ 1100');
}

/** sales.csv: semicolon export with decimal commas -> skewed weekly litres sold per beer at a brewpub. */
function sales(): void {
  const next = rng(14704);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 880; i++) {
    const price = r2(clamp(normal(next, 6.5, 1.2), 3.5, 12));
    const abv = r1(clamp(normal(next, 5.6, 1.3), 3, 11));
    const tempC = r1(clamp(normal(next, 16, 8), -5, 35));
    const festival = next() < 0.08 ? 1 : 0;
    const taps = 1 + Math.floor(next() * 4);
    const weeksOnTap = 1 + Math.floor(next() * 20);
    const litres = Math.round(clamp(Math.exp(4.6 - 0.18 * (price - 6.5) - 0.08 * (abv - 5.6) + 0.03 * (tempC - 16) + 0.9 * festival + 0.3 * Math.log(taps) - 0.02 * weeksOnTap + normal(next, 0, 0.12)), 5, 20000));
    out.push(litres);
    rows.push([`W${String(1 + (i % 52)).padStart(2, '0')}-${i}`, dc(price), dc(abv), dc(tempC), festival, taps, weeksOnTap, litres]);
  }
  write('sales.csv', ['week_beer', 'price_eur', 'abv', 'outside_c', 'festival', 'taps', 'weeks_on_tap', 'litres_sold'], rows, ';');
  console.log('litres', stats(out));
}

/** ferment.csv: tab-separated -> days (and hours) to terminal gravity. */
function ferment(): void {
  const next = rng(14705);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const og = r3(clamp(normal(next, 1.058, 0.012), 1.032, 1.1));
    const fermC = r1(clamp(normal(next, 17, 4), 8, 26));
    const pitch = Math.round(clamp(normal(next, 450, 100), 150, 800));
    const oxygen = r1(clamp(normal(next, 9, 2), 3, 15));
    const lager = fermC < 14 ? 1 : 0;
    const days = r2(clamp(4 + 250 * (og - 1) - 0.35 * (fermC - 17) - 0.006 * (pitch - 450) - 0.2 * (oxygen - 9) + 3 * lager + normal(next, 0, 0.5), 2, 40));
    out.push(days);
    rows.push([`B-${23000 + i}`, og, fermC, pitch, oxygen, lager, days, r1(days * 24)]);
  }
  write('ferment.csv', ['batch_id', 'og', 'ferment_c', 'pitch_g', 'oxygen_ppm', 'lager_yeast', 'days_to_fg', 'hours_to_fg'], rows, '\t');
  console.log('days', stats(out));
}

gravity();
style();
infection();
sales();
ferment();
