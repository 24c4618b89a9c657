/**
 * Writes the CSVs of the fifty-fifth blind fault set (cybersecurity and IT operations), seeded so every
 * run gives the same files: `npx tsx test/faults-blind55/data/generate.ts`.
 *
 * - logins.csv: 900 login events; account takeover is rare (about 4%), travellers overlap with it.
 *   Columns mix an id, an epoch timestamp, the source IP as an integer, heavy-tailed failure counts, flags and kilometres.
 * - flows.csv: 640 network flows, label normal / scan / bruteforce / exfil (strings), bytes in millions,
 *   packets, duration in ms, destination port as a plain number, protocol one-hot, flow id and IP integer.
 * - flows-onehot.csv: the same flows with the label as four one-hot columns (for a multi-column cce target).
 * - servers.csv: 720 one-minute server readings from 12 hosts: CPU %, memory MB, disk KB/s, latency ms,
 *   error counts, connections, a column constant on every host (cores), the next minute's latency in ms
 *   and its natural log (regression targets) and an incident flag (~8%).
 * - phishing.csv: 600 e-mails, link / attachment / suspicious-word counts, sender domain age in days,
 *   flags; phish about 30%, 3% of labels flipped.
 * - tickets.csv: 560 support tickets, text length and keyword counts, users affected; severity 1-4.
 * - servers-gaps.csv: servers.csv's first 120 rows as a monitoring export with "NA" and empty cells.
 * - flows-export.csv: 80 flows exported with the source IP as a dotted string.
 * - logins-sample.csv: only 4 rows (a sample someone pasted while testing the pipeline).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const OUT = __dirname;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const round = (x: number, d = 2) => Number(x.toFixed(d));
const logn = (next: () => number, mu: number, sigma: number) => Math.exp(normal(next, mu, sigma));
/** A Poisson draw (Knuth), for counts. */
function poisson(next: () => number, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0, p = 1;
  do {
    k++;
    p *= next();
  } while (p > l);
  return k - 1;
}

// ---------- logins ----------
function logins(): (number | string)[][] {
  const r = rng(5501);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 900; i++) {
    const takeover = r() < 0.04 ? 1 : 0;
    // A few travellers and fat-fingered users look a little like takeovers, and some takeovers use a
    // stolen session from a nearby place: the classes overlap, as they do in real logs.
    const traveller = !takeover && r() < 0.04;
    const failed = takeover ? poisson(r, 3) + (r() < 0.5 ? poisson(r, 3) : 0) : (r() < 0.85 ? poisson(r, 0.3) : poisson(r, 2.5));
    const hour = takeover ? Math.floor(clamp(normal(r, 3, 4), -12, 11.99) + 24) % 24 : Math.floor(clamp(normal(r, 13, 4), 0, 23.99));
    const newDevice = takeover ? (r() < 0.65 ? 1 : 0) : (r() < (traveller ? 0.4 : 0.08) ? 1 : 0);
    const distance = takeover ? logn(r, 6.0, 1.5) : traveller ? logn(r, 6.5, 0.8) : logn(r, 2.0, 1.3);
    const session = 4_200_000 + i * 13 + Math.floor(r() * 13);
    const ts = 1_717_200_000 + i * 41 + Math.floor(r() * 40);
    const ip = 167_772_160 + Math.floor(r() * 3_500_000_000);
    rows.push([session, ts, ip, failed, hour, newDevice, round(distance, 1), takeover]);
  }
  return rows;
}

