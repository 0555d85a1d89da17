// The pasted-config reader against nginx itself: every snippet below gets the same verdict from
// readLimitReqConf as from `nginx -t` (nginx 1.22, Debian), and the accepted ones are read into the
// values nginx uses. The verdicts are pinned here, so the test still checks the reader where nginx
// is not installed; where it is, nginx is asked too.
import { describe, expect, it } from 'vitest';
import { NGINX, nginxAccepts } from '../../../../tests/tools/real-nginx.ts';
import { readLimitReqConf } from './limit-req-conf.ts';

const Z = 'limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;';

/** [snippet, nginx -t accepts it (recorded from nginx 1.22.1)] */
const CASES: readonly [string, boolean][] = [
  [`${Z}\nlimit_req zone=one burst=5;`, true],
  [`${Z}\nlimit_req zone=one;`, true],
  [`${Z}\nlimit_req zone=one burst=0;`, false],
  [`${Z}\nlimit_req zone=one burst=5 nodelay;`, true],
  [`${Z}\nlimit_req zone=one burst=5 delay=3;`, true],
  [`${Z}\nlimit_req zone=one burst=5 delay=0;`, false],
  [`${Z}\nlimit_req zone=one burst=5 delay=7;`, true],
  [`${Z}\nlimit_req zone=one burst=5 nodelay delay=2;`, false],
  [`${Z}\nlimit_req zone=one delay=3 nodelay;`, true],
  [`${Z}\nlimit_req zone=one nodelay delay=3;`, true],
  [`${Z}\nlimit_req zone=two;`, false],
  [`${Z}\nlimit_req burst=5;`, false],
  [`${Z}\nlimit_req zone=one burst=x;`, false],
  [`${Z}\nlimit_req zone=one burst=5 fast;`, false],
  ['limit_req_zone $binary_remote_addr zone=one:10m rate=0.5r/s;\nlimit_req zone=one;', false],
  ['limit_req_zone $binary_remote_addr zone=one:10m rate=10;\nlimit_req zone=one;', true],
  ['limit_req_zone $binary_remote_addr zone=one:10m rate=30r/m;\nlimit_req zone=one burst=1;', true],
  ['limit_req_zone $binary_remote_addr zone=one:10m rate=10r/h;\nlimit_req zone=one;', false],
  ['limit_req_zone $binary_remote_addr zone=one:10k rate=10r/s;\nlimit_req zone=one;', false],
  ['limit_req_zone $binary_remote_addr zone=one rate=10r/s;\nlimit_req zone=one;', false],
  ['limit_req_zone $binary_remote_addr rate=10r/s;\nlimit_req zone=one;', false],
  ['limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s sync;\nlimit_req zone=one;', false],
  [`${Z}\nlimit_req zone=one burst=5;\nlimit_req_status 429;`, true],
  [`${Z}\nlimit_req zone=one burst=5;\nlimit_req_status 200;`, false],
  [`${Z}\nlimit_req zone=one;\nlimit_req_log_level warn;`, true],
  [`${Z}\nlimit_req zone=one;\nlimit_req_log_level loud;`, false],
  [`${Z}\nlimit_req zone=one;\nlimit_req_dry_run off;`, true],
  [`${Z}\nlimit_rq zone=one;`, false],
  [`${Z}\nlimit_req zone=one burst=5`, false],
  [`# gateway\n${Z} # per client\nlimit_req zone=one burst=20 nodelay;`, true],
];

const inHttp = (snippet: string) =>
  `pid /tmp/nginx-t.pid;\nerror_log stderr;\nevents {}\nhttp {\n${snippet}\nserver { listen 127.0.0.1:1; location / { return 200; } }\n}\n`;

describe('reading a pasted limit_req config', () => {
  it.each(CASES)('%s → nginx -t accepts: %s', (snippet, accepted) => {
    const r = readLimitReqConf(snippet);
    expect(r.conf !== null, JSON.stringify(r.problems)).toBe(accepted);
    if (!accepted) expect(r.problems.length).toBeGreaterThan(0);
  });

  it.runIf(NGINX !== undefined)('the pinned verdicts are what nginx -t says here', () => {
    // dry_run needs nginx ≥ 1.17.1; every case is asked in one place so a newer nginx shows up as one diff.
    const got = CASES.map(([snippet]) => [snippet, nginxAccepts(inHttp(snippet)).ok] as const);
    expect(got).toEqual(CASES);
  });

  it('reads what nginx uses: an omitted burst is 0, rate without a unit is r/s, the later of nodelay/delay wins', () => {
    expect(readLimitReqConf(`${Z}\nlimit_req zone=one;`).conf).toMatchObject({ rate: 10, unit: 'r/s', burst: 0, delay: 0, nodelay: false, status: 503 });
    expect(readLimitReqConf('limit_req_zone $binary_remote_addr zone=one:10m rate=30r/m;\nlimit_req zone=one burst=1;').conf).toMatchObject({
      rate: 30,
      unit: 'r/m',
      burst: 1,
    });
    expect(readLimitReqConf('limit_req_zone $binary_remote_addr zone=one:10m rate=7;\nlimit_req zone=one;').conf).toMatchObject({ rate: 7, unit: 'r/s' });
    expect(readLimitReqConf(`${Z}\nlimit_req zone=one burst=5 delay=3;\nlimit_req_status 429;`).conf).toMatchObject({
      burst: 5,
      delay: 3,
      nodelay: false,
      status: 429,
    });
    expect(readLimitReqConf(`${Z}\nlimit_req zone=one delay=3 nodelay;`).conf).toMatchObject({ burst: 0, delay: 0, nodelay: true });
    expect(readLimitReqConf(`${Z}\nlimit_req zone=one nodelay delay=3;`).conf).toMatchObject({ delay: 3, nodelay: false });
  });

  it('says which line is wrong, and ignores directives that are not about rate limiting', () => {
    const r = readLimitReqConf(`server {\n  listen 80;\n  ${Z}\n  location /api/ {\n    limit_req zone=one burst=0;\n    proxy_pass http://backend;\n  }\n}`);
    expect(r.problems).toEqual([{ line: 5, message: expect.stringContaining('burst') }]);
    const ok = readLimitReqConf(`server {\n  listen 80;\n  location /api/ {\n    limit_req zone=one burst=5;\n    proxy_pass http://backend;\n  }\n}\n${Z}`);
    expect(ok.conf).not.toBeNull();
    expect(ok.ignored.map((i) => i.line)).toEqual([2, 5]);
    expect(readLimitReqConf('limit_rq zone=one;').problems[0]).toEqual({ line: 1, message: expect.stringContaining('limit_rq') });
    expect(readLimitReqConf('').problems[0]?.message).toContain('没有找到 limit_req');
  });

  it('refuses a second limit_req (the lab models one zone and one client)', () => {
    const r = readLimitReqConf(
      `${Z}\nlimit_req_zone $server_name zone=per_server:10m rate=100r/s;\nlimit_req zone=one burst=5;\nlimit_req zone=per_server burst=50;`,
    );
    expect(r.conf).toBeNull();
    expect(r.problems).toEqual([{ line: 4, message: expect.stringContaining('只模拟一条') }]);
  });
});
