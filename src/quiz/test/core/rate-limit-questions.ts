// Questions from the rate-limiting lab's engines: nginx limit_req on a batch (how many get 503,
// how long the k-th waits) and a token bucket against a leaky-bucket queue on the same burst.
import { createLeakyQueue } from '../../../labs/rate-limiting/core/leaky-bucket-queue.ts';
import { createNginxLimitReq, type NginxLimitReqConfig } from '../../../labs/rate-limiting/core/nginx-limit-req.ts';
import { toRateLimitSearch, toTrafficValues } from '../../../labs/rate-limiting/core/params.ts';
import { createTokenBucket } from '../../../labs/rate-limiting/core/token-bucket.ts';
import { between, fillItem, pick, type Generator } from './generated.ts';

const batch = (n: number) => Array.from({ length: n }, () => 0);

function labLink(algorithm: string, params: Record<string, string | number | boolean>, n: number): string {
  const search = toRateLimitSearch({
    preset: null,
    lanes: [{ algorithm: algorithm as 'nginx', params }],
    traffic: toTrafficValues({ kind: 'trace', timesMs: batch(n) }),
    seed: 1,
    duration: Math.max(2, n + 1),
  });
  return `lab:rate-limiting?${search.toString()}`;
}

/** What nginx does with n requests arriving in the same millisecond. */
export function nginxBatch(config: NginxLimitReqConfig, n: number): { rejected: number; delaysMs: number[] } {
  const limiter = createNginxLimitReq(config);
  let rejected = 0;
  const delaysMs: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = limiter.decide(0);
    if (d.outcome === 'reject') rejected++;
    delaysMs.push(d.outcome === 'delay' ? d.delayMs : 0);
  }
  return { rejected, delaysMs };
}

export const nginxRejects: Generator = {
  id: 'nginx-rejects',
  deckId: 'rate-limiting-circuit-breaking',
  generate(random, n) {
    const rate = pick(random, [1, 2, 5, 10, 20]);
    const burst = between(random, 0, 8);
    const nodelay = random() < 0.5;
    const count = between(random, burst + 1, burst + 8);
    const { rejected } = nginxBatch({ rate, unit: 'r/s', burst, delay: 0, nodelay }, count);
    const conf = `limit_req zone=one${burst > 0 ? ` burst=${burst}` : ''}${nodelay ? ' nodelay' : ''}; # rate=${rate}r/s`;
    return {
      cardId: 'nginx-limit-req',
      link: labLink('nginx', { rate, unit: 'r/s', burst, delay: 0, nodelay }, count),
      item: fillItem(
        `gen:nginx-rejects:${n}`,
        {
          zh: `\`${conf}\`，同一 IP 在同一毫秒发来 ${count} 个请求，有几个得到 503？`,
          en: `\`${conf}\`: one IP sends ${count} requests in the same millisecond. How many get a 503?`,
        },
        [String(rejected)],
        {
          zh: `第 1 个 excess=0 直接处理，之后每个 excess 加 1；excess 超过 burst=${burst} 的被拒：${count} − 1 − ${burst} = ${rejected}。nodelay 只决定不拒的那些是否排队，不改变拒绝的个数。`,
          en: `The first has excess 0 and passes; each next one adds 1; those with excess above burst=${burst} are rejected: ${count} − 1 − ${burst} = ${rejected}. nodelay only decides whether the others wait, not how many are rejected.`,
        },
      ),
    };
  },
};

export const nginxDelay: Generator = {
  id: 'nginx-delay',
  deckId: 'rate-limiting-circuit-breaking',
  generate(random, n) {
    const rate = pick(random, [1, 2, 4, 5, 10]);
    const burst = between(random, 3, 10);
    const k = between(random, 2, burst + 1);
    const { delaysMs } = nginxBatch({ rate, unit: 'r/s', burst, delay: 0, nodelay: false }, burst + 1);
    const ms = delaysMs[k - 1] ?? 0;
    return {
      cardId: 'nginx-limit-req',
      link: labLink('nginx', { rate, unit: 'r/s', burst, delay: 0, nodelay: false }, burst + 1),
      item: fillItem(
        `gen:nginx-delay:${n}`,
        {
          zh: `\`rate=${rate}r/s burst=${burst}\`（没有 nodelay），${burst + 1} 个请求同时到达。第 ${k} 个请求要等多少毫秒才被处理？（填数字）`,
          en: `\`rate=${rate}r/s burst=${burst}\` (no nodelay), ${burst + 1} requests arrive at once. How many milliseconds does request ${k} wait? (a number)`,
        },
        [String(ms), `${ms}ms`],
        {
          zh: `第 ${k} 个的 excess 是 ${k - 1}，要等 excess × 1000 / rate = ${ms} ms。`,
          en: `Request ${k} has excess ${k - 1} and waits excess × 1000 / rate = ${ms} ms.`,
        },
      ),
    };
  },
};

export const bucketsOnBurst: Generator = {
  id: 'buckets-on-burst',
  deckId: 'rate-limiting-circuit-breaking',
  generate(random, n) {
    const rate = pick(random, [5, 10, 20]);
    const capacity = between(random, 3, 10);
    const count = between(random, capacity + 2, capacity + 10);
    const bucket = createTokenBucket({ ratePerSec: rate, capacity, initialTokens: capacity });
    const queue = createLeakyQueue({ ratePerSec: rate, queueSize: capacity });
    let bucketAdmits = 0;
    let queueRejects = 0;
    for (let i = 0; i < count; i++) {
      if (bucket.decide(0).outcome === 'admit') bucketAdmits++;
      if (queue.decide(0).outcome === 'reject') queueRejects++;
    }
    return {
      cardId: 'rl-token-vs-leaky',
      link: labLink('token-bucket', { rate, capacity, initial: capacity }, count),
      item: fillItem(
        `gen:buckets-on-burst:${n}`,
        {
          zh: `速率 ${rate}/s、容量 ${capacity} 的令牌桶（开始是满的）和同速率、队列长 ${capacity} 的漏桶队列，同一瞬间来 ${count} 个请求。令牌桶立即放行几个、漏桶拒绝几个？按“放行,拒绝”填，如 3,2`,
          en: `A token bucket (rate ${rate}/s, capacity ${capacity}, full at the start) and a leaky-bucket queue (same rate, queue of ${capacity}) get ${count} requests at once. How many does the token bucket pass at once, and how many does the queue reject? Answer "passed,rejected", e.g. 3,2`,
        },
        [`${bucketAdmits},${queueRejects}`, `${bucketAdmits}，${queueRejects}`],
        {
          zh: `令牌桶把 ${capacity} 个令牌一次花光：放行 ${bucketAdmits} 个成簇到达下游；漏桶队列只让请求排队按 ${rate}/s 流出，排不下的被拒：${queueRejects} 个。`,
          en: `The token bucket spends its ${capacity} tokens at once: ${bucketAdmits} pass as a cluster; the leaky queue lets requests wait and drain at ${rate}/s and rejects what does not fit: ${queueRejects}.`,
        },
      ),
    };
  },
};
