// Sentences for decisions, in Chinese or English: the trace table's "why" column and predict mode's
// answer. The wording lives in the `reasonTemplates` tables below (data, not logic); `describeDecision`
// only computes the numbers that fill the {placeholders}. The caller passes the UI language.
import type { Outcome, ReasonCode } from './limiter.ts';
import type { ParamValues } from './param-schema.ts';
import type { RateLimitRow, RunEntry } from './simulate.ts';

export const outcomeLabels: Readonly<Record<Outcome, string>> = { admit: '放行', delay: '延迟', reject: '拒绝' };
export type Language = 'zh' | 'en';

export const outcomeLabelsEn: Readonly<Record<Outcome, string>> = { admit: 'admitted', delay: 'delayed', reject: 'rejected' };

/** Short labels for the trace table. */
export const reasonLabels: Readonly<Record<ReasonCode, string>> = {
  'window-has-room': '窗口未满',
  'window-full': '窗口已满',
  'log-has-room': '窗口内未超限',
  'log-full': '窗口内已满',
  'estimate-under': '估算值未超限',
  'estimate-over': '估算值超限',
  'tokens-available': '有令牌',
  'tokens-exhausted': '令牌不足',
  'cost-over-capacity': '消耗超过容量',
  'meter-has-room': '桶未满',
  'meter-overflow': '桶会溢出',
  'queue-idle': '空闲直接处理',
  'queue-wait': '排队',
  'queue-full': '队列已满',
  'nginx-pass': 'excess 为 0',
  'nginx-pass-under-delay': '未超延迟阈值',
  'nginx-delay': '超过延迟阈值',
  'nginx-reject': '超过 burst',
  'gcra-allowed': '在容忍度内',
  'gcra-limited': '超出容忍度',
  'gcra-quantity-over-limit': 'quantity 超过上限',
};

export const reasonTemplates: Readonly<Record<ReasonCode, string>> = {
  'window-has-room': '窗口 [{start}, {end}) 内已放行 {before} 个，加上本次 {cost} 个共 {measured} ≤ limit {threshold}，放行。',
  'window-full': '窗口 [{start}, {end}) 内已放行 {before} 个，加上本次就是 {measured} > limit {threshold}，拒绝（{status}）；到 {end} 窗口重置计数才清零。',
  'log-has-room': '往前看 {window}（({from}, {now}]）已放行 {before} 个，加上本次共 {measured} ≤ limit {threshold}，放行并把时间戳记入日志。',
  'log-full': '往前看 {window}（({from}, {now}]）已放行 {before} 个，加上本次就是 {measured} > limit {threshold}，拒绝（{status}）；要等最早的记录滑出窗口。',
  'estimate-under': '估算值 = 上一窗口 {previous} × 剩余比例 {weight} + 当前窗口 {current} = {measured}，小于 limit {threshold}，放行。',
  'estimate-over': '估算值 = 上一窗口 {previous} × 剩余比例 {weight} + 当前窗口 {current} = {measured}，已达到 limit {threshold}，拒绝（{status}）。',
  'tokens-available': '桶里有 {measured} 个令牌 ≥ 本次消耗 {threshold}，放行，取走后剩 {level} 个。',
  'tokens-exhausted': '桶里只有 {measured} 个令牌 < 本次消耗 {threshold}，拒绝（{status}）；按 rate {rate}/秒 还要再等 {wait} 才够。',
  'cost-over-capacity': '本次要 {cost} 个，超过桶容量 {capacity}，等多久都不可能放行，拒绝（{status}）。',
  'meter-has-room': '漏桶按 rate 漏水后，加上本次水位为 {measured} ≤ 容量 {threshold}，放行。',
  'meter-overflow': '漏桶按 rate 漏水后，加上本次水位会到 {measured} > 容量 {threshold}，会溢出，拒绝（{status}）。',
  'queue-idle': '队列为空，上一个请求也已流出，直接处理。',
  'queue-wait': '队列里已有 {measured} 个在等（最多 {threshold} 个），本次排进队列，{delay} 后按每 {interval} 一个的节奏流出。',
  'queue-full': '队列里已有 {measured} 个在等，达到队列长度 {threshold}，拒绝（{status}）。',
  'nginx-pass': 'excess = 0：{firstOrRate}，立即处理。',
  'nginx-pass-under-delay': 'excess = {measured} ≤ burst {threshold}，{underRule}，立即处理（不排队）。',
  'nginx-delay':
    'excess = {measured}（上次的 excess 按 rate 流走一部分再加 1）≤ burst {threshold}，但超过{overRule}，延迟 ({measured} − {delayN}) ÷ {rate} = {delay} 后处理。',
  'nginx-reject': 'excess 会变成 {measured} > burst {threshold}，nginx 返回 {status}，excess 和 last 都不更新。',
  'gcra-allowed': 'TAT 推进后距现在 {measured}，不超过容忍度 τ = (max_burst + 1) × T = {threshold}，放行；CL.THROTTLE 返回 {reply}。',
  'gcra-limited': 'TAT 推进后距现在 {measured}，超过容忍度 τ = {threshold}，被限流，TAT 不变；CL.THROTTLE 返回 {reply}，retry_after = {retry} 秒。',
  'gcra-quantity-over-limit': 'quantity {cost} 需要 {cost} × T，超过容忍度 τ = {threshold}，永远不可能放行；CL.THROTTLE 返回 {reply}（retry_after = -1）。',
};

