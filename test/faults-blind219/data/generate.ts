/**
 * Blind set 219 data: a glassblowing studio's records. Seeded from 219, run once:
 * `npx tsx test/faults-blind219/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// pieces.csv: 480 annealed pieces. Crack after annealing (0/1, ~15%), polariscope stress in nm/cm.
{
  const next = rng(219001);
  const kilns = ['Kiln A', 'Kiln B', 'Big Bertha'];
  const rows: string[] = ['piece_id,kiln,wall_mm,weight_g,soak_min,cool_c_per_h,load_pct,gaffer_years,moon_day,cracked,stress_nm_cm'];
  const gaps: string[] = [rows[0]];
  const withText: string[] = [rows[0]];
  for (let i = 0; i < 480; i++) {
    const wall = clamp(Math.exp(normal(next, Math.log(5.5), 0.45)), 1.5, 18);
    const weight = Math.exp(normal(next, Math.log(160 * wall), 0.3));
    const soak = 30 + 210 * next();
    const cool = 15 + 105 * next();
    const load = 30 + 70 * next();
    const gaffer = Math.round(1 + 29 * next());
    const moon = Math.floor(30 * next());
    const z = 1.3 * (wall - 6) / 3 + 1.4 * (cool - 65) / 30 - 1.0 * (soak - 135) / 60 - 0.35 * (gaffer - 15) / 9 + 0.3 * (load - 65) / 20 - 2.1;
    const cracked = next() < sigmoid(z) ? 1 : 0;
    const stress = Math.max(2, 6 + 0.9 * wall * cool / 12 - 0.06 * soak + 0.08 * load + normal(next, 0, 3));
    const k = kilns[Math.floor(next() * 3)];
    const id = `GP-${2021 + (i % 3)}-${String(1000 + i)}`;
    const cells = [id, k, r2(wall), Math.round(weight), Math.round(soak), r2(cool, 1), Math.round(load), gaffer, moon, cracked, r2(stress, 1)];
    rows.push(cells.join(','));
    const g = cells.slice();
    if (next() < 0.06) g[2] = 'NA';
    if (next() < 0.04) g[4] = '';
    gaps.push(g.join(','));
    const t = cells.slice();
    if (i % 37 === 5) t[2] = `~${r2(wall, 0)}`;
    withText.push(t.join(','));
  }
  write('pieces.csv', rows);
  write('pieces-gaps.csv', gaps);
  write('pieces-handwritten.csv', withText);
}

// furnace-log.csv: 360 daily furnace readings, timestamp text, melt energy in kWh (raw thousands).
{
  const next = rng(219002);
  const rows = ['timestamp,crucible_c,ambient_c,gas_m3,cullet_pct,batch_kg,door_open_min,seeds_per_100g,melt_kwh'];
  for (let i = 0; i < 360; i++) {
    const day = new Date(Date.UTC(2023, 0, 1 + i, 6, 0));
    const crucible = 1080 + 110 * next();
    const ambient = 12 + 10 * Math.sin((2 * Math.PI * i) / 365) + normal(next, 0, 2);
    const gas = 0.42 * (crucible - 1000) + normal(next, 0, 4);
    const cullet = 60 * next();
    const batch = Math.exp(normal(next, Math.log(110), 0.4));
    const door = Math.exp(normal(next, Math.log(25), 0.6));
    const seeds = Math.max(0, 14 - 0.09 * (crucible - 1080) + 0.05 * cullet + 0.04 * door + normal(next, 0, 1.2));
    const kwh = 900 + 11 * (crucible - 1080) + 9 * batch - 6 * cullet - 18 * ambient + 7 * door + normal(next, 0, 90);
    rows.push([day.toISOString().slice(0, 16), r2(crucible, 1), r2(ambient, 1), r2(gas, 1), r2(cullet, 1), r2(batch, 1), r2(door, 1), r2(seeds, 1), Math.round(kwh)].join(','));
  }
  write('furnace-log.csv', rows);
}

// colour-lots.csv: 420 colour batches, oxide recipe -> colour class (string), gold ruby rare.
{
  const next = rng(219003);
  const classes = [
    { name: 'cobalt_blue', p: 0.22, co: 250, cu: 0.2, fe: 0.1, mn: 0.2, se: 5, au: 0 },
    { name: 'copper_teal', p: 0.2, co: 10, cu: 2.2, fe: 0.15, mn: 0.3, se: 5, au: 0 },
    { name: 'amber', p: 0.2, co: 5, cu: 0.1, fe: 0.9, mn: 0.3, se: 10, au: 0 },
    { name: 'amethyst', p: 0.16, co: 15, cu: 0.1, fe: 0.1, mn: 3.0, se: 5, au: 0 },
    { name: 'clear', p: 0.16, co: 2, cu: 0.05, fe: 0.05, mn: 0.4, se: 40, au: 0 },
    { name: 'gold_ruby', p: 0.06, co: 5, cu: 0.1, fe: 0.08, mn: 0.2, se: 10, au: 45 },
  ];
  const rows = ['lot,cobalt_ppm,copper_pct,iron_pct,manganese_pct,selenium_ppm,gold_ppm,strike_c,colour'];
  for (let i = 0; i < 420; i++) {
    let u = next(), c = 0;
    while (c < classes.length - 1 && u > classes[c].p) { u -= classes[c].p; c++; }
    const k = classes[c];
    const j = (m: number, rel: number, floor: number) => Math.max(0, m * Math.exp(normal(next, 0, rel)) + floor * next());
    let label = k.name;
    if (next() < 0.05) label = classes[Math.floor(next() * 5)].name;
    rows.push([`L${String(7000 + i)}`, r2(j(k.co, 0.5, 40), 0), r2(j(k.cu, 0.5, 0.6), 2), r2(j(k.fe, 0.4, 0.25), 2), r2(j(k.mn, 0.4, 0.8), 2), r2(j(k.se, 0.5, 15), 0), r2(j(k.au, 0.4, 6), 1), r2(520 + 120 * next(), 0), label].join(','));
  }
  write('colour-lots.csv', rows);
}

// commission-quotes.csv: tab-separated export of 300 commission quotes, price in EUR.
{
  const next = rng(219004);
  const rows = ['quote_no\tbench_hours\tpieces\tcolours\theight_cm\tassistants\trush\tprice_eur'];
  for (let i = 0; i < 300; i++) {
    const hours = Math.exp(normal(next, Math.log(10), 0.6));
    const pieces = 1 + Math.floor(next() * 24);
    const colours = 1 + Math.floor(next() * 5);
    const height = 10 + 70 * next();
    const assistants = Math.floor(next() * 3);
    const rush = next() < 0.2 ? 1 : 0;
    const price = 150 + 95 * hours + 40 * pieces + 60 * colours + 6 * height + 180 * assistants + 0.35 * rush * (95 * hours) + normal(next, 0, 120);
    rows.push([`Q-${2300 + i}`, r2(hours, 1), pieces, colours, r2(height, 1), assistants, rush, Math.round(price)].join('\t'));
  }
  write('commission-quotes.csv', rows);
}

// murano-annealing.csv: a partner studio's semicolon export with decimal commas (crack 0/1).
{
  const next = rng(219005);
  const rows = ['spessore_mm;soak_min;raffreddamento_c_h;carico_pct;crepato'];
  for (let i = 0; i < 260; i++) {
    const wall = clamp(Math.exp(normal(next, Math.log(6), 0.4)), 2, 16);
    const soak = 40 + 200 * next();
    const cool = 20 + 90 * next();
    const load = 35 + 60 * next();
    const z = 1.4 * (wall - 6) / 3 + 1.5 * (cool - 65) / 25 - 1.1 * (soak - 140) / 60 + 0.3 * (load - 65) / 20 - 1.2;
    const cr = next() < sigmoid(z) ? 1 : 0;
    rows.push([r2(wall), Math.round(soak), r2(cool, 1), Math.round(load), cr].map((v) => String(v).replace('.', ',')).join(';'));
  }
  write('murano-annealing.csv', rows);
}
