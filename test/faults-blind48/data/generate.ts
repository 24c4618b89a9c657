/**
 * Writes the CSVs of test/faults-blind48 (theme: e-commerce, marketing and web analytics), seeded, so
 * every run gives the same files: `npx tsx test/faults-blind48/data/generate.ts`.
 * Money and counts are left unnormalized and skewed on purpose; id and timestamp columns are kept in
 * the files (practitioners forget to drop them), specs choose with "features".
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A Poisson draw (Knuth), for counts. */
function poisson(next: () => number, lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0, p = 1;
  do { k++; p *= next(); } while (p > l);
  return k - 1;
}

// ---------------------------------------------------------------------------------------------
// sessions.csv: web sessions, purchase 0/1 (rare, ~5%).
{
  const next = rng(48001);
  const rows: (string | number)[][] = [];
  const dirty: (string | number)[][] = [];
  let t = 1717200000;
  for (let i = 0; i < 1500; i++) {
    t += Math.floor(next() * 600);
    const returning = next() < 0.3 ? 1 : 0;
    const engaged = normal(next, 0, 1) + 0.6 * returning;
    const seconds = Math.round(clamp(Math.exp(normal(next, 4.6 + 0.7 * engaged, 0.8)), 3, 7200));
    const pages = Math.max(1, Math.round(Math.exp(normal(next, 1.2 + 0.45 * engaged, 0.5))));
    const hasCart = next() < sigmoid(-0.8 + 1.3 * engaged) ? 1 : 0;
    const cart = hasCart ? r2(clamp(Math.exp(normal(next, 3.9, 0.9)), 4, 2500)) : 0;
    const z = -8.2 + 2.6 * hasCart + 0.9 * Math.log1p(pages) + 0.35 * Math.log1p(seconds / 60) + 0.45 * Math.log1p(cart) + 1.1 * returning;
    const purchased = next() < sigmoid(2.2 * z - 0.5) ? 1 : 0;
    rows.push([100000 + i, t, seconds, pages, cart, returning, purchased]);
    // The same export from the raw tracker: missing carts as "N/A", a few with a currency sign.
    const cartText = hasCart ? (next() < 0.05 ? `$${cart}` : String(cart)) : next() < 0.2 ? 'N/A' : '0';
    dirty.push([100000 + i, t, seconds, pages, cartText, returning, purchased]);
  }
  const header = ['session_id', 'started_at', 'session_seconds', 'pages_viewed', 'cart_value', 'returning', 'purchased'];
  write('sessions.csv', header, rows);
  write('sessions-raw.csv', header, dirty);
}

// ---------------------------------------------------------------------------------------------
// baskets.csv: order basket value (heavy-tailed money).
{
  const next = rng(48002);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const member = next() < 0.35 ? 1 : 0;
    const items = Math.max(1, Math.min(40, Math.round(Math.exp(normal(next, 1.1 + 0.3 * member, 0.7)))));
    const price = r2(clamp(Math.exp(normal(next, 3.0, 0.8)), 1.5, 900));
    const coupon = next() < 0.25 ? 1 : 0;
    const shipping = items * price > 50 ? 0 : 4.99;
    const value = r2(Math.max(1, items * price * (1 - 0.12 * coupon) * (1 + normal(next, 0, 0.05)) + shipping));
    rows.push([5000000 + i * 7, items, price, member, coupon, value]);
  }
  write('baskets.csv', ['order_id', 'items', 'avg_item_price', 'member', 'coupon', 'basket_value'], rows);
}

// ---------------------------------------------------------------------------------------------
// clv.csv: 12-month customer lifetime value (heavy-tailed).
{
  const next = rng(48003);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const loyalty = normal(next, 0, 1);
    const orders = Math.max(1, poisson(next, Math.exp(0.8 + 0.6 * loyalty)));
    const aov = r2(clamp(Math.exp(normal(next, 3.8, 0.6)), 5, 1500));
    const tenure = Math.max(1, Math.round(clamp(normal(next, 18 + 8 * loyalty, 10), 1, 96)));
    const opens = poisson(next, Math.exp(1.5 + 0.4 * loyalty));
    const clv = r2(Math.max(0, orders * aov * (1.2 + 0.01 * tenure) * Math.exp(normal(next, 0, 0.12))));
    rows.push([`C${20000 + i}`.replace('C', ''), orders, aov, tenure, opens, clv]);
  }
  write('clv.csv', ['customer_id', 'orders_12m', 'avg_order_value', 'tenure_months', 'email_opens', 'clv'], rows);
}

