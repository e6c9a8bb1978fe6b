// Signs a Stripe webhook payload with Stripe's official library, for the server's tests:
// reads the payload on stdin, prints the `Stripe-Signature` header value.
//
//   node tools/stripe-sign.mjs <secret> [unix-timestamp] < payload.json
import Stripe from 'stripe';

const [secret, timestamp] = process.argv.slice(2);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const payload = Buffer.concat(chunks).toString('utf8');
const stripe = new Stripe('sk_test_unused');
const header = stripe.webhooks.generateTestHeaderString({
  payload,
  secret,
  ...(timestamp ? { timestamp: Number(timestamp) } : {}),
});
// The library's own check, so a header it would refuse never reaches the server's tests.
if (!timestamp) stripe.webhooks.constructEvent(payload, header, secret);
process.stdout.write(header);
