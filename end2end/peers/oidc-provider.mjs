// An OpenID Connect provider standing in for Google in the tests: the real `oauth2-mock-server`
// library (discovery, JWKS, authorization code + PKCE, userinfo), started through its API so that
// the issuer is exactly http://127.0.0.1:<port> (its CLI would announce `localhost`).
//
//   OIDC_PORT=0 OIDC_CONTROL_PORT=0 node end2end/peers/oidc-provider.mjs
//   -> READY issuer=http://127.0.0.1:<port> control=http://127.0.0.1:<cport>
//
// The signed-in identity is set over a second, tiny HTTP server (the control server):
//   PUT /identity  {"sub","email","email_verified","name","picture"}  every later id_token and
//                  userinfo answer carries exactly these claims (a claim left out is omitted)
//   GET /identity  the current identity
// The authorization endpoint signs that identity in at once (no login page) and redirects back
// with a code. On top of the library's own checks (the PKCE verifier must match the challenge;
// the id_token's `aud` is the client id, its `nonce` the one sent to /authorize), the token
// endpoint answers 400 invalid_grant, as Google does, for a code it never issued or already
// redeemed, a redirect_uri or client_id other than the authorization request's, and a missing
// code_verifier when a code_challenge was sent.
// Binds 127.0.0.1 only. Runs until SIGTERM or SIGINT.
import { createServer } from 'node:http';
import { OAuth2Server } from 'oauth2-mock-server';

const HOST = '127.0.0.1';
const CLAIMS = ['sub', 'email', 'email_verified', 'name', 'picture'];
const DEFAULT_IDENTITY = Object.freeze({
  sub: 'google-oidc-test-1',
  email: 'ada@example.com',
  email_verified: true,
  name: 'Ada Lovelace',
  picture: 'https://example.com/ada.png',
});

function portFromEnv(name) {
  const raw = process.env[name] ?? '0';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number (0 = any free port), not ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return port;
}

let identity = { ...DEFAULT_IDENTITY };

function applyIdentity(target) {
  for (const claim of CLAIMS) {
    if (claim in identity) target[claim] = identity[claim];
    else delete target[claim];
  }
}

// client_secret_basic: the client id is the form-urlencoded user name (RFC 6749, 2.3.1).
function basicClientId(header) {
  const basic = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!basic) return undefined;
  const user = Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
  try {
    return decodeURIComponent(user.replace(/\+/g, ' '));
  } catch {
    return user;
  }
}

// --- the provider -------------------------------------------------------------------------
const oidc = new OAuth2Server();
await oidc.issuer.keys.generate('RS256');
const service = oidc.service;

// code -> what /authorize was asked, to hold the token request to it (Google's checks).
const issuedCodes = new Map();

service.on('beforeAuthorizeRedirect', (redirect, req) => {
  const code = redirect.url.searchParams.get('code');
  if (code === null) return;
  const q = req.query ?? {};
  issuedCodes.set(code, {
    clientId: typeof q.client_id === 'string' ? q.client_id : undefined,
    redirectUri: typeof q.redirect_uri === 'string' ? q.redirect_uri : undefined,
    pkce: typeof q.code_challenge === 'string' && q.code_challenge !== '',
    used: false,
  });
});

service.on('beforeTokenSigning', (token, req) => {
  // The token endpoint signs an access token (payload with `scope`) and then an id_token (no
  // `scope`, `aud` = client id, `nonce` if /authorize had one). Both name the subject; only the
  // id_token carries the profile claims, as Google's does.
  if (req.body?.grant_type === 'client_credentials') return;
  if ('scope' in token.payload) token.payload.sub = identity.sub;
  else applyIdentity(token.payload);
});

service.on('beforeResponse', (response, req) => {
  const body = req.body ?? {};
  if (body.grant_type !== 'authorization_code') return;
  const refuse = (description) => {
    response.statusCode = 400;
    response.body = { error: 'invalid_grant', error_description: description };
  };
  const issued = issuedCodes.get(body.code);
  if (issued === undefined) return refuse('unknown authorization code');
  if (issued.used) return refuse('authorization code already redeemed');
  issued.used = true;
  if (body.redirect_uri !== issued.redirectUri) return refuse('redirect_uri mismatch');
  const clientId = basicClientId(req.headers.authorization) ?? body.client_id;
  if (clientId !== issued.clientId) return refuse('client_id mismatch');
  if (issued.pkce && typeof body.code_verifier !== 'string') return refuse('missing code verifier');
});

service.on('beforeUserinfo', (response) => {
  if (response.statusCode !== 200) return;
  const body = {};
  applyIdentity(body);
  response.body = body;
});

await oidc.start(portFromEnv('OIDC_PORT'), HOST);
const port = oidc.address().port;
const issuer = `http://${HOST}:${port}`;
oidc.issuer.url = issuer; // the library would say http://localhost:<port>

// --- the control server ---------------------------------------------------------------------
function send(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const control = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://control').pathname;
  if (path !== '/identity') return send(res, 404, { error: 'not found' });
  if (req.method === 'GET') return send(res, 200, identity);
  if (req.method !== 'PUT') {
    res.setHeader('allow', 'GET, PUT');
    return send(res, 405, { error: 'method not allowed' });
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let next;
    try {
      next = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      return send(res, 400, { error: 'body must be a JSON object' });
    }
    const unknown = Object.keys(next).filter((key) => !CLAIMS.includes(key));
    if (unknown.length > 0) return send(res, 400, { error: `unknown claims: ${unknown.join(', ')}` });
    if (typeof next.sub !== 'string' || next.sub === '') {
      return send(res, 400, { error: 'sub must be a non-empty string' });
    }
    identity = next;
    send(res, 200, identity);
  });
});

await new Promise((resolve, reject) => {
  control.once('error', reject);
  control.listen(portFromEnv('OIDC_CONTROL_PORT'), HOST, resolve);
});
const controlUrl = `http://${HOST}:${control.address().port}`;

process.stdout.write(`READY issuer=${issuer} control=${controlUrl}\n`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  control.closeAllConnections();
  control.close();
  oidc.stop().catch(() => {});
  // Keep-alive connections to the provider cannot be closed from here: do not wait for them.
  setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
