// Sentences for the trace table: what each state means, why a call was rejected, why the state
// changed. Engines only emit codes and numbers; every user-facing word lives here (Chinese) and in
// explain-en.ts (English); callers pass the UI language.
import type { BackendHealth, PhaseKind } from './backend.ts';
import type { BreakerModelKind, BreakerState, RejectReason, Transition } from './breaker-types.ts';
import type { RowOutcome, SimulationRow } from './simulate.ts';
import {
  describeHealthEn,
  describeRejectionEn,
  describeRowEn,
  describeTransitionEn,
  OUTCOME_LABELS_EN,
  PHASE_LABELS_EN,
  STATE_LABELS_EN,
} from './explain-en.ts';

export type Language = 'zh' | 'en';

export const STATE_LABELS: Readonly<Record<BreakerState, string>> = {
  CLOSED: 'CLOSED（闭合：正常放行并统计）',
  OPEN: 'OPEN（打开：直接拒绝）',
  HALF_OPEN: 'HALF_OPEN（半开：放少量探测请求）',
  FORCED_OPEN: 'FORCED_OPEN（强制打开：全部拒绝）',
  DISABLED: 'DISABLED（停用：全部放行、不统计）',
};

export const OUTCOME_LABELS: Readonly<Record<RowOutcome, string>> = {
  success: '成功',
  failure: '失败',
  'slow-success': '慢调用（成功）',
  'slow-failure': '慢调用且失败',
  timeout: '超时（算失败）',
  rejected: '被拒绝',
};

export const PHASE_LABELS: Readonly<Record<PhaseKind, string>> = {
  healthy: '健康',
  failing: '故障',
  slow: '变慢',
  recovering: '恢复中',
};

export const MODEL_LABELS: Readonly<Record<BreakerModelKind, string>> = {
  resilience4j: 'Resilience4j',
  sentinel: 'Sentinel',
  hystrix: 'Hystrix',
};