// ---------- flows ----------
const LABELS = ['normal', 'scan', 'bruteforce', 'exfil'];
function flows(): { label: string; row: number[] }[] {
  const r = rng(5502);
  const out: { label: string; row: number[] }[] = [];
  for (let i = 0; i < 640; i++) {
    const u = r();
    const label = u < 0.5 ? 'normal' : u < 0.7 ? 'scan' : u < 0.85 ? 'bruteforce' : 'exfil';
    let sent: number, recv: number, packets: number, duration: number, port: number, proto: number;
    switch (label) {
      case 'normal': {
        sent = logn(r, Math.log(0.4), 0.8);
        recv = logn(r, Math.log(6), 1.0);
        packets = Math.round(logn(r, Math.log(1500), 0.7));
        duration = logn(r, Math.log(2500), 0.9);
        const p = r();
        port = p < 0.6 ? 443 : p < 0.8 ? 80 : p < 0.93 ? 53 : 8080;
        proto = port === 53 ? 1 : 0;
        break;
      }
      case 'scan':
        sent = logn(r, Math.log(0.0004), 0.5);
        recv = logn(r, Math.log(0.0002), 0.6);
        packets = 1 + Math.floor(r() * 3);
        duration = logn(r, Math.log(8), 0.8);
        port = 1 + Math.floor(r() * 65535);
        proto = r() < 0.7 ? 0 : r() < 0.6 ? 1 : 2;
        break;
      case 'bruteforce':
        sent = logn(r, Math.log(0.012), 0.4);
        recv = logn(r, Math.log(0.015), 0.4);
        packets = Math.round(logn(r, Math.log(40), 0.3));
        duration = logn(r, Math.log(1200), 0.4);
        port = r() < 0.6 ? 22 : 3389;
        proto = 0;
        break;
      default:
        sent = logn(r, Math.log(180), 0.7);
        recv = logn(r, Math.log(0.8), 0.7);
        packets = Math.round(logn(r, Math.log(90000), 0.6));
        duration = logn(r, Math.log(60000), 0.8);
        port = r() < 0.5 ? 443 : 40000 + Math.floor(r() * 20000);
        proto = 0;
    }
    const flowId = 9_000_000 + i * 17 + Math.floor(r() * 17);
    const src = 3_232_235_520 + Math.floor(r() * 65536); // 192.168.x.x
    out.push({ label, row: [flowId, src, round(sent, 6), round(recv, 6), packets, round(duration, 1), port, proto === 0 ? 1 : 0, proto === 1 ? 1 : 0, proto === 2 ? 1 : 0] });
  }
  return out;
}

// ---------- servers ----------
interface ServerRow { row: number[] }
function servers(): ServerRow[] {
  const r = rng(5503);
  const out: ServerRow[] = [];
  for (let i = 0; i < 720; i++) {
    const host = 1 + (i % 12);
    const ts = 1_717_300_000 + Math.floor(i / 12) * 60;
    const load = clamp(0.25 + 0.55 * r() ** 1.5 + normal(r, 0, 0.05), 0.02, 1);
    const cpu = clamp(10 + 85 * load + normal(r, 0, 4), 1, 100);
    const mem = clamp(6000 + 40000 * load + normal(r, 0, 2500), 2000, 64000);
    const disk = logn(r, Math.log(800 + 6000 * load), 0.5);
    const errors = poisson(r, 0.3 + 12 * Math.max(0, load - 0.55) * 2);
    const conns = Math.round(50 + 900 * load + normal(r, 0, 40));
    const latency = 30 + 260 * load * load + 4 * errors + normal(r, 0, 8);
    const next = 0.6 * latency + 140 * load * load + 6 * errors + 10 + normal(r, 0, 10);
    const incident = next > 230 && errors >= 3 ? 1 : next > 280 ? 1 : 0;
    out.push({ row: [host, ts, round(cpu, 1), Math.round(mem), round(disk, 1), round(latency, 1), errors, conns, 16, round(next, 1), round(Math.log(Math.max(next, 1)), 4), incident] });
  }
  return out;
}

