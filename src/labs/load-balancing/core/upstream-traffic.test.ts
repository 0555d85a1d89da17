// A pasted upstream block, run by the lab's engine and by nginx itself: the same requests reach
// the same servers. Three backends are `server` blocks of the same nginx (one worker, so one
// round-robin state), each answering with its own name; the front proxies to the pasted upstream.
// ip_hash sees varied client addresses through the realip module (X-Real-IP from 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, NGINX, startNginx, type RunningNginx } from '../../../../tests/tools/real-nginx.ts';
import { createRandom } from '../../kernel/random.ts';
import { createBalancer } from './create-balancer.ts';
import { createServerStates, serverSpec } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';
import { readUpstreamConf } from './upstream-conf.ts';

const KEYS = Array.from({ length: 60 }, (_, i) => `k${i * 7 + 3}`);
const CLIENTS = Array.from({ length: 40 }, (_, i) => `10.${i % 5}.${(i * 37) % 256}.${(i * 11) % 256}`);

/** The engine's picks for the requests, as server names. */
function enginePicks(block: string, requests: readonly { key?: string; ip?: string }[]): string[] {
  const { conf, problems } = readUpstreamConf(block);
  if (!conf) throw new Error(problems.map((p) => p.en).join('\n'));
  const servers = createServerStates(conf.servers.map((s) => serverSpec(s.name, { weight: s.weight, down: s.down, maxFails: s.maxFails, failTimeoutMs: s.failTimeoutS * 1000 })));
  const balancer = createBalancer(conf.algorithm, createRandom(1));
  balancer.init(servers);
  const req = createRequest();
  return requests.map(({ key = '', ip = '127.0.0.1' }) => {
    resetRequest(req, key, ip, 0);
    const i = balancer.pick(req, servers);
    return servers[i]?.id ?? 'none';
  });
}

describe.skipIf(!NGINX)('the same picks as nginx', () => {
  let ports: number[] = [];
  const running: RunningNginx[] = [];
  const names = () => ports.map((p) => `127.0.0.1:${p}`);

  beforeAll(async () => {
    ports = [await freePort(), await freePort(), await freePort()];
  });
  afterAll(async () => {
    await Promise.all(running.map((n) => n.stop()));
  });

  async function nginxPicks(inside: string, requests: readonly { key?: string; ip?: string }[]): Promise<string[]> {
    const backends = ports.map((p, i) => `server { listen 127.0.0.1:{PORT${i}}; location / { return 200 "127.0.0.1:${p}"; } }`).join('\n');
    const nginx = await startNginx(
      `upstream backend {\n${inside}\n}\n${backends}\nserver {\n listen 127.0.0.1:{PORT};\n location = /__ready { return 200; }\n location / {\n  set_real_ip_from 127.0.0.1;\n  real_ip_header X-Real-IP;\n  proxy_pass http://backend;\n }\n}`,
      ports,
    );
    running.push(nginx);
    const out: string[] = [];
    for (const r of requests) out.push((await nginx.get(`/?k=${r.key ?? ''}`, r.ip ? { 'X-Real-IP': r.ip } : {})).body);
    await nginx.stop();
    return out;
  }

  const compare = async (inside: (n: string[]) => string, requests: readonly { key?: string; ip?: string }[]) => {
    const text = inside(names());
    const real = await nginxPicks(text, requests);
    expect(new Set(real).size).toBeGreaterThan(1);
    expect(enginePicks(`upstream backend {\n${text}\n}`, requests)).toEqual(real);
  };

  it('smooth weighted round robin, 5:1:1', async () => {
    await compare((n) => `server ${n[0]} weight=5;\nserver ${n[1]};\nserver ${n[2]};`, Array.from({ length: 21 }, () => ({})));
  });

  it('round robin skips a server marked down', async () => {
    await compare((n) => `server ${n[0]} weight=2;\nserver ${n[1]} down;\nserver ${n[2]} weight=3;`, Array.from({ length: 15 }, () => ({})));
  });

  it('hash $arg_k (modulo over the weights)', async () => {
    await compare((n) => `hash $arg_k;\nserver ${n[0]} weight=2;\nserver ${n[1]};\nserver ${n[2]};`, KEYS.map((key) => ({ key })));
  });

  it('hash $arg_k consistent (the ketama ring over the names as written)', async () => {
    await compare((n) => `hash $arg_k consistent;\nserver ${n[0]};\nserver ${n[1]} weight=2;\nserver ${n[2]};`, KEYS.map((key) => ({ key })));
  });

  it('ip_hash (the first three octets of the client address)', async () => {
    await compare((n) => `ip_hash;\nserver ${n[0]};\nserver ${n[1]};\nserver ${n[2]};`, CLIENTS.map((ip) => ({ ip })));
  });
});
