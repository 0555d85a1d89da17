// The pasted upstream block against nginx itself: every verdict below is what Debian's nginx 1.22
// `nginx -t` printed (pinned), and is checked again live when nginx is installed.
import { describe, expect, it } from 'vitest';
import { NGINX, nginxAccepts } from '../../../../tests/tools/real-nginx.ts';
import { parseNginxSeconds, readUpstreamConf } from './upstream-conf.ts';

const VERDICTS: readonly { conf: string; nginx: string; lab?: string }[] = [
  { conf: 'server 127.0.0.1:8081 weight=5; server 127.0.0.1:8082; server 127.0.0.1:8083;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 weight=0;', nginx: 'invalid parameter "weight=0"' },
  { conf: 'server 127.0.0.1:8081 weight=x;', nginx: 'invalid parameter "weight=x"' },
  { conf: 'server 127.0.0.1:8081 weight=-1;', nginx: 'invalid parameter "weight=-1"' },
  { conf: 'server 127.0.0.1:8081 max_fails=0 fail_timeout=30s;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 fail_timeout=1m30s;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 fail_timeout=500ms;', nginx: 'invalid parameter "fail_timeout=500ms"' },
  { conf: 'server 127.0.0.1:8081 fail_timeout=10;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 fail_timeout=s;', nginx: 'invalid parameter "fail_timeout=s"' },
  { conf: 'server 127.0.0.1:8081 fail_timeout=30s1m;', nginx: 'invalid parameter "fail_timeout=30s1m"' },
  { conf: 'server 127.0.0.1:8081 max_conns=100 down; server 127.0.0.1:8082;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081; server 127.0.0.1:8082 backup;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 backup;', nginx: 'no servers in upstream "backend"' },
  { conf: 'least_conn; server 127.0.0.1:8081; server 127.0.0.1:8082 backup;', nginx: 'ok' },
  { conf: 'ip_hash; server 127.0.0.1:8081; server 127.0.0.1:8082 backup;', nginx: 'balancing method does not support parameter "backup"' },
  { conf: 'hash $request_uri; server 127.0.0.1:8081; server 127.0.0.1:8082 backup;', nginx: 'balancing method does not support parameter "backup"' },
  { conf: 'hash $request_uri consistent; server 127.0.0.1:8081 weight=2; server 127.0.0.1:8082;', nginx: 'ok' },
  { conf: 'hash $request_uri constant; server 127.0.0.1:8081;', nginx: 'invalid parameter "constant"' },
  { conf: 'hash; server 127.0.0.1:8081;', nginx: 'invalid number of arguments in "hash" directive' },
  { conf: 'random two least_conn; server 127.0.0.1:8081; server 127.0.0.1:8082;', nginx: 'ok' },
  { conf: 'random three; server 127.0.0.1:8081;', nginx: 'invalid parameter "three"' },
  { conf: 'random two least_time=header; server 127.0.0.1:8081;', nginx: 'invalid parameter "least_time=header"' },
  { conf: 'random; server 127.0.0.1:8081 down; server 127.0.0.1:8082;', nginx: 'ok' },
  { conf: 'ip_hash x; server 127.0.0.1:8081;', nginx: 'invalid number of arguments in "ip_hash" directive' },
  // The method comes after the backup server: accepted (the method never uses it; the lab says so).
  { conf: 'server 127.0.0.1:8081; server 127.0.0.1:8082 backup; hash $arg_k;', nginx: 'ok' },
  // Only a warning ("load balancing method redefined"): the last method wins.
  { conf: 'least_conn; ip_hash; server 127.0.0.1:8081;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 slow_start=30s;', nginx: 'invalid parameter "slow_start=30s"' },
  { conf: 'server 127.0.0.1:8081; keepalive 32; zone backend 64k;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081; sticky cookie srv_id;', nginx: 'unknown directive "sticky"' },
  { conf: 'server;', nginx: 'invalid number of arguments in "server" directive' },
  { conf: 'server 127.0.0.1:8081 weight=1 weight=3;', nginx: 'ok' },
  { conf: 'server 127.0.0.1:8081 max_fails=x;', nginx: 'invalid parameter "max_fails=x"' },
  // nginx counts two servers; the lab names servers by address, so it refuses and says why.
  { conf: 'server 127.0.0.1:8081; server 127.0.0.1:8081;', nginx: 'ok', lab: 'the lab needs distinct server addresses' },
  { conf: 'server 127.0.0.1:8081 DOWN;', nginx: 'invalid parameter "DOWN"' },
];

