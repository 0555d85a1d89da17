// Reads the user's own nginx `upstream { … }` block into the lab's servers and algorithm, with the
// rules `nginx -t` applies (ngx_http_upstream.c ngx_http_upstream_server, and the balancing
// modules' directives; nginx 1.22, Debian's): `server` parameters weight= (a whole number ≥ 1),
// max_fails= (≥ 0; 0 turns failure accounting off), fail_timeout= (a time, default 10s),
// max_conns=, backup, down; a method directive (least_conn, ip_hash, hash KEY [consistent],
// random [two [least_conn]]) limits the parameters of the `server` lines *after* it, and hash,
// ip_hash and random take no `backup` ("balancing method does not support parameter"); a second
// method only warns ("load balancing method redefined") and the last one wins. upstream-conf.test.ts
// checks every verdict here against `nginx -t`.
// The lab's limits, said as such: servers by address (a hostname is kept as written: nginx would
// resolve it at start), distinct names, at most MAX_LB_SERVERS, and `random` without `two` is
// nginx's weighted random.
import { parseNginxConf, UNRELATED_DIRECTIVES } from '../../kernel/nginx-conf.ts';
import { MAX_LB_SERVERS } from './params.ts';
import type { AlgorithmId } from './types.ts';

export interface UpstreamServerConf {
  /** The address as written (nginx's `server` name: `hash … consistent` hashes this text). */
  readonly name: string;
  readonly weight: number;
  readonly maxFails: number;
  readonly failTimeoutS: number;
  readonly maxConns: number;
  readonly backup: boolean;
  readonly down: boolean;
  readonly line: number;
}

export interface UpstreamConf {
  readonly name: string;
  readonly servers: readonly UpstreamServerConf[];
  readonly algorithm: AlgorithmId;
  /** The `hash` key as written ($request_uri, $arg_user …), or '' for other methods. */
  readonly hashKey: string;
}

export interface UpstreamConfNote {
  readonly line: number;
  readonly zh: string;
  readonly en: string;
}

export interface UpstreamConfResult {
  /** Null when nginx would refuse the config (any problem) or there is no upstream. */
  readonly conf: UpstreamConf | null;
  readonly problems: readonly UpstreamConfNote[];
  /** Accepted but worth saying: warnings nginx prints, directives the lab does not model. */
  readonly notes: readonly UpstreamConfNote[];
}

type Method = 'round-robin' | 'least_conn' | 'ip_hash' | 'hash' | 'hash consistent' | 'random' | 'random two' | 'random two least_conn';

const ALGORITHM_OF: Readonly<Record<Method, AlgorithmId>> = {
  'round-robin': 'swrr',
  least_conn: 'least-conn',
  ip_hash: 'ip-hash',
  hash: 'hash-modulo',
  'hash consistent': 'hash-consistent',
  random: 'weighted-random',
  'random two': 'p2c',
  'random two least_conn': 'p2c',
};

/** Methods whose `server` lines may not say `backup` (their init never uses backup peers). */
const NO_BACKUP: ReadonlySet<Method> = new Set(['ip_hash', 'hash', 'hash consistent', 'random', 'random two', 'random two least_conn']);

const NOT_MODELLED = new Set(['keepalive', 'keepalive_requests', 'keepalive_time', 'keepalive_timeout', 'zone']);

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

