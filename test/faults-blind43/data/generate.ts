/**
 * Writes the CSVs of test/faults-blind43 (laboratory and assay data), seeded so every run gives the
 * same files: `npx tsx test/faults-blind43/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const r4 = (x: number) => Number(x.toPrecision(4));
const r3 = (x: number) => Number(x.toFixed(3));

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

function poisson(next: () => number, lambda: number): number {
  if (lambda > 50) return Math.max(0, Math.round(normal(next, lambda, Math.sqrt(lambda))));
  const L = Math.exp(-lambda);
  let k = 0, p = 1;
  do { k++; p *= next(); } while (p > L);
  return k - 1;
}

// ---------------------------------------------------------------- dose_response.csv
// 4 compounds x 12 log-spaced doses (0.1 nM .. 10 uM) x 4 replicates = 192 rows; 4-parameter logistic.
{
  const next = rng(4301);
  const compounds = [
    { id: 'A', logEC50: 1.2, hill: 1.0, top: 98 },
    { id: 'B', logEC50: 2.1, hill: 1.6, top: 95 },
    { id: 'C', logEC50: 2.9, hill: 0.8, top: 100 },
    { id: 'D', logEC50: 0.6, hill: 2.2, top: 90 },
  ];
  const rows: (string | number)[][] = [];
  for (const [ci, c] of compounds.entries()) {
    for (let d = 0; d < 12; d++) {
      const logDose = -1 + (5 * d) / 11;
      for (let rep = 1; rep <= 4; rep++) {
        const mean = 2 + (c.top - 2) / (1 + Math.pow(10, (c.logEC50 - logDose) * c.hill));
        const pct = normal(next, mean, 3.5);
        const onehot = compounds.map((_, j) => (j === ci ? 1 : 0));
        rows.push([c.id, ci + 1, ...onehot, r4(Math.pow(10, logDose)), r4(logDose), rep, r3(pct), r4(pct / 100), pct > 50 ? 'yes' : 'no']);
      }
    }
  }
  write('dose_response.csv', ['compound', 'compound.id', 'cmpd.A', 'cmpd.B', 'cmpd.C', 'cmpd.D', 'dose.nM', 'log10.dose', 'replicate', 'response.pct', 'response.frac', 'active'], rows);
  // A pilot run: three rows typed by hand.
  write('dose_pilot.csv', ['dose.nM', 'log10.dose', 'response.pct'], [[1, 0, 4.1], [100, 2, 51.3], [10000, 4, 97.2]]);
}

// ---------------------------------------------------------------- enzyme_kinetics.csv
// Michaelis-Menten with competitive inhibition and a temperature factor; 240 rows.
{
  const next = rng(4302);
  const rows: (string | number)[][] = [];
  const euRows: string[][] = [];
  for (let i = 0; i < 240; i++) {
    const logS = -3 + 5 * next();
    const S = Math.pow(10, logS); // mM, 0.001 .. 100
    const E = [5, 10, 20, 40][Math.floor(next() * 4)]; // nM
    const T = 25 + 12 * next();
    const I = next() < 0.4 ? 0 : 50 * next(); // uM
    const Km = 0.8 * (1 + I / 12);
    const kcat = 6 * Math.pow(2, (T - 30) / 10); // per min per nM -> uM/min scale
    const v = (kcat * E * S) / (Km + S);
    const rate = Math.max(1e-4, v * (1 + normal(next, 0, 0.06)));
    rows.push([r4(S), r4(logS), E, r3(T), r3(I), r4(rate), r4(Math.log10(rate))]);
    euRows.push([String(r4(S)).replace('.', ','), String(E), String(r3(T)).replace('.', ','), String(r3(I)).replace('.', ','), String(r4(rate)).replace('.', ',')]);
  }
  write('enzyme_kinetics.csv', ['substrate.mM', 'log10.substrate', 'enzyme.nM', 'temp.C', 'inhibitor.uM', 'rate.uM.min', 'log10.rate'], rows);
  // The same table saved by a German-locale Excel: semicolons and decimal commas.
  write('enzyme_kinetics_excel.csv', ['substrate.mM', 'enzyme.nM', 'temp.C', 'inhibitor.uM', 'rate.uM.min'], euRows, ';');
}

// ---------------------------------------------------------------- assay_plate.csv
// 3 plates x 96 wells. Columns 1-10: 3-fold dilution of a test compound from 100 uM; column 11: DMSO
// (0 uM); column 12: positive control. Fluorescence saturates at the reader maximum 65535.
{
  const next = rng(4303);
  const rows: (string | number)[][] = [];
  const rowsNA: (string | number)[][] = [];
  const letters = 'ABCDEFGH';
  for (let plate = 1; plate <= 3; plate++) {
    const gain = [1, 1.15, 0.9][plate - 1];
    const potency = [0.4, 0.9, 1.5][plate - 1]; // log10 IC50 in uM, a different compound per plate
    for (let row = 1; row <= 8; row++) {
      for (let col = 1; col <= 12; col++) {
        let conc = col <= 10 ? 100 / Math.pow(3, col - 1) : 0;
        const positive = col === 12;
        const logc = conc > 0 ? Math.log10(conc) : -4;
        const edge = row === 1 || row === 8 || col === 1 || col === 12 ? 1.08 : 1;
        const inhibFrac = positive ? 0.97 : conc > 0 ? 1 / (1 + Math.pow(10, (potency - logc) * 1.3)) : 0;
        const inhib = clamp(100 * inhibFrac + normal(next, 0, 4), -5, 105);
        const od = clamp(normal(next, 0.9 - 0.6 * inhibFrac, 0.05) * edge, 0.04, 1.6);
        const raw = gain * edge * (50000 * (1 - inhibFrac) + 4000) * (1 + normal(next, 0, 0.05));
        const rfu = Math.round(Math.min(65535, raw));
        const hit = inhib > 50 ? 1 : 0;
        const well = `${letters[row - 1]}${String(col).padStart(2, '0')}`;
        const line = [well, plate, row, col, r4(conc), r4(logc), r3(od), rfu, r3(inhib), hit];
        rows.push(line);
        const naLine = [...line];
        if (next() < 0.04) naLine[6] = 'NA';
        rowsNA.push(naLine);
      }
    }
  }
  const header = ['well', 'plate', 'row', 'col', 'conc.uM', 'log10.conc', 'OD.600', 'fluor.RFU', 'inhibition.pct', 'hit'];
  write('assay_plate.csv', header, rows);
  // The same readout exported from R with write.csv: missing ODs are "NA".
  write('assay_plate_NA.csv', header, rowsNA);
}

// ---------------------------------------------------------------- expression.csv
// 150 samples x 40 genes (TPM: most near zero, a few housekeeping genes in the thousands),
// tissue (liver / kidney / brain, 50 each) and responder (yes / no) from a latent score.
{
  const next = rng(4304);
  const G = 40;
  const baseLog = Array.from({ length: G }, (_, g) => (g % 13 === 0 ? 7.5 + next() : g % 7 === 0 ? 4 + next() : -0.5 + 2.5 * next()));
  const tissues = ['liver', 'kidney', 'brain'];
  const markers: Record<string, number[]> = { liver: [2, 5, 11], kidney: [8, 17, 23], brain: [14, 29, 33] };
  const rows: (string | number)[][] = [];
  const rowsLog: (string | number)[][] = [];
  const samples: { tpm: number[]; l2: number[]; tissue: string; score: number; u: number }[] = [];
  for (let i = 0; i < 150; i++) {
    const tissue = tissues[i % 3];
    const tpm: number[] = [];
    for (let g = 0; g < G; g++) {
      let mu = baseLog[g];
      if (markers[tissue].includes(g)) mu += 2.6;
      tpm.push(Math.max(0, Math.exp(normal(next, mu, 0.6)) - 1));
    }
    const l2 = tpm.map((t) => Math.log2(t + 1));
    const score = 1.1 * l2[3] - 0.9 * l2[19] + 0.7 * l2[26] + normal(next, 0, 0.5);
    samples.push({ tpm, l2, tissue, score, u: next() });
  }
  const sorted = samples.map((s) => s.score).sort((a, b) => a - b);
  const median = sorted[75];
  samples.forEach((s, i) => {
    const responder = s.u < sigmoid(2.5 * (s.score - median)) ? 'yes' : 'no';
    rows.push([`S${String(i + 1).padStart(3, '0')}`, ...s.tpm.map(r4), s.tissue, responder]);
    rowsLog.push([`S${String(i + 1).padStart(3, '0')}`, ...s.l2.map(r3), s.tissue, responder]);
  });
  const genes = Array.from({ length: G }, (_, g) => `gene.${String(g + 1).padStart(2, '0')}`);
  write('expression_tpm.csv', ['sample.id', ...genes, 'tissue', 'responder'], rows);
  write('expression_log2.csv', ['sample.id', ...genes, 'tissue', 'responder'], rowsLog);
}

// ---------------------------------------------------------------- spectra.csv
// 160 samples, absorbance at 30 wavelengths (400..690 nm); analyte peak at 520 nm, an interferent
// at 610 nm, a sloping baseline; target the analyte concentration (mg/mL) and as percent of max.
{
  const next = rng(4305);
  const rows: (string | number)[][] = [];
  const rowsXl: (string | number)[][] = [];
  const wl = Array.from({ length: 30 }, (_, k) => 400 + 10 * k);
  for (let i = 0; i < 160; i++) {
    const c = 5 * next();
    const interf = 3 * next();
    const base = normal(next, 0.05, 0.02);
    const slope = normal(next, 0, 0.0004);
    const a = wl.map((w) => 0.18 * c * Math.exp(-(((w - 520) / 35) ** 2)) + 0.25 * interf * Math.exp(-(((w - 610) / 25) ** 2)) + base + slope * (w - 400) + normal(next, 0, 0.01));
    rows.push([...a.map(r4), r4(c), r3((100 * c) / 5)]);
    const xl = [...a.map(r4), r4(c), r3((100 * c) / 5)] as (string | number)[];
    if (i === 37) xl[12] = '#DIV/0!';
    rowsXl.push(xl);
  }
  const header = [...wl.map((w) => `A.${w}`), 'conc.mg.mL', 'conc.pct.max'];
  write('spectra.csv', header, rows);
  // The same sheet after an Excel formula error in one blank-corrected cell.
  write('spectra_blankcorr.csv', header, rowsXl);
}

// ---------------------------------------------------------------- cell_counts.csv
// 200 wells: counts after culture (Poisson, hundreds to tens of thousands) from serum, glucose,
// time, seeding density and drug; plus log10 count and confluent yes/no.
{
  const next = rng(4306);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 200; i++) {
    const serum = [0, 2, 5, 10, 20][Math.floor(next() * 5)];
    const glucose = 5 + 20 * next();
    const time = [24, 48, 72, 96][Math.floor(next() * 4)];
    const seed = Math.round(Math.pow(10, 3 + next()) / 100) * 100; // 1000..10000 cells per well
    const drug = next() < 0.3 ? 0 : Math.pow(10, -1 + 2 * next());
    const growth = (0.02 + 0.0015 * serum) * (glucose / (glucose + 4)) / (1 + drug / 3);
    const lambda = seed * Math.exp(growth * time) * 0.6;
    const count = poisson(next, lambda);
    rows.push([serum, r3(glucose), time, seed, r4(drug), count, r4(Math.log10(count + 1)), count > 20000 ? 'yes' : 'no']);
  }
  write('cell_counts.csv', ['serum.pct', 'glucose.mM', 'time.h', 'seed.per.well', 'drug.uM', 'count', 'log10.count', 'confluent'], rows);
}
console.log('wrote', fs.readdirSync(DIR).filter((f) => f.endsWith('.csv')).join(' '));
