/**
 * Writes the CSVs of the ninety-sixth blind fault set (call centres and customer support), seeded so every
 * run gives the same files: `npx tsx test/faults-blind96/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** calls.csv: inbound calls of one contact centre: handling time in seconds and a rare escalation-to-manager flag. */
function calls(): void {
  const next = rng(9601);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let escalated = 0;
  for (let i = 0; i < 800; i++) {
    const callId = `CL-${String(960000 + i * 13).padStart(7, '0')}`;
    const agent = 4100 + Math.floor(next() * 60);
    const ts = 1725148800 + i * 540 + Math.floor(next() * 500);
    const hour = Math.floor(clamp(normal(next, 13, 3.5), 7, 21));
    const queue = Math.round(clamp(Math.exp(normal(next, 2.0, 0.8)), 0, 120));
    const hold = Math.round(clamp(Math.exp(normal(next, 4.0 + 0.02 * queue, 1.0)), 0, 2400));
    const tenure = Math.round(clamp(Math.exp(normal(next, 2.6, 0.9)), 1, 180));
    const transfers = Math.min(4, Math.floor(Math.exp(normal(next, -1.2, 0.9))));
    const complexity = 1 + Math.floor(next() * 5);
    const repeat = next() < 0.22 ? 1 : 0;
    const tier = Math.floor(next() * 3);
    const handle = Math.round(clamp(140 + 95 * complexity + 0.45 * hold + 120 * transfers - 2.2 * Math.min(tenure, 60) + 60 * repeat + 4 * queue
      + normal(next, 0, 55), 40, 4000));
    const z = -9.3 + 1.2 * complexity + 2.0 * transfers + 3.0 * repeat + 0.005 * hold - 0.04 * Math.min(tenure, 60) + 0.8 * tier + normal(next, 0, 0.3);
    const esc = next() < sigmoid(z) ? 1 : 0;
    escalated += esc;
    const row: (string | number)[] = [callId, agent, ts, 3, hour, queue, hold, tenure, transfers, complexity, repeat, tier, handle, esc];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 9) na[6] = 'NA';
    naRows.push(na);
  }
  const header = ['call_id', 'agent_id', 'call_ts', 'centre_id', 'hour_of_day', 'queue_length', 'hold_time_s', 'agent_tenure_months', 'transfers',
    'issue_complexity', 'repeat_caller', 'customer_tier', 'handle_time_s', 'escalated_to_manager'];
  write('calls.csv', header, rows);
  write('calls-export-na.csv', header, naRows);
  const hs = rows.map((r) => r[12] as number).sort((a, b) => a - b);
  console.log(`escalated ${escalated}/800`, 'handle', hs[0], hs[400], hs[799]);
}

/** tickets.csv: support tickets with their category (outage rare). */
function tickets(): void {
  const next = rng(9602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['billing', 'technical', 'account', 'outage'];
  for (let i = 0; i < 640; i++) {
    const k0 = next();
    const latent = k0 < 0.38 ? 0 : k0 < 0.7 ? 1 : k0 < 0.91 ? 2 : 3;
    const productCode = 1000 + Math.floor(next() * 9000);
    const words = Math.round(clamp(Math.exp(normal(next, [4.0, 5.0, 3.6, 3.2][latent], 0.5)), 3, 3000));
    const invoice = Math.round(clamp(normal(next, [3, 0.3, 0.6, 0.2][latent], 0.8), 0, 8));
    const errorCodes = Math.round(clamp(normal(next, [0.2, 2.5, 0.4, 3.5][latent], 0.8), 0, 10));
    const loginFails = Math.round(clamp(normal(next, [0.3, 0.8, 4, 1][latent], 1), 0, 15));
    const sentiment = r2(clamp(normal(next, [-0.2, -0.3, -0.1, -0.8][latent], 0.25), -1, 1));
    const accountAge = Math.round(clamp(Math.exp(normal(next, 6.0, 1.0)), 1, 5000));
    const sameDay = Math.round(clamp(Math.exp(normal(next, [0.5, 1.0, 0.3, 4.0][latent], 0.5)), 0, 900));
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    rows.push([`TK${70000 + i * 9}`, productCode, words, invoice, errorCodes, loginFails, sentiment, accountAge, sameDay, names[k]]);
  }
  write('tickets.csv', ['ticket_ref', 'product_code', 'message_words', 'invoice_mentions', 'error_codes', 'login_failures', 'sentiment',
    'account_age_days', 'same_day_tickets', 'category'], rows);
  console.log('category', JSON.stringify(counts));
}

/** hourly.csv: hourly intervals of a support line: calls offered per hour, a few to thousands. */
function hourly(): void {
  const next = rng(9603);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const site = `SITE-${['LDS', 'GLA', 'CDF'][i % 3]}`;
    const ts = 1727740800 + i * 3600 * 7;
    const hour = (i * 7) % 24;
    const weekday = Math.floor(i * 7 / 24) % 7;
    const open = hour >= 7 && hour <= 21 ? 1 : 0;
    const emails = Math.round(clamp(Math.exp(normal(next, 8.5, 1.6)), 0, 250000));
    const outage = r1(clamp(Math.exp(normal(next, 0.5, 1.5)) - 1, 0, 60));
    const billRun = next() < 0.12 ? 1 : 0;
    const webVisits = Math.round(clamp(normal(next, 1500 + 3000 * open, 700), 50, 9000));
    const agents = Math.round(clamp(normal(next, 6 + 30 * open, 4), 2, 60));
    const volume = Math.round(clamp(8 + 420 * open + 0.004 * emails + 38 * outage + 350 * billRun + 0.12 * webVisits - 25 * (weekday >= 5 ? 1 : 0)
      + normal(next, 0, 40), 2, 5000));
    rows.push([site, ts, hour, weekday, open, emails, outage, billRun, webVisits, agents, volume]);
  }
  write('hourly.csv', ['site_code', 'interval_ts', 'hour_of_day', 'weekday', 'lines_open', 'marketing_emails_sent', 'outage_minutes', 'billing_run',
    'web_visits', 'agents_on_shift', 'calls_offered'], rows);
  const vs = rows.map((r) => r[10] as number).sort((a, b) => a - b);
  console.log('calls offered', vs[0], vs[300], vs[599]);
}

