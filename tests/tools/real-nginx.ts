// Runs Debian's nginx for the tests that check a lab against the real thing (`nginx -t` verdicts,
// requests through limit_req or an upstream block). Everything stays on 127.0.0.1, in a temporary
// prefix, and the server is stopped by the test. When nginx is not installed the live tests are
// skipped; their recorded results are pinned in the same test files.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => {
  try {
    execFileSync(p, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** `nginx -t` on a whole config: true when nginx accepts it, with its message otherwise. */
export function nginxAccepts(conf: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-t-'));
  writeFileSync(join(dir, 'nginx.conf'), conf);
  try {
    const out = execFileSync(NGINX as string, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output: out };
  } catch (e) {
    return { ok: false, output: String((e as { stderr?: string }).stderr ?? e) };
  }
}

export interface RunningNginx {
  readonly dir: string;
  readonly port: number;
  /** The extra ports the config was written with ({PORT0}, {PORT1}, ...). */
  readonly extraPorts: readonly number[];
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  accessLog(): string[];
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground with the inside of the http block that `http` writes for the
 * ports it is given; `{PORT}` (the port the tests call), `{PORT0}`... (`extraCount` more) and
 * `{DIR}` are filled in, and `{READY}` becomes the readiness location. Another test file may run
 * nginx at the same time and take a port between choosing it and binding it: the readiness probe
 * answers with this instance's own directory, so a port answered by another server is noticed,
 * and nginx is started again on fresh ports.
 */
export async function startNginx(http: string | ((extraPorts: readonly number[]) => string), extraCount = 0): Promise<RunningNginx> {
  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const extraPorts: number[] = [];
    for (let i = 0; i < extraCount; i++) extraPorts.push(await freePort());
    const text = typeof http === 'string' ? http : http(extraPorts);
    const started = await startOnce(text, extraPorts);
    if ('nginx' in started) return started.nginx;
    lastError = started.error;
  }
  throw new Error(`nginx did not start: ${lastError}`);
}

async function startOnce(http: string, extraPorts: number[]): Promise<{ nginx: RunningNginx } | { error: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-run-'));
  const port = await freePort();
  const fill = (s: string) =>
    s
      .replaceAll('{READY}', `location = /__ready { return 200 "${dir}"; }`)
      .replaceAll('{PORT}', String(port))
      .replaceAll('{DIR}', dir)
      .replace(/\{PORT(\d)\}/g, (_, i) => String(extraPorts[Number(i)]));
  const conf = `daemon off;\nmaster_process off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log info;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n${fill(http)}\n}\n`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  // A page to serve from {DIR}/www: `return` would answer in the rewrite phase, before limit_req runs.
  mkdirSync(join(dir, 'www'));
  writeFileSync(join(dir, 'www', 'index.html'), 'ok\n');
  const child: ChildProcess = spawn(NGINX as string, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGQUIT');
    });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await get(port, '/__ready').catch(() => undefined);
    if (answer?.body === dir) break;
    const log = () => {
      try {
        return readFileSync(join(dir, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    };
    // Another server answered on our port, or nginx could not bind one of its ports.
    if (answer || child.exitCode !== null || /bind\(\) to .* failed/.test(log())) {
      await stop();
      return { error: answer ? `port ${port} answered by another server` : log() };
    }
    if (Date.now() > deadline) {
      await stop();
      return { error: log() };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    nginx: {
      dir,
      port,
      extraPorts,
      get: (path, headers) => get(port, path, headers),
      accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean),
      stop,
    },
  };
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // A fresh connection per request (agent: false), as separate clients would open them.
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
