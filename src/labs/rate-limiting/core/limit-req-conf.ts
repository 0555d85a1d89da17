// Reads the user's own `limit_req_zone` / `limit_req` lines into the nginx engine's config, with
// the rules `nginx -t` applies (ngx_http_limit_req_module.c, nginx 1.22): `rate=` is a whole
// number with `r/s`, `r/m` or no unit (= r/s); `zone=name:size` needs at least 32k; `burst=` and
// `delay=` must be > 0 when given, and an omitted burst is 0; the later of `nodelay` / `delay=`
// wins; at most three arguments after `limit_req`; `limit_req_status` is 400–599 (default 503).
// limit-req-conf.test.ts checks every verdict here against `nginx -t` itself.
// The lab models one zone and one key (one client), so a second `limit_req` is refused.
import { parseNginxConf, parseNginxSize, UNRELATED_DIRECTIVES, type ConfProblem, type ConfStatement } from '../../kernel/nginx-conf.ts';
import type { NginxRateUnit } from './nginx-limit-req.ts';

export interface LimitReqConf {
  readonly rate: number;
  readonly unit: NginxRateUnit;
  readonly burst: number;
  readonly delay: number;
  readonly nodelay: boolean;
  readonly status: number;
  readonly zone: string;
  readonly key: string;
}

export interface LimitReqConfResult {
  /** Null when any problem stops nginx from starting, or no limit_req is found. */
  readonly conf: LimitReqConf | null;
  readonly problems: readonly ConfProblem[];
  /** Directives read but not modelled (proxy_pass, listen …), by line. */
  readonly ignored: readonly ConfProblem[];
}

const MIN_ZONE_BYTES = 8 * 4096; // 8 pages

interface Zone { readonly rate: number; readonly unit: NginxRateUnit; readonly key: string }

const positiveInt = (text: string): number | null => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

function readZone(st: ConfStatement, report: (m: string) => void): [string, Zone] | null {
  const [, key, ...params] = st.words;
  if (key === undefined || params.length === 0) { report('limit_req_zone 需要一个 key 和 zone=、rate= 参数（invalid number of arguments）'); return null; }
  let name = '';
  let rate = 1;
  let unit: NginxRateUnit = 'r/s';
  for (const p of params) {
    if (p.startsWith('zone=')) {
      const [zoneName = '', size = ''] = p.slice(5).split(':');
      if (!p.includes(':')) { report(`zone 缺少大小，应写成 zone=名字:10m（invalid zone size "${p}"）`); return null; }
      const bytes = parseNginxSize(size);
      if (bytes === null) { report(`zone 大小写错了（invalid zone size "${p}"）`); return null; }
      if (bytes < MIN_ZONE_BYTES) { report(`zone 至少要 32k（zone "${p}" is too small）`); return null; }
      name = zoneName;
    } else if (p.startsWith('rate=')) {
      const m = /^rate=(\d+)(r\/s|r\/m)?$/.exec(p);
      const n = m ? Number(m[1]) : 0;
      if (!m || n <= 0) { report(`rate 必须是正整数加 r/s 或 r/m，例如 rate=10r/s（invalid rate "${p}"）`); return null; }
      rate = n;
      unit = m[2] === 'r/m' ? 'r/m' : 'r/s';
    } else {
      report(`limit_req_zone 不认识这个参数（invalid parameter "${p}"）`);
      return null;
    }
  }
  if (!name) { report('limit_req_zone 必须有 zone= 参数（"limit_req_zone" must have "zone" parameter）'); return null; }
  return [name, { rate, unit, key }];
}

interface LimitLine { readonly zone: string; readonly burst: number; readonly delay: number; readonly nodelay: boolean; readonly line: number }

