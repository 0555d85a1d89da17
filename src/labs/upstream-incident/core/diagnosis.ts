// The multiple-choice diagnosis at the end of the investigation: the same six answers for every
// scenario (five real causes and a tempting wrong one), the right answer, why, and the fix as a
// config diff, with its effect measured by re-running the same traffic on the fixed config.
import type { RunSummary } from '../../load-balancing/core/metrics.ts';
import type { Bi } from './bilingual.ts';
import type { ChecklistStep, StepId } from './checklist.ts';
import { diffLines, type DiffLine } from './config-diff.ts';
import type { IncidentRun } from './run-incident.ts';
import type { CauseId } from './scenarios.ts';

export type DiagnosisOptionId = CauseId | 'faster-server';

export interface DiagnosisOption {
  readonly id: DiagnosisOptionId;
  readonly text: Bi;
}

export const DIAGNOSIS_QUESTION: Bi = {
  zh: '根据上面的证据，流量集中到一台 upstream 的根本原因是什么？',
  en: 'Given the evidence above, what is the root cause of the traffic piling onto one upstream?',
};

export const DIAGNOSIS_OPTIONS: readonly DiagnosisOption[] = [
  {
    id: 'faster-server',
    text: {
      zh: '那台机器性能最好，nginx 自动把流量分给了处理得快的机器',
      en: 'That box is the fastest, and nginx automatically sends more traffic to whichever server answers quicker',
    },
  },
  {
    id: 'hot-key',
    text: {
      zh: '按 key 哈希，而少数热点 key（一个爆款、一个大 V）占了大部分请求',
      en: 'Balancing by key hash, and a few hot keys (one hot product, one celebrity account) make up most of the requests',
    },
  },
  {
    id: 'nat-ip-hash',
    text: {
      zh: 'ip_hash 下大量用户共用少数出口地址（NAT、CDN、代理），同一个 /24 只会去一台',
      en: 'With ip_hash, lots of users share a few egress addresses (NAT, CDN, proxy), and one /24 only ever goes to one server',
    },
  },
  {
    id: 'weight-typo',
    text: { zh: '权重配错了：某台的 weight 比预期大了一个数量级', en: "A weight typo: one server's weight is an order of magnitude larger than intended" },
  },
  {
    id: 'max-fails-down',
    text: {
      zh: '其他服务器被 max_fails / fail_timeout 暂时摘除，只剩这一台在接流量',
      en: 'The other servers were taken out by max_fails / fail_timeout, leaving this one to take all the traffic',
    },
  },
  {
    id: 'keepalive-pinned',
    text: {
      zh: '长连接（keep-alive / HTTP/2 / gRPC）在重启后都连到了最先起来的那台，之后不再重新均衡',
      en: 'Long-lived connections (keep-alive / HTTP/2 / gRPC) all landed on the first server up after the restart and are never rebalanced',
    },
  },
];

interface CauseText {
  readonly explanation: Bi;
  readonly fix: Bi;
  readonly notes: readonly Bi[];
}

