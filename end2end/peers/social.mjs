// A stand-in for the social platforms Obscura publishes to, for the Rust integration tests and
// Playwright: X, LinkedIn, Meta (Facebook Pages + Instagram via Facebook Login for Business),
// Pinterest, and the YouTube Data API (YouTube sign-in is Google's OAuth, not this fake). Each
// platform lives under its own prefix (/x, /linkedin, /meta, /pinterest, /youtube); configure
// Obscura with AUTH_BASE = API_BASE = <fake>/<prefix>. Wire formats follow
// /work/shared/specs/external-apis.md §6.
//
//   SOCIAL_PORT=0 [SOCIAL_CLIENT_SECRET=social-secret] node end2end/peers/social.mjs
//   -> READY http://127.0.0.1:<port>
//
// Clients: `obscura-<platform>` (obscura-x, obscura-linkedin, obscura-meta, obscura-pinterest),
// all with the secret above. The authorize pages show the requested scopes and two links,
// #allow and #deny, back to the redirect_uri; a code is minted when the page renders (single
// use, 10 minutes, bound to client, redirect_uri, scope and PKCE challenge). Token lifetimes
// are real (wall clock). Instagram containers and Pinterest image_url pins make the fake fetch
// the image right away, as Meta and Pinterest do (no redirects followed; must answer 200 with
// image/jpeg or image/png and image bytes).
//
// Test-only control API:
//   POST /_control/fail        {platform, kind, times?:1, reset_after_secs?:60}  kind is one of
//        expired_token | rate_limit | refuse_media | server_error (consumed by the next
//        publishing calls: upload/init/photos/container/tweet/post/publish/pin; on YouTube the
//        channels call) or refresh_fails (consumed by the next refresh / fb_exchange_token grant)
//   POST /_control/expires_in  {platform, seconds, refresh_seconds?}  lifetimes of tokens issued from now on
//   GET  /_control/log[?platform=x]   [{seq, at, platform, kind, method, path, detail}]
//   GET  /_control/tokens             {tokens:[every access, refresh and page token issued]}
//   POST /_control/reset              forget failures, lifetime overrides and the log
// Binds 127.0.0.1 only. Runs until SIGTERM or SIGINT.
import { createServer } from 'node:http';
import { createHash, randomBytes, randomInt } from 'node:crypto';

const HOST = '127.0.0.1';
const port = Number(process.env.SOCIAL_PORT ?? '0');
const SECRET = process.env.SOCIAL_CLIENT_SECRET ?? 'social-secret';
const MAX_BODY = 40 * 1024 * 1024;
const CODE_TTL_MS = 10 * 60 * 1000;
const PLATFORMS = ['x', 'linkedin', 'meta', 'pinterest', 'youtube'];
const FAILURE_KINDS = ['expired_token', 'rate_limit', 'refuse_media', 'refresh_fails', 'server_error'];
const OAUTH = {
  x: { name: 'X', scopeSep: ' ', pkceRequired: true, accessTtl: 7200, refreshTtl: null },
  linkedin: { name: 'LinkedIn', scopeSep: ' ', accessTtl: 5184000 },
  meta: { name: 'Meta', scopeSep: /[\s,]+/, accessTtl: 3600, longTtl: 5184000 },
  pinterest: { name: 'Pinterest', scopeSep: ',', accessTtl: 2592000, refreshTtl: 5184000 },
};
const X_USER = { id: '2244994945', name: 'Ada Fake', username: 'ada_fake' };
const LI_SUB = 'aBcD123';
const LI_PERSON = `urn:li:person:${LI_SUB}`;
const LI_ORG = 'urn:li:organization:1001';
const META_USER = { id: '10001', name: 'Ada Fake' };
const META_PAGES = [
  { id: '2001', name: "Ada's Art", category: 'Artist', ig: { id: '17841400000000001', username: 'ada.art' } },
  { id: '2002', name: 'Second Page', category: 'Artist' },
];
const PIN_BOARDS = [
  { id: '549755885175', name: 'AI art', privacy: 'PUBLIC' },
  { id: '549755885176', name: 'Sketches', privacy: 'PUBLIC' },
];

// ---------------------------------------------------------------------------------------------
// State. Codes, tokens and published objects survive /_control/reset; the rest does not.
const codes = new Map(); // code -> {platform, clientId, redirectUri, scope, challenge, expiresAt, used}
const tokens = new Map(); // token -> {platform, kind: access|refresh|page, user, scope, grant, expiresAt, revoked, ...}
const xMedia = new Map(); // media id -> {size, type, w, h, sha256, alt, expiresAt}
const liImages = new Map(); // n -> {owner, urn, uploaded, valid, size, sha256}
const igContainers = new Map(); // container id -> {igId, status, caption, alt_text, image_url, mediaId}
const igMedia = new Map(); // media id -> {permalink, containerId}
let failures = {}; // platform -> [{kind, remaining, resetAfter}]
let overrides = {}; // platform -> {seconds, refresh_seconds}
let log = [];
let seq = 0;
let liImageSeq = 0;
let base = '';