export const reasonLabelsEn: Readonly<Record<ReasonCode, string>> = {
  'window-has-room': 'room in window',
  'window-full': 'window full',
  'log-has-room': 'under limit in window',
  'log-full': 'window full',
  'estimate-under': 'estimate under limit',
  'estimate-over': 'estimate over limit',
  'tokens-available': 'tokens available',
  'tokens-exhausted': 'not enough tokens',
  'cost-over-capacity': 'cost over capacity',
  'meter-has-room': 'bucket has room',
  'meter-overflow': 'bucket would overflow',
  'queue-idle': 'idle, served at once',
  'queue-wait': 'queued',
  'queue-full': 'queue full',
  'nginx-pass': 'excess is 0',
  'nginx-pass-under-delay': 'under the delay threshold',
  'nginx-delay': 'over the delay threshold',
  'nginx-reject': 'over burst',
  'gcra-allowed': 'within tolerance',
  'gcra-limited': 'beyond tolerance',
  'gcra-quantity-over-limit': 'quantity over limit',
};

export const reasonTemplatesEn: Readonly<Record<ReasonCode, string>> = {
  'window-has-room': "Window [{start}, {end}) has admitted {before}; with this request's {cost} that makes {measured} ≤ limit {threshold}, so it is admitted.",
  'window-full':
    'Window [{start}, {end}) has admitted {before}; this request would make {measured} > limit {threshold}, so it is rejected ({status}). The count resets when the window ends at {end}.',
  'log-has-room':
    'The last {window} (({from}, {now}]) admitted {before}; with this one that is {measured} ≤ limit {threshold}, so it is admitted and its timestamp goes into the log.',
  'log-full':
    'The last {window} (({from}, {now}]) admitted {before}; this one would make {measured} > limit {threshold}, so it is rejected ({status}). The oldest entry has to slide out of the window first.',
  'estimate-under':
    'Estimate = previous window {previous} × remaining share {weight} + current window {current} = {measured}, below limit {threshold}: admitted.',
  'estimate-over':
    'Estimate = previous window {previous} × remaining share {weight} + current window {current} = {measured}, which reaches limit {threshold}: rejected ({status}).',
  'tokens-available': 'The bucket holds {measured} tokens ≥ the cost of {threshold}: admitted, leaving {level}.',
  'tokens-exhausted':
    'The bucket holds only {measured} tokens < the cost of {threshold}: rejected ({status}). At rate {rate}/s it takes another {wait} to have enough.',
  'cost-over-capacity': 'This request needs {cost} tokens, more than the bucket capacity {capacity}; no amount of waiting will admit it: rejected ({status}).',
  'meter-has-room': 'After leaking at rate, the level with this request is {measured} ≤ capacity {threshold}: admitted.',
  'meter-overflow':
    'After leaking at rate, this request would raise the level to {measured} > capacity {threshold}; the bucket would overflow: rejected ({status}).',
  'queue-idle': 'The queue is empty and the previous request has left: served at once.',
  'queue-wait': '{measured} already waiting (at most {threshold}); this one joins the queue and leaves after {delay}, one every {interval}.',
  'queue-full': '{measured} already waiting, the queue size {threshold} is reached: rejected ({status}).',
  'nginx-pass': 'excess = 0: {firstOrRate}, served at once.',
  'nginx-pass-under-delay': 'excess = {measured} ≤ burst {threshold}, {underRule}: served at once (no queueing).',
  'nginx-delay':
    'excess = {measured} (the previous excess drained at rate, plus 1) ≤ burst {threshold}, but over {overRule}: delayed by ({measured} − {delayN}) ÷ {rate} = {delay}.',
  'nginx-reject': 'excess would become {measured} > burst {threshold}: nginx returns {status} and updates neither excess nor last.',
  'gcra-allowed':
    'After advancing TAT it is {measured} ahead of now, within the tolerance τ = (max_burst + 1) × T = {threshold}: allowed; CL.THROTTLE replies {reply}.',
  'gcra-limited':
    'After advancing TAT it would be {measured} ahead of now, beyond the tolerance τ = {threshold}: limited, TAT unchanged; CL.THROTTLE replies {reply}, retry_after = {retry} s.',
  'gcra-quantity-over-limit':
    'quantity {cost} needs {cost} × T, more than the tolerance τ = {threshold}; it can never pass: CL.THROTTLE replies {reply} (retry_after = -1).',
};

/** Outcome, reason label and template tables of a language. */
export const outcomeLabelsIn = (language: Language): Readonly<Record<Outcome, string>> => (language === 'en' ? outcomeLabelsEnTitle : outcomeLabels);
export const reasonLabelsIn = (language: Language): Readonly<Record<ReasonCode, string>> => (language === 'en' ? reasonLabelsEn : reasonLabels);
const outcomeLabelsEnTitle: Readonly<Record<Outcome, string>> = { admit: 'Admitted', delay: 'Delayed', reject: 'Rejected' };

