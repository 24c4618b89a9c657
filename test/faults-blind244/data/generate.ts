/**
 * Blind set 244 data: goat dairies and goat-cheese makers. Seeded from 244; run once with
 * `npx tsx test/faults-blind244/data/generate.ts`; the CSVs are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// 1. doe_milk.csv: daily milk per doe (litres), herd records.
{
  const r = rng(244001);
  const rows: string[] = ['doe_id,recorded_on,parity,days_in_milk,body_weight_kg,hay_dm_kg,concentrate_kg,total_dm_kg,pasture_hours,barn_temp_c,pen_no,milk_l'];
  for (let i = 0; i < 420; i++) {
    const parity = 1 + Math.floor(r() * 6);
    const dim = Math.floor(5 + r() * 290);
    const bw = clamp(normal(r, 55 + 4 * Math.min(parity, 4), 7), 35, 90);
    const hay = clamp(normal(r, 1.6, 0.35), 0.6, 3);
    const conc = clamp(normal(r, 0.7, 0.25), 0.1, 1.6);
    const total = hay + conc + normal(r, 0, 0.05);
    const pasture = clamp(normal(r, 5, 2.5), 0, 10);
    const temp = normal(r, 16, 7);
    const pen = 1 + Math.floor(r() * 8);
    // Wood's lactation curve shape: a*t^b*exp(-c t)
    const wood = 0.55 * Math.pow(dim, 0.32) * Math.exp(-0.0045 * dim);
    const heat = temp > 26 ? -0.06 * (temp - 26) : 0;
    const milk = clamp(wood * (0.8 + 0.08 * Math.min(parity, 4)) + 0.9 * conc + 0.25 * hay + 0.01 * (bw - 60) + heat + normal(r, 0, 0.22), 0.3, 6.5);
    const day = new Date(Date.UTC(2023, 2, 1) + Math.floor(r() * 300) * 86400000).toISOString().slice(0, 10);
    rows.push([`D${(1000 + i).toString()}`, day, parity, dim, bw.toFixed(1), hay.toFixed(2), conc.toFixed(2), total.toFixed(2), pasture.toFixed(1), temp.toFixed(1), pen, milk.toFixed(2)].join(','));
  }
  write('doe_milk.csv', rows.join('\n') + '\n');
  // A copy with missing-value markers, as the parlour software exports them.
  const gaps = rows.map((line, i) => {
    if (i === 0) return line;
    const c = line.split(',');
    if (i % 17 === 3) c[4] = 'NA';
    if (i % 29 === 7) c[6] = '';
    if (i % 41 === 11) c[9] = '-';
    return c.join(',');
  });
  write('doe_milk_gaps.csv', gaps.join('\n') + '\n');
}

// 2. cheese_vats.csv: one row per vat of chevre/tomme, graded A/B/C/reject (rare).
{
  const r = rng(244002);
  const rows: string[] = ['vat_id,milk_l,fat_pct,protein_pct,ph_at_rennet,rennet_ml,coag_temp_c,curd_set_min,salt_pct,room_humidity,grade'];
  const eu: string[] = ['vat_id;milk_l;fat_pct;protein_pct;ph_at_rennet;rennet_ml;coag_temp_c;curd_set_min;salt_pct;room_humidity;grade'];
  const vats: { vals: (string | number)[]; q: number }[] = [];
  for (let i = 0; i < 380; i++) {
    const milk = Math.round(clamp(normal(r, 900, 450), 150, 2600));
    const fat = clamp(normal(r, 3.7, 0.45), 2.6, 5.2);
    const prot = clamp(0.55 * fat + normal(r, 1.25, 0.2), 2.5, 4.5);
    const ph = clamp(normal(r, 6.45, 0.12), 6.05, 6.8);
    const rennet = clamp(milk * 0.22 + normal(r, 0, 25), 20, 700);
    const temp = clamp(normal(r, 31, 2.2), 24, 38);
    const set = clamp(normal(r, 40 + 60 * (ph - 6.4) - 1.5 * (temp - 31), 6), 12, 90);
    const salt = clamp(normal(r, 1.6, 0.3), 0.8, 2.6);
    const hum = clamp(normal(r, 85, 5), 65, 98);
    const q = 1.4 * (prot - 3.3) + 0.8 * (fat - 3.7) - 5 * Math.abs(ph - 6.45) - 0.35 * Math.abs(temp - 31) - 1.2 * Math.abs(salt - 1.6) + normal(r, 0, 0.35);
    vats.push({ vals: [milk, fat.toFixed(2), prot.toFixed(2), ph.toFixed(2), rennet.toFixed(0), temp.toFixed(1), set.toFixed(0), salt.toFixed(2), hum.toFixed(0)], q });
  }
  // Grades by rank of the latent quality: about 30% A, 35% B, 28% C, 7% reject; 5% mis-graded.
  const sorted = vats.map((v) => v.q).sort((a, b) => a - b);
  const cut = (f: number) => sorted[Math.floor(f * sorted.length)];
  vats.forEach((v, i) => {
    let grade = v.q >= cut(0.7) ? 'A' : v.q >= cut(0.35) ? 'B' : v.q >= cut(0.07) ? 'C' : 'reject';
    if (r() < 0.05) grade = ['A', 'B', 'C'][Math.floor(r() * 3)];
    const id = `V23-${String(i + 1).padStart(4, '0')}`;
    rows.push([id, ...v.vals, grade].join(','));
    eu.push([id, ...v.vals.map((x) => String(x).replace('.', ',')), grade].join(';'));
  });
  write('cheese_vats.csv', rows.join('\n') + '\n');
  write('cheese_vats_eu.csv', eu.join('\n') + '\n');
}

// 3. udder_health.csv: mastitis screening, binary and rare (~12%), skewed somatic cell count.
{
  const r = rng(244003);
  const rows: string[] = ['sample_ref\tdays_in_milk\tscc_per_ml\tconductivity_ms\tmilk_temp_c\tcmt_score\tparity\tstall_no\tmastitis'];
  for (let i = 0; i < 460; i++) {
    const dim = Math.floor(5 + r() * 290);
    const parity = 1 + Math.floor(r() * 6);
    const latent = normal(r, -2.4, 1.3) + 0.25 * parity;
    const scc = Math.round(Math.exp(12.6 + 0.8 * latent + normal(r, 0, 0.5)));
    const cond = clamp(5.2 + 0.45 * latent + normal(r, 0, 0.35), 3.5, 9.5);
    const temp = 38.6 + 0.15 * latent + normal(r, 0, 0.25);
    const cmt = clamp(Math.round(1 + latent * 0.8 + normal(r, 0, 0.7)), 0, 4);
    const stall = 1 + Math.floor(r() * 40);
    const p = sigmoid(2.2 * (latent + 0.3));
    const y = r() < p ? 1 : 0;
    rows.push([`S${String(i).padStart(5, '0')}`, dim, scc, cond.toFixed(2), temp.toFixed(2), cmt, parity, stall, y].join('\t'));
  }
  write('udder_health.csv', rows.join('\n') + '\n');
}

// 4. ripening.csv: cheese ripening cellar, regression of weight loss (g) with raw large units + moisture target.
{
  const r = rng(244004);
  const rows: string[] = ['wheel_id,start_weight_g,age_days,cellar_temp_c,cellar_rh,turns_per_week,rind_type,weight_loss_g,moisture_pct'];
  for (let i = 0; i < 300; i++) {
    const w = clamp(normal(r, 1800, 700), 250, 4200);
    const age = Math.floor(7 + r() * 170);
    const t = clamp(normal(r, 11, 1.5), 7, 15);
    const rh = clamp(normal(r, 88, 4), 75, 97);
    const turns = Math.floor(1 + r() * 6);
    const rind = Math.floor(r() * 3);
    const frac = 0.28 * (1 - Math.exp(-age / 60)) * (1 + 0.05 * (t - 11)) * (1 - 0.02 * (rh - 88)) * (1 + 0.05 * rind);
    const loss = w * frac * Math.exp(normal(r, 0, 0.06));
    const moist = clamp(52 - 45 * frac + normal(r, 0, 0.8), 25, 60);
    rows.push([`W${5000 + i}`, w.toFixed(0), age, t.toFixed(1), rh.toFixed(0), turns, rind, loss.toFixed(0), moist.toFixed(1)].join(','));
  }
  write('ripening.csv', rows.join('\n') + '\n');
}