// ---------------------------------------------------------------------------------------------
// ads.csv: ad impressions, clicked 0/1 (~8%), position, hour, device one-hot.
{
  const next = rng(48004);
  const rows: (string | number)[][] = [];
  let t = 1719800000;
  for (let i = 0; i < 1200; i++) {
    t += Math.floor(next() * 90);
    const position = 1 + Math.floor(next() * 8);
    const hour = Math.floor(next() * 24);
    const d = next();
    const device = d < 0.55 ? [0, 1, 0] : d < 0.9 ? [1, 0, 0] : [0, 0, 1];
    const z = -1.1 - 0.95 * (position - 1) + 1.6 * Math.cos((2 * Math.PI * (hour - 20)) / 24) + 0.7 * device[1];
    const clicked = next() < sigmoid(z) ? 1 : 0;
    rows.push([900000 + i, t, position, hour, ...device, clicked]);
  }
  write('ads.csv', ['impression_id', 'ts', 'ad_position', 'hour', 'device_desktop', 'device_mobile', 'device_tablet', 'clicked'], rows);
}

// ---------------------------------------------------------------------------------------------
// churn.csv: subscription churn 0/1 (~20%).
{
  const next = rng(48005);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const months = 1 + Math.floor(Math.exp(next() * Math.log(60)));
    const tickets = poisson(next, 0.6 + (next() < 0.2 ? 3 : 0));
    const spend = r2(clamp(Math.exp(normal(next, 3.6, 0.6)), 5, 400));
    const lastLogin = Math.floor(clamp(Math.exp(normal(next, 1.8, 1.1)), 0, 120));
    const z = -1.2 - 1.1 * Math.log(months) + 0.9 * tickets + 0.045 * lastLogin - 0.004 * spend + 1.0;
    const churned = next() < sigmoid(2 * z) ? 1 : 0;
    rows.push([70000 + i, months, tickets, spend, lastLogin, churned]);
  }
  write('churn.csv', ['customer_id', 'months_subscribed', 'support_tickets', 'monthly_spend', 'days_since_login', 'churned'], rows);
}

// ---------------------------------------------------------------------------------------------
// products.csv: product category (4 string classes) from price and text-length features.
{
  const next = rng(48006);
  const cats = [
    { name: 'electronics', price: 5.0, title: 70, desc: 900, weight: 6.5, images: 6 },
    { name: 'apparel', price: 3.4, title: 45, desc: 300, weight: 5.5, images: 5 },
    { name: 'books', price: 2.7, title: 35, desc: 700, weight: 6.0, images: 1 },
    { name: 'home_garden', price: 3.8, title: 55, desc: 450, weight: 7.8, images: 3 },
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const c = cats[Math.floor(next() * 4)];
    const price = r2(Math.exp(normal(next, c.price, 0.45)));
    const title = Math.max(8, Math.round(normal(next, c.title, 9)));
    const desc = Math.max(20, Math.round(Math.exp(normal(next, Math.log(c.desc), 0.3))));
    const weight = Math.round(Math.exp(normal(next, c.weight, 0.4)));
    const images = Math.max(1, poisson(next, c.images));
    rows.push([`SKU${300000 + i * 13}`, price, title, desc, weight, images, c.name]);
  }
  write('products.csv', ['sku', 'price', 'title_length', 'description_length', 'weight_g', 'image_count', 'category'], rows);
}

