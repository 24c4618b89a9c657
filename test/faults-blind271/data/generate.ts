/**
 * Writes this set's CSVs (stamp dealers and philatelic auction houses), seeded from 271:
 * `npx tsx test/faults-blind271/data/generate.ts`. Run once; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// lots.csv: auction lots of one house over three years. catalogue value (GBP, log-normal, heavy tail),
// estimate_low collinear with it, condition grade 1-10, centering %, perforation gauge, year of issue,
// never-hinged flag, expert certificate, registered bidders, lot position in the sale (no effect),
// lot_id and sale_date text columns; targets hammer_gbp (raw pounds) and sold (0/1 above reserve).
{
  const r = rng(271);
  const rows: string[] = ['lot_id,sale_date,catalogue_gbp,estimate_low_gbp,condition_grade,centering_pct,perf_gauge,year_issued,never_hinged,certificate,bidders,lot_position,hammer_gbp,sold'];
  for (let i = 0; i < 480; i++) {
    const cat = Math.exp(normal(r, 5.2, 1.3));
    const est = Math.round(cat * clamp(normal(r, 0.3, 0.04), 0.15, 0.5) / 5) * 5;
    const grade = Math.round(clamp(normal(r, 6, 1.8), 1, 10));
    const cent = Math.round(clamp(normal(r, 60, 18), 5, 100));
    const perf = [11, 11.5, 12, 12.5, 13, 13.5, 14, 14.5][Math.floor(r() * 8)];
    const year = Math.round(clamp(1840 + r() * 140, 1840, 1980));
    const nh = r() < (year > 1935 ? 0.6 : 0.15) ? 1 : 0;
    const cert = r() < clamp(cat / 2000, 0.05, 0.8) ? 1 : 0;
    const bidders = Math.round(clamp(normal(r, 8 + Math.log(cat), 4), 0, 40));
    const pos = Math.floor(r() * 900) + 1;
    const mult = Math.exp(0.12 * (grade - 6) + 0.006 * (cent - 60) + 0.35 * nh + 0.25 * cert + 0.02 * (bidders - 13) - 0.002 * (year - 1910) + normal(r, 0, 0.18));
    const hammer = Math.round(cat * 0.35 * mult);
    const score = 1.4 * (Math.log(mult)) + 0.08 * (bidders - 13) + 0.3 * cert + normal(r, 0, 0.6);
    const sold = score > -0.2 ? 1 : 0;
    const month = 1 + Math.floor(r() * 12), yr = 2021 + Math.floor(r() * 3);
    rows.push([`L${yr}-${String(i + 1).padStart(4, '0')}`, `${yr}-${String(month).padStart(2, '0')}-1${Math.floor(r() * 9)}`, cat.toFixed(2), est, grade, cent, perf, year, nh, cert, bidders, pos, hammer, sold].join(','));
  }
  write('lots.csv', rows.join('\n') + '\n');
  // lots-eu.csv: the same lots from the Continental branch's spreadsheet: semicolons, decimal commas.
  const eu = rows.map((line, k) => (k === 0 ? line.replace(/,/g, ';') : line.split(',').map((c) => c.replace('.', ',')).join(';')));
  write('lots-eu.csv', eu.join('\n') + '\n');
  // lots-gaps.csv: the same lots as the back office keeps them, with unknown centering and gauge as NA or blank.
  const g = rng(271 * 7);
  const gaps = rows.map((line, k) => {
    if (k === 0) return line;
    const c = line.split(',');
    if (g() < 0.08) c[5] = 'NA';
    if (g() < 0.06) c[6] = '';
    if (g() < 0.03) c[4] = 'n/a';
    return c.join(',');
  });
  write('lots-gaps.csv', gaps.join('\n') + '\n');
}

// expertise.csv: an expertizing committee's measurements on submitted stamps; verdict is a string class:
// genuine (most), regummed, repaired, forgery (rare). A stamp reference text column, a committee
// member id (no effect), paper thickness mm, measured perforation deviation, UV fluorescence, watermark
// clarity score, colour shift (delta E), gum pH.
{
  const r = rng(2710);
  const rows: string[] = ['cert_no,sg_ref,examiner,paper_mm,perf_dev,uv_glow,watermark,colour_de,gum_ph,verdict'];
  for (let i = 0; i < 420; i++) {
    const u = r();
    const verdict = u < 0.62 ? 'genuine' : u < 0.8 ? 'regummed' : u < 0.92 ? 'repaired' : 'forgery';
    let paper = normal(r, 0.085, 0.008), perf = Math.abs(normal(r, 0.05, 0.04)), uv = normal(r, 2, 0.8), wm = normal(r, 7, 1.2), de = Math.abs(normal(r, 1.5, 0.8)), ph = normal(r, 6.8, 0.3);
    if (verdict === 'regummed') { ph = normal(r, 5.6, 0.4); uv += normal(r, 1.6, 0.5); }
    if (verdict === 'repaired') { paper += normal(r, 0.012, 0.006); de += normal(r, 2.2, 0.9); wm -= normal(r, 1.3, 0.6); }
    if (verdict === 'forgery') { perf += normal(r, 0.25, 0.08); wm -= normal(r, 3.5, 1); de += normal(r, 1.2, 0.8); }
    rows.push([`C${30000 + i}`, `SG${Math.floor(r() * 500) + 1}${r() < 0.3 ? 'a' : ''}`, Math.floor(r() * 6) + 1, paper.toFixed(4), perf.toFixed(3), uv.toFixed(2), wm.toFixed(2), de.toFixed(2), ph.toFixed(2), verdict].join(','));
  }
  write('expertise.csv', rows.join('\n') + '\n');
}

// collections.tsv: dealer valuations of whole consigned collections (tab-separated export): number of
// stamps, share mint, countries covered, album age in years, share of the top ten items in catalogue value,
// the valuer's hours; target offer_gbp (regression) and offer_k (the same in thousands).
{
  const r = rng(271271);
  const rows: string[] = ['consignment\tstamps\tpct_mint\tcountries\talbum_age\ttop10_share\tvaluer_hours\toffer_gbp\toffer_k'];
  for (let i = 0; i < 300; i++) {
    const n = Math.round(Math.exp(normal(r, 7, 0.9)));
    const mint = clamp(normal(r, 0.4, 0.2), 0, 1);
    const countries = Math.round(clamp(normal(r, 25, 15), 1, 120));
    const age = Math.round(clamp(normal(r, 40, 20), 1, 100));
    const top = clamp(normal(r, 0.35, 0.15), 0.05, 0.95);
    const hours = Math.round(clamp(normal(r, 2 + Math.log(n), 1.5), 1, 20) * 10) / 10;
    const offer = Math.round(n * 0.4 * (1 + 1.5 * mint) * (1 + 2.5 * top) * (1 + 0.004 * age) * Math.exp(-0.003 * countries) * Math.exp(normal(r, 0, 0.15)));
    rows.push([`CN-${1000 + i}`, n, mint.toFixed(3), countries, age, top.toFixed(3), hours, offer, (offer / 1000).toFixed(3)].join('\t'));
  }
  write('collections.tsv', rows.join('\n') + '\n');
}
void sigmoid;