/** refunds.csv: refund requests handled by support: the refund in USD (skewed). */
function refunds(): void {
  const next = rng(9604);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const customer = 880000 + Math.floor(next() * 99999);
    const opened = 1719792000 + i * 86400 / 2 + Math.floor(next() * 40000);
    const order = Math.round(clamp(Math.exp(normal(next, 4.8, 1.1)), 5, 60000));
    const lifetime = Math.round(clamp(Math.exp(normal(next, 8.0, 1.4)), 20, 2500000));
    const days = Math.round(clamp(normal(next, 30, 20), 0, 120));
    const contacts = Math.min(9, Math.floor(Math.exp(normal(next, 0, 0.8))));
    const premium = next() < 0.25 ? 1 : 0;
    const defect = next() < 0.4 ? 1 : 0;
    const refund = Math.round(clamp(order * (0.25 + 0.55 * defect + 0.1 * premium) - 0.6 * days + 12 * contacts + 0.0005 * lifetime + normal(next, 0, 25), 0, 80000));
    rows.push([`RF-${52000 + i}`, customer, opened, order, lifetime, days, contacts, premium, defect, refund]);
  }
  write('refunds.csv', ['case_id', 'customer_id', 'opened_ts', 'order_value_usd', 'lifetime_spend_usd', 'days_since_purchase', 'prior_contacts',
    'premium_plan', 'defect_reported', 'refund_usd'], rows);
  const fs2 = rows.map((r) => r[9] as number).sort((a, b) => a - b);
  console.log('refund', fs2[0], fs2[250], fs2[499]);
}

/** agents.csv: agent-weeks of a support team: mean customer satisfaction (1-5) and a band (high rare). */
function agents(): void {
  const next = rng(9605);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 520; i++) {
    const agent = `AG${String(300 + (i % 65)).padStart(5, '0')}`;
    const week = 1704067200 + Math.floor(i / 65) * 604800;
    const tenure = r1(clamp(Math.exp(normal(next, 2.5, 0.9)), 0.5, 200));
    const handled = Math.round(clamp(normal(next, 380, 150), 40, 950));
    const avgHold = Math.round(clamp(Math.exp(normal(next, 4.2, 0.6)), 5, 900));
    const trainingHrs = r1(clamp(normal(next, 6, 3), 0, 20));
    const fcr = r1(clamp(normal(next, 72, 10), 30, 98));
    const acw = Math.round(clamp(Math.exp(normal(next, 4.5, 0.5)), 10, 1200));
    const absences = Math.floor(next() * 4);
    const csat = r2(clamp(1.6 + 0.035 * fcr - 0.0022 * avgHold + 0.22 * Math.log(tenure + 1) + 0.05 * trainingHrs - 0.0008 * handled - 0.12 * absences
      + normal(next, 0, 0.12), 1, 5));
    const band = csat < 4.15 ? 'low' : csat < 4.8 ? 'mid' : 'high';
    counts[band] = (counts[band] ?? 0) + 1;
    rows.push([agent, week, tenure, handled, avgHold, trainingHrs, fcr, acw, absences, csat, band]);
  }
  write('agents.csv', ['agent_code', 'week_ts', 'tenure_months', 'calls_handled', 'avg_hold_s', 'training_hours', 'fcr_rate_pct', 'after_call_work_s',
    'absences', 'csat_score', 'csat_band'], rows);
  const cs = rows.map((r) => r[9] as number).sort((a, b) => a - b);
  console.log('csat band', JSON.stringify(counts), 'csat', cs[0], cs[260], cs[519]);
}

calls();
tickets();
hourly();
refunds();
agents();