export function readUpstreamConf(text: string): UpstreamConfResult {
  const parsed = parseNginxConf(text);
  const problems: UpstreamConfNote[] = parsed.problems.map((p) => ({ line: p.line, zh: p.message, en: p.message }));
  const notes: UpstreamConfNote[] = [];
  const servers: UpstreamServerConf[] = [];
  // A pasted block may be the upstream itself or only its inside.
  const hasBlock = parsed.statements.some((s) => s.opensBlock && s.words[0] === 'upstream');
  let name = 'backend';
  let method: Method = 'round-robin';
  let methodLine = 0;
  let hashKey = '';
  for (const st of parsed.statements) {
    const problem = (zh: string, en: string) => problems.push({ line: st.line, zh, en });
    const [directive = '', ...args] = st.words;
    if (st.opensBlock) {
      if (directive === 'upstream') {
        if (args.length !== 1)
          problem(
            `upstream 后面要一个名字（invalid number of arguments in "upstream" directive）`,
            'upstream takes one name (invalid number of arguments in "upstream" directive)',
          );
        else name = args[0] as string;
      }
      continue;
    }
    const inUpstream = st.context.at(-1) === 'upstream' || (!hasBlock && st.context.length === 0);
    if (!inUpstream) {
      if (!UNRELATED_DIRECTIVES.has(directive)) problem(`未知指令 "${directive}"（unknown directive）`, `unknown directive "${directive}"`);
      continue;
    }
    switch (directive) {
      case 'server': {
        const server = readServer(args, st.line, method, problem);
        if (server) servers.push(server);
        break;
      }
      case 'least_conn':
      case 'ip_hash':
      case 'hash':
      case 'random': {
        const next = readMethod(directive, args, problem);
        if (!next) break;
        if (methodLine > 0)
          notes.push({
            line: st.line,
            zh: `负载均衡方法被重新定义，以这一行为准（nginx 警告：load balancing method redefined）`,
            en: 'nginx warns "load balancing method redefined"; this line wins',
          });
        method = next.method;
        hashKey = next.hashKey;
        methodLine = st.line;
        break;
      }
      default:
        if (NOT_MODELLED.has(directive))
          notes.push({
            line: st.line,
            zh: `${directive} 管连接复用或共享内存，不改变选哪台，实验不模拟`,
            en: `${directive} is about connection reuse or shared memory, not about which server is picked; the lab does not model it`,
          });
        else problem(`upstream 里没有 "${directive}" 这个指令（unknown directive）`, `unknown directive "${directive}" in upstream`);
    }
  }
  if (problems.length === 0 && servers.length === 0)
    problems.push({ line: 1, zh: '没有找到 server 行（no servers are inside upstream）', en: 'no servers are inside upstream' });
  lintForLab(name, servers, method, methodLine, problems, notes);
  notes.sort((a, b) => a.line - b.line);
  if (problems.length > 0) return { conf: null, problems, notes };
  return { conf: { name, servers, algorithm: ALGORITHM_OF[method], hashKey }, problems, notes };
}

function readMethod(directive: string, args: readonly string[], problem: (zh: string, en: string) => void): { method: Method; hashKey: string } | null {
  const invalid = (p: string) => problem(`${directive} 不认识参数 "${p}"（invalid parameter）`, `invalid parameter "${p}"`);
  const count = () => problem(`${directive} 的参数个数不对（invalid number of arguments）`, `invalid number of arguments in "${directive}" directive`);
  if (directive === 'least_conn' || directive === 'ip_hash') {
    if (args.length > 0) {
      count();
      return null;
    }
    return { method: directive, hashKey: '' };
  }
  if (directive === 'hash') {
    if (args.length < 1 || args.length > 2) {
      count();
      return null;
    }
    if (args.length === 2 && args[1] !== 'consistent') {
      invalid(args[1] as string);
      return null;
    }
    return { method: args.length === 2 ? 'hash consistent' : 'hash', hashKey: args[0] as string };
  }
  if (args.length > 2) {
    count();
    return null;
  }
  if (args.length >= 1 && args[0] !== 'two') {
    invalid(args[0] as string);
    return null;
  }
  if (args.length === 2 && args[1] !== 'least_conn') {
    invalid(args[1] as string);
    return null;
  }
  return { method: args.length === 0 ? 'random' : args.length === 1 ? 'random two' : 'random two least_conn', hashKey: '' };
}

function readServer(args: readonly string[], line: number, method: Method, problem: (zh: string, en: string) => void): UpstreamServerConf | null {
  const [address, ...params] = args;
  if (address === undefined) {
    problem('server 后面要写地址（invalid number of arguments in "server" directive）', 'invalid number of arguments in "server" directive');
    return null;
  }
  const server = { name: address, weight: 1, maxFails: 1, failTimeoutS: 10, maxConns: 0, backup: false, down: false, line };
  for (const p of params) {
    const invalid = () => problem(`server 参数写错了："${p}"（invalid parameter）`, `invalid parameter "${p}"`);
    if (p.startsWith('weight=')) {
      const n = wholeNumber(p.slice(7));
      if (n === null || n === 0) {
        invalid();
        return null;
      }
      server.weight = n;
    } else if (p.startsWith('max_fails=')) {
      const n = wholeNumber(p.slice(10));
      if (n === null) {
        invalid();
        return null;
      }
      server.maxFails = n;
    } else if (p.startsWith('fail_timeout=')) {
      const seconds = parseNginxSeconds(p.slice(13));
      if (seconds === null) {
        invalid();
        return null;
      }
      server.failTimeoutS = seconds;
    } else if (p.startsWith('max_conns=')) {
      const n = wholeNumber(p.slice(10));
      if (n === null) {
        invalid();
        return null;
      }
      server.maxConns = n;
    } else if (p === 'backup') {
      if (NO_BACKUP.has(method)) {
        problem(
          `这个负载均衡方法不支持 backup（balancing method does not support parameter "backup"）`,
          'balancing method does not support parameter "backup"',
        );
        return null;
      }
      server.backup = true;
    } else if (p === 'down') server.down = true;
    else {
      invalid();
      return null;
    }
  }
  return server;
}

