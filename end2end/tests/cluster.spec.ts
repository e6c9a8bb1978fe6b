// Two `obscura serve` processes on one PostgreSQL database and one S3 bucket (s3s-fs), behind
// nginx, all started from the deployment guide's own files (docs/deploy/: the systemd unit, the
// nginx site, the backup and restore scripts; see cluster.ts). Run by .ci/test after the main
// suite, with CLUSTER=1 (the playwright config leaves this file out otherwise).
//
// The browser goes through nginx (TLS, as in production). Which process answers is decided the
// way an operator would: by stopping the other one (nginx moves on when a connection is
// refused), and process A is a web-only replica (OBSCURA_WORKERS=0 in its instance file), so
// every job runs on B.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, watchForProblems, PASSWORD } from './shared';
import { Cluster, deployDir, freePort } from './cluster';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run through .ci/test)`);
  return v;
};

test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let a = 0; // web-only
let b = 0; // web + jobs
let base = '';
let dbName = '';
let adminUrl = '';

/** Runs `cmd` with the shared settings loaded by a shell, as docs/deploy.md has an operator
 * do: `set -a; . /etc/obscura/obscura.env; set +a`. */
function withSettings(cmd: string, args: string[]): string {
  const file = join(cluster.work, 'etc', 'obscura.env');
  return execFileSync('bash', ['-c', `set -a; . "${file}"; set +a; exec "$@"`, 'settings', cmd, ...args], {
    env: { PATH: process.env.PATH! },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function psql(sql: string) {
  execFileSync('psql', ['--no-psqlrc', '-q', '-v', 'ON_ERROR_STOP=1', '--dbname', adminUrl, '-c', sql], { stdio: 'ignore' });
}

/** The newest mail to `to` whose subject contains `subject`, from maildev: its first link. */
async function mailLink(to: string, subject: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${env('OBSCURA_TEST_MAILDEV_URL')}/email`);
    const all = (await res.json()) as { subject: string; to: { address: string }[]; html: string }[];
    const found = all.reverse().find((m) => m.subject.includes(subject) && m.to.some((t) => t.address === to));
    if (found) return /href="(https?:[^"]+)"/.exec(found.html)![1].replace(/&amp;/g, '&');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} about ${subject}`);
}

/** The status of `path` asked of one process directly (no cookie unless given). */
async function statusOn(port: number, path: string, cookie?: string): Promise<number> {
  const res = await fetch(`${cluster.url(port)}${path}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  await res.arrayBuffer();
  return res.status;
}

async function cookieHeader(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'obscura-cluster-'));
  cluster = new Cluster(work, env('E2E_OBSCURA_BIN'), env('SITE_ROOT'));
  [a, b] = [await freePort(), await freePort()];
  adminUrl = env('OBSCURA_TEST_POSTGRES_URL');
  dbName = `obscura_cluster_${Date.now()}`;
  psql(`create database ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const httpsPort = await freePort();
  cluster.writeEnv('obscura.env', {
    OBSCURA_ENV: 'production',
    OBSCURA_PUBLIC_URL: `https://localhost:${httpsPort}`,
    OBSCURA_SECRET_KEY: execFileSync('openssl', ['rand', '-base64', '32'], { encoding: 'utf8' }).trim(),
    OBSCURA_OPERATOR_NAME: 'Example Imaging Ltd',
    OBSCURA_PRIVACY_EMAIL: 'privacy@obscura.example',
    OBSCURA_SMTP_URL: env('OBSCURA_TEST_SMTP_URL'),
    OBSCURA_MAIL_FROM: 'Obscura <noreply@obscura.example>',
    OBSCURA_DATABASE_URL: dbUrl.toString(),
    OBSCURA_S3_BUCKET: `cluster-${Date.now()}`,
    OBSCURA_S3_ENDPOINT: env('OBSCURA_TEST_S3_ENDPOINT'),
    OBSCURA_S3_ACCESS_KEY_ID: env('OBSCURA_TEST_S3_ACCESS_KEY'),
    OBSCURA_S3_SECRET_ACCESS_KEY: env('OBSCURA_TEST_S3_SECRET_KEY'),
    OBSCURA_S3_PATH_STYLE: 'true',
    OBSCURA_S3_ALLOW_HTTP: 'true',
    OBSCURA_TRUSTED_PROXIES: '127.0.0.1/32',
    // Every browser request comes from 127.0.0.1 here.
    OBSCURA_AUTH_RATE_PER_MINUTE: '1000',
    OBSCURA_SHUTDOWN_GRACE_SECS: '10',
    OBSCURA_LOG: 'warn',
  });
  cluster.writeEnv(`${a}.env`, { OBSCURA_WORKERS: '0' });
  // The bucket, made the way an operator would (rclone, as the backup script uses it).
  execFileSync('bash', ['-c', `. "${deployDir}/rclone-env" && rclone mkdir "obscura:$OBSCURA_S3_BUCKET"`], {
    env: { PATH: process.env.PATH!, ...cluster.sharedEnv() },
    stdio: 'ignore',
  });
  await cluster.start(a);
  await cluster.start(b);
  base = await cluster.startNginx([a, b], httpsPort);
  expect(base).toBe(`https://localhost:${httpsPort}`);
});

