// A pasted upstream block, run by the lab's engine and by nginx itself: the same requests reach
// the same servers. Three backends are `server` blocks of the same nginx (one worker, so one
// round-robin state), each answering with its own name; the front proxies to the pasted upstream.
// ip_hash sees varied client addresses through the realip module (X-Real-IP from 127.0.0.1).
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../../tests/tools/free-port.ts';
import { NGINX, startNginx } from '../../../../tests/tools/real-nginx.ts';
import { createRandom } from '../../kernel/random.ts';
import { createBalancer } from './create-balancer.ts';
import { runUpstream } from './engine.ts';
import { refuseWindow } from './events.ts';
import { createRequestStream } from './requests.ts';
import { createServerStates, serverSpec } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';
import { readUpstreamConf } from './upstream-conf.ts';

const KEYS = Array.from({ length: 60 }, (_, i) => `k${i * 7 + 3}`);
const CLIENTS = Array.from({ length: 40 }, (_, i) => `10.${i % 5}.${(i * 37) % 256}.${(i * 11) % 256}`);

/** The engine's picks for the requests, as server names. */
function enginePicks(block: string, requests: readonly { key?: string; ip?: string }[]): string[] {
  const { conf, problems } = readUpstreamConf(block);
  if (!conf) throw new Error(problems.map((p) => p.en).join('\n'));
  const servers = createServerStates(
    conf.servers.map((s) => serverSpec(s.name, { weight: s.weight, down: s.down, maxFails: s.maxFails, failTimeoutMs: s.failTimeoutS * 1000 })),
  );
  const balancer = createBalancer(conf.algorithm, createRandom(1));
  balancer.init(servers);
  const req = createRequest();
  return requests.map(({ key = '', ip = '127.0.0.1' }) => {
    resetRequest(req, key, ip, 0);
    const i = balancer.pick(req, servers);
    return servers[i]?.id ?? 'none';
  });
}

/**
 * The whole engine (failures, retries, the backup list) on sequential requests 1 s apart, as
 * server names; `refusing` servers refuse every connection (nothing listens on their port).
 */
function engineRunPicks(block: string, count: number, refusing: readonly string[]): string[] {
  const { conf, problems } = readUpstreamConf(block);
  if (!conf) throw new Error(problems.map((p) => p.en).join('\n'));
  const servers = conf.servers.map((s) =>
    serverSpec(s.name, { weight: s.weight, down: s.down, backup: s.backup, maxFails: s.maxFails, failTimeoutMs: s.failTimeoutS * 1000 }),
  );
  const stream = createRequestStream(Array.from({ length: count }, (_, i) => i * 1000));
  const picks: string[] = [];
  runUpstream({ servers, algorithm: conf.algorithm, seed: 1, events: refusing.flatMap((id) => refuseWindow(id, 0, count * 1000 + 1)) }, stream, {
    onArrival: (_seq, result, primary, backups) => picks.push([...primary, ...backups].find((s) => s.slot === result.slot)?.id ?? 'none'),
  });
  return picks;
}

describe('backup servers in the engine', () => {
  it('get nothing while a primary can take the request', () => {
    expect(new Set(engineRunPicks('server a:80 weight=2; server b:80; server c:80 backup;', 12, []))).toEqual(new Set(['a:80', 'b:80']));
  });
  it('take over, balanced by weight among themselves, when every primary is down', () => {
    expect(engineRunPicks('server a:80 down; server b:80 backup; server c:80 backup weight=2;', 6, [])).toEqual([
      'c:80',
      'b:80',
      'c:80',
      'c:80',
      'b:80',
      'c:80',
    ]);
  });
  it('answer the request whose primary refused, and the next ones while it is failed out', () => {
    expect(engineRunPicks('server a:80 max_fails=1 fail_timeout=30s; server b:80 backup;', 4, ['a:80'])).toEqual(['b:80', 'b:80', 'b:80', 'b:80']);
  });
  it('are never used by hash methods (nginx keeps them out of the hash)', () => {
    expect(new Set(engineRunPicks('server a:80; server b:80 backup; hash $request_uri;', 10, []))).toEqual(new Set(['a:80']));
  });
});

