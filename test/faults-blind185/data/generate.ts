/**
 * Writes the CSVs of blind fault set 185 (bookshops and second-hand booksellers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind185/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** sales.csv: till log of a second-hand shop -> sale price in pounds (skewed); a copy with "NA" page counts. */
function sales(): void {
  const next = rng(18501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735722000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const pages = Math.round(clamp(normal(next, 320, 110), 48, 1200));
    const cover = r2(clamp(normal(next, 9 + pages * 0.02, 3), 2.99, 45));
    const grade = 1 + Math.floor(next() * 5); // 1 poor .. 5 fine
    const shelf = Math.round(clamp(Math.exp(normal(next, 3.5, 0.9)), 1, 900));
    const authorAge = Math.round(clamp(normal(next, 52, 14), 19, 95));
    const first = next() < 0.04 ? 1 : 0;
    const price = r2(clamp(cover * (0.15 + 0.09 * grade) * Math.exp(-0.0015 * shelf) * (first ? 6 : 1) * Math.exp(normal(next, 0, 0.12)), 0.5, 900));
    out.push(price);
    const row: (string | number)[] = [`SALE-${61000 + i}`, stamp(t), `978${String(1000000000 + Math.floor(next() * 8999999999)).slice(0, 10)}`, pages, cover, shelf, grade, authorAge, first, price];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['sale_id', 'sale_ts', 'isbn', 'page_count', 'cover_price_gbp', 'shelf_days', 'condition_grade', 'author_age', 'first_edition', 'sale_price_gbp'];
  write('sales.csv', header, rows);
  write('sales-na.csv', header, na);
  console.log('sale price', stats(out));
}

/** genre.csv: book features -> genre (fiction/history/children/science/rare poetry); the shelf bay number has no effect. */
function genre(): void {
  const next = rng(18502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const g = u < 0.34 ? 'fiction' : u < 0.56 ? 'history' : u < 0.76 ? 'children' : u < 0.95 ? 'science' : 'poetry';
    counts[g] = (counts[g] ?? 0) + 1;
    const pages = Math.round(clamp(g === 'children' ? normal(next, 40, 20) : g === 'history' ? normal(next, 520, 140) : g === 'science' ? normal(next, 380, 120) : g === 'poetry' ? normal(next, 90, 30) : normal(next, 330, 90), 12, 1400));
    const weight = Math.round(clamp(pages * (g === 'children' ? 6 : 1.3) + normal(next, 60, 40), 40, 2500));
    const illus = g === 'children' ? (next() < 0.9 ? 1 : 0) : g === 'science' ? (next() < 0.5 ? 1 : 0) : next() < 0.08 ? 1 : 0;
    const authorAge = Math.round(clamp(normal(next, g === 'history' ? 63 : g === 'poetry' ? 38 : 48, 10), 18, 98));
    const cover = r2(clamp(g === 'science' ? normal(next, 24, 6) : g === 'poetry' ? normal(next, 11, 2) : g === 'children' ? normal(next, 7, 2) : normal(next, 10, 3), 1.99, 60));
    const bay = 1 + Math.floor(next() * 30);
    rows.push([`TTL-${300000 + i * 13}`, pages, weight, illus, authorAge, cover, bay, g]);
  }
  write('genre.csv', ['title_id', 'page_count', 'weight_g', 'illustrated', 'author_age', 'cover_price_gbp', 'shelf_bay', 'genre'], rows);
  console.log('genres', counts);
}

/** firsted.csv: books bought in from house clearances -> a rare first-edition flag; the stock barcode has no effect. */
function firsted(): void {
  const next = rng(18503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const pubYear = Math.round(clamp(normal(next, 1975, 25), 1850, 2024));
    const dust = next() < 0.55 ? 1 : 0;
    const printLine = 1 + Math.floor(Math.exp(normal(next, 0.9, 0.8)));
    const pages = Math.round(clamp(normal(next, 300, 100), 40, 1100));
    const grade = 1 + Math.floor(next() * 5);
    const weight = Math.round(clamp(pages * 1.4 + normal(next, 80, 50), 60, 2400));
    const barcode = 5000000 + Math.floor(next() * 4000000);
    const z = -3.2 - 0.8 * (printLine - 1) - 0.02 * (pubYear - 1975) + 1.2 * dust + 0.3 * (grade - 3);
    const fe = next() < sigmoid(z) ? 1 : 0;
    pos += fe;
    rows.push([`LOT-${String(1 + (i % 60)).padStart(3, '0')}`, 1735722000 + i * 4100, pubYear, dust, printLine, pages, grade, weight, barcode, fe]);
  }
  write('firsted.csv', ['lot_id', 'intake_epoch', 'pub_year', 'dust_jacket', 'print_line', 'page_count', 'condition_grade', 'weight_g', 'stock_barcode', 'first_edition'], rows);
  console.log('first editions', pos, '/ 1100');
}

/** shelf.csv: semicolon export with decimal commas -> days on the shelf until sold (skewed). */
function shelf(): void {
  const next = rng(18504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const price = r2(clamp(Math.exp(normal(next, 1.6, 0.6)), 0.5, 80));
    const grade = 1 + Math.floor(next() * 5);
    const window = next() < 0.15 ? 1 : 0;
    const height = r1(clamp(normal(next, 120, 45), 10, 220));
    const copies = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const pages = Math.round(clamp(normal(next, 300, 100), 40, 1100));
    const days = Math.round(clamp(Math.exp(2.2 + 0.35 * Math.log(price) - 0.18 * grade - 0.9 * window + 0.006 * Math.abs(height - 140) + 0.25 * Math.log(copies) + normal(next, 0, 0.15)), 1, 2000));
    out.push(days);
    rows.push([`STK-${42000 + i}`, dc(price), grade, window, dc(height), copies, pages, days]);
  }
  write('shelf.csv', ['stock_id', 'price_gbp', 'condition_grade', 'window_display', 'shelf_height_cm', 'copies_in_stock', 'page_count', 'days_to_sell'], rows, ';');
  console.log('days to sell', stats(out));
}

/** offer.csv: tab-separated buy-in log -> the trade offer in pence and pounds (skewed). */
function offer(): void {
  const next = rng(18505);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const books = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 12);
    const avgGrade = r1(clamp(normal(next, 3, 0.9), 1, 5));
    const hardback = r2(clamp(next(), 0, 1));
    const weightKg = r2(books * clamp(normal(next, 0.45, 0.1), 0.15, 1.2));
    const signed = next() < 0.05 ? 1 : 0;
    const buyerYears = r1(clamp(normal(next, 8, 5), 0.2, 40));
    const pence = Math.round(clamp(books * (20 + 25 * avgGrade + 60 * hardback) * (signed ? 2.5 : 1) * Math.exp(normal(next, 0, 0.1)), 10, 500000));
    out.push(pence);
    rows.push([`BUY-${9100 + i}`, Math.floor(next() * 10) + 9, books, avgGrade, hardback, weightKg, signed, buyerYears, pence, r2(pence / 100)]);
  }
  write('offer.csv', ['buyin_id', 'hour', 'books', 'avg_grade', 'hardback_share', 'weight_kg', 'signed_copy', 'buyer_years', 'offer_pence', 'offer_gbp'], rows, '\t');
  console.log('offer pence', stats(out));
}

sales();
genre();
firsted();
shelf();
offer();
