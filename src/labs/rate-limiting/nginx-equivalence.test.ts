// The lab says its nginx engine decides "as nginx computes it". This sends the same batches of
// requests through Debian's nginx with the same limit_req lines and compares, request for
// request, what nginx logged in `$limit_req_status` (PASSED / DELAYED / REJECTED, nginx ≥ 1.17.6)
// and the status code it returned with what the engine decides for requests arriving together.
// nginx's answers are pinned below (recorded from nginx 1.22.1), so the comparison with the engine
// runs everywhere; the live run checks the pins wherever nginx is installed.
import { describe, expect, it } from 'vitest';
import { NGINX, startNginx } from '../../../tests/tools/real-nginx.ts';
import { simulate } from './core/simulate.ts';
import { readLimitReqConf } from './core/limit-req-conf.ts';

interface Case {
  readonly name: string;
  readonly conf: string;
  /** Batches of simultaneous requests, and the pause before each batch (ms). */
  readonly batches: readonly { readonly pauseMs: number; readonly count: number }[];
  /** nginx's answers per batch, sorted: `$limit_req_status $status`. */
  readonly nginx: readonly (readonly string[])[];
}

const zone = (rate: string) => `limit_req_zone $binary_remote_addr zone=one:10m rate=${rate};`;
const CASES: readonly Case[] = [
  {
    name: 'rate=5r/s burst=5, 7 at once: one passes, five wait, one 503',
    conf: `${zone('5r/s')}\nlimit_req zone=one burst=5;`,
    batches: [{ pauseMs: 0, count: 7 }],
    nginx: [['DELAYED 200', 'DELAYED 200', 'DELAYED 200', 'DELAYED 200', 'DELAYED 200', 'PASSED 200', 'REJECTED 503']],
  },
  {
    name: 'burst=5 nodelay: six pass at once, one 503',
    conf: `${zone('5r/s')}\nlimit_req zone=one burst=5 nodelay;`,
    batches: [{ pauseMs: 0, count: 7 }],
    nginx: [['PASSED 200', 'PASSED 200', 'PASSED 200', 'PASSED 200', 'PASSED 200', 'PASSED 200', 'REJECTED 503']],
  },
  {
    name: 'no burst (nginx default 0): everything after the first is refused',
    conf: `${zone('10r/s')}\nlimit_req zone=one;`,
    batches: [{ pauseMs: 0, count: 4 }],
    nginx: [['PASSED 200', 'REJECTED 503', 'REJECTED 503', 'REJECTED 503']],
  },
  {
    name: 'burst=4 delay=2 with limit_req_status 429',
    conf: `${zone('5r/s')}\nlimit_req zone=one burst=4 delay=2;\nlimit_req_status 429;`,
    batches: [{ pauseMs: 0, count: 6 }],
    nginx: [['DELAYED 200', 'DELAYED 200', 'PASSED 200', 'PASSED 200', 'PASSED 200', 'REJECTED 429']],
  },
  {
    name: 'r/m: 60r/m burst=1',
    conf: `${zone('60r/m')}\nlimit_req zone=one burst=1 nodelay;`,
    batches: [{ pauseMs: 0, count: 3 }],
    nginx: [['PASSED 200', 'PASSED 200', 'REJECTED 503']],
  },
  {
    name: 'the excess drains between batches: 2r/s burst=1, two batches 1.5 s apart',
    conf: `${zone('2r/s')}\nlimit_req zone=one burst=1 nodelay;`,
    batches: [
      { pauseMs: 0, count: 3 },
      { pauseMs: 1500, count: 3 },
    ],
    nginx: [
      ['PASSED 200', 'PASSED 200', 'REJECTED 503'],
      ['PASSED 200', 'PASSED 200', 'REJECTED 503'],
    ],
  },
];

const LABEL = { admit: 'PASSED', delay: 'DELAYED', reject: 'REJECTED' } as const;

/** What the engine decides for the batches, in nginx's words. */
function engineAnswers(c: Case): string[][] {
  const conf = readLimitReqConf(c.conf).conf;
  if (!conf) throw new Error(`bad config in test: ${c.name}`);
  const arrivals: number[] = [];
  const sizes: number[] = [];
  let t = 0;
  for (const b of c.batches) {
    t += b.pauseMs;
    for (let i = 0; i < b.count; i++) arrivals.push(t);
    sizes.push(b.count);
  }
  const { rows } = simulate({ algorithm: 'nginx', params: { ...conf } }, arrivals);
  const out: string[][] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(
      rows
        .slice(i, i + n)
        .map((r) => `${LABEL[r.outcome]} ${r.status}`)
        .sort(),
    );
    i += n;
  }
  return out;
}

describe('nginx limit_req engine against nginx itself', () => {
  it.each(CASES)('$name: the engine decides what nginx decided', (c) => {
    expect(engineAnswers(c)).toEqual(c.nginx);
  });

  it.runIf(NGINX !== undefined)(
    'the pinned answers are what nginx does here',
    async () => {
      for (const c of CASES) {
        // The zone at http level; limit_req (and its status) only where the test's requests go, so the
        // readiness probe never spends the client's allowance.
        const lines = c.conf.split('\n');
        const zones = lines.filter((l) => l.startsWith('limit_req_zone')).join('\n  ');
        const limits = lines.filter((l) => !l.startsWith('limit_req_zone')).join(' ');
        const nginx = await startNginx(
          `  log_format lr '$limit_req_status $status';\n  ${zones}\n  server {\n    listen 127.0.0.1:{PORT};\n    {READY}\n    location / { ${limits} access_log {DIR}/access.log lr; root {DIR}/www; try_files /index.html =404; }\n  }`,
        );
        try {
          const answers: string[][] = [];
          for (const b of c.batches) {
            if (b.pauseMs > 0) await new Promise((r) => setTimeout(r, b.pauseMs));
            await Promise.all(Array.from({ length: b.count }, (_, i) => nginx.get(`/r${i}`)));
            // nginx writes the access-log line after the response has gone out, so wait for it.
            const seen = answers.flat().length;
            const log = await logWithLines(nginx, seen + b.count);
            answers.push(log.slice(seen, seen + b.count).sort());
          }
          expect(answers, c.name).toEqual(c.nginx);
        } finally {
          await nginx.stop();
        }
      }
    },
    30_000,
  );
});

async function logWithLines(nginx: { accessLog(): string[] }, lines: number): Promise<string[]> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const log = readLog(nginx);
    if (log.length >= lines) return log;
    await new Promise((r) => setTimeout(r, 20));
  }
  return readLog(nginx);
}

function readLog(nginx: { accessLog(): string[] }): string[] {
  try {
    return nginx.accessLog();
  } catch {
    return [];
  }
}
