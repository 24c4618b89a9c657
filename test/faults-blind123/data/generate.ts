/**
 * Writes the CSVs of blind fault set 123 (data centres and server rooms), seeded so every run gives the
 * same files: `npx tsx test/faults-blind123/data/generate.ts`.
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
const iso = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** racks.csv: five-minute rack readings -> power draw kW (and W); a copy with "NA" fan cells. */
function racks(): void {
  const next = rng(12301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const rack = `R${String(1 + Math.floor(next() * 40)).padStart(3, '0')}`;
    const ts = 1735689600 + i * 300 + Math.floor(next() * 60);
    const hour = Math.floor((ts / 3600) % 24);
    const cpu = r1(clamp(normal(next, 45 + 20 * Math.sin(((hour - 9) / 24) * 2 * Math.PI), 18), 1, 100));
    const servers = Math.round(clamp(normal(next, 30, 8), 6, 42));
    const gbit = r2(clamp(Math.exp(normal(next, 1.2, 0.6)), 0.05, 40));
    const inletC = r1(clamp(normal(next, 23, 2.5), 16, 35));
    const fan = Math.round(clamp(3000 + 80 * (inletC - 23) + 25 * (cpu - 45) + normal(next, 0, 300), 1200, 9000));
    const kw = r2(clamp(0.12 * servers + 0.045 * servers * cpu / 10 + 0.15 * gbit + 0.0004 * (fan - 3000) + 0.05 * Math.max(0, cpu - 70) ** 1.3 / 10 + normal(next, 0, 0.35), 0.5, 30));
    out.push(kw);
    const row: (string | number)[] = [rack, iso(ts), hour, r1(inletC), r1(inletC * 1.8 + 32), cpu, servers, fan, gbit, Math.round(gbit * 1000), kw, Math.round(kw * 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[7] = 'NA';
    na.push(n);
  }
  const header = ['rack_id', 'logged_at', 'hour', 'inlet_temp_c', 'inlet_temp_f', 'cpu_util_pct', 'servers_on', 'fan_rpm', 'net_gbps', 'net_mbps', 'power_kw', 'power_w'];
  write('racks.csv', header, rows);
  write('racks-na.csv', header, na);
  console.log('power_kw', stats(out));
}

/** shutdowns.csv: server-hours -> rare thermal_shutdown flag; fan rpm in thousands, inlet in F. */
function shutdowns(): void {
  const next = rng(12302);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const inletF = r1(clamp(normal(next, 75, 5), 60, 100));
    const cpu = r1(clamp(normal(next, 50, 20), 0, 100));
    const fan = Math.round(clamp(normal(next, 4200, 900), 800, 9000));
    const dust = r1(clamp(Math.exp(normal(next, 3, 0.6)), 1, 200));
    const age = Math.round(clamp(normal(next, 900, 450), 10, 2600));
    const z = -9.5 + 0.9 * (inletF - 75) + 0.08 * (cpu - 50) - 0.004 * (fan - 4200) + 0.03 * (dust - 20) + 0.002 * (age - 900);
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([`srv-${10000 + Math.floor(next() * 90000)}`, inletF, cpu, fan, dust, age, c]);
  }
  write('shutdowns.csv', ['server_id', 'inlet_temp_f', 'cpu_util_pct', 'fan_rpm', 'dust_ug_m3', 'uptime_days', 'thermal_shutdown'], rows);
  console.log('shutdowns', pos);
}

/** workloads.csv: job telemetry -> workload type (text labels, one rare). */
function workloads(): void {
  const next = rng(12303);
  // name, count, cpu %, mem GB, net Gbit/s, disk MB/s, gpu %
  const spec: [string, number, number, number, number, number, number][] = [
    ['web', 330, 35, 8, 2.5, 40, 0], ['database', 260, 55, 96, 1.2, 420, 0], ['batch', 240, 90, 24, 0.3, 150, 0], ['storage', 170, 15, 16, 6, 900, 0], ['ml-training', 35, 70, 180, 4, 250, 85],
  ];
  const all: (string | number)[][] = [];
  let i = 0;
  for (const [name, n, cpu, mem, net, disk, gpu] of spec) {
    for (let k = 0; k < n; k++) {
      all.push([
        `job-${300000 + i++}`,
        r1(clamp(normal(next, cpu, 14), 0, 100)), r1(clamp(normal(next, mem, mem * 0.3), 0.5, 512)),
        r2(clamp(normal(next, net, net * 0.4), 0.01, 40)), Math.round(clamp(normal(next, disk, disk * 0.35), 1, 3000)),
        r1(clamp(normal(next, gpu, 10), 0, 100)), name,
      ]);
    }
  }
  for (let k = all.length - 1; k > 0; k--) { const j = Math.floor(next() * (k + 1)); [all[k], all[j]] = [all[j], all[k]]; }
  write('workloads.csv', ['job_id', 'cpu_util_pct', 'mem_gb', 'net_gbps', 'disk_mb_s', 'gpu_util_pct', 'workload'], all);
}

/** energy.csv: a facilities export, tab separated -> daily energy cost in dollars (nearly linear). */
function energy(): void {
  const next = rng(12304);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 730; i++) {
    const it = r1(clamp(normal(next, 850, 150), 300, 1400));
    const outside = r1(clamp(normal(next, 14 + 9 * Math.sin(((i % 365) - 100) / 365 * 2 * Math.PI), 4), -15, 42));
    const price = r2(clamp(normal(next, 0.14, 0.03), 0.05, 0.35));
    const chillers = Math.round(clamp(normal(next, 4, 1), 1, 8));
    const pue = 1.25 + 0.012 * Math.max(0, outside - 10) + 0.02 * (chillers - 4) + normal(next, 0, 0.03);
    const mwh = it * 24 / 1000 * pue;
    const cost = r2(clamp(mwh * 1000 * price + normal(next, 0, 150), 200, 20000));
    out.push(cost);
    rows.push([new Date((1704067200 + i * 86400) * 1000).toISOString().slice(0, 10), it, outside, price, chillers, cost]);
  }
  write('energy.csv', ['day', 'it_load_kw', 'outside_temp_c', 'price_usd_kwh', 'chillers_running', 'energy_cost_usd'], rows, '\t');
  console.log('cost', stats(out));
}

/** jobs.csv: finished batch jobs -> skewed duration minutes (log-normal); bytes read in huge units. */
function jobs(): void {
  const next = rng(12305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const cores = Math.pow(2, Math.floor(next() * 7));
    const inGb = r1(clamp(Math.exp(normal(next, 3, 1)), 0.1, 2000));
    const queue = Math.round(clamp(normal(next, 40, 25), 0, 200));
    const retries = Math.floor(clamp(Math.exp(normal(next, -1, 1)), 0, 6));
    const cpu = r1(clamp(normal(next, 70, 15), 5, 100));
    const lz = 2.5 + 0.6 * Math.log(inGb) - 0.35 * Math.log2(cores) + 0.004 * (queue - 40) + 0.3 * retries - 0.01 * (cpu - 70) + normal(next, 0, 0.25);
    const dur = r1(clamp(Math.exp(lz), 0.2, 5000));
    out.push(dur);
    rows.push([`J${90000 + i}`, cores, inGb, Math.round(inGb * 1073741824), queue, retries, cpu, dur]);
  }
  write('jobs.csv', ['job_id', 'cores', 'input_gb', 'input_bytes', 'queue_depth', 'retries', 'cpu_eff_pct', 'duration_min'], rows);
  console.log('duration', stats(out));
}

racks(); shutdowns(); workloads(); energy(); jobs();