/** What nginx accepts but the lab cannot run as written: said, never silently changed. */
function lintForLab(
  name: string,
  servers: readonly UpstreamServerConf[],
  method: Method,
  methodLine: number,
  problems: UpstreamConfNote[],
  notes: UpstreamConfNote[],
): void {
  const seen = new Map<string, number>();
  for (const s of servers) {
    const first = seen.get(s.name);
    if (first !== undefined)
      problems.push({
        line: s.line,
        zh: `实验需要互不相同的 server 地址：${s.name} 在第 ${first} 行已经有了（nginx 允许重复，会当成两台）`,
        en: `the lab needs distinct server addresses: ${s.name} is already on line ${first} (nginx allows it and counts two servers)`,
      });
    else seen.set(s.name, s.line);
    if (!/^[\d.]+(:\d+)?$|^\[[\da-fA-F:]+\](:\d+)?$/.test(s.name))
      notes.push({
        line: s.line,
        zh: `${s.name} 是主机名：nginx 启动时解析它，每个 IP 算一台；实验把它当成一台`,
        en: `${s.name} is a hostname: nginx resolves it at start and counts one server per address; the lab counts it as one`,
      });
  }
  if (servers.length > MAX_LB_SERVERS)
    problems.push({
      line: servers[MAX_LB_SERVERS]?.line ?? 1,
      zh: `实验最多 ${MAX_LB_SERVERS} 台 server`,
      en: `the lab runs at most ${MAX_LB_SERVERS} servers`,
    });
  if (servers.some((s) => s.backup) && NO_BACKUP.has(method)) {
    // A method line after `backup` servers: nginx -t passes, but these methods never pick a backup peer.
    notes.push({
      line: methodLine,
      zh: '这个方法不会用 backup 服务器（nginx 不报错，但哈希和随机方法只在主服务器里选），实验里它们不接请求',
      en: 'this method never uses backup servers (nginx accepts the config, but hash and random methods pick among the primary servers only); in the lab they get no requests',
    });
  }
  if (servers.length > 0 && servers.every((s) => s.backup))
    problems.push({
      line: servers[0]?.line ?? 1,
      zh: `至少要有一台不是 backup 的 server（no servers in upstream "${name}"）`,
      en: `no servers in upstream "${name}": every server is a backup`,
    });
}

const UNIT_STEPS: Readonly<Record<string, [number, number]>> = {
  y: [1, 365 * 86_400],
  M: [2, 30 * 86_400],
  w: [3, 7 * 86_400],
  d: [4, 86_400],
  h: [5, 3600],
  m: [6, 60],
  s: [7, 1],
};

/**
 * ngx_parse_time(…, is_sec = 1), as `fail_timeout=` reads it: numbers with units in falling order
 * (1y 1M 1w 1d 1h 1m 1s; "1m30s" is 90), a bare number is seconds, and `ms` is refused.
 */
export function parseNginxSeconds(text: string): number | null {
  let step = 0;
  let value = 0;
  let total = 0;
  let valid = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c >= '0' && c <= '9') {
      value = value * 10 + Number(c);
      valid = true;
      continue;
    }
    let unit: [number, number] | undefined;
    if (c === 'm' && text[i + 1] === 's') return null;
    if (c === ' ') unit = [8, 1];
    else unit = UNIT_STEPS[c];
    if (!unit || (c !== ' ' && step >= unit[0]) || (c === ' ' && step >= 7)) return null;
    step = unit[0];
    total += value * unit[1];
    value = 0;
    while (text[i + 1] === ' ') i++;
  }
  if (!valid || !Number.isSafeInteger(total + value)) return null;
  return total + value;
}