function readLimit(st: ConfStatement, report: (m: string) => void): LimitLine | null {
  const params = st.words.slice(1);
  if (params.length < 1 || params.length > 3) { report('limit_req 后面最多三个参数：zone=、burst=、nodelay 或 delay=（invalid number of arguments in "limit_req" directive）'); return null; }
  let zone = '';
  let burst = 0;
  let delay = 0;
  let nodelay = false;
  for (const p of params) {
    if (p.startsWith('zone=')) zone = p.slice(5);
    else if (p.startsWith('burst=')) {
      const n = positiveInt(p.slice(6));
      if (n === null) { report(`burst 必须是正整数；不写 burst 就是 0（invalid burst value "${p}"）`); return null; }
      burst = n;
    } else if (p.startsWith('delay=')) {
      const n = positiveInt(p.slice(6));
      if (n === null) { report(`delay 必须是正整数（invalid delay value "${p}"）`); return null; }
      delay = n;
      nodelay = false;
    } else if (p === 'nodelay') {
      nodelay = true;
      delay = 0;
    } else { report(`limit_req 不认识这个参数（invalid parameter "${p}"）`); return null; }
  }
  if (!zone) { report('limit_req 必须有 zone= 参数（"limit_req" must have "zone" parameter）'); return null; }
  return { zone, burst, delay, nodelay, line: st.line };
}

export function readLimitReqConf(text: string): LimitReqConfResult {
  const parsed = parseNginxConf(text);
  const problems: ConfProblem[] = [...parsed.problems];
  const ignored: ConfProblem[] = [];
  const zones = new Map<string, Zone>();
  const limits: LimitLine[] = [];
  let status = 503;
  for (const st of parsed.statements) {
    const report = (message: string) => problems.push({ line: st.line, message });
    const name = st.words[0] ?? '';
    if (st.opensBlock) {
      if (!['http', 'server', 'location', 'events'].includes(name)) ignored.push({ line: st.line, message: `${name} 块里的内容照样读取，块本身不模拟` });
      continue;
    }
    switch (name) {
      case 'limit_req_zone': {
        const zone = readZone(st, report);
        if (zone && zones.has(zone[0])) report(`zone "${zone[0]}" 已经定义过了（is already bound to key）`);
        else if (zone) zones.set(zone[0], zone[1]);
        break;
      }
      case 'limit_req': {
        const limit = readLimit(st, report);
        if (limit) limits.push(limit);
        break;
      }
      case 'limit_req_status': {
        const n = st.words.length === 2 && /^\d+$/.test(st.words[1] ?? '') ? Number(st.words[1]) : NaN;
        if (!(n >= 400 && n <= 599)) report('limit_req_status 必须是 400–599 之间的状态码（value must be between 400 and 599）');
        else status = n;
        break;
      }
      case 'limit_req_log_level':
        if (!['info', 'notice', 'warn', 'error'].includes(st.words[1] ?? '') || st.words.length !== 2) report('limit_req_log_level 只能是 info、notice、warn 或 error');
        else ignored.push({ line: st.line, message: 'limit_req_log_level 只影响 error log 的级别，不影响放行或拒绝' });
        break;
      case 'limit_req_dry_run':
        if (st.words[1] === 'on') report('本实验不模拟 limit_req_dry_run on（只记录、不拒绝）；去掉这一行或写 off');
        else if (st.words[1] !== 'off' || st.words.length !== 2) report('limit_req_dry_run 只能是 on 或 off');
        break;
      default:
        if (UNRELATED_DIRECTIVES.has(name)) ignored.push({ line: st.line, message: `${name} 与限流无关，已忽略` });
        else report(`未知指令 "${name}"（unknown directive）`);
    }
  }
  for (const l of limits) {
    if (!zones.has(l.zone)) problems.push({ line: l.line, message: `没有名为 "${l.zone}" 的 limit_req_zone（zero size shared memory zone "${l.zone}"）` });
  }
  if (limits.length > 1) problems.push({ line: limits[1]?.line ?? 1, message: '本实验只模拟一条 limit_req（一个 zone、一个客户端）；多条 limit_req 时 nginx 对每条都检查，取最严的结果' });
  if (limits.length === 0 && problems.length === 0) problems.push({ line: 1, message: '没有找到 limit_req 指令：至少需要一行 limit_req_zone 和一行 limit_req' });
  const limit = limits[0];
  const zone = limit ? zones.get(limit.zone) : undefined;
  if (problems.length > 0 || !limit || !zone) return { conf: null, problems: sortByLine(problems), ignored };
  return {
    conf: { rate: zone.rate, unit: zone.unit, burst: limit.burst, delay: limit.delay, nodelay: limit.nodelay, status, zone: limit.zone, key: zone.key },
    problems: [],
    ignored,
  };
}

const sortByLine = (ps: ConfProblem[]): ConfProblem[] => [...ps].sort((a, b) => a.line - b.line);
