// Reads the user's own `limit_req_zone` / `limit_req` lines into the nginx engine's config, with
// the rules `nginx -t` applies (ngx_http_limit_req_module.c, nginx 1.22): `rate=` is a whole
// number with `r/s`, `r/m` or no unit (= r/s); `zone=name:size` needs at least 32k; `burst=` and
// `delay=` must be > 0 when given, and an omitted burst is 0; the later of `nodelay` / `delay=`
// wins; at most three arguments after `limit_req`; `limit_req_status` is 400–599 (default 503).
// limit-req-conf.test.ts checks every verdict here against `nginx -t` itself.
// The lab models one zone and one key (one client), so a second `limit_req` is refused.
import { parseNginxConf, parseNginxSize, UNRELATED_DIRECTIVES, type ConfProblem, type ConfStatement } from '../../kernel/nginx-conf.ts';
import { limitReqMessages, type Language, type LimitReqMessages } from './limit-req-messages.ts';
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

interface Zone {
  readonly rate: number;
  readonly unit: NginxRateUnit;
  readonly key: string;
}

const positiveInt = (text: string): number | null => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

function readZone(st: ConfStatement, report: (message: string) => void, m: LimitReqMessages): [string, Zone] | null {
  const [, key, ...params] = st.words;
  if (key === undefined || params.length === 0) {
    report(m.zoneArgs);
    return null;
  }
  let name = '';
  let rate = 1;
  let unit: NginxRateUnit = 'r/s';
  for (const p of params) {
    if (p.startsWith('zone=')) {
      const [zoneName = '', size = ''] = p.slice(5).split(':');
      if (!p.includes(':')) {
        report(m.zoneNoSize(p));
        return null;
      }
      const bytes = parseNginxSize(size);
      if (bytes === null) {
        report(m.zoneBadSize(p));
        return null;
      }
      if (bytes < MIN_ZONE_BYTES) {
        report(m.zoneSmall(p));
        return null;
      }
      name = zoneName;
    } else if (p.startsWith('rate=')) {
      const match = /^rate=(\d+)(r\/s|r\/m)?$/.exec(p);
      const n = match ? Number(match[1]) : 0;
      if (!match || n <= 0) {
        report(m.badRate(p));
        return null;
      }
      rate = n;
      unit = match[2] === 'r/m' ? 'r/m' : 'r/s';
    } else {
      report(m.zoneParam(p));
      return null;
    }
  }
  if (!name) {
    report(m.zoneNeedsZone);
    return null;
  }
  return [name, { rate, unit, key }];
}

interface LimitLine {
  readonly zone: string;
  readonly burst: number;
  readonly delay: number;
  readonly nodelay: boolean;
  readonly line: number;
}

function readLimit(st: ConfStatement, report: (message: string) => void, m: LimitReqMessages): LimitLine | null {
  const params = st.words.slice(1);
  if (params.length < 1 || params.length > 3) {
    report(m.limitArgs);
    return null;
  }
  let zone = '';
  let burst = 0;
  let delay = 0;
  let nodelay = false;
  for (const p of params) {
    if (p.startsWith('zone=')) zone = p.slice(5);
    else if (p.startsWith('burst=')) {
      const n = positiveInt(p.slice(6));
      if (n === null) {
        report(m.badBurst(p));
        return null;
      }
      burst = n;
    } else if (p.startsWith('delay=')) {
      const n = positiveInt(p.slice(6));
      if (n === null) {
        report(m.badDelay(p));
        return null;
      }
      delay = n;
      nodelay = false;
    } else if (p === 'nodelay') {
      nodelay = true;
      delay = 0;
    } else {
      report(m.limitParam(p));
      return null;
    }
  }
  if (!zone) {
    report(m.limitNeedsZone);
    return null;
  }
  return { zone, burst, delay, nodelay, line: st.line };
}

export function readLimitReqConf(text: string, language: Language = 'zh'): LimitReqConfResult {
  const m = limitReqMessages(language);
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
      if (!['http', 'server', 'location', 'events'].includes(name)) ignored.push({ line: st.line, message: m.block(name) });
      continue;
    }
    switch (name) {
      case 'limit_req_zone': {
        const zone = readZone(st, report, m);
        if (zone && zones.has(zone[0])) report(m.zoneTwice(zone[0]));
        else if (zone) zones.set(zone[0], zone[1]);
        break;
      }
      case 'limit_req': {
        const limit = readLimit(st, report, m);
        if (limit) limits.push(limit);
        break;
      }
      case 'limit_req_status': {
        const n = st.words.length === 2 && /^\d+$/.test(st.words[1] ?? '') ? Number(st.words[1]) : NaN;
        if (!(n >= 400 && n <= 599)) report(m.badStatus);
        else status = n;
        break;
      }
      case 'limit_req_log_level':
        if (!['info', 'notice', 'warn', 'error'].includes(st.words[1] ?? '') || st.words.length !== 2) report(m.badLogLevel);
        else ignored.push({ line: st.line, message: m.logLevelIgnored });
        break;
      case 'limit_req_dry_run':
        if (st.words[1] === 'on') report(m.dryRunOn);
        else if (st.words[1] !== 'off' || st.words.length !== 2) report(m.badDryRun);
        break;
      default:
        if (UNRELATED_DIRECTIVES.has(name)) ignored.push({ line: st.line, message: m.unrelated(name) });
        else report(m.unknown(name));
    }
  }
  for (const l of limits) {
    if (!zones.has(l.zone)) problems.push({ line: l.line, message: m.noZone(l.zone) });
  }
  if (limits.length > 1) problems.push({ line: limits[1]?.line ?? 1, message: m.twoLimits });
  if (limits.length === 0 && problems.length === 0) problems.push({ line: 1, message: m.noLimit });
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