// ---------------------------------------------------------------------------------------------
// Small helpers.
const hex = (bytes) => randomBytes(bytes).toString('hex');
const digits = (n) => String(randomInt(1, 10)) + Array.from({ length: n - 1 }, () => randomInt(0, 10)).join('');
let snowSeq = 0;
const snowflake = () => String(((BigInt(Date.now()) - 1288834974657n) << 22n) | BigInt(snowSeq++ & 0xfff));
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const s256 = (verifier) => createHash('sha256').update(verifier).digest('base64url');
const fbtrace = () => `A${randomBytes(8).toString('base64url')}`;
const nowSecs = () => Math.floor(Date.now() / 1000);
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
  return true;
};
const empty = (res, status, headers = {}) => {
  res.writeHead(status, { 'content-length': '0', ...headers });
  res.end();
  return true;
};
const htmlPage = (res, status, title, body) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main>${body}</main></body></html>`);
  return true;
};

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(Object.assign(new Error('request body too large'), { status: 413 })) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
const form = (buf) => Object.fromEntries(new URLSearchParams(buf.toString('utf8')));
const parseJson = (buf) => {
  try {
    const v = JSON.parse(buf.toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
};

// multipart/form-data -> {name: {filename, type, data: Buffer, text}}
function multipart(buf, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  if (!m) return null;
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts = {};
  let pos = buf.indexOf(boundary);
  while (pos >= 0) {
    pos += boundary.length;
    if (buf.subarray(pos, pos + 2).toString() === '--') break;
    if (buf[pos] === 13 && buf[pos + 1] === 10) pos += 2;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    if (headEnd < 0) break;
    const head = buf.subarray(pos, headEnd).toString('utf8');
    const next = buf.indexOf(boundary, headEnd + 4);
    if (next < 0) break;
    const end = buf[next - 2] === 13 && buf[next - 1] === 10 ? next - 2 : next;
    const data = buf.subarray(headEnd + 4, end);
    const name = /(?:^|;)\s*name="([^"]*)"/im.exec(head)?.[1];
    if (name !== undefined) {
      parts[name] = {
        filename: /filename="([^"]*)"/i.exec(head)?.[1],
        type: /^content-type:\s*([^\r\n]+)/im.exec(head)?.[1]?.trim(),
        data,
        text: data.toString('utf8'),
      };
    }
    pos = next;
  }
  return parts;
}

// Body parameters (form, multipart text fields or JSON) merged over the query string.
async function params(ctx) {
  const out = Object.fromEntries(ctx.query);
  if (ctx.req.method === 'GET' || ctx.req.method === 'DELETE') return { params: out, parts: {} };
  const buf = await ctx.body();
  const type = (ctx.req.headers['content-type'] ?? '').toLowerCase();
  let parts = {};
  if (type.startsWith('multipart/form-data')) {
    parts = multipart(buf, ctx.req.headers['content-type']) ?? {};
    for (const [k, p] of Object.entries(parts)) if (p.filename === undefined) out[k] = p.text;
  } else if (type.startsWith('application/json')) {
    Object.assign(out, parseJson(buf) ?? {});
  } else if (buf.length) {
    Object.assign(out, form(buf));
  }
  return { params: out, parts };
}

// Image sniffing: {type, w, h} for PNG / JPEG / GIF / WebP, else null.
const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function sniff(b) {
  if (!b || b.length < 12) return null;
  if (b.length >= 24 && b.subarray(0, 8).equals(PNG_SIG)) return { type: 'image/png', w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { type: 'image/jpeg', ...jpegSize(b) };
  if (/^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return { type: 'image/gif', w: b.readUInt16LE(6), h: b.readUInt16LE(8) };
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return { type: 'image/webp', ...webpSize(b) };
  return null;
}
function jpegSize(b) {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) { i++; continue; }
    const marker = b[i + 1];
    if (marker === 0xff) { i++; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) { i += 2; continue; }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { h: b.readUInt16BE(i + 5), w: b.readUInt16BE(i + 7) };
    }
    i += 2 + b.readUInt16BE(i + 2);
  }
  return { w: 0, h: 0 };
}
function webpSize(b) {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X' && b.length >= 30) return { w: 1 + b.readUIntLE(24, 3), h: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b.readUInt32LE(21);
    return { w: (bits & 0x3fff) + 1, h: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && b.length >= 30) return { w: b.readUInt16LE(26) & 0x3fff, h: b.readUInt16LE(28) & 0x3fff };
  return { w: 0, h: 0 };
}

// Fetch an image the way Meta's and Pinterest's crawlers do: now, without following redirects.
async function fetchImage(ctx, platform, url, userAgent) {
  const out = { url, status: 0, content_type: '', bytes: 0, sha256: null };
  let buf = Buffer.alloc(0);
  try {
    if (!/^https?:\/\//i.test(url ?? '')) throw new Error('not an http(s) URL');
    const r = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000), headers: { 'user-agent': userAgent } });
    out.status = r.status;
    out.content_type = (r.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    buf = Buffer.from(await r.arrayBuffer());
    out.bytes = buf.length;
    out.sha256 = sha256(buf);
  } catch (e) {
    out.error = String(e?.message ?? e);
  }
  const sniffed = sniff(buf);
  const ok = out.status === 200 && ['image/jpeg', 'image/png'].includes(out.content_type) && sniffed !== null;
  record(platform, 'fetch', ctx, { ...out, ok });
  return { ok, buf, sniffed, info: out };
}

function record(platform, kind, ctx, detail = {}) {
  log.push({ seq: ++seq, at: new Date().toISOString(), platform, kind, method: ctx.req.method, path: ctx.path, detail });
}

const bearer = (req) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
function basicAuth(req) {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return null;
  const raw = Buffer.from(m[1], 'base64').toString('utf8');
  const i = raw.indexOf(':');
  if (i < 0) return null;
  const dec = (s) => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; } };
  return { id: dec(raw.slice(0, i)), secret: dec(raw.slice(i + 1)) };
}
const clientOk = (platform, id, secret) => id === `obscura-${platform}` && secret === SECRET;

// ---------------------------------------------------------------------------------------------
// Tokens, codes and injected failures.
const ttl = (platform, fallback) => overrides[platform]?.seconds ?? fallback;
const refreshTtl = (platform, fallback) => overrides[platform]?.refresh_seconds ?? fallback;

function issue(platform, kind, { user, scope = '', grant = null, seconds = null, ...extra }) {
  const tag = { access: 'at', refresh: 'rt', page: 'page' }[kind];
  const token = `fake-${platform}-${tag}-${hex(16)}`;
  const expiresAt = seconds === null ? null : Date.now() + seconds * 1000;
  tokens.set(token, { platform, kind, user, scope, grant, expiresAt, revoked: false, issuedAt: Date.now(), ...extra });
  return token;
}
function lookup(platform, token, kinds = ['access']) {
  if (!token) return { why: 'missing' };
  const t = tokens.get(token);
  if (!t || t.platform !== platform || !kinds.includes(t.kind)) return { why: 'unknown' };
  if (t.revoked) return { why: 'revoked' };
  if (t.expiresAt !== null && Date.now() >= t.expiresAt) return { why: 'expired' };
  return { t, token };
}

// Redeem an authorization code: {code} or {reason, description}.
function redeem(platform, p) {
  const c = codes.get(p.code ?? '');
  if (!c || c.platform !== platform) return { reason: 'unknown', description: 'The authorization code is invalid.' };
  if (c.used) return { reason: 'used', description: 'The authorization code has already been used.' };
  if (Date.now() > c.expiresAt) return { reason: 'expired', description: 'The authorization code has expired.' };
  if ((p.redirect_uri ?? '') !== c.redirectUri) return { reason: 'redirect', description: 'redirect_uri does not match the authorization request.' };
  if (c.challenge && (!p.code_verifier || s256(p.code_verifier) !== c.challenge)) {
    return { reason: 'verifier', description: 'code_verifier does not match the code_challenge.' };
  }
  c.used = true;
  return { code: c };
}
const oauthError = (res, status, error, description) => json(res, status, { error, error_description: description });

// Take one injected failure: `refresh` selects refresh_fails, otherwise any other kind.
function takeFailure(platform, refresh = false) {
  const list = failures[platform] ?? [];
  const i = list.findIndex((f) => (f.kind === 'refresh_fails') === refresh);
  if (i < 0) return null;
  const f = list[i];
  if (--f.remaining <= 0) list.splice(i, 1);
  return f;
}

// ---------------------------------------------------------------------------------------------
// Per-platform error shapes.
const X_PROBLEM = 'https://api.x.com/2/problems/invalid-request';
const googleError = (res, status, message, reason, extra = {}) =>
  json(res, status, { error: { code: status, message, errors: [{ message, domain: 'global', reason }], ...extra } });
const metaError = (res, status, error, headers) => json(res, status, { error: { ...error, fbtrace_id: fbtrace() } }, headers);
const META_TOKEN_ERRORS = {
  missing: { message: 'An access token is required to request this resource.', type: 'OAuthException', code: 104 },
  unknown: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 },
  expired: { message: 'Error validating access token: Session has expired', type: 'OAuthException', code: 190, error_subcode: 463 },
  revoked: { message: 'Error validating access token: The user has not authorized application.', type: 'OAuthException', code: 190, error_subcode: 458 },
};

const badRequest = {
  x: (res, detail) => json(res, 400, { title: 'Invalid Request', detail, type: X_PROBLEM, status: 400 }),
  linkedin: (res, message) => json(res, 400, { status: 400, message }),
  meta: (res, message) => metaError(res, 400, { message: `(#100) ${message}`, type: 'OAuthException', code: 100 }),
  pinterest: (res, message) => json(res, 400, { code: 1, message }),
  youtube: (res, message) => googleError(res, 400, message, 'badRequest'),
};

