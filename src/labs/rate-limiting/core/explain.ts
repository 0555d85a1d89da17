// Chinese sentences for decisions: the trace table's "why" column and predict mode's answer.
// The wording lives in the `reasonTemplates` table below (data, not logic); `describeDecision` only
// computes the numbers that fill the {placeholders}.
import type { Outcome, ReasonCode } from './limiter.ts';
import type { ParamValues } from './param-schema.ts';
import type { RateLimitRow, RunEntry } from './simulate.ts';

export const outcomeLabels: Readonly<Record<Outcome, string>> = { admit: '放行', delay: '延迟', reject: '拒绝' };
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
  'nginx-delay': 'excess = {measured}（上次的 excess 按 rate 流走一部分再加 1）≤ burst {threshold}，但超过{overRule}，延迟 ({measured} − {delayN}) ÷ {rate} = {delay} 后处理。',
  'nginx-reject': 'excess 会变成 {measured} > burst {threshold}，nginx 返回 {status}，excess 和 last 都不更新。',
  'gcra-allowed': 'TAT 推进后距现在 {measured}，不超过容忍度 τ = (max_burst + 1) × T = {threshold}，放行；CL.THROTTLE 返回 {reply}。',
  'gcra-limited': 'TAT 推进后距现在 {measured}，超过容忍度 τ = {threshold}，被限流，TAT 不变；CL.THROTTLE 返回 {reply}，retry_after = {retry} 秒。',
  'gcra-quantity-over-limit': 'quantity {cost} 需要 {cost} × T，超过容忍度 τ = {threshold}，永远不可能放行；CL.THROTTLE 返回 {reply}（retry_after = -1）。',
};

/** Numbers for people: up to 3 decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 1000) / 1000);
}

/** 250 → "250 ms", 2000 → "2 秒", 1500.5 → "1.501 秒". */
export function formatMs(ms: number): string {
  if (Math.abs(ms) < 1000) return `${formatNumber(ms)} ms`;
  return `${formatNumber(ms / 1000)} 秒`;
}

export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

const n = (values: ParamValues, key: string, fallback = 0): number => {
  const v = values[key];
  return typeof v === 'number' ? v : fallback;
};

/** The Chinese explanation of one row's decision. */
export function describeDecision(row: RateLimitRow, entry: RunEntry): string {
  return fillTemplate(reasonTemplates[row.reason], explainVars(row, entry));
}

function explainVars(row: RateLimitRow, entry: RunEntry): Record<string, string> {
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
      vars.underRule = nodelay ? '配置了 nodelay，burst 内一律不延迟' : `且不超过 delay=${delayN}`;
      vars.overRule = delayN > 0 ? ` delay=${delayN} 的阈值` : '延迟阈值 0（既没有 nodelay 也没有 delay=）';
      vars.firstOrRate = row.index === 0 || s.lastMs === null ? '这是该 key 的第一个请求（新建节点时 excess 为 0）' : '距上次请求的时间足够，excess 已流光';
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