/** 50 → "50", 33.333 → "33.3". */
export function formatPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** 60000 → "60 s", 1500 → "1.5 s", 800 → "800 ms". */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${formatPercent(ms / 1000)} s`;
  return `${Math.round(ms)} ms`;
}

export function describeRejection(reason: RejectReason, kind: BreakerModelKind, language: Language = 'zh'): string {
  if (language === 'en') return describeRejectionEn(reason, kind);
  switch (reason) {
    case 'open':
      return kind === 'resilience4j'
        ? '熔断器 OPEN：直接拒绝（CallNotPermittedException），请求不会打到后端'
        : '熔断器 OPEN：直接拒绝（快速失败、走降级），请求不会打到后端';
    case 'half-open-full':
      return kind === 'resilience4j'
        ? 'HALF_OPEN：探测名额（permittedNumberOfCallsInHalfOpenState）已用完，探测结果出来前其余请求一律拒绝'
        : 'HALF_OPEN：只放行一个探测请求，它返回之前其余请求一律拒绝';
    case 'forced-open':
      return 'FORCED_OPEN：被手动强制打开，全部拒绝';
  }
}

export function describeTransition(t: Transition, kind: BreakerModelKind, language: Language = 'zh'): string {
  if (language === 'en') return describeTransitionEn(t, kind);
  const r = t.reason;
  switch (r.code) {
    case 'rates-exceeded': {
      const parts: string[] = [];
      if (r.failureRate >= r.failureRateThreshold) {
        parts.push(`失败率 ${formatPercent(r.failureRate)}% ≥ failureRateThreshold ${formatPercent(r.failureRateThreshold)}%`);
      }
      if (r.slowCallRate >= r.slowCallRateThreshold) {
        parts.push(`慢调用比例 ${formatPercent(r.slowCallRate)}% ≥ slowCallRateThreshold ${formatPercent(r.slowCallRateThreshold)}%`);
      }
      const where = t.from === 'HALF_OPEN' ? `半开探测的 ${r.calls} 次调用里` : `窗口内 ${r.calls} 次调用`;
      const then = t.from === 'HALF_OPEN' ? '后端还没好，重新打开' : '熔断器打开';
      return `${where}${parts.join('，且')}：${then}`;
    }
    case 'rates-below':
      return `半开探测的 ${r.calls} 次调用失败率 ${formatPercent(r.failureRate)}%、慢调用比例 ${formatPercent(r.slowCallRate)}% 都低于阈值：回到 CLOSED，窗口清空重新统计`;
    case 'wait-elapsed': {
      if (r.automatic) return `OPEN 满 ${formatDuration(r.waitMs)}（waitDurationInOpenState），定时器自动转为 HALF_OPEN`;
      if (kind === 'sentinel') return `熔断时长 timeWindow ${formatDuration(r.waitMs)} 已到：这个请求作为唯一的探测请求放行，进入 HALF_OPEN`;
      if (kind === 'hystrix') return `sleepWindowInMilliseconds ${formatDuration(r.waitMs)} 已过：这个请求作为唯一的测试请求放行，进入 HALF_OPEN`;
      return `waitDurationInOpenState ${formatDuration(r.waitMs)} 已过，这是之后的第一个请求：转为 HALF_OPEN 并放行`;
    }
    case 'half-open-timeout':
      return `HALF_OPEN 超过 maxWaitDurationInHalfOpenState ${formatDuration(r.maxWaitMs)} 还没有结论：转为 ${t.to}`;
    case 'sentinel-threshold': {
      if (r.grade === 'slow-ratio') {
        const op = r.value > r.threshold ? '>' : '=';
        return `统计窗口内 ${r.total} 个请求，慢调用比例 ${formatPercent(r.value * 100)}% ${op} slowRatioThreshold ${formatPercent(r.threshold * 100)}%：熔断`;
      }
      if (r.grade === 'error-ratio') {
        return `统计窗口内 ${r.total} 个请求，异常比例 ${formatPercent(r.value * 100)}% > count ${formatPercent(r.threshold * 100)}%：熔断`;
      }
      return `统计窗口内异常数 ${r.value} > count ${r.threshold}（共 ${r.total} 个请求）：熔断`;
    }
    case 'error-percentage':
      return `健康快照：${r.requests} 个请求达到 requestVolumeThreshold，错误率 ${r.errorPercentage}% ≥ errorThresholdPercentage ${r.threshold}%：断路器打开`;
    case 'probe-result': {
      const what =
        r.decidedBy === 'rt'
          ? `探测请求 RT ${formatDuration(r.durationMs)}${r.slow ? '，超过最大 RT' : '，没有超过最大 RT'}`
          : r.success
            ? '探测请求成功'
            : r.slow
              ? '探测请求超时'
              : '探测请求失败';
      if (t.to === 'CLOSED') return `${what}：关闭熔断器${kind === 'hystrix' ? '，健康统计从零开始' : '，统计清零'}`;
      return `${what}：重新打开，再等一个${kind === 'hystrix' ? '睡眠窗口' : '熔断时长'}`;
    }
    case 'manual':
      return `手动切换：${t.from} → ${t.to}`;
  }
}

/** The whole trace-table sentence for one row. */
export function describeRow(row: SimulationRow, kind: BreakerModelKind, language: Language = 'zh'): string {
  if (language === 'en') return describeRowEn(row, kind);
  const because = row.transition ? `；${describeTransition(row.transition, kind)}` : '';
  switch (row.kind) {
    case 'call':
      if (row.permitted) return `请求 #${row.callId} 放行，发往后端${because}`;
      return `请求 #${row.callId} 被拒绝：${describeRejection(row.rejection ?? 'open', kind)}${because}`;
    case 'result': {
      const outcome = row.outcome ? OUTCOME_LABELS[row.outcome] : '';
      return `请求 #${row.callId} 返回：${outcome}，耗时 ${formatDuration(row.durationMs ?? 0)}${because}`;
    }
    case 'timer':
      return row.transition ? describeTransition(row.transition, kind) : '定时器';
    case 'action':
      return row.transition ? describeTransition(row.transition, kind) : `手动操作：已经是 ${row.stateAfter}，状态不变`;
  }
}

export function describeHealth(health: BackendHealth, language: Language = 'zh'): string {
  if (language === 'en') return describeHealthEn(health);
  const latency =
    health.latency.kind === 'lognormal'
      ? `延迟中位 ${formatDuration(health.latency.p50Ms)}、p99 ${formatDuration(health.latency.p99Ms)}`
      : `延迟 ${formatDuration(health.latency.meanMs)} ± ${formatDuration(health.latency.jitterMs)}`;
  return `后端${PHASE_LABELS[health.kind]}：失败率 ${formatPercent(health.failureRate)}%，${latency}`;
}

/** The label tables of a language. */
export const stateLabelsIn = (language: Language): Readonly<Record<BreakerState, string>> => (language === 'en' ? STATE_LABELS_EN : STATE_LABELS);
export const outcomeLabelsIn = (language: Language): Readonly<Record<RowOutcome, string>> => (language === 'en' ? OUTCOME_LABELS_EN : OUTCOME_LABELS);
export const phaseLabelsIn = (language: Language): Readonly<Record<PhaseKind, string>> => (language === 'en' ? PHASE_LABELS_EN : PHASE_LABELS);