test.afterAll(async () => {
  await cluster?.stopAll();
});

/** Makes one image through the create form; returns once the job card shows `status`. */
async function submit(page: Page, prompt: string) {
  await page.goto(`${base}${routes.CREATE}`);
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  await page.locator('#c-prompt').fill(prompt);
  await byTestId(page, ids.CREATE_FORM).locator('label.choice', { hasText: '1' }).click();
  await page.locator('#c-size').selectOption('512x512');
  await byTestId(page, ids.CREATE_SUBMIT).click();
  await expect(page).toHaveURL(/remix=/);
}

async function createShare(page: Page, detail: string): Promise<string> {
  await page.goto(detail);
  await byTestId(page, ids.SHARE_FORM).getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByText('Your share link is ready')).toBeVisible();
  const url = (await byTestId(page, ids.SHARE_LINK).first().getAttribute('href'))!;
  expect(url.startsWith(`${base}/share/`)).toBe(true);
  return new URL(url).pathname;
}

test('two processes behind nginx: one session, jobs across processes, revocation, backup and restore, erasure', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const problems = watchForProblems(page);

  // Sign up and in on A (B is stopped, so nginx sends everything to A)…
  expect(await cluster.stop(b)).toBe(0);
  const email = `cluster-${Date.now()}@example.com`;
  await page.goto(`${base}${routes.SIGNUP}`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-name').fill('Ada Cluster');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.SIGNUP_SENT}$`));
  await page.goto(await mailLink(email, 'Confirm your email'));
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
  // …and continue on B (A stopped): the session is the database's, not a process's.
  await cluster.start(b);
  expect(await cluster.stop(a)).toBe(0);
  await page.goto(`${base}${routes.GALLERY}`);
  await expect(page).toHaveURL(new RegExp(`${routes.GALLERY}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await cluster.start(a);
  // Both processes know the session when asked directly.
  const cookie = await cookieHeader(context);
  expect(await statusOn(a, routes.GALLERY, cookie)).toBe(200);
  expect(await statusOn(b, routes.GALLERY, cookie)).toBe(200);
  expect(await statusOn(a, routes.GALLERY)).toBe(303);

  // A job enqueued by A (B stopped; A runs no jobs) waits, and runs on B once B is back.
  expect(await cluster.stop(b)).toBe(0);
  await submit(page, 'a lighthouse seen from two windows');
  const card = byTestId(page, ids.JOB_CARD).first();
  await expect(card).toHaveAttribute('data-status', 'queued');
  await page.waitForTimeout(1500);
  await expect(card).toHaveAttribute('data-status', 'queued');
  await cluster.start(b);
  await expect(card).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });

  await page.goto(`${base}${routes.GALLERY}`);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(1);
  await byTestId(page, ids.GALLERY_TILE).locator('a').click();
  await expect(page).toHaveURL(/\/gallery\/[0-9a-f-]{36}$/);
  const detail = page.url();

  // A share revoked through nginx answers 404 on both processes within a second, although
  // both had just served (and kept) its page.
  const revoked = await createShare(page, detail);
  for (const port of [a, b]) {
    expect(await statusOn(port, revoked)).toBe(200);
    expect(await statusOn(port, revoked)).toBe(200);
  }
  await page.goto(`${base}${routes.SETTINGS_SHARES}`);
  await byTestId(page, ids.SHARE_ROW).first().getByRole('button', { name: /Stop sharing/ }).click();
  await expect(page.getByText('That share link no longer works.')).toBeVisible();
  const revokedAt = Date.now();
  for (const port of [a, b]) {
    let status = 0;
    while (Date.now() - revokedAt <= 1000) {
      status = await statusOn(port, revoked);
      if (status === 404) break;
      await page.waitForTimeout(25);
    }
    expect(status, `the revoked share on process ${port === a ? 'A' : 'B'}`).toBe(404);
    console.log(`revoked share: 404 on ${port === a ? 'A' : 'B'} ${Date.now() - revokedAt} ms after the revocation`);
  }
  const shared = await createShare(page, detail);

  // Back up while serving; wipe the database and the bucket; restore; the gallery and the share
  // work again (the same session: sessions are in the database).
  const backups = join(cluster.work, 'backups');
  const out = withSettings(join(deployDir, 'backup'), [backups]).trim().split('\n').pop()!;
  expect(await cluster.stop(a)).toBe(0);
  expect(await cluster.stop(b)).toBe(0);
  psql(`drop database ${dbName} with (force)`);
  psql(`create database ${dbName}`);
  withSettings('bash', ['-c', `. "${deployDir}/rclone-env" && rclone delete --s3-no-check-bucket "obscura:$OBSCURA_S3_BUCKET"`]);
  expect(withSettings('bash', ['-c', `. "${deployDir}/rclone-env" && rclone lsf -R --files-only --s3-no-check-bucket "obscura:$OBSCURA_S3_BUCKET"`]).trim()).toBe('');
  withSettings(join(deployDir, 'restore'), [out]);
  // A second restore over the restored data is refused, and changes nothing.
  expect(() => withSettings(join(deployDir, 'restore'), [out])).toThrow(/already has \d+ tables/);
  await cluster.start(a);
  await cluster.start(b);
  await page.goto(`${base}${routes.GALLERY}`);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(1);
  await page.goto(detail);
  await expect(byTestId(page, ids.DETAIL_IMAGE)).toHaveJSProperty('complete', true);
  expect(await byTestId(page, ids.DETAIL_IMAGE).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  const stranger = await browser.newContext({ ignoreHTTPSErrors: true });
  const visitor = await stranger.newPage();
  expect((await visitor.goto(`${base}${shared}`))!.status()).toBe(200);
  await expect(byTestId(visitor, ids.SHARED_IMAGE)).toHaveJSProperty('complete', true);
  expect(await byTestId(visitor, ids.SHARED_IMAGE).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  for (const port of [a, b]) expect(await statusOn(port, shared)).toBe(200);

  // Erasure through nginx: both processes refuse the session and the share at once.
  const before = await cookieHeader(context);
  await page.goto(`${base}${routes.SETTINGS_PRIVACY}`);
  const form = byTestId(page, ids.DELETE_ACCOUNT_FORM);
  await form.getByLabel('Your password').fill(PASSWORD);
  await form.getByLabel('Type DELETE to confirm').fill('DELETE');
  await form.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/login\?notice=account-closed/);
  for (const port of [a, b]) {
    expect(await statusOn(port, routes.GALLERY, before)).toBe(303);
    expect(await statusOn(port, shared)).toBe(404);
  }
  expect((await visitor.goto(`${base}${shared}`))!.status()).toBe(404);

  expect(problems, problems.join('\n')).toEqual([]);
  await stranger.close();
  await context.close();
});

test('a rolling restart of both processes under load fails no request', async () => {
  test.setTimeout(120_000);
  // Pages a crowd would hit, each answering 200 before the load starts.
  const css = /href="(\/pkg\/[^"]+\.css)"/.exec(await (await fetch(`${cluster.url(a)}/`)).text())![1];
  const paths = ['/', routes.PRIVACY, routes.TERMS, '/robots.txt', css];
  for (const p of paths) expect(await statusOn(b, p)).toBe(200);
  const script = join(cluster.work, 'paths.lua');
  writeFileSync(
    script,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(', ')}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
`,
  );
  const { spawn } = await import('node:child_process');
  const wrk = spawn('wrk', ['-t2', '-c16', '-d24s', '--latency', '-s', script, `${base}/`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  wrk.stdout.on('data', (d) => (output += d));
  wrk.stderr.on('data', (d) => (output += d));
  const done = new Promise<void>((resolve) => wrk.once('exit', () => resolve()));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // The order docs/deploy.md gives: restart one, wait until it is ready and nginx's
  // fail_timeout has passed (Cluster.start waits for both), then the next.
  const steps: string[] = [];
  await pause(3000);
  for (const port of [a, b]) {
    const t = Date.now();
    expect(await cluster.stop(port)).toBe(0);
    await cluster.start(port);
    steps.push(`${port === a ? 'A' : 'B'} restarted and taken back in ${Date.now() - t} ms`);
  }
  await done;
  console.log(steps.join('; '));
  console.log(output);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  expect(requests).toBeGreaterThan(1000);
  expect(output).not.toMatch(/Socket errors/);
  expect(output).not.toMatch(/Non-2xx or 3xx responses/);
});
