// A stand-in for Stripe in the end-to-end tests: the few API endpoints Obscura calls (prices,
// Checkout Sessions and their read-back, billing-portal sessions) and Stripe's hosted Checkout
// page. "Pay" on that page completes the session, then delivers `checkout.session.completed` to
// Obscura's webhook, signed by Stripe's official library, and sends the browser to the
// session's success URL, as Stripe does. No peer implements Checkout (localstripe has none).
//
//   STRIPE_PORT=<port> WEBHOOK_URL=http://127.0.0.1:<obscura>/webhooks/stripe \
//   WEBHOOK_SECRET=whsec_… node end2end/peers/stripe-checkout.mjs
//   -> READY http://127.0.0.1:<port>
// Accepts the secret key sk_test_e2e. Binds 127.0.0.1 only. Runs until SIGTERM or SIGINT.
import { createServer } from 'node:http';
import Stripe from 'stripe';

const HOST = '127.0.0.1';
const KEY = 'sk_test_e2e';
const port = Number(process.env.STRIPE_PORT ?? '0');
const webhookUrl = process.env.WEBHOOK_URL;
const webhookSecret = process.env.WEBHOOK_SECRET;
if (!webhookUrl || !webhookSecret) {
  console.error('WEBHOOK_URL and WEBHOOK_SECRET are required');
  process.exit(2);
}
const stripe = new Stripe('sk_test_unused');
const PRICES = {
  price_e2e_small: { id: 'price_e2e_small', object: 'price', unit_amount: 500, currency: 'eur', recurring: null },
};
const sessions = new Map();
const charges = new Map();
let next = 0;
const id = (prefix) => `${prefix}_e2e${String(++next).padStart(6, '0')}`;
let base = '';

const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const error = (res, status, code, message) =>
  json(res, status, { error: { type: 'invalid_request_error', code, message } });
const read = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
  });
const nested = (params, prefix) => {
  const out = {};
  for (const [k, v] of params) {
    const m = k.startsWith(`${prefix}[`) && k.endsWith(']') ? k.slice(prefix.length + 1, -1) : null;
    if (m && !m.includes('[')) out[m] = v;
  }
  return out;
};
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function pay(session) {
  const customer = session.customer ?? id('cus');
  const pi = id('pi');
  const ch = id('ch');
  charges.set(ch, {
    id: ch, object: 'charge', amount: session.amount_total, amount_refunded: 0, currency: session.currency,
    payment_intent: pi,
    payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
    billing_details: { name: 'Grace E2E', address: { line1: '1 Test Street', city: 'Dublin', country: 'IE' } },
  });
  Object.assign(session, {
    status: 'complete', payment_status: 'paid', customer, payment_intent: pi,
    customer_details: { name: 'Grace E2E', business_name: 'E2E Ltd', address: { line1: '1 Test Street', city: 'Dublin', country: 'IE' }, tax_ids: [] },
    _charge: ch,
  });
  const payload = JSON.stringify({
    id: id('evt'), object: 'event', api_version: '2026-07-29.dahlia', created: Math.floor(Date.now() / 1000),
    type: 'checkout.session.completed', livemode: false, pending_webhooks: 1,
    data: { object: { id: session.id, object: 'checkout.session' } },
  });
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  console.log(`delivered checkout.session.completed: ${res.status}`);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, base);
  const path = url.pathname;
  // The hosted pages (no key: the browser opens them).
  let m = /^\/checkout\/(cs_e2e\d+)$/.exec(path);
  if (m && req.method === 'GET') {
    const s = sessions.get(m[1]);
    if (!s) return error(res, 404, 'resource_missing', 'No such checkout.session');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pay · Stripe (test)</title></head>
<body><main><h1>Pay ${escapeHtml((s.amount_total / 100).toFixed(2))} ${escapeHtml(s.currency.toUpperCase())}</h1>
<form method="post" action="/checkout/${s.id}/pay"><button type="submit">Pay</button></form>
<p><a href="${escapeHtml(s.cancel_url)}">Back</a></p></main></body></html>`);
  }
  m = /^\/checkout\/(cs_e2e\d+)\/pay$/.exec(path);
  if (m && req.method === 'POST') {
    const s = sessions.get(m[1]);
    if (!s) return error(res, 404, 'resource_missing', 'No such checkout.session');
    await pay(s);
    res.writeHead(303, { location: s.success_url.replace('{CHECKOUT_SESSION_ID}', s.id) });
    return res.end();
  }
  // The API.
  if (req.headers.authorization !== `Bearer ${KEY}`) return error(res, 401, '', 'Invalid API Key provided');
  m = /^\/v1\/prices\/(\w+)$/.exec(path);
  if (m && req.method === 'GET') {
    return PRICES[m[1]] ? json(res, 200, PRICES[m[1]]) : error(res, 404, 'resource_missing', 'No such price');
  }
  if (path === '/v1/checkout/sessions' && req.method === 'POST') {
    const p = await read(req);
    const price = PRICES[p.get('line_items[0][price]')];
    if (!price) return error(res, 400, 'resource_missing', 'No such price');
    const s = {
      id: id('cs'), object: 'checkout.session', status: 'open', payment_status: 'unpaid', mode: p.get('mode'),
      client_reference_id: p.get('client_reference_id'), customer: p.get('customer'),
      metadata: nested(p, 'metadata'), amount_total: price.unit_amount, currency: price.currency,
      success_url: p.get('success_url'), cancel_url: p.get('cancel_url'),
      payment_intent: null, invoice: null, subscription: null, customer_details: null,
    };
    s.url = `${base}/checkout/${s.id}`;
    sessions.set(s.id, s);
    return json(res, 200, s);
  }
  m = /^\/v1\/checkout\/sessions\/(cs_e2e\d+)$/.exec(path);
  if (m && req.method === 'GET') {
    const s = sessions.get(m[1]);
    if (!s) return error(res, 404, 'resource_missing', 'No such checkout.session');
    const { _charge, ...out } = s;
    if (out.payment_intent && url.searchParams.getAll('expand[]').includes('payment_intent.latest_charge')) {
      out.payment_intent = { id: out.payment_intent, object: 'payment_intent', latest_charge: charges.get(_charge) ?? null };
    }
    return json(res, 200, out);
  }
  if (path === '/v1/billing_portal/sessions' && req.method === 'POST') {
    const p = await read(req);
    return json(res, 200, { id: id('bps'), object: 'billing_portal.session', url: `${base}/portal`, return_url: p.get('return_url') });
  }
  return error(res, 404, 'resource_missing', `Unknown path ${path}`);
});

server.listen(port, HOST, () => {
  base = `http://${HOST}:${server.address().port}`;
  console.log(`READY ${base}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