// ---------------------------------------------------------------------------------------------
// ratings.csv: star rating 1-5 from delivery and order features.
{
  const next = rng(48007);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const delivery = Math.max(1, Math.round(Math.exp(normal(next, 1.3, 0.5))));
    const price = r2(clamp(Math.exp(normal(next, 3.5, 0.9)), 2, 2000));
    const discount = Math.floor(next() * 5) * 10;
    const damaged = next() < 0.07 ? 1 : 0;
    const reviewLength = Math.max(0, Math.round(Math.exp(normal(next, 4.2, 0.9))));
    const latent = 4.9 - 0.28 * delivery - 2.4 * damaged + 0.012 * discount + normal(next, 0, 0.35);
    const stars = Math.round(clamp(latent, 1, 5));
    rows.push([400000 + i, delivery, price, discount, damaged, reviewLength, stars]);
  }
  write('ratings.csv', ['order_id', 'delivery_days', 'price', 'discount_pct', 'damaged', 'review_length', 'stars'], rows);
}

// ---------------------------------------------------------------------------------------------
// delivery.csv: delivery time in days from distance and warehouse load (nonlinear above ~80% load).
{
  const next = rng(48008);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const distance = Math.round(clamp(Math.exp(normal(next, 5.5, 1.0)), 3, 3000));
    const load = r1(20 + next() * 80);
    const express = next() < 0.25 ? 1 : 0;
    const weekend = next() < 2 / 7 ? 1 : 0;
    const backlog = Math.max(0, load - 75) ** 2 / 60;
    const days = r1(Math.max(0.5, (1 + distance / 450 + backlog + 1.2 * weekend) * (express ? 0.5 : 1) + normal(next, 0, 0.3)));
    rows.push([`${8800000 + i}`, distance, load, express, weekend, days]);
  }
  write('delivery.csv', ['shipment_id', 'distance_km', 'warehouse_load_pct', 'express', 'weekend', 'delivery_days'], rows);
}

// ---------------------------------------------------------------------------------------------
// demand.csv: weekly units sold (and revenue) per product-week from price, discount and promotion.
{
  const next = rng(48009);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const week = 1672531200 + 604800 * (i % 104);
    const base = r2(clamp(Math.exp(normal(next, 3.2, 0.5)), 5, 200));
    const discount = next() < 0.4 ? Math.floor(next() * 6) * 5 : 0;
    const promo = next() < 0.2 ? 1 : 0;
    const holiday = i % 104 > 46 && i % 104 < 52 ? 1 : 0;
    const price = r2(base * (1 - discount / 100));
    const mean = Math.exp(5.6 - 0.9 * Math.log(price) + 0.035 * discount + 0.6 * promo + 0.5 * holiday);
    const units = Math.max(0, Math.round(mean * Math.exp(normal(next, 0, 0.15))));
    rows.push([week, price, discount, promo, holiday, units, r2(units * price)]);
  }
  write('demand.csv', ['week_start', 'price', 'discount_pct', 'promotion', 'holiday_week', 'units_sold', 'revenue'], rows);
}

// ---------------------------------------------------------------------------------------------
// abtest.csv: a checkout A/B test: conversion 0/1, tiny variant effect, strong prior-behaviour covariates.
{
  const next = rng(48010);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1600; i++) {
    const variant = next() < 0.5 ? 1 : 0;
    const mobile = next() < 0.6 ? 1 : 0;
    const priorOrders = poisson(next, 0.8);
    const cartAdds = poisson(next, 1.0 + priorOrders);
    const z = -6.4 + 0.05 * variant - 0.4 * mobile + 0.7 * priorOrders + 1.0 * cartAdds;
    const converted = next() < sigmoid(z) ? 1 : 0;
    rows.push([`${3100000 + i}`, variant, mobile, priorOrders, cartAdds, converted]);
  }
  write('abtest.csv', ['user_id', 'variant_b', 'mobile', 'prior_orders', 'cart_adds', 'converted'], rows);
}

// ---------------------------------------------------------------------------------------------
// pilot-campaign.csv: the first day of an e-mail campaign, two rows only.
write('pilot-campaign.csv', ['recipient_id', 'opens', 'clicks', 'segment_score', 'ordered'], [
  [1, 3, 1, 0.72, 1],
  [2, 0, 0, 0.15, 0],
]);
