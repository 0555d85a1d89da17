// Runs Debian's nginx for the tests that check a lab against the real thing (`nginx -t` verdicts,
// requests through limit_req or an upstream block). Everything stays on 127.0.0.1, in a temporary
// prefix, and the server is stopped by the test. When nginx is not installed the live tests are
// skipped; their recorded results are pinned in the same test files.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  readonly dir: string;
  readonly port: number;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  accessLog(): string[];
  stop(): Promise<void>;
}

/** Starts nginx in the foreground with `http` (the inside of the http block); `{PORT}` and `{DIR}` are filled in. */
export async function startNginx(http: string, extraPorts: number[] = []): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-run-'));
  const port = await freePort();
  const fill = (s: string) =>
    s
      .replaceAll('{PORT}', String(port))
      .replaceAll('{DIR}', dir)
      .replace(/\{PORT(\d)\}/g, (_, i) => String(extraPorts[Number(i)]));
  const conf = `daemon off;\nmaster_process off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log info;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n${fill(http)}\n}\n`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  // A page to serve from {DIR}/www: `return` would answer in the rewrite phase, before limit_req runs.
  mkdirSync(join(dir, 'www'));
  writeFileSync(join(dir, 'www', 'index.html'), 'ok\n');
  const child: ChildProcess = spawn(NGINX as string, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await get(port, '/__ready');
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    dir,
    port,
    get: (path, headers) => get(port, path, headers),
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
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