// ---------- phishing ----------
function phishing(): number[][] {
  const r = rng(5504);
  const rows: number[][] = [];
  for (let i = 0; i < 600; i++) {
    const phish = r() < 0.3 ? 1 : 0;
    const links = phish ? poisson(r, 7) + Math.floor(logn(r, 0, 1)) : poisson(r, 2) + (r() < 0.15 ? poisson(r, 12) : 0);
    const attach = phish ? (r() < 0.45 ? 1 + poisson(r, 0.5) : 0) : (r() < 0.2 ? 1 + poisson(r, 1) : 0);
    const words = phish ? poisson(r, 5) : poisson(r, 0.8);
    const age = phish ? logn(r, Math.log(20), 1.2) : logn(r, Math.log(2500), 0.8);
    const html = phish ? (r() < 0.9 ? 1 : 0) : (r() < 0.55 ? 1 : 0);
    const subject = Math.round(clamp(normal(r, phish ? 58 : 42, 15), 3, 140));
    const mismatch = phish ? (r() < 0.5 ? 1 : 0) : (r() < 0.03 ? 1 : 0);
    const msgId = 77_000_000 + i * 31 + Math.floor(r() * 31);
    const label = r() < 0.03 ? 1 - phish : phish; // 3% mislabelled by the users who reported them
    rows.push([msgId, links, attach, words, Math.round(age), html, subject, mismatch, label]);
  }
  return rows;
}

// ---------- tickets ----------
function tickets(): number[][] {
  const r = rng(5505);
  const rows: number[][] = [];
  for (let i = 0; i < 560; i++) {
    const sev = 1 + Math.floor(r() * 4); // 1 = critical ... 4 = low
    const urgency = 4 - sev; // 3 .. 0
    const textLen = Math.round(logn(r, Math.log(300 + 250 * urgency), 0.5));
    const errorKw = poisson(r, 0.5 + 1.2 * urgency);
    const outageKw = poisson(r, urgency >= 2 ? 1.5 * (urgency - 1) : 0.1);
    const securityKw = poisson(r, sev === 1 ? 1.5 : 0.2);
    const users = Math.round(logn(r, Math.log(2 + 30 * urgency * urgency), 0.6));
    const replies = poisson(r, 1 + 0.8 * urgency);
    const hour = Math.floor(r() * 24);
    const ticketId = 550_000 + i;
    rows.push([ticketId, textLen, errorKw, outageKw, securityKw, users, replies, hour, sev]);
  }
  return rows;
}

const loginRows = logins();
write('logins.csv', ['session_id', 'epoch_ts', 'src_ip', 'failed_1h', 'hour', 'new_device', 'distance_km', 'takeover'], loginRows);
write('logins-sample.csv', ['session_id', 'epoch_ts', 'src_ip', 'failed_1h', 'hour', 'new_device', 'distance_km', 'takeover'], loginRows.slice(0, 4));

const flowRows = flows();
const flowHeader = ['flow_id', 'src_ip', 'bytes_sent_m', 'bytes_recv_m', 'packets', 'duration_ms', 'dst_port', 'proto_tcp', 'proto_udp', 'proto_icmp'];
write('flows.csv', [...flowHeader, 'label'], flowRows.map((f) => [...f.row, f.label]));
write('flows-onehot.csv', [...flowHeader, 'is_normal', 'is_scan', 'is_bruteforce', 'is_exfil'], flowRows.map((f) => [...f.row, ...LABELS.map((l) => (l === f.label ? 1 : 0))]));
const dotted = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
write('flows-export.csv', [...flowHeader, 'label'], flowRows.slice(0, 80).map((f) => [f.row[0], dotted(f.row[1]), ...f.row.slice(2), f.label]));

const serverRows = servers();
const serverHeader = ['host_id', 'minute_ts', 'cpu_pct', 'mem_mb', 'disk_kbps', 'latency_ms', 'errors_5m', 'connections', 'cores', 'next_latency_ms', 'log_next_latency', 'incident'];
write('servers.csv', serverHeader, serverRows.map((s) => s.row));
const gr = rng(5506);
write('servers-gaps.csv', serverHeader, serverRows.slice(0, 120).map((s) => s.row.map((v, c) => (c >= 2 && c <= 7 && gr() < 0.05 ? (gr() < 0.5 ? 'NA' : '') : v))));

write('phishing.csv', ['msg_id', 'n_links', 'n_attachments', 'n_suspicious_words', 'domain_age_days', 'has_html', 'subject_len', 'reply_to_mismatch', 'is_phish'], phishing());
write('tickets.csv', ['ticket_id', 'text_len', 'n_error_kw', 'n_outage_kw', 'n_security_kw', 'users_affected', 'n_replies', 'hour', 'severity'], tickets());
