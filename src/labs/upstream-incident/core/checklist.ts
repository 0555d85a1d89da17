// The investigation, step by step, as an engineer would run it on the nginx host. Every step has
// the command to run and evidence computed from this run's own artefacts: the access log text,
// the error log text, the rendered config and the connection table. Nothing is canned: change
// the seed or the scenario and the numbers, and which steps look suspicious, change with them.
import { parseAccessLogLine, type AccessLogEntry } from './access-log.ts';
import { parseErrorLogLine } from './error-log.ts';
import { parseUpstreamBlock } from './nginx-config.ts';
import type { Bi, Lang } from './bilingual.ts';
import type { CauseId } from './scenarios.ts';

export const STEP_IDS = ['upstream-addr', 'weights', 'hash-keys', 'client-ips', 'error-log', 'connections'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface EvidenceTable {
  readonly columns: Readonly<Record<Lang, readonly string[]>>;
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface ChecklistStep {
  readonly id: StepId;
  readonly title: Bi;
  /** What to run (shell or nginx). */
  readonly command: string;
  readonly evidence: EvidenceTable;
  /** One sentence stating what the evidence shows, with its numbers. */
  readonly finding: Bi;
  /** The evidence is abnormal: this step points at a cause. */
  readonly suspicious: boolean;
}

export interface ChecklistInput {
  readonly config: string;
  readonly accessLog: readonly string[];
  readonly errorLog: readonly string[];
  /** Established keep-alive connections per server (0 everywhere when requests are balanced one by one). */
  readonly connectionsPerServer: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

/** The server that finally answered (last $upstream_addr entry). */
const finalUpstream = (e: AccessLogEntry): string => e.upstreamAddrs[e.upstreamAddrs.length - 1] ?? '-';

function mostCommon(entries: readonly AccessLogEntry[]): string {
  return countBy(entries, finalUpstream)[0]?.[0] ?? '-';
}

function upstreamStep(entries: readonly AccessLogEntry[]): ChecklistStep {
  const groups = countBy(entries, finalUpstream);
  const total = entries.length;
  const rows = groups.map(([addr, list]) => [addr, list.length, pct(list.length / total), list.filter((e) => e.status >= 500).length]);
  const [topAddr, topList] = groups[0] ?? ['-', []];
  const share = total > 0 ? topList.length / total : 0;
  const top5xx = topList.filter((e) => e.status >= 500).length;
  return {
    id: 'upstream-addr',
    title: { zh: '统计 access log 里的 $upstream_addr', en: 'Count $upstream_addr in the access log' },
    command: "awk '{print $(NF-1)}' /var/log/nginx/access.log | sort | uniq -c | sort -rn",
    evidence: { columns: { zh: ['$upstream_addr', '请求数', '占比', '5xx'], en: ['$upstream_addr', 'Requests', 'Share', '5xx'] }, rows },
    finding: {
      zh: `${topAddr} 收到 ${pct(share)} 的请求（${topList.length}/${total}），其中 ${top5xx} 个 5xx；其余 ${groups.length - 1} 个地址一共只有 ${total - topList.length} 个。`,
      en: `${topAddr} got ${pct(share)} of the requests (${topList.length}/${total}), ${top5xx} of them 5xx; the other ${groups.length - 1} addresses got only ${total - topList.length} between them.`,
    },
    suspicious: share > 0.5,
  };
}

function weightsStep(config: string, entries: readonly AccessLogEntry[]): ChecklistStep {
  const upstream = parseUpstreamBlock(config);
  const servers = upstream?.servers ?? [];
  const total = servers.reduce((sum, s) => sum + (s.down ? 0 : s.weight), 0);
  const counts = new Map(countBy(entries, finalUpstream).map(([addr, list]) => [addr, list.length]));
  const rows = servers.map((s) => [
    s.address,
    s.weight,
    pct(total > 0 && !s.down ? s.weight / total : 0),
    pct((counts.get(s.address) ?? 0) / Math.max(1, entries.length)),
    s.maxFails,
    `${s.failTimeoutS}s`,
  ]);
  const weights = servers.map((s) => s.weight).sort((a, b) => a - b);
  const median = weights[Math.floor((weights.length - 1) / 2)] ?? 1;
  const heaviest = servers.reduce<(typeof servers)[number] | null>((best, s) => (best === null || s.weight > best.weight ? s : best), null);
  const outlier = heaviest !== null && heaviest.weight > 4 * median;
  const written = upstream?.balancing.join('; ') ?? '';
  const method = { zh: written || '默认加权轮询', en: written || 'default weighted round-robin' };
  return {
    id: 'weights',
    title: { zh: '检查 upstream 配置里的权重和负载均衡方式', en: 'Check the weights and balancing method in the upstream config' },
    command: `nginx -T 2>/dev/null | sed -n '/upstream ${upstream?.name ?? 'backend'}/,/}/p'`,
    evidence: {
      columns: {
        zh: ['server', 'weight', '按权重应得', '实际占比', 'max_fails', 'fail_timeout'],
        en: ['server', 'weight', 'Share by weight', 'Actual share', 'max_fails', 'fail_timeout'],
      },
      rows,
    },
    finding:
      outlier && heaviest !== null
        ? {
            zh: `${heaviest.address} 的 weight=${heaviest.weight}，是其他服务器（中位数 ${median}）的 ${(heaviest.weight / median).toFixed(0)} 倍：按权重它本就该拿 ${pct(heaviest.weight / total)} 的请求。负载均衡方式：${method.zh}。`,
            en: `${heaviest.address} has weight=${heaviest.weight}, ${(heaviest.weight / median).toFixed(0)}× the others (median ${median}): by weight alone it is supposed to get ${pct(heaviest.weight / total)} of the requests. Balancing method: ${method.en}.`,
          }
        : {
            zh: `权重没有异常（${weights.join('、')}），解释不了这种倾斜。负载均衡方式：${method.zh}。`,
            en: `The weights look normal (${weights.join(', ')}) and cannot explain the skew. Balancing method: ${method.en}.`,
          },
    suspicious: outlier,
  };
}

function hashKeyOf(balancing: readonly string[], e: AccessLogEntry): string {
  const directive = balancing.find((b) => b.startsWith('hash ')) ?? '';
  const arg = /\$arg_(\w+)/.exec(directive);
  if (arg !== null) {
    const m = new RegExp(`[?&]${arg[1]}=([^&]*)`).exec(e.uri);
    return m?.[1] ?? '';
  }
  return e.uri;
}

function hashKeysStep(config: string, entries: readonly AccessLogEntry[]): ChecklistStep {
  const balancing = parseUpstreamBlock(config)?.balancing ?? [];
  const hashed = balancing.some((b) => b.startsWith('hash '));
  const groups = countBy(entries, (e) => hashKeyOf(balancing, e));
  const total = entries.length;
  const rows = groups.slice(0, 10).map(([key, list]) => [key, list.length, pct(list.length / total), mostCommon(list)]);
  const [topKey, topList] = groups[0] ?? ['-', []];
  const share = total > 0 ? topList.length / total : 0;
  const owner = mostCommon(topList);
  const ownerShare = topList.length > 0 ? topList.filter((e) => finalUpstream(e) === owner).length / topList.length : 0;
  return {
    id: 'hash-keys',
    title: { zh: '检查哈希 key 的分布（$request_uri / $arg_user）', en: 'Check how the hash keys are distributed ($request_uri / $arg_user)' },
    command: "awk '{print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
    evidence: { columns: { zh: ['key', '请求数', '占比', '主要去向'], en: ['key', 'Requests', 'Share', 'Mostly to'] }, rows },
    finding: hashed
      ? {
          zh: `按 ${balancing.join('; ')} 哈希：最热的 key ${topKey} 占 ${pct(share)}（${groups.length} 个不同 key），其中 ${pct(ownerShare)} 落在 ${owner}。`,
          en: `Hashed by ${balancing.join('; ')}: the hottest key ${topKey} is ${pct(share)} of all requests (${groups.length} distinct keys), and ${pct(ownerShare)} of it lands on ${owner}.`,
        }
      : {
          zh: `没有用 hash 做负载均衡（${balancing.join('; ') || '默认加权轮询'}），key 分布不影响选哪台；最热的 ${topKey} 占 ${pct(share)}。`,
          en: `Not balancing by hash (${balancing.join('; ') || 'default weighted round-robin'}), so the key distribution does not decide the server; the hottest key ${topKey} is ${pct(share)}.`,
        },
    suspicious: hashed && share > 0.2,
  };
}

const prefix24 = (ip: string): string => {
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.${parts[2]}.0/24` : ip;
};

function clientIpsStep(config: string, entries: readonly AccessLogEntry[]): ChecklistStep {
  const balancing = parseUpstreamBlock(config)?.balancing ?? [];
  const ipHash = balancing.includes('ip_hash');
  const groups = countBy(entries, (e) => prefix24(e.remoteAddr));
  const total = entries.length;
  const distinct = new Set(entries.map((e) => e.remoteAddr)).size;
  const rows = groups
    .slice(0, 10)
    .map(([net, list]) => [net, list.length, pct(list.length / total), new Set(list.map((e) => e.remoteAddr)).size, mostCommon(list)]);
  const [topNet, topList] = groups[0] ?? ['-', []];
  const share = total > 0 ? topList.length / total : 0;
  const topIps = new Set(topList.map((e) => e.remoteAddr)).size;
  return {
    id: 'client-ips',
    title: {
      zh: '检查客户端 IP 的分布（按 /24 网段聚合，ip_hash 正是这么看地址的）',
      en: 'Check the client IPs, grouped by /24 (exactly how ip_hash sees an address)',
    },
    command: 'awk \'{split($1,a,"."); print a[1]"."a[2]"."a[3]".0/24"}\' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head',
    evidence: {
      columns: { zh: ['网段', '请求数', '占比', '不同 IP 数', '主要去向'], en: ['Network', 'Requests', 'Share', 'Distinct IPs', 'Mostly to'] },
      rows,
    },
    finding: {
      zh: `共 ${distinct} 个不同客户端地址；最大的网段 ${topNet} 发出 ${pct(share)} 的请求，只有 ${topIps} 个地址，主要去 ${mostCommon(topList)}${ipHash ? '；ip_hash 只看前三个字节，同一 /24 必然落到同一台' : ''}。`,
      en: `${distinct} distinct client addresses; the biggest network ${topNet} sent ${pct(share)} of the requests from only ${topIps} addresses, mostly to ${mostCommon(topList)}${ipHash ? '. ip_hash looks at the first three bytes only, so one /24 always lands on one server' : ''}.`,
    },
    suspicious: ipHash && share > 0.3,
  };
}

function errorLogStep(errorLines: readonly string[]): ChecklistStep {
  const entries = errorLines.map(parseErrorLogLine).filter((e) => e !== null);
  const kind = (message: string): string =>
    message.startsWith('upstream server temporarily disabled')
      ? 'temporarily disabled'
      : message.startsWith('no live upstreams')
        ? 'no live upstreams'
        : message.startsWith('connect() failed')
          ? 'connect() failed'
          : message;
  const groups = countBy(entries, (e) => `${kind(e.message)}\u0000${e.upstream}`);
  const rows = groups.map(([k, list]) => {
    const [message, upstream] = k.split('\u0000');
    return [message ?? '', upstream ?? '', list.length, list[0]?.time ?? '', list[list.length - 1]?.time ?? ''];
  });
  const disabled = entries.filter((e) => kind(e.message) === 'temporarily disabled');
  const noLive = entries.filter((e) => kind(e.message) === 'no live upstreams');
  let finding: Bi;
  if (disabled.length > 0) {
    const servers = [...new Set(disabled.map((e) => e.upstream))];
    finding = {
      zh: `${disabled[0]?.time ?? ''} 起 ${servers.join('、')} 被标记为暂时不可用（upstream server temporarily disabled），在 fail_timeout 内 nginx 不会再把请求发给它们。`,
      en: `${servers.join(' and ')} ${servers.length > 1 ? 'were' : 'was'} marked unavailable at ${disabled[0]?.time ?? ''} (upstream server temporarily disabled); nginx sends ${servers.length > 1 ? 'them' : 'it'} nothing until fail_timeout expires.`,
    };
  } else if (noLive.length > 0) {
    finding = {
      zh: `${noLive[0]?.time ?? ''} 有 ${noLive.length} 条 no live upstreams：那一刻所有服务器都不可用；没有服务器被 max_fails 摘除。`,
      en: `${noLive.length} "no live upstreams" at ${noLive[0]?.time ?? ''}: every server was unavailable at that moment; none was taken out by max_fails.`,
    };
  } else {
    finding = { zh: 'error log 里没有连接失败或服务器被摘除的记录。', en: 'The error log has no failed connects and no server taken out.' };
  }
  return {
    id: 'error-log',
    title: { zh: '查 error log：upstream 被摘除 / max_fails', en: 'Search the error log: upstreams taken out / max_fails' },
    command: "grep -E 'temporarily disabled|no live upstreams|connect\\(\\) failed' /var/log/nginx/error.log",
    evidence: { columns: { zh: ['消息', 'upstream', '条数', '首次', '最后'], en: ['Message', 'upstream', 'Count', 'First', 'Last'] }, rows },
    finding,
    suspicious: disabled.length > 0,
  };
}

function connectionsStep(input: ChecklistInput, entries: readonly AccessLogEntry[]): ChecklistStep {
  const byServer = new Map(countBy(entries, finalUpstream));
  const servers = Object.keys(input.connectionsPerServer);
  const totalConns = servers.reduce((sum, s) => sum + (input.connectionsPerServer[s] ?? 0), 0);
  const seconds = input.durationMs / 1000;
  const rows = servers.map((s) => {
    const list = byServer.get(s) ?? [];
    const conns = input.connectionsPerServer[s] ?? 0;
    const busy = list.reduce((sum, e) => sum + (e.upstreamTimes[e.upstreamTimes.length - 1] ?? 0), 0);
    return [s, conns, list.length, conns > 0 ? (list.length / conns).toFixed(0) : '-', (busy / seconds).toFixed(1)];
  });
  const top = servers.reduce((best, s) => ((input.connectionsPerServer[s] ?? 0) > (input.connectionsPerServer[best] ?? 0) ? s : best), servers[0] ?? '-');
  const topConns = input.connectionsPerServer[top] ?? 0;
  const share = totalConns > 0 ? topConns / totalConns : 0;
  const perConn = topConns > 0 ? (byServer.get(top)?.length ?? 0) / topConns : 0;
  return {
    id: 'connections',
    title: { zh: '检查到各台 upstream 的连接数', en: 'Count the connections to each upstream' },
    command: "ss -tn state established | awk 'NR>1 {print $4}' | sort | uniq -c",
    evidence: {
      columns: {
        zh: ['upstream', '长连接数', '请求数', '请求/连接', '平均并发（由日志估算）'],
        en: ['upstream', 'Long-lived conns', 'Requests', 'Requests/conn', 'Mean concurrency (from the log)'],
      },
      rows,
    },
    finding:
      totalConns > 0
        ? {
            zh: `${totalConns} 条长连接里有 ${topConns} 条（${pct(share)}）连在 ${top}，每条连接平均承载 ${perConn.toFixed(0)} 个请求：负载是按连接分的，不是按请求。`,
            en: `${topConns} of ${totalConns} long-lived connections (${pct(share)}) go to ${top}, each carrying ${perConn.toFixed(0)} requests on average: load is balanced per connection, not per request.`,
          }
        : {
            zh: '没有长期驻留的连接：每个请求都单独做负载均衡，连接数只随并发请求变化。',
            en: 'No long-lived connections: every request is balanced on its own, and connection counts just follow concurrency.',
          },
    suspicious: totalConns > 0 && share > 0.6 && perConn > 20,
  };
}

export function buildChecklist(input: ChecklistInput): ChecklistStep[] {
  const entries = input.accessLog.map(parseAccessLogLine).filter((e) => e !== null);
  return [
    upstreamStep(entries),
    weightsStep(input.config, entries),
    hashKeysStep(input.config, entries),
    clientIpsStep(input.config, entries),
    errorLogStep(input.errorLog),
    connectionsStep(input, entries),
  ];
}

const CAUSE_OF_STEP: Readonly<Partial<Record<StepId, CauseId>>> = {
  'error-log': 'max-fails-down',
  weights: 'weight-typo',
  connections: 'keepalive-pinned',
  'client-ips': 'nat-ip-hash',
  'hash-keys': 'hot-key',
};

/** The cause the suspicious steps point at (the first, in checking order of certainty), or null. */
export function suspectedCause(steps: readonly ChecklistStep[]): CauseId | null {
  const order: StepId[] = ['error-log', 'weights', 'connections', 'client-ips', 'hash-keys'];
  for (const id of order) {
    if (steps.find((s) => s.id === id)?.suspicious) return CAUSE_OF_STEP[id] ?? null;
  }
  return null;
}