function authFailure(platform, res, why) {
  switch (platform) {
    case 'x':
      return json(res, 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    case 'linkedin':
      if (why === 'revoked') {
        return json(res, 401, {
          status: 401, serviceErrorCode: 65602, code: 'REVOKED_ACCESS_TOKEN', message: 'The token used in the request has been revoked by the user',
        });
      }
      if (why === 'expired') {
        return json(res, 401, {
          status: 401, serviceErrorCode: 65601, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired',
        });
      }
      return json(res, 401, { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' });
    case 'meta':
      return metaError(res, 400, META_TOKEN_ERRORS[why] ?? META_TOKEN_ERRORS.unknown);
    case 'pinterest':
      return json(res, 401, { code: 2, message: 'Authentication failed.' });
    default:
      return googleError(res, 401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or '
        + 'other valid authentication credential.', 'authError', { status: 'UNAUTHENTICATED' });
  }
}

// Answer with an injected failure. `surface` picks Meta's Facebook or Instagram media error.
function injectedFailure(platform, res, f, surface) {
  const resetSecs = f.resetAfter;
  if (f.kind === 'server_error') {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(resetSecs) });
    res.end('<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>'
      + '<body><h1>Service Unavailable</h1><p>Something went wrong. Try again later.</p></body></html>');
    return true;
  }
  if (f.kind === 'expired_token') return authFailure(platform, res, 'expired');
  if (f.kind === 'rate_limit') {
    switch (platform) {
      case 'x':
        return json(res, 429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, {
          'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(nowSecs() + resetSecs),
        });
      case 'linkedin':
        return json(res, 429, {
          status: 429, message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
        }, { 'retry-after': String(resetSecs) });
      case 'meta':
        return metaError(res, 400, { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4, is_transient: true }, {
          'x-app-usage': JSON.stringify({ call_count: 100, total_time: 20, total_cputime: 20 }),
        });
      case 'pinterest':
        return json(res, 429, { code: 8, message: 'Rate limit exceeded' }, { 'retry-after': String(resetSecs) });
      default:
        return googleError(res, 403, 'The request cannot be completed because you have exceeded your quota.', 'quotaExceeded');
    }
  }
  // refuse_media
  switch (platform) {
    case 'x': return badRequest.x(res, 'media type unrecognized');
    case 'linkedin': return badRequest.linkedin(res, 'Invalid image');
    case 'meta':
      if (surface === 'instagram') return igMediaError(res);
      return metaError(res, 400, { message: '(#324) Requires upload file', type: 'OAuthException', code: 324 });
    case 'pinterest': return badRequest.pinterest(res, 'Invalid image');
    default: return badRequest.youtube(res, 'Invalid media');
  }
}
const igMediaError = (res) =>
  metaError(res, 400, { message: 'Only photo or video can be accepted as media type.', type: 'OAuthException', code: 9004, error_subcode: 2207052 });

// If a failure is queued for this publishing call, answer with it and return true.
function injected(ctx, platform, call, surface) {
  const f = takeFailure(platform);
  if (!f) return false;
  record(platform, 'failure', ctx, { call, injected: f.kind });
  return injectedFailure(platform, ctx.res, f, surface);
}
// Check the token; on failure answer with the platform's error and return null.
function authed(ctx, platform, token = bearer(ctx.req), kinds = ['access']) {
  const r = lookup(platform, token, kinds);
  if (r.t) return r;
  authFailure(platform, ctx.res, r.why);
  return null;
}
// A publishing call rejected by validation: log it, answer with `send`.
function reject(ctx, platform, call, reason, send) {
  record(platform, 'failure', ctx, { call, reason });
  return send();
}

// ---------------------------------------------------------------------------------------------
// Authorization pages (all OAuth platforms).
function authorize(ctx, platform) {
  const cfg = OAUTH[platform];
  const q = ctx.query;
  const fail = (msg) => htmlPage(ctx.res, 400, `Fake ${cfg.name}`, `<h1>Fake ${cfg.name}</h1><p role="alert">${escapeHtml(msg)}</p>`);
  const clientId = q.get('client_id');
  if (clientId !== `obscura-${platform}`) return fail('unknown client');
  const redirect = q.get('redirect_uri') ?? '';
  let parsed;
  try { parsed = new URL(redirect); } catch { return fail('invalid redirect_uri'); }
  if (!/^https?:$/.test(parsed.protocol) || redirect.includes('#')) return fail('invalid redirect_uri');
  if (q.get('response_type') !== 'code') return fail('unsupported response_type (must be code)');
  const challenge = q.get('code_challenge');
  if (challenge && q.get('code_challenge_method') !== 'S256') return fail('code_challenge_method must be S256');
  if (cfg.pkceRequired && !challenge) return fail('code_challenge is required');
  const scope = q.get('scope') ?? '';
  const scopes = scope.split(cfg.scopeSep).filter(Boolean);
  const code = `fake-${platform}-code-${hex(16)}`;
  codes.set(code, { platform, clientId, redirectUri: redirect, scope, scopes, challenge, expiresAt: Date.now() + CODE_TTL_MS, used: false });
  record(platform, 'authorize', ctx, { client_id: clientId, redirect_uri: redirect, scope, scopes, pkce: Boolean(challenge), state: q.get('state') });
  const state = q.get('state');
  const back = (query) => `${redirect}${redirect.includes('?') ? '&' : '?'}${query}${state === null ? '' : `&state=${encodeURIComponent(state)}`}`;
  const allow = back(`code=${encodeURIComponent(code)}`);
  const deny = back('error=access_denied&error_description=The+user+denied');
  return htmlPage(ctx.res, 200, `Authorize Obscura · Fake ${cfg.name}`, `<h1>Fake ${cfg.name}</h1>
<p>The app <strong>${escapeHtml(clientId)}</strong> asks for these permissions:</p>
<ul aria-label="Requested permissions">${scopes.map((s) => `<li class="scope">${escapeHtml(s)}</li>`).join('')}</ul>
<p><a id="allow" href="${escapeHtml(allow)}">Allow</a> <a id="deny" href="${escapeHtml(deny)}">Cancel</a></p>`);
}

// Authorization-code and rotating refresh grants shared by X and Pinterest.
function codeGrant(ctx, platform, p, extra) {
  const r = redeem(platform, p);
  if (!r.code) return oauthError(ctx.res, 400, 'invalid_grant', r.description);
  const { scope, scopes } = r.code;
  const grant = hex(8);
  const user = platform === 'x' ? X_USER.id : '9001';
  const withRefresh = platform !== 'x' || scopes.includes('offline.access');
  return tokenPair(ctx, platform, 'token', { user, scope, grant, withRefresh, extra });
}
function refreshGrant(ctx, platform, p, extra) {
  const f = takeFailure(platform, true);
  if (f) {
    record(platform, 'failure', ctx, { call: 'refresh', injected: f.kind });
    return oauthError(ctx.res, 400, 'invalid_grant', 'The refresh token is invalid.');
  }
  const r = lookup(platform, p.refresh_token, ['refresh']);
  if (!r.t) return oauthError(ctx.res, 400, 'invalid_grant', `The refresh token is ${r.why === 'unknown' ? 'invalid' : r.why}.`);
  r.t.revoked = true; // rotating: the old refresh token stops working
  const { user, scope, grant } = r.t;
  return tokenPair(ctx, platform, 'refresh', { user, scope, grant, withRefresh: true, extra });
}
function tokenPair(ctx, platform, kind, { user, scope, grant, withRefresh, extra }) {
  const expiresIn = ttl(platform, OAUTH[platform].accessTtl);
  const access = issue(platform, 'access', { user, scope, grant, seconds: expiresIn });
  const rtSecs = refreshTtl(platform, OAUTH[platform].refreshTtl);
  const refresh = withRefresh ? issue(platform, 'refresh', { user, scope, grant, seconds: rtSecs }) : undefined;
  record(platform, kind, ctx, { scope, expires_in: expiresIn, refresh_token: Boolean(refresh) });
  const body = { token_type: 'bearer', expires_in: expiresIn, access_token: access, scope };
  if (refresh) body.refresh_token = refresh;
  return json(ctx.res, 200, { ...body, ...(extra ? extra(kind, rtSecs) : {}) });
}
function revokeGrantOrToken(token) {
  const t = tokens.get(token ?? '');
  if (!t) return null;
  if (t.kind === 'refresh' && t.grant) for (const o of tokens.values()) if (o.grant === t.grant) o.revoked = true;
  t.revoked = true;
  return t;
}

// ---------------------------------------------------------------------------------------------
// X
const xWeighted = (text) => [...text.replace(/https?:\/\/\S+/g, 'x'.repeat(23))].length;

async function x(ctx, path) {
  const { req, res } = ctx;
  const M = req.method;
  if (M === 'GET' && path === '/i/oauth2/authorize') return authorize(ctx, 'x');
  if (M === 'POST' && (path === '/2/oauth2/token' || path === '/2/oauth2/revoke')) {
    const p = form(await ctx.body());
    const basic = basicAuth(req);
    if (!basic || !clientOk('x', basic.id, basic.secret) || (p.client_id && p.client_id !== basic.id)) {
      return oauthError(res, 401, 'invalid_client', 'Missing valid authorization header');
    }
    if (path === '/2/oauth2/revoke') {
      const t = revokeGrantOrToken(p.token);
      record('x', 'revoke', ctx, { token_platform: t?.platform ?? null, token_kind: t?.kind ?? null, known: Boolean(t) });
      return json(res, 200, { revoked: true });
    }
    if (p.grant_type === 'authorization_code') return codeGrant(ctx, 'x', p);
    if (p.grant_type === 'refresh_token') return refreshGrant(ctx, 'x', p);
    return oauthError(res, 400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }
  if (M === 'GET' && path === '/2/users/me') {
    if (!authed(ctx, 'x')) return true;
    record('x', 'identity', ctx, { id: X_USER.id });
    return json(res, 200, { data: X_USER });
  }
  if (M === 'POST' && path === '/2/media/upload') {
    if (!authed(ctx, 'x') || injected(ctx, 'x', 'upload')) return true;
    const buf = await ctx.body();
    let media, category;
    if ((req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      const b = parseJson(buf) ?? {};
      media = typeof b.media === 'string' ? Buffer.from(b.media, 'base64') : null;
      category = b.media_category;
    } else {
      const parts = multipart(buf, req.headers['content-type']) ?? {};
      media = parts.media?.data;
      category = parts.media_category?.text;
    }
    const no = (reason) => reject(ctx, 'x', 'upload', reason, () => badRequest.x(res, reason));
    if (category !== 'tweet_image') return no(`media_category must be tweet_image (got ${category ?? 'nothing'})`);
    const img = sniff(media);
    if (!img) return no('media type unrecognized');
    if (media.length > 5 * 1024 * 1024) return no('media size exceeds 5 MB');
    const id = snowflake();
    const entry = { size: media.length, type: img.type, w: img.w, h: img.h, sha256: sha256(media), alt: null, expiresAt: Date.now() + 86400_000 };
    xMedia.set(id, entry);
    const image = { image_type: img.type, w: img.w, h: img.h };
    record('x', 'upload', ctx, { media_id: id, media_category: category, bytes: entry.size, sha256: entry.sha256, ...image });
    return json(res, 200, { data: { id, media_key: `3_${id}`, size: entry.size, expires_after_secs: 86400, image } });
  }
  if (M === 'POST' && path === '/2/media/metadata') {
    if (!authed(ctx, 'x')) return true;
    const b = parseJson(await ctx.body());
    const id = b?.id;
    const text = b?.metadata?.alt_text?.text;
    if (!xMedia.has(id)) return reject(ctx, 'x', 'metadata', 'unknown media id', () => badRequest.x(res, `Media id ${id} not found`));
    if (typeof text !== 'string' || [...text].length > 1000) {
      const reason = 'metadata.alt_text.text must be a string of at most 1000 characters';
      return reject(ctx, 'x', 'metadata', reason, () => badRequest.x(res, reason));
    }
    xMedia.get(id).alt = text;
    record('x', 'metadata', ctx, { media_id: id, alt_text: text });
    return json(res, 200, { data: { id, associated_metadata: { alt_text: { text } } } });
  }
  if (M === 'POST' && path === '/2/tweets') {
    if (!authed(ctx, 'x') || injected(ctx, 'x', 'post')) return true;
    const b = parseJson(await ctx.body());
    const no = (reason) => reject(ctx, 'x', 'post', reason, () => badRequest.x(res, reason));
    if (!b) return no('Request body is not valid JSON');
    const text = b.text ?? '';
    const ids = b.media?.media_ids ?? [];
    if (typeof text !== 'string') return no('text must be a string');
    if (!Array.isArray(ids) || ids.length > 4) return no('media.media_ids must hold 1 to 4 ids');
    const unknown = ids.filter((id) => !(xMedia.get(id)?.expiresAt > Date.now()));
    if (unknown.length) return no(`Your media IDs are invalid: ${unknown.join(', ')}`);
    if (!text && !ids.length) return no('Post text or media is required');
    if (xWeighted(text) > 280) return no('Your Post text is too long.');
    if (b.made_with_ai !== undefined && typeof b.made_with_ai !== 'boolean') return no('made_with_ai must be a boolean');
    const id = snowflake();
    record('x', 'post', ctx, {
      post_id: id, text, media_ids: ids, made_with_ai: b.made_with_ai ?? null,
      alt_texts: ids.map((m) => xMedia.get(m).alt), media: ids.map((m) => ({ id: m, bytes: xMedia.get(m).size, sha256: xMedia.get(m).sha256 })),
    });
    return json(res, 201, { data: { id, text, edit_history_post_ids: [id], edit_history_tweet_ids: [id] } });
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// LinkedIn
function liVersioned(ctx) {
  const v = ctx.req.headers['linkedin-version'];
  if (!/^\d{6}$/.test(v ?? '')) return badRequest.linkedin(ctx.res, 'A valid LinkedIn-Version header (YYYYMM) is required');
  if (ctx.req.headers['x-restli-protocol-version'] !== '2.0.0') return badRequest.linkedin(ctx.res, 'X-Restli-Protocol-Version: 2.0.0 is required');
  return false;
}
const liDenied = (what) => ({ status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message: `Not enough permissions to access: ${what}` });
const liMissing = (field) => ({ status: 422, message: `ERROR :: /${field} :: field is required but not found and has no default value` });

async function linkedin(ctx, path) {
  const { req, res } = ctx;
  const M = req.method;
  if (M === 'GET' && path === '/oauth/v2/authorization') return authorize(ctx, 'linkedin');
  if (M === 'POST' && (path === '/oauth/v2/accessToken' || path === '/oauth/v2/revoke')) {
    const p = form(await ctx.body());
    if (!clientOk('linkedin', p.client_id, p.client_secret)) return oauthError(res, 401, 'invalid_client', 'Client authentication failed');
    if (path === '/oauth/v2/revoke') {
      const t = revokeGrantOrToken(p.token);
      record('linkedin', 'revoke', ctx, { token_platform: t?.platform ?? null, token_kind: t?.kind ?? null, known: Boolean(t) });
      return empty(res, 200);
    }
    if (p.grant_type !== 'authorization_code') return oauthError(res, 400, 'unsupported_grant_type', 'Only authorization_code is supported');
    const r = redeem('linkedin', p);
    if (!r.code) return oauthError(res, 400, 'invalid_grant', r.description);
    const expiresIn = ttl('linkedin', OAUTH.linkedin.accessTtl);
    const scope = r.code.scopes.join(',');
    const access = issue('linkedin', 'access', { user: LI_SUB, scope, seconds: expiresIn });
    record('linkedin', 'token', ctx, { scope, expires_in: expiresIn, refresh_token: false });
    return json(res, 200, { access_token: access, expires_in: expiresIn, scope, token_type: 'Bearer' });
  }
  if (M === 'GET' && path === '/v2/userinfo') {
    if (!authed(ctx, 'linkedin')) return true;
    record('linkedin', 'identity', ctx, { sub: LI_SUB });
    return json(res, 200, { sub: LI_SUB, name: 'Ada Fake', given_name: 'Ada', family_name: 'Fake', picture: null });
  }
  let m = /^\/upload\/(\d+)$/.exec(path);
  if (M === 'PUT' && m) {
    if (!authed(ctx, 'linkedin')) return true;
    const img = liImages.get(m[1]);
    if (!img) return json(res, 404, { status: 404, message: 'Upload URL not found' });
    const buf = await ctx.body();
    const s = sniff(buf);
    const valid = s !== null && s.type !== 'image/webp'; // LinkedIn takes JPG, PNG and GIF
    Object.assign(img, { uploaded: true, valid, size: buf.length, sha256: sha256(buf), type: s?.type ?? null });
    record('linkedin', 'upload', ctx, { step: 'put', image: img.urn, bytes: img.size, sha256: img.sha256, image_type: img.type });
    return empty(res, 201);
  }
  if (!path.startsWith('/rest/')) return false;
  if (!authed(ctx, 'linkedin') || liVersioned(ctx)) return true;
  if (M === 'GET' && path === '/rest/organizationAcls') {
    if (ctx.query.get('q') !== 'roleAssignee') return badRequest.linkedin(res, 'Unsupported finder, expected q=roleAssignee');
    const role = ctx.query.get('role');
    const state = ctx.query.get('state');
    const acl = { organization: LI_ORG, role: 'ADMINISTRATOR', state: 'APPROVED', roleAssignee: LI_PERSON };
    const elements = (!role || role === acl.role) && (!state || state === acl.state) ? [acl] : [];
    record('linkedin', 'identity', ctx, { organizations: elements.map((e) => e.organization) });
    return json(res, 200, { elements, paging: { count: 10, start: 0 } });
  }
  m = /^\/rest\/organizations\/(\d+)$/.exec(path);
  if (M === 'GET' && m) {
    if (m[1] !== '1001') return json(res, 404, { status: 404, message: `Organization ${m[1]} not found` });
    record('linkedin', 'identity', ctx, { organization: LI_ORG });
    return json(res, 200, { id: 1001, localizedName: 'Fake Studio GmbH', vanityName: 'fake-studio' });
  }
  if (M === 'POST' && path === '/rest/images') {
    if (ctx.query.get('action') !== 'initializeUpload') return badRequest.linkedin(res, 'Unsupported action');
    if (injected(ctx, 'linkedin', 'image init')) return true;
    const owner = parseJson(await ctx.body())?.initializeUploadRequest?.owner;
    if (!owner) return reject(ctx, 'linkedin', 'image init', 'owner missing', () => json(res, 422, liMissing('initializeUploadRequest/owner')));
    if (owner !== LI_PERSON && owner !== LI_ORG) {
      return reject(ctx, 'linkedin', 'image init', `owner ${owner} not allowed`, () => json(res, 403, liDenied(`images.initializeUpload for ${owner}`)));
    }
    const n = String(++liImageSeq);
    const urn = `urn:li:image:${n}`;
    liImages.set(n, { owner, urn, uploaded: false, valid: false });
    record('linkedin', 'upload', ctx, { step: 'initializeUpload', owner, image: urn });
    return json(res, 200, { value: { uploadUrl: `${base}/linkedin/upload/${n}`, uploadUrlExpiresAt: Date.now() + 3600_000, image: urn } });
  }
  if (M === 'POST' && path === '/rest/posts') {
    if (injected(ctx, 'linkedin', 'post')) return true;
    const b = parseJson(await ctx.body());
    const no = (reason, status = 400, body = { status, message: reason }) => reject(ctx, 'linkedin', 'post', reason, () => json(res, status, body));
    if (!b) return no('Request body is not valid JSON');
    for (const field of ['author', 'visibility', 'distribution', 'lifecycleState']) {
      if (b[field] === undefined) return no(`${field} missing`, 422, liMissing(field));
    }
    if (b.author !== LI_PERSON && b.author !== LI_ORG) return no(`author ${b.author} not allowed`, 403, liDenied(`posts as ${b.author}`));
    const mediaId = b.content?.media?.id;
    let img = null;
    if (mediaId !== undefined) {
      img = liImages.get(/^urn:li:image:(\d+)$/.exec(mediaId)?.[1] ?? '');
      if (!img || !img.uploaded) return no(`Image ${mediaId} has not been uploaded`);
      if (img.owner !== b.author) return no(`Image ${mediaId} is owned by ${img.owner}, not by the author ${b.author}`);
      if (!img.valid) return no('Invalid image');
    }
    const urn = `urn:li:share:${digits(19)}`;
    record('linkedin', 'post', ctx, {
      post_urn: urn, author: b.author, commentary: b.commentary ?? null, visibility: b.visibility, lifecycleState: b.lifecycleState,
      image: mediaId ?? null, alt_text: b.content?.media?.altText ?? null, bytes: img?.size ?? null, sha256: img?.sha256 ?? null,
    });
    return empty(res, 201, { 'x-restli-id': urn });
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Meta (Facebook Pages + Instagram via Facebook Login for Business)
const pageTokensFor = (userToken, entry) => {
  // Page tokens from a long-lived user token do not expire; from a short-lived one they end with it.
  const seconds = entry.long || entry.expiresAt === null ? null : (entry.expiresAt - Date.now()) / 1000;
  entry.pageTokens ??= Object.fromEntries(META_PAGES.map((pg) => [pg.id, issue('meta', 'page', {
    user: META_USER.id, scope: entry.scope, pageId: pg.id, parent: userToken, seconds,
  })]));
  return entry.pageTokens;
};
// Keep only the requested fields (plus id) when `fields` is given.
function pick(obj, fields, defaults) {
  const wanted = fields ? fields.split(',').map((f) => f.trim().replace(/[{.].*$/, '')) : defaults;
  return Object.fromEntries(Object.entries(obj).filter(([k, v]) => (k === 'id' || wanted.includes(k)) && v !== undefined));
}
const metaObjectMissing = (res, id) =>
  metaError(res, 400, {
    message: `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    type: 'GraphMethodException', code: 100, error_subcode: 33,
  });
const igAccount = (igId) => META_PAGES.find((pg) => pg.ig?.id === igId);
// Instagram calls take the linked page's token or a user token.
function igAuthed(ctx, token, igId) {
  const r = lookup('meta', token, ['access', 'page']);
  if (!r.t) return authFailure('meta', ctx.res, r.why) && null;
  if (r.t.kind === 'page' && r.t.pageId !== igAccount(igId).id) {
    const message = '(#190) This Page access token belongs to a Page not linked to this Instagram account';
    return metaError(ctx.res, 400, { message, type: 'OAuthException', code: 190 }) && null;
  }
  return r;
}

async function meta(ctx, path) {
  const { req, res } = ctx;
  const M = req.method;
  const vm = /^\/(v\d+\.\d+)(\/.*)$/.exec(path);
  if (!vm) return false;
  const sub = vm[2];
  if (M === 'GET' && sub === '/dialog/oauth') return authorize(ctx, 'meta');
  const { params: p, parts } = await params(ctx);
  const token = p.access_token ?? bearer(req);
  if (M === 'GET' && sub === '/oauth/access_token') {
    if (p.client_id !== 'obscura-meta') {
      return metaError(res, 400, { message: 'Error validating application. Invalid application ID.', type: 'OAuthException', code: 101 });
    }
    if (p.client_secret !== SECRET) return metaError(res, 400, { message: 'Error validating client secret.', type: 'OAuthException', code: 1 });
    if (p.grant_type === 'fb_exchange_token') {
      const f = takeFailure('meta', true);
      if (f) {
        record('meta', 'failure', ctx, { call: 'fb_exchange_token', injected: f.kind });
        return metaError(res, 400, META_TOKEN_ERRORS.expired);
      }
      const r = lookup('meta', p.fb_exchange_token);
      if (!r.t) return metaError(res, 400, META_TOKEN_ERRORS[r.why === 'missing' ? 'unknown' : r.why]);
      const expiresIn = ttl('meta', OAUTH.meta.longTtl);
      const access = issue('meta', 'access', { user: META_USER.id, scope: r.t.scope, seconds: expiresIn, long: true });
      record('meta', 'token', ctx, { grant: 'fb_exchange_token', long_lived: true, scope: r.t.scope, expires_in: expiresIn });
      return json(res, 200, { access_token: access, token_type: 'bearer', expires_in: expiresIn });
    }
    const r = redeem('meta', p);
    if (!r.code) {
      const subcode = { unknown: undefined, used: 36009, expired: 36007, redirect: 36008, verifier: 36008 }[r.reason];
      return metaError(res, 400, { message: r.description, type: 'OAuthException', code: 100, error_subcode: subcode });
    }
    const expiresIn = ttl('meta', OAUTH.meta.accessTtl);
    const scope = r.code.scopes.join(',');
    const access = issue('meta', 'access', { user: META_USER.id, scope, seconds: expiresIn, long: false });
    record('meta', 'token', ctx, { grant: 'authorization_code', long_lived: false, scope, expires_in: expiresIn });
    return json(res, 200, { access_token: access, token_type: 'bearer', expires_in: expiresIn });
  }
  if (M === 'GET' && sub === '/me') {
    const r = lookup('meta', token, ['access', 'page']);
    if (!r.t) return authFailure('meta', res, r.why);
    record('meta', 'identity', ctx, { as: r.t.kind === 'page' ? `page ${r.t.pageId}` : 'user' });
    const who = r.t.kind === 'page' ? META_PAGES.find((pg) => pg.id === r.t.pageId) : META_USER;
    return json(res, 200, pick({ id: who.id, name: who.name }, p.fields, ['name']));
  }
  if (M === 'GET' && sub === '/me/accounts') {
    const r = lookup('meta', token);
    if (!r.t) return authFailure('meta', res, r.why);
    const pageTokens = pageTokensFor(token, r.t);
    const data = META_PAGES.map((pg) => pick({
      id: pg.id, name: pg.name, access_token: pageTokens[pg.id], category: pg.category,
      tasks: ['ADVERTISE', 'ANALYZE', 'CREATE_CONTENT', 'MESSAGING', 'MODERATE', 'MANAGE'],
      instagram_business_account: pg.ig ? { ...pg.ig } : undefined,
    }, p.fields, ['name', 'access_token', 'category', 'tasks']));
    record('meta', 'identity', ctx, { pages: data.map((d) => d.id), fields: p.fields ?? null });
    return json(res, 200, { data, paging: { cursors: { before: 'a', after: 'b' } } });
  }
  let m = /^\/(me|\d+)\/permissions$/.exec(sub);
  if (M === 'DELETE' && m) {
    const r = lookup('meta', token);
    if (!r.t) return authFailure('meta', res, r.why);
    if (m[1] !== 'me' && m[1] !== META_USER.id) return metaObjectMissing(res, m[1]);
    let n = 0;
    for (const t of tokens.values()) if (t.platform === 'meta' && t.user === META_USER.id && !t.revoked) { t.revoked = true; n++; }
    record('meta', 'revoke', ctx, { token_platform: 'meta', user_id: META_USER.id, tokens_revoked: n });
    return json(res, 200, { success: true });
  }
  m = /^\/(\d+)\/photos$/.exec(sub);
  if (M === 'POST' && m) {
    const pageId = m[1];
    if (!META_PAGES.some((pg) => pg.id === pageId)) return metaObjectMissing(res, pageId);
    const r = lookup('meta', token, ['access', 'page']);
    if (!r.t) return authFailure('meta', res, r.why);
    if (r.t.kind !== 'page' || r.t.pageId !== pageId) {
      const message = `(#190) This method must be called with the Page Access Token of page ${pageId}`;
      return reject(ctx, 'meta', 'photos', 'not the page token of this page', () => metaError(res, 400, { message, type: 'OAuthException', code: 190 }));
    }
    if (injected(ctx, 'meta', 'photos', 'facebook')) return true;
    let bytes = parts.source?.data ?? null;
    if (!bytes && p.url) {
      const f = await fetchImage(ctx, 'meta', p.url, 'facebookexternalhit/1.1');
      bytes = f.ok ? f.buf : Buffer.alloc(0);
    }
    const img = sniff(bytes);
    if (!img) {
      return reject(ctx, 'meta', 'photos', 'missing or invalid image', () =>
        metaError(res, 400, { message: '(#324) Requires upload file', type: 'OAuthException', code: 324 }));
    }
    const published = String(p.published ?? 'true') !== 'false';
    const id = digits(16);
    const postId = published ? `${pageId}_${digits(16)}` : undefined;
    record('meta', 'post', ctx, {
      page_id: pageId, photo_id: id, post_id: postId ?? null, caption: p.caption ?? p.message ?? null, alt_text: p.alt_text_custom ?? null,
      published, bytes: bytes.length, sha256: sha256(bytes), image_type: img.type,
    });
    return json(res, 200, postId ? { id, post_id: postId } : { id });
  }
  m = /^\/(\d+)\/(media|media_publish|content_publishing_limit)$/.exec(sub);
  if (m && !igAccount(m[1])) return metaObjectMissing(res, m[1]);
  if (m) {
    const [, igId, op] = m;
    if (!igAuthed(ctx, token, igId)) return true;
    if (M === 'GET' && op === 'content_publishing_limit') {
      const used = [...igMedia.values()].filter((x) => x.igId === igId && x.at > Date.now() - 86400_000).length;
      return json(res, 200, { data: [{ quota_usage: used, config: { quota_total: 50, quota_duration: 86400 } }] });
    }
    if (M === 'POST' && op === 'media') {
      if (injected(ctx, 'meta', 'container', 'instagram')) return true;
      if (!p.image_url) {
        return reject(ctx, 'meta', 'container', 'image_url missing', () => badRequest.meta(res, 'The parameter image_url is required'));
      }
      const f = await fetchImage(ctx, 'meta', p.image_url, 'facebookexternalhit/1.1');
      if (!f.ok) return reject(ctx, 'meta', 'container', 'image fetch failed', () => igMediaError(res));
      const id = digits(17);
      const c = { caption: p.caption ?? null, alt_text: p.alt_text ?? null, image_url: p.image_url, bytes: f.info.bytes, sha256: f.info.sha256 };
      igContainers.set(id, { igId, status: 'FINISHED', ...c });
      record('meta', 'container', ctx, { ig_user_id: igId, container_id: id, ...c });
      return json(res, 200, { id });
    }
    if (M === 'POST' && op === 'media_publish') {
      if (injected(ctx, 'meta', 'publish', 'instagram')) return true;
      const c = igContainers.get(p.creation_id ?? '');
      if (!c || c.igId !== igId || c.status !== 'FINISHED') {
        return reject(ctx, 'meta', 'publish', 'container not available', () =>
          metaError(res, 400, { message: 'Media ID is not available', type: 'OAuthException', code: 9007, error_subcode: 2207027 }));
      }
      const id = digits(17);
      c.status = 'PUBLISHED';
      c.mediaId = id;
      const shortcode = randomBytes(8).toString('base64url').slice(0, 11);
      igMedia.set(id, { igId, containerId: p.creation_id, at: Date.now(), permalink: `https://www.instagram.com/p/${shortcode}/` });
      record('meta', 'publish', ctx, { ig_user_id: igId, creation_id: p.creation_id, media_id: id, caption: c.caption, alt_text: c.alt_text });
      return json(res, 200, { id });
    }
  }
  m = /^\/(\d+)$/.exec(sub);
  if (M === 'GET' && m) {
    const r = lookup('meta', token, ['access', 'page']);
    if (!r.t) return authFailure('meta', res, r.why);
    const id = m[1];
    const c = igContainers.get(id);
    const media = igMedia.get(id);
    const page = META_PAGES.find((pg) => pg.id === id);
    const ig = igAccount(id);
    let obj;
    if (c) obj = { id, status_code: c.status, status: c.status };
    else if (media) obj = { id, permalink: media.permalink, media_type: 'IMAGE', caption: igContainers.get(media.containerId)?.caption ?? undefined };
    else if (page) obj = { id, name: page.name, category: page.category };
    else if (ig) obj = { id, username: ig.ig.username };
    else if (id === META_USER.id) obj = { ...META_USER };
    else return metaObjectMissing(res, id);
    return json(res, 200, pick(obj, p.fields, Object.keys(obj)));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pinterest
const pinterestExtra = (kind, rtSecs) => ({
  refresh_token_expires_in: rtSecs,
  refresh_token_expires_at: nowSecs() + rtSecs,
  response_type: kind === 'refresh' ? 'refresh_token' : 'authorization_code',
});

async function pinterest(ctx, path) {
  const { req, res } = ctx;
  const M = req.method;
  if (M === 'GET' && (path === '/oauth/' || path === '/oauth')) return authorize(ctx, 'pinterest');
  if (M === 'POST' && path === '/v5/oauth/token/revoke') {
    record('pinterest', 'revoke', ctx, { refused: true });
    return json(res, 400, { code: 1, message: 'Only system user tokens can be revoked' });
  }
  if (M === 'POST' && path === '/v5/oauth/token') {
    const p = form(await ctx.body());
    const basic = basicAuth(req);
    if (!basic || !clientOk('pinterest', basic.id, basic.secret)) return oauthError(res, 401, 'invalid_client', 'Client authentication failed');
    if (p.grant_type === 'authorization_code') return codeGrant(ctx, 'pinterest', p, pinterestExtra);
    if (p.grant_type === 'refresh_token') return refreshGrant(ctx, 'pinterest', p, pinterestExtra);
    return oauthError(res, 400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }
  if (M === 'GET' && path === '/v5/user_account') {
    if (!authed(ctx, 'pinterest')) return true;
    record('pinterest', 'identity', ctx, { id: '9001' });
    return json(res, 200, { username: 'adafake', account_type: 'PINNER', id: '9001' });
  }
  if (M === 'GET' && path === '/v5/boards') {
    if (!authed(ctx, 'pinterest')) return true;
    record('pinterest', 'identity', ctx, { boards: PIN_BOARDS.map((bd) => bd.id) });
    return json(res, 200, { items: PIN_BOARDS, bookmark: null });
  }
  if (M === 'POST' && path === '/v5/pins') {
    if (!authed(ctx, 'pinterest') || injected(ctx, 'pinterest', 'pin')) return true;
    const b = parseJson(await ctx.body());
    const no = (reason, status = 400, body = { code: 1, message: reason }) => reject(ctx, 'pinterest', 'pin', reason, () => json(res, status, body));
    if (!b) return no('Request body is not valid JSON');
    if (!PIN_BOARDS.some((bd) => bd.id === b.board_id)) return no('Board not found.', 404, { code: 4, message: 'Board not found.' });
    const limits = { title: 100, description: 800, alt_text: 500, link: 2048 };
    for (const [k, max] of Object.entries(limits)) {
      if (b[k] != null && (typeof b[k] !== 'string' || [...b[k]].length > max)) {
        return no(`Invalid parameters: ${k} must be a string of at most ${max} characters`);
      }
    }
    const src = b.media_source ?? {};
    let bytes;
    if (src.source_type === 'image_url') {
      const f = await fetchImage(ctx, 'pinterest', src.url, 'Pinterestbot/1.0');
      if (!f.ok) return no('Sorry we could not fetch the image.');
      bytes = f.buf;
    } else if (src.source_type === 'image_base64') {
      bytes = typeof src.data === 'string' ? Buffer.from(src.data, 'base64') : Buffer.alloc(0);
      const s = sniff(bytes);
      if (!['image/jpeg', 'image/png'].includes(src.content_type) || !s || s.type !== src.content_type) return no('Invalid image');
    } else {
      return no('media_source.source_type must be image_url or image_base64');
    }
    const id = digits(18);
    const createdAt = new Date().toISOString().replace(/\.\d+Z$/, '');
    record('pinterest', 'pin', ctx, {
      pin_id: id, board_id: b.board_id, title: b.title ?? null, description: b.description ?? null, alt_text: b.alt_text ?? null, link: b.link ?? null,
      source_type: src.source_type, url: src.url ?? null, bytes: bytes.length, sha256: sha256(bytes),
    });
    return json(res, 201, {
      id, board_id: b.board_id, board_section_id: b.board_section_id ?? null, title: b.title ?? null, description: b.description ?? null,
      alt_text: b.alt_text ?? null, link: b.link ?? null, created_at: createdAt, media: { media_type: 'image' },
    });
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// YouTube Data API (tokens are Google's: only the header is required)
function youtube(ctx, path) {
  const { req, res } = ctx;
  if (req.method === 'GET' && path === '/youtube/v3/channels') {
    if (!bearer(req)) return authFailure('youtube', res, 'missing');
    if (injected(ctx, 'youtube', 'channels')) return true;
    if (!ctx.query.get('part')) return badRequest.youtube(res, 'No filter selected. Expected one of: part');
    record('youtube', 'identity', ctx, { part: ctx.query.get('part'), mine: ctx.query.get('mine') });
    const channel = { kind: 'youtube#channel', id: 'UCfake123', snippet: { title: 'Ada Makes', customUrl: '@adamakes' } };
    return json(res, 200, { kind: 'youtube#channelListResponse', items: [channel] });
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Control API
async function control(ctx, path) {
  const { req, res } = ctx;
  const M = req.method;
  const bad = (message) => json(res, 400, { error: 'bad_request', message });
  if (M === 'POST' && path === '/fail') {
    const b = parseJson(await ctx.body()) ?? {};
    if (!PLATFORMS.includes(b.platform)) return bad(`platform must be one of ${PLATFORMS.join(', ')}`);
    if (!FAILURE_KINDS.includes(b.kind)) return bad(`kind must be one of ${FAILURE_KINDS.join(', ')}`);
    const times = b.times ?? 1;
    const resetAfter = b.reset_after_secs ?? 60;
    if (!Number.isInteger(times) || times < 1) return bad('times must be a positive integer');
    if (!Number.isInteger(resetAfter) || resetAfter < 0) return bad('reset_after_secs must be a non-negative integer');
    (failures[b.platform] ??= []).push({ kind: b.kind, remaining: times, resetAfter });
    return json(res, 200, { ok: true, pending: failures[b.platform] });
  }
  if (M === 'POST' && path === '/expires_in') {
    const b = parseJson(await ctx.body()) ?? {};
    if (!PLATFORMS.includes(b.platform)) return bad(`platform must be one of ${PLATFORMS.join(', ')}`);
    const ok = (v) => v === undefined || (Number.isInteger(v) && v >= 0);
    if (b.seconds === undefined && b.refresh_seconds === undefined) return bad('seconds is required');
    if (!ok(b.seconds) || !ok(b.refresh_seconds)) return bad('seconds must be a non-negative integer');
    const o = (overrides[b.platform] ??= {});
    if (b.seconds !== undefined) o.seconds = b.seconds;
    if (b.refresh_seconds !== undefined) o.refresh_seconds = b.refresh_seconds;
    return json(res, 200, { ok: true, overrides: overrides[b.platform] });
  }
  if (M === 'GET' && path === '/log') {
    const platform = ctx.query.get('platform');
    return json(res, 200, platform ? log.filter((e) => e.platform === platform) : log);
  }
  if (M === 'GET' && path === '/tokens') return json(res, 200, { tokens: [...tokens.keys()] });
  if (M === 'POST' && path === '/reset') {
    failures = {};
    overrides = {};
    log = [];
    return json(res, 200, { ok: true });
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Server
const ROUTERS = { x, linkedin, meta, pinterest, youtube, _control: control };

const server = createServer(async (req, res) => {
  let ctx;
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let bodyPromise = null;
    ctx = { req, res, url, path: url.pathname, query: url.searchParams, body: () => (bodyPromise ??= readBody(req)) };
    const m = /^\/([a-z_]+)(\/.*)?$/.exec(url.pathname);
    const router = m && Object.hasOwn(ROUTERS, m[1]) ? ROUTERS[m[1]] : null;
    const handled = router ? await router(ctx, m[2] ?? '/') : false;
    if (!handled && !res.headersSent) json(res, 404, { error: 'not_found', message: `No route for ${req.method} ${url.pathname}` });
  } catch (e) {
    console.error(e);
    const status = e?.status ?? 500;
    if (!res.headersSent) json(res, status, { error: status === 413 ? 'payload_too_large' : 'internal_error', message: String(e?.message ?? e) });
    else res.end();
  }
});

server.listen(port, HOST, () => {
  base = `http://${HOST}:${server.address().port}`;
  console.log(`READY ${base}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
// Started by a test process with a pipe on stdin (SOCIAL_EXIT_WITH_STDIN=1): end with it, so a
// test run that is killed leaves no stand-in behind.
if (process.env.SOCIAL_EXIT_WITH_STDIN === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