const block = (inside: string) => `upstream backend {\n${inside.replace(/; /g, ';\n')}\n}`;
const wholeConf = (inside: string) =>
  `events {}\nhttp {\n access_log off;\n ${block(inside)}\n server { listen 127.0.0.1:1; location / { proxy_pass http://backend; } }\n}\n`;

describe('readUpstreamConf: the same verdicts as nginx -t', () => {
  for (const v of VERDICTS) {
    it(v.conf, () => {
      const result = readUpstreamConf(block(v.conf));
      if (v.lab) {
        expect(result.conf).toBeNull();
        expect(result.problems.map((p) => p.en).join('\n')).toContain(v.lab);
      } else if (v.nginx === 'ok') {
        expect(result.problems).toEqual([]);
        expect(result.conf).not.toBeNull();
      } else {
        expect(result.conf).toBeNull();
        expect(result.problems.map((p) => p.en).join('\n')).toContain(v.nginx);
      }
    });
  }

  // One nginx -t per verdict: on a busy machine that is more than vitest's default 5 s.
  it.skipIf(!NGINX)("the pinned verdicts are what this machine's nginx -t says", { timeout: 60_000 }, () => {
    for (const v of VERDICTS) {
      const { ok, output } = nginxAccepts(wholeConf(v.conf));
      if (v.nginx === 'ok') expect(ok, `${v.conf}: ${output}`).toBe(true);
      else expect(output, v.conf).toContain(v.nginx);
    }
  });
});

describe('what a pasted block becomes', () => {
  it("keeps the names, weights and flags, and maps the method to the lab's algorithm", () => {
    const { conf, notes } = readUpstreamConf(`
      upstream api {
        hash $request_uri consistent;   # cache-friendly
        server 10.1.0.5:8080 weight=3 max_fails=2 fail_timeout=30s;
        server 10.1.0.6:8080 down;
        server app-3.internal:8080;
        keepalive 16;
      }`);
    expect(conf).toEqual({
      name: 'api',
      algorithm: 'hash-consistent',
      hashKey: '$request_uri',
      servers: [
        { name: '10.1.0.5:8080', weight: 3, maxFails: 2, failTimeoutS: 30, maxConns: 0, backup: false, down: false, line: 4 },
        { name: '10.1.0.6:8080', weight: 1, maxFails: 1, failTimeoutS: 10, maxConns: 0, backup: false, down: true, line: 5 },
        { name: 'app-3.internal:8080', weight: 1, maxFails: 1, failTimeoutS: 10, maxConns: 0, backup: false, down: false, line: 6 },
      ],
    });
    expect(notes.map((n) => n.line)).toEqual([6, 7]); // a hostname; keepalive is not modelled
  });

  it('maps every method', () => {
    const algo = (m: string) => readUpstreamConf(`${m} server 10.0.0.1:80;`).conf?.algorithm;
    expect(algo('')).toBe('swrr');
    expect(algo('least_conn;')).toBe('least-conn');
    expect(algo('ip_hash;')).toBe('ip-hash');
    expect(algo('hash $arg_user;')).toBe('hash-modulo');
    expect(algo('hash $arg_user consistent;')).toBe('hash-consistent');
    expect(algo('random;')).toBe('weighted-random');
    expect(algo('random two;')).toBe('p2c');
  });

  it('reads fail_timeout as ngx_parse_time does in seconds', () => {
    expect(parseNginxSeconds('10')).toBe(10);
    expect(parseNginxSeconds('1m30s')).toBe(90);
    expect(parseNginxSeconds('1h')).toBe(3600);
    expect(parseNginxSeconds('2d3h')).toBe(2 * 86_400 + 3 * 3600);
    expect(parseNginxSeconds('1m30')).toBe(90);
    expect(parseNginxSeconds('500ms')).toBeNull();
    expect(parseNginxSeconds('30s1m')).toBeNull();
    expect(parseNginxSeconds('')).toBeNull();
    expect(parseNginxSeconds('s')).toBeNull();
  });

  it('gives every problem a line, in both languages', () => {
    const { problems } = readUpstreamConf('upstream b {\n  server 10.0.0.1:80 weight=0;\n  slow_start 30s;\n}');
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    for (const p of problems) expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