const CAUSES: Readonly<Record<CauseId, CauseText>> = {
  'hot-key': {
    explanation: {
      zh: 'hash $request_uri consistent 保证同一个 URI 总去同一台，这正是它的用处（缓存局部性），但也意味着一个 key 的流量无法分摊：秒杀商品的 URI 占了大半请求，哈希把它们全部钉在一台上。$upstream_addr 严重倾斜，而权重正常、没有服务器被摘除、客户端也很分散，只有 key 的分布异常。hash $arg_user 遇上一个爆红用户或一个刷接口的账号，是同一回事。',
      en: "hash $request_uri consistent guarantees that one URI always goes to the same server; that is the point of it (cache locality), but it also means one key's traffic can never be spread: the flash-sale item's URI is most of the requests, and the hash pins all of them to one box. $upstream_addr is badly skewed while the weights are normal, no server was taken out and the clients are well spread; only the key distribution is abnormal. hash $arg_user meeting one viral user or one scraping account is the same story.",
    },
    fix: {
      zh: '对这类接口不要按 key 做负载均衡（least_conn），并在 nginx 上给热点做 1 秒的微缓存、打开 proxy_cache_lock，让同一个 key 只有一个请求回源。',
      en: 'Stop balancing this endpoint by key (use least_conn), and add a 1-second micro-cache for the hot item in nginx with proxy_cache_lock on, so only one request per key goes upstream.',
    },
    notes: [
      {
        zh: '若必须保留哈希（例如后端有本地缓存），可用有界负载的一致性哈希（HAProxy 的 hash-balance-factor、Envoy 的 bounded load），让超载的节点把多余的 key 让给下一个节点。',
        en: "If you must keep hashing (say the backends hold local caches), use consistent hashing with bounded loads (HAProxy's hash-balance-factor, Envoy's bounded load) so an overloaded node hands its extra keys to the next one.",
      },
      {
        zh: '热点 key 也可以在应用层拆分：给 key 加随机后缀打散，或把热点数据放进本地缓存。',
        en: 'Hot keys can also be split in the application: add a random suffix to spread one key, or keep the hot data in a local cache.',
      },
    ],
  },
  'nat-ip-hash': {
    explanation: {
      zh: 'ip_hash 只取 IPv4 地址的前三个字节。用户都经过 CDN 回源时，nginx 看到的 $remote_addr 是 CDN 的少数出口地址，它们在同一个 /24 里，于是整片流量落到同一台。日志里那个网段请求量巨大、地址却只有几十个，就是证据；而权重、key 分布、error log 都正常。',
      en: "ip_hash uses only the first three bytes of an IPv4 address. When all users come in through a CDN, the $remote_addr nginx sees is one of the CDN's few egress addresses, all in the same /24, so the whole wave lands on one server. The evidence is that one network with a huge request count but only a few dozen addresses; the weights, key distribution and error log are all normal.",
    },
    fix: {
      zh: '用 realip 模块从 X-Forwarded-For 取出真实客户端地址（只信任 CDN 的网段），ip_hash 才会按真实用户分散；如果并不需要会话粘滞，干脆换成 least_conn 或按会话 cookie 哈希。',
      en: "Use the realip module to take the real client address from X-Forwarded-For (trusting only the CDN's ranges), so ip_hash spreads by actual user; if you do not really need stickiness, switch to least_conn or hash on a session cookie.",
    },
    notes: [
      {
        zh: 'set_real_ip_from 只能写可信的代理网段，否则客户端可以伪造 X-Forwarded-For。',
        en: 'Only list trusted proxy ranges in set_real_ip_from, or clients can spoof X-Forwarded-For.',
      },
      {
        zh: '公司出口 NAT、运营商级 NAT（CGNAT）、移动网络网关都会造成同样的现象。',
        en: 'Corporate egress NAT, carrier-grade NAT (CGNAT) and mobile gateways cause exactly the same pattern.',
      },
    ],
  },
  'weight-typo': {
    explanation: {
      zh: 'nginx 的平滑加权轮询严格按权重分配：每 sum(weight) 个请求里，weight=50 的服务器拿 50 个。配置里 10.0.1.12 的 weight 是其他服务器的十倍，实际占比和“按权重应得”几乎一致：nginx 没有出错，是配置让它这么做的。',
      en: "nginx's smooth weighted round-robin follows the weights exactly: out of every sum(weight) requests, a server with weight=50 gets 50. In this config 10.0.1.12 has ten times the weight of the others, and its actual share matches its share by weight almost exactly: nginx did nothing wrong, the config told it to do this.",
    },
    fix: {
      zh: '把 weight=50 改回 5；改 upstream 配置应走评审，并在发布后对比各台的请求占比。',
      en: 'Change weight=50 back to 5; upstream config changes should go through review, and the per-server request shares should be checked after every rollout.',
    },
    notes: [
      {
        zh: '上线前用 nginx -T 打印完整配置，发布后看一眼各 upstream 的请求占比，这类手误几分钟就能发现。',
        en: 'Print the full config with nginx -T before shipping and glance at per-upstream request shares after the rollout: a typo like this shows up within minutes.',
      },
    ],
  },
  'max-fails-down': {
    explanation: {
      zh: 'nginx 默认 max_fails=1 fail_timeout=10s：一次连接失败就把服务器标记为不可用 10 秒，即使它 200 毫秒后就恢复了。抖动发生在流量上涨的那一刻，另外两台各失败一次就被摘掉，剩下的一台独自扛住 3 倍于平时的流量，被压出大量 503。error log 里的 upstream server temporarily disabled 正是证据，10 秒后流量又自己回来了。',
      en: 'nginx defaults to max_fails=1 fail_timeout=10s: a single failed connect marks a server unavailable for 10 seconds, even if it was back after 200 ms. The blip hit exactly as traffic rose, the other two servers each failed once and were taken out, and the last one carried three times its usual load alone until it was shedding 503s. The "upstream server temporarily disabled" lines in the error log are the evidence, and 10 seconds later the traffic came back on its own.',
    },
    fix: {
      zh: '放宽失败判定、缩短摘除时间：max_fails=3 fail_timeout=2s，一次短暂抖动不再让服务器消失 10 秒；并保留足够的冗余容量（N+1）。',
      en: 'Loosen the failure rule and shorten the penalty: max_fails=3 fail_timeout=2s, so a brief blip no longer makes a server vanish for 10 seconds; and keep enough spare capacity (N+1).',
    },
    notes: [
      {
        zh: 'fail_timeout 同时是“统计失败的时间窗口”和“摘除的时长”，调小它意味着真正宕机的服务器也会更频繁地被试探。',
        en: 'fail_timeout is both the window in which failures are counted and how long a server stays out; lowering it also means a server that is really down gets probed more often.',
      },
      {
        zh: '更可靠的是主动健康检查（nginx Plus 的 health_check，或 nginx_upstream_check_module），而不是靠业务请求的失败来判断。',
        en: 'Active health checks (health_check in nginx Plus, or nginx_upstream_check_module) are more reliable than judging health by failed user requests.',
      },
    ],
  },
  'keepalive-pinned': {
    explanation: {
      zh: 'stream（四层）代理只在建立连接时做一次负载均衡，gRPC / HTTP/2 的所有请求都复用这条长连接。三台同时重启时，10.0.1.13 最先起来，所有客户端重连都落到它身上；另外两台稍后 ready，却没有任何新连接过来。日志里请求全在一台，ss 显示长连接也全在这一台，每条连接承载成百上千个请求。',
      en: 'The stream (L4) proxy balances once, when the connection is opened, and every gRPC / HTTP/2 request reuses that long-lived connection. When all three restarted together, 10.0.1.13 came up first and every client reconnected to it; the other two were ready moments later but got no new connections. The log shows every request on one server, ss shows every long-lived connection on it too, and each connection carries hundreds or thousands of requests.',
    },
    fix: {
      zh: '在七层按请求做负载均衡：http 块里用 grpc_pass，每个 gRPC 调用单独选后端，并对后端保持 keepalive 连接池。',
      en: 'Balance per request at L7: use grpc_pass in the http block so each gRPC call picks its own backend, with a keepalive connection pool to the backends.',
    },
    notes: [
      {
        zh: '若客户端直连（客户端负载均衡），在服务端设置 gRPC 的 MAX_CONNECTION_AGE，让连接定期重建、重新均衡。',
        en: "If clients connect directly (client-side balancing), set gRPC's MAX_CONNECTION_AGE on the server so connections are re-established and rebalanced regularly.",
      },
      {
        zh: '发布时让新实例逐个就绪再摘旧实例（滚动更新的 maxUnavailable），避免“所有人都只能连到第一台”的窗口。',
        en: 'During rollouts, bring new instances up one by one before taking old ones out (maxUnavailable in a rolling update), so there is no window where everyone can only reach the first box.',
      },
    ],
  },
};

