// The cluster of the deployment guide (docs/deploy.md), started from its own files: Obscura
// processes from docs/deploy/obscura@.service (read as systemd reads it: Environment= lines,
// then EnvironmentFile= files, which win; %i; ExecStart; KillSignal; TimeoutStopSec) and nginx
// on docs/deploy/nginx.conf, with only its ports, host name and certificate paths changed.
// Used by cluster.spec.ts.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const deployDir = join(__dirname, '..', '..', 'docs', 'deploy');

/** What the test reads from a systemd unit. */
interface Unit {
  environment: [string, string][];
  environmentFiles: { path: string; optional: boolean }[];
  execStart: string[];
  killSignal: NodeJS.Signals;
  timeoutStopSecs: number;
}

/** Reads the [Service] section of a unit file for instance `instance`. */
export function readUnit(path: string, instance: string): Unit {
  const unit: Unit = { environment: [], environmentFiles: [], execStart: [], killSignal: 'SIGTERM', timeoutStopSecs: 90 };
  let section = '';
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    if (section !== 'Service') continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).replaceAll('%i', instance);
    if (key === 'Environment') {
      const e = value.indexOf('=');
      unit.environment.push([value.slice(0, e), value.slice(e + 1)]);
    } else if (key === 'EnvironmentFile') {
      const optional = value.startsWith('-');
      unit.environmentFiles.push({ path: optional ? value.slice(1) : value, optional });
    } else if (key === 'ExecStart') {
      unit.execStart = value.split(/\s+/);
    } else if (key === 'KillSignal') {
      unit.killSignal = value as NodeJS.Signals;
    } else if (key === 'TimeoutStopSec') {
      unit.timeoutStopSecs = Number(value);
    }
  }
  if (unit.execStart.length === 0) throw new Error(`${path} has no ExecStart`);
  return unit;
}