/** Numbers for people: up to 3 decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 1000) / 1000);
}

/** 250 → "250 ms", 2000 → "2 秒" / "2 s", 1500.5 → "1.501 秒" / "1.501 s". */
export function formatMs(ms: number, language: Language = 'zh'): string {
  if (Math.abs(ms) < 1000) return `${formatNumber(ms)} ms`;
  return `${formatNumber(ms / 1000)}${language === 'en' ? ' s' : ' 秒'}`;
}

export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

const n = (values: ParamValues, key: string, fallback = 0): number => {
  const v = values[key];
  return typeof v === 'number' ? v : fallback;
};

/** The explanation of one row's decision, in the given language. */
export function describeDecision(row: RateLimitRow, entry: RunEntry, language: Language = 'zh'): string {
  const templates = language === 'en' ? reasonTemplatesEn : reasonTemplates;
  return fillTemplate(templates[row.reason], explainVars(row, entry, language));
}

const NGINX_WORDS = {
  zh: {
    nodelay: '配置了 nodelay，burst 内一律不延迟',
    underDelay: (d: number) => `且不超过 delay=${d}`,
    overDelay: (d: number) => ` delay=${d} 的阈值`,
    overZero: '延迟阈值 0（既没有 nodelay 也没有 delay=）',
    first: '这是该 key 的第一个请求（新建节点时 excess 为 0）',
    drained: '距上次请求的时间足够，excess 已流光',
  },
  en: {
    nodelay: 'and nodelay is set, so nothing within burst waits',
    underDelay: (d: number) => `and not over delay=${d}`,
    overDelay: (d: number) => `the delay=${d} threshold`,
    overZero: 'the delay threshold of 0 (neither nodelay nor delay= is set)',
    first: 'the first request for this key (a new node starts at excess 0)',
    drained: 'enough time has passed since the last request for excess to drain',
  },
} as const;

function explainVars(row: RateLimitRow, entry: RunEntry, language: Language): Record<string, string> {
  const formatMs = (ms: number): string => formatMsIn(ms, language);
  const w = NGINX_WORDS[language];
  const p = entry.params;
  const vars: Record<string, string> = {
    measured: formatNumber(row.measured),
    threshold: formatNumber(row.threshold),
    cost: formatNumber(row.cost),
    level: formatNumber(row.level),
    status: String(row.outcome === 'reject' ? row.status : 200),
    delay: formatMs(row.delayMs),
    now: formatMs(row.timeMs),
    before: formatNumber(row.measured - row.cost),
  };
  const s = row.state;
  switch (s.algorithm) {
    case 'fixed-window': {
      vars.start = formatMs(s.windowStartMs);
      vars.end = formatMs(s.windowStartMs + n(p, 'window', 1) * 1000);
      break;
    }
    case 'sliding-log': {
      const windowMs = n(p, 'window', 1) * 1000;
      vars.window = formatMs(windowMs);
      vars.from = formatMs(row.timeMs - windowMs);
      break;
    }
    case 'sliding-counter': {
      const windowMs = n(p, 'window', 1) * 1000;
      vars.previous = formatNumber(s.previousCount);
      vars.current = formatNumber(row.outcome === 'admit' ? s.currentCount - row.cost : s.currentCount);
      vars.weight = formatNumber(1 - (row.timeMs - s.windowStartMs) / windowMs);
      break;
    }
    case 'token-bucket': {
      const rate = n(p, 'rate', 1);
      vars.rate = formatNumber(rate);
      vars.capacity = formatNumber(n(p, 'capacity'));
      vars.wait = formatMs(((row.threshold - row.measured) / rate) * 1000);
      break;
    }
    case 'leaky-meter':
      vars.capacity = formatNumber(n(p, 'capacity'));
      break;
    case 'leaky-queue':
      vars.interval = formatMs(1000 / n(p, 'rate', 1));
      break;
    case 'nginx': {
      const unit = p.unit === 'r/m' ? 'r/m' : 'r/s';
      const nodelay = p.nodelay === true;
      const delayN = nodelay ? 0 : n(p, 'delay');
      vars.rate = `${formatNumber(n(p, 'rate', 1))} ${unit}`;
      vars.delayN = String(delayN);
      vars.underRule = nodelay ? w.nodelay : w.underDelay(delayN);
      vars.overRule = delayN > 0 ? w.overDelay(delayN) : w.overZero;
      vars.firstOrRate = row.index === 0 || s.lastMs === null ? w.first : w.drained;
      break;
    }
    case 'gcra': {
      vars.measured = formatMs(row.measured);
      vars.threshold = formatMs(row.threshold);
      vars.reply = `[${s.reply.join(', ')}]`;
      vars.retry = String(s.reply[3]);
      break;
    }
  }
  return vars;
}

const formatMsIn = formatMs;