export interface FixEffect {
  readonly maxShareBefore: number;
  readonly maxShareAfter: number;
  readonly droppedBefore: number;
  readonly droppedAfter: number;
  readonly p99Before: number;
  readonly p99After: number;
  /** Requests the fixed setup served from proxy_cache; the "after" numbers are of the rest. */
  readonly cacheHits: number;
  readonly upstreamRequestsAfter: number;
  readonly sentence: Bi;
}

export interface Diagnosis {
  readonly question: Bi;
  readonly options: readonly DiagnosisOption[];
  readonly correct: CauseId;
  readonly explanation: Bi;
  readonly fix: Bi;
  readonly notes: readonly Bi[];
  readonly configBefore: string;
  readonly configAfter: string;
  readonly configDiff: readonly DiffLine[];
  readonly effect: FixEffect;
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;

export function buildDiagnosis(run: IncidentRun): Diagnosis {
  const id = run.scenario.cause;
  const cause = CAUSES[id];
  const before = run.summary;
  const after = run.fixedSummary;
  return {
    question: DIAGNOSIS_QUESTION,
    options: DIAGNOSIS_OPTIONS,
    correct: id,
    explanation: cause.explanation,
    fix: cause.fix,
    notes: cause.notes,
    configBefore: run.config,
    configAfter: run.fixedConfig,
    configDiff: diffLines(run.config, run.fixedConfig),
    effect: {
      maxShareBefore: before.maxShare,
      maxShareAfter: after.maxShare,
      droppedBefore: before.dropped,
      droppedAfter: after.dropped,
      p99Before: before.p99Ms,
      p99After: after.p99Ms,
      cacheHits: run.fixedCacheHits,
      upstreamRequestsAfter: after.requests,
      sentence: {
        zh:
          `同样的流量重放到修复后的配置：` +
          (run.fixedCacheHits > 0 ? `${run.fixedCacheHits} 个请求由 proxy_cache 直接返回，只有 ${after.requests} 个到了 upstream；` : '') +
          `最忙那台的份额 ${pct(before.maxShare)} → ${pct(after.maxShare)}，丢弃的请求 ${before.dropped} → ${after.dropped}，upstream 的 p99 ${before.p99Ms.toFixed(0)} ms → ${after.p99Ms.toFixed(0)} ms。`,
        en:
          `The same traffic replayed against the fixed config: ` +
          (run.fixedCacheHits > 0
            ? `${run.fixedCacheHits} requests were served straight from proxy_cache and only ${after.requests} reached an upstream; `
            : '') +
          `the busiest server's share went ${pct(before.maxShare)} → ${pct(after.maxShare)}, dropped requests ${before.dropped} → ${after.dropped}, upstream p99 ${before.p99Ms.toFixed(0)} ms → ${after.p99Ms.toFixed(0)} ms.`,
      },
    },
  };
}

/** The checklist step whose evidence confirms or rules out each cause. */
export const STEP_OF_CAUSE: Readonly<Record<CauseId, StepId>> = {
  'hot-key': 'hash-keys',
  'nat-ip-hash': 'client-ips',
  'weight-typo': 'weights',
  'max-fails-down': 'error-log',
  'keepalive-pinned': 'connections',
};

export interface AnswerEvidence {
  readonly checklist: readonly ChecklistStep[];
  readonly metrics: RunSummary;
}

/**
 * Why a wrong answer does not fit this run, from the run's own evidence: the step that would show
 * that cause, and what it found instead; for "the fastest server" the busiest server's numbers.
 */
export function wrongAnswerReason(answer: DiagnosisOptionId, evidence: AnswerEvidence): Bi {
  if (answer === 'faster-server') {
    const busiest = evidence.metrics.servers.reduce<RunSummary['servers'][number] | null>(
      (best, s) => (best === null || s.share > best.share ? s : best),
      null,
    );
    const numbers =
      busiest === null
        ? { zh: '', en: '' }
        : {
            zh: `而且拿到 ${pct(busiest.share)} 请求的 ${busiest.id} 恰恰最慢：p99 ${busiest.p99Ms.toFixed(0)} ms，队列满后拒绝了 ${busiest.overloaded} 个请求（503）。`,
            en: ` And ${busiest.id}, which got ${pct(busiest.share)} of the requests, is actually the slowest: p99 ${busiest.p99Ms.toFixed(0)} ms, and it rejected ${busiest.overloaded} requests (503) once its queue was full.`,
          };
    return {
      zh: `nginx 的轮询、hash、ip_hash 都不看后端快慢，不会因为一台机器快就多给它流量；${numbers.zh}`,
      en: `nginx's round-robin, hash and ip_hash never look at how fast a backend is, so a quicker box does not get more traffic.${numbers.en}`,
    };
  }
  const step = evidence.checklist.find((s) => s.id === STEP_OF_CAUSE[answer]);
  if (step === undefined) return { zh: '这一步的证据不支持这个原因。', en: 'The evidence of that step does not support this cause.' };
  return {
    zh: `如果是这个原因，“${step.title.zh}”这一步会出现异常；可它的结果是：${step.finding.zh}`,
    en: `If this were the cause, the step "${step.title.en}" would look abnormal, but it found: ${step.finding.en}`,
  };
}

export function checkAnswer(diagnosis: Diagnosis, answer: DiagnosisOptionId, evidence?: AnswerEvidence): { correct: boolean; message: Bi } {
  if (answer === diagnosis.correct)
    return { correct: true, message: { zh: `答对了。${diagnosis.explanation.zh}`, en: `Correct. ${diagnosis.explanation.en}` } };
  const chosen = DIAGNOSIS_OPTIONS.find((o) => o.id === answer)?.text ?? { zh: answer, en: answer };
  const why =
    evidence !== undefined
      ? wrongAnswerReason(answer, evidence)
      : { zh: '回头看看清单里标红的那一步。', en: 'Go back to the step the checklist flags in red.' };
  return {
    correct: false,
    message: { zh: `不对：“${chosen.zh}”和证据对不上。${why.zh}`, en: `Not quite: "${chosen.en}" does not fit the evidence. ${why.en}` },
  };
}