describe.skipIf(!NGINX)('the same picks as nginx', () => {
  const names = (ports: readonly number[]) => ports.map((p) => `127.0.0.1:${p}`);

  /**
   * nginx's picks for the requests, and the upstream block it ran: `inside` writes the block for
   * the three backends' names, which are known only once nginx has bound their ports.
   */
  async function nginxPicks(inside: (n: string[]) => string, requests: readonly { key?: string; ip?: string }[]): Promise<{ text: string; picks: string[] }> {
    let text = '';
    const nginx = await startNginx((ports) => {
      text = inside(names(ports));
      const backends = ports.map((p, i) => `server { listen 127.0.0.1:{PORT${i}}; location / { return 200 "127.0.0.1:${p}"; } }`).join('\n');
      return `upstream backend {\n${text}\n}\n${backends}\nserver {\n listen 127.0.0.1:{PORT};\n {READY}\n location / {\n  set_real_ip_from 127.0.0.1;\n  real_ip_header X-Real-IP;\n  proxy_pass http://backend;\n }\n}`;
    }, 3);
    try {
      const picks: string[] = [];
      for (const r of requests) picks.push((await nginx.get(`/?k=${r.key ?? ''}`, r.ip ? { 'X-Real-IP': r.ip } : {})).body);
      return { text, picks };
    } finally {
      await nginx.stop();
    }
  }

  const compare = async (inside: (n: string[]) => string, requests: readonly { key?: string; ip?: string }[]) => {
    const { text, picks } = await nginxPicks(inside, requests);
    expect(new Set(picks).size).toBeGreaterThan(1);
    expect(enginePicks(`upstream backend {\n${text}\n}`, requests)).toEqual(picks);
  };

  it('smooth weighted round robin, 5:1:1', async () => {
    await compare(
      (n) => `server ${n[0]} weight=5;\nserver ${n[1]};\nserver ${n[2]};`,
      Array.from({ length: 21 }, () => ({})),
    );
  });

  it('round robin skips a server marked down', async () => {
    await compare(
      (n) => `server ${n[0]} weight=2;\nserver ${n[1]} down;\nserver ${n[2]} weight=3;`,
      Array.from({ length: 15 }, () => ({})),
    );
  });

  it('hash $arg_k (modulo over the weights)', async () => {
    await compare(
      (n) => `hash $arg_k;\nserver ${n[0]} weight=2;\nserver ${n[1]};\nserver ${n[2]};`,
      KEYS.map((key) => ({ key })),
    );
  });

  it('hash $arg_k consistent (the ketama ring over the names as written)', async () => {
    await compare(
      (n) => `hash $arg_k consistent;\nserver ${n[0]};\nserver ${n[1]} weight=2;\nserver ${n[2]};`,
      KEYS.map((key) => ({ key })),
    );
  });

  it('backup servers take over when the primaries are down, and when the primary refuses', async () => {
    const sequential = Array.from({ length: 6 }, () => ({}));
    const allDown = await nginxPicks((n) => `server ${n[0]} down;\nserver ${n[1]} backup;\nserver ${n[2]} backup weight=2;`, sequential);
    expect(engineRunPicks(`upstream backend {\n${allDown.text}\n}`, 6, [])).toEqual(allDown.picks);
    // Nothing listens on the first primary's port: nginx logs connect() failed, marks it failed
    // (max_fails=1) and passes the request to the backup, as the engine does.
    const dead = `127.0.0.1:${await freePort()}`;
    const refused = await nginxPicks((n) => `server ${dead} max_fails=1 fail_timeout=30s;\nserver ${n[1]} backup;`, sequential.slice(0, 4));
    expect(engineRunPicks(`upstream backend {\n${refused.text}\n}`, 4, [dead])).toEqual(refused.picks);
  });

  it('ip_hash (the first three octets of the client address)', async () => {
    await compare(
      (n) => `ip_hash;\nserver ${n[0]};\nserver ${n[1]};\nserver ${n[2]};`,
      CLIENTS.map((ip) => ({ ip })),
    );
  });
});