/** KEY=VALUE lines, as systemd's EnvironmentFile= reads them (comments, optional quotes). */
export function readEnvFile(path: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const e = line.indexOf('=');
    let value = line.slice(e + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    out.push([line.slice(0, e).trim(), value]);
  }
  return out;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** nginx's fail_timeout for the processes, from docs/deploy/nginx.conf. */
export function failTimeoutMs(): number {
  const m = /fail_timeout=(\d+)s/.exec(readFileSync(join(deployDir, 'nginx.conf'), 'utf8'));
  if (!m) throw new Error('docs/deploy/nginx.conf has no fail_timeout');
  return Number(m[1]) * 1000;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One `obscura@<port>` process. */
class Instance {
  child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    readonly log: string,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
}

/**
 * The deployment: processes from the unit file, nginx from the site file. Paths of the files
 * (/opt/obscura, /etc/obscura, /var/lib/obscura) are mapped into `work`.
 */
export class Cluster {
  readonly instances = new Map<number, Instance>();
  nginx: ChildProcess | null = null;
  httpsPort = 0;
  private readonly paths: [string, string][];

  constructor(
    readonly work: string,
    binary: string,
    siteRoot: string,
  ) {
    this.paths = [
      ['/opt/obscura/obscura', binary],
      ['/opt/obscura/site', siteRoot],
      ['/etc/obscura', join(work, 'etc')],
      ['/var/lib/obscura', join(work, 'var')],
    ];
    mkdirSync(join(work, 'etc'), { recursive: true });
    mkdirSync(join(work, 'var'), { recursive: true });
  }

  private map(value: string): string {
    for (const [from, to] of this.paths) if (value.startsWith(from)) return to + value.slice(from.length);
    return value;
  }

  /** Writes /etc/obscura/obscura.env (shared) or /etc/obscura/<port>.env. */
  writeEnv(name: string, env: Record<string, string>) {
    // Single quotes around values a shell would split or redirect: systemd and `set -a; . file`
    // then read the same value (docs/deploy.md).
    const text = Object.entries(env)
      .map(([k, v]) => `${k}=${/^[A-Za-z0-9_./:@+=,%-]*$/.test(v) ? v : `'${v}'`}`)
      .join('\n');
    writeFileSync(join(this.work, 'etc', name), `${text}\n`, { mode: 0o600 });
  }

  /** The shared settings, as the backup and restore scripts read them. */
  sharedEnv(): Record<string, string> {
    return Object.fromEntries(readEnvFile(join(this.work, 'etc', 'obscura.env')));
  }

  /** The environment systemd would give instance `port`. */
  private environment(unit: Unit): Record<string, string> {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' };
    for (const [k, v] of unit.environment) env[k] = this.map(v);
    for (const f of unit.environmentFiles) {
      const path = this.map(f.path);
      if (!existsSync(path)) {
        if (f.optional) continue;
        throw new Error(`EnvironmentFile ${f.path} (${path}) is missing`);
      }
      for (const [k, v] of readEnvFile(path)) env[k] = v;
    }
    return env;
  }

  /** `systemctl start obscura@<port>`, then waits until its /readyz answers 200. */
  async start(port: number) {
    let inst = this.instances.get(port);
    if (!inst) {
      inst = new Instance(port, join(this.work, `obscura-${port}.log`));
      this.instances.set(port, inst);
    }
    if (inst.child) throw new Error(`obscura@${port} is already running`);
    const unit = readUnit(join(deployDir, 'obscura@.service'), String(port));
    const env = this.environment(unit);
    mkdirSync(env.OBSCURA_DATA_DIR, { recursive: true, mode: 0o700 });
    const [cmd, ...args] = unit.execStart.map((a) => this.map(a));
    const out = createWriteStream(inst.log, { flags: 'a' });
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    inst.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`obscura@${port} exited:\n${this.log(port)}`);
      try {
        const res = await fetch(`${inst.url}/readyz`);
        if (res.status === 200) {
          // nginx sends nothing to a process it saw fail until fail_timeout has passed: the
          // wait docs/deploy.md prescribes before stopping the next process.
          if (this.nginx) await sleep(failTimeoutMs() + 500);
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`obscura@${port} did not become ready:\n${this.log(port)}`);
  }

  /** `systemctl stop obscura@<port>`: KillSignal, then SIGKILL after TimeoutStopSec. Returns
   * the exit code (0 for a clean, graceful stop). */
  async stop(port: number): Promise<number | null> {
    const inst = this.instances.get(port);
    const child = inst?.child;
    if (!inst || !child) return null;
    const unit = readUnit(join(deployDir, 'obscura@.service'), String(port));
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
    child.kill(unit.killSignal);
    const timeout = sleep(unit.timeoutStopSecs * 1000).then(() => 'timeout' as const);
    const result = await Promise.race([exited, timeout]);
    inst.child = null;
    if (result === 'timeout') {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`obscura@${port} did not stop within TimeoutStopSec:\n${this.log(port)}`);
    }
    return result;
  }

  log(port: number): string {
    const inst = this.instances.get(port);
    return inst && existsSync(inst.log) ? readFileSync(inst.log, 'utf8').split('\n').slice(-40).join('\n') : '';
  }

  url(port: number) {
    return `http://127.0.0.1:${port}`;
  }

  /** nginx on docs/deploy/nginx.conf in front of `ports`, TLS with a throwaway certificate. */
  async startNginx(ports: [number, number], httpsPort: number): Promise<string> {
    const dir = join(this.work, 'nginx');
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost',
      '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem'),
    ], { stdio: 'ignore' });
    const httpPort = await freePort();
    this.httpsPort = httpsPort;
    let site = readFileSync(join(deployDir, 'nginx.conf'), 'utf8');
    const replace = (from: string, to: string) => {
      const n = site.split(from).length - 1;
      if (n < 1) throw new Error(`docs/deploy/nginx.conf no longer has \`${from}\``);
      site = site.replaceAll(from, to);
    };
    replace('server 127.0.0.1:8081 ', `server 127.0.0.1:${ports[0]} `);
    replace('server 127.0.0.1:8082 ', `server 127.0.0.1:${ports[1]} `);
    replace('listen 80;', `listen 127.0.0.1:${httpPort};`);
    replace('listen 443 ssl', `listen 127.0.0.1:${this.httpsPort} ssl`);
    replace('server_name obscura.example;', 'server_name localhost;');
    replace('/etc/letsencrypt/live/obscura.example/', `${dir}/`);
    writeFileSync(join(dir, 'obscura.conf'), site);
    for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, `${t}-temp`), { recursive: true, mode: 0o777 });
    // The main file a Debian nginx has, reduced to what a throwaway instance needs.
    writeFileSync(
      join(dir, 'nginx.conf'),
      `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  default_type application/octet-stream;
  client_body_temp_path ${dir}/body-temp;
  proxy_temp_path ${dir}/proxy-temp;
  fastcgi_temp_path ${dir}/fastcgi-temp;
  uwsgi_temp_path ${dir}/uwsgi-temp;
  scgi_temp_path ${dir}/scgi-temp;
  include ${dir}/obscura.conf;
}
`,
    );
    const nginxBin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    this.nginx = spawn(nginxBin, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `https://localhost:${this.httpsPort}`;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (this.nginx.exitCode !== null) {
        throw new Error(`nginx exited:\n${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
      }
      try {
        execFileSync('curl', ['-ksf', '-o', '/dev/null', `${base}/healthz`], { stdio: 'ignore' });
        return base;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('nginx did not answer');
  }

  async stopAll() {
    for (const port of this.instances.keys()) {
      try {
        await this.stop(port);
      } catch {
        // reported by the test that failed
      }
    }
    this.nginx?.kill('SIGQUIT');
  }
}
