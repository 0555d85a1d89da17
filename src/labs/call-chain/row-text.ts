// Sentences for the trace rows and the URL problems, in both UI languages: what happened and why,
// from the codes and numbers the engine recorded.
import type { ParamProblem } from './core/params.ts';
import { serviceName } from './core/scenario.ts';
import type { TraceRow } from './core/trace-row.ts';

const name = serviceName;
const caller = (layer: number) => (layer <= 0 ? 'client' : name(layer - 1));

export interface RowText {
  readonly event: string;
  readonly reason: string;
}

type Describe = (r: TraceRow) => RowText;

const zhRow: Describe = (r) => {
  const who = `#${r.trace}`;
  const call = `${who} → ${name(r.layer)}（第 ${r.attempt} 次）`;
  const from = r.layer === 0 ? '客户端' : name(r.layer - 1);
  switch (r.kind) {
    case 'arrive':
      return { event: `${who} 到达`, reason: '客户端按泊松过程发出请求' };
    case 'send':
      return { event: `${call} 发出`, reason: `${from} 最多等 ${r.n2} ms（到 ${(r.n / 1000).toFixed(3)} s）` };
    case 'queued':
      return { event: `${call} 排队`, reason: `${name(r.layer)} 的线程都在忙，队列里现有 ${r.n} 个` };
    case 'start':
      return { event: `${call} 开始处理`, reason: r.n > 0 ? `排队等了 ${r.n} ms 才拿到线程` : '有空闲线程' };
    case 'shed':
      return { event: `${call} 被拒绝`, reason: `队列已满（${r.n} 个）：负载脱落，立刻失败而不是排队` };
    case 'breaker-reject':
      return {
        event: `${call} 没有发出`,
        reason: `${from} → ${name(r.layer)} 的熔断器${r.reason === 'half-open-full' ? '半开，试探名额已用完' : '打开'}：直接失败，不重试`,
      };
    case 'deadline-exceeded':
      return { event: `${call} 没有发出`, reason: '上游的截止时间已过，发了也没人等' };
    case 'timeout':
      return { event: `${call} 超时`, reason: `${from} 等了 ${r.n} ms 就不等了；${name(r.layer)} 不知道，还在干活（除非截止时间传递）` };
    case 'cancelled':
      return { event: `${call} 被取消`, reason: r.reason === 'queued' ? '截止时间已过，从队列里丢弃' : '截止时间已过，停止处理、释放线程' };
    case 'response':
      return r.reason === 'ok'
        ? { event: `${call} 成功`, reason: `用了 ${r.n} ms` }
        : {
            event: `${call} 失败`,
            reason: r.reason === 'fault-error' ? '注入的故障：C 返回错误' : r.reason === 'shed' ? '被拒绝' : `它依赖的调用失败了（${r.n} ms）`,
          };
    case 'orphan':
      return { event: `${call} 的应答没人要`, reason: `${from} 早已超时放弃：这 ${r.n} ms 的工作白做了（孤儿请求）` };
    case 'retry':
      return { event: `${who} → ${name(r.layer)} 重试，第 ${r.attempt} 次`, reason: r.n > 0 ? `退避 ${r.n} ms 后再发` : '立刻再发（没有退避）' };
    case 'give-up':
      return {
        event: `${who} → ${name(r.layer)} 不再重试`,
        reason:
          {
            attempts: `已经试满 ${r.attempt} 次`,
            throttled: `重试限流：令牌只剩 ${r.n2}，不高于 maxTokens/2`,
            deadline: '截止时间已过',
            'caller-gone': '调用方已经失败或放弃',
          }[r.reason] ?? r.reason,
      };
    case 'done':
      return r.reason === 'ok'
        ? { event: `${who} 成功`, reason: `客户端用了 ${r.n} ms` }
        : { event: `${who} 失败`, reason: `客户端在 ${r.n} ms 后收到错误或超时` };
    case 'fault-start':
      return { event: `${name(r.layer)} 开始出故障`, reason: `每个请求多 ${r.n} ms，错误率 ${(r.n2 * 100).toFixed(0)}%` };
    case 'fault-end':
      return { event: `${name(r.layer)} 故障结束`, reason: '恢复正常的处理时间和错误率' };
    case 'breaker':
      return {
        event: `${caller(r.layer) === 'client' ? '客户端' : caller(r.layer)} → ${name(r.layer)} 熔断器 ${r.from} → ${r.to}`,
        reason: r.to === 'OPEN' ? '窗口里的失败率达到阈值' : r.to === 'HALF_OPEN' ? '打开等待结束，放几个试探调用' : '试探调用成功',
      };
    case 'throttle':
      return r.reason === 'stop'
        ? { event: `→ ${name(r.layer)} 重试暂停`, reason: `令牌降到 ${r.n}，不高于 maxTokens/2` }
        : { event: `→ ${name(r.layer)} 重试恢复`, reason: `成功把令牌加到 ${r.n}，高于 maxTokens/2` };
  }
};

const enRow: Describe = (r) => {
  const who = `#${r.trace}`;
  const call = `${who} → ${name(r.layer)} (attempt ${r.attempt})`;
  const from = r.layer === 0 ? 'the client' : name(r.layer - 1);
  switch (r.kind) {
    case 'arrive':
      return { event: `${who} arrives`, reason: 'the client sends requests as a Poisson process' };
    case 'send':
      return { event: `${call} sent`, reason: `${from} waits at most ${r.n2} ms (until ${(r.n / 1000).toFixed(3)} s)` };
    case 'queued':
      return { event: `${call} queued`, reason: `all of ${name(r.layer)}'s threads are busy; ${r.n} waiting now` };
    case 'start':
      return { event: `${call} starts`, reason: r.n > 0 ? `waited ${r.n} ms for a thread` : 'a thread was free' };
    case 'shed':
      return { event: `${call} refused`, reason: `queue full (${r.n}): load shedding fails it at once instead of queueing` };
    case 'breaker-reject':
      return {
        event: `${call} not sent`,
        reason: `the breaker on ${from} → ${name(r.layer)} is ${r.reason === 'half-open-full' ? 'half-open with no probe left' : 'open'}: fail at once, no retry`,
      };
    case 'deadline-exceeded':
      return { event: `${call} not sent`, reason: "the caller's deadline has passed: nobody would wait for it" };
    case 'timeout':
      return {
        event: `${call} timed out`,
        reason: `${from} gave up after ${r.n} ms; ${name(r.layer)} does not know and keeps working (unless deadlines propagate)`,
      };
    case 'cancelled':
      return {
        event: `${call} cancelled`,
        reason: r.reason === 'queued' ? 'deadline passed: dropped from the queue' : 'deadline passed: stopped, thread released',
      };
    case 'response':
      return r.reason === 'ok'
        ? { event: `${call} succeeded`, reason: `took ${r.n} ms` }
        : {
            event: `${call} failed`,
            reason:
              r.reason === 'fault-error'
                ? 'the injected fault: C returns an error'
                : r.reason === 'shed'
                  ? 'refused'
                  : `a call it depends on failed (${r.n} ms)`,
          };
    case 'orphan':
      return { event: `${call} answered, nobody listening`, reason: `${from} gave up long ago: ${r.n} ms of wasted work (an orphan)` };
    case 'retry':
      return {
        event: `${who} → ${name(r.layer)} retried, attempt ${r.attempt}`,
        reason: r.n > 0 ? `sent again after a ${r.n} ms backoff` : 'sent again at once (no backoff)',
      };
    case 'give-up':
      return {
        event: `${who} → ${name(r.layer)} not retried`,
        reason:
          {
            attempts: `all ${r.attempt} attempts used`,
            throttled: `retry throttling: ${r.n2} tokens left, not above maxTokens/2`,
            deadline: 'the deadline has passed',
            'caller-gone': 'the caller already failed or gave up',
          }[r.reason] ?? r.reason,
      };
    case 'done':
      return r.reason === 'ok'
        ? { event: `${who} succeeded`, reason: `the client waited ${r.n} ms` }
        : { event: `${who} failed`, reason: `the client got an error or a timeout after ${r.n} ms` };
    case 'fault-start':
      return { event: `${name(r.layer)} becomes faulty`, reason: `${r.n} ms more per request, ${(r.n2 * 100).toFixed(0)}% errors` };
    case 'fault-end':
      return { event: `${name(r.layer)} recovers`, reason: 'normal work time and error rate again' };
    case 'breaker':
      return {
        event: `Breaker ${caller(r.layer)} → ${name(r.layer)}: ${r.from} → ${r.to}`,
        reason:
          r.to === 'OPEN'
            ? 'the failure rate in the window reached the threshold'
            : r.to === 'HALF_OPEN'
              ? 'the open wait is over: let a few probe calls through'
              : 'the probe calls succeeded',
      };
    case 'throttle':
      return r.reason === 'stop'
        ? { event: `Retries to ${name(r.layer)} paused`, reason: `tokens down to ${r.n}, not above maxTokens/2` }
        : { event: `Retries to ${name(r.layer)} resumed`, reason: `successes brought tokens to ${r.n}, above maxTokens/2` };
  }
};

export const describeRow = { zh: zhRow, en: enRow };

type Problem = (p: ParamProblem) => string;

const zhProblem: Problem = (p) => {
  switch (p.code) {
    case 'number':
      return `${p.key} 必须是 ${p.rule.min}–${p.rule.max} 之间的${p.rule.integer ? '整数' : '数'}`;
    case 'list':
      return `${p.key} 必须是 1–5 个用逗号分隔的${p.rule.integer ? '整数' : '数'}，每个在 ${p.rule.min}–${p.rule.max} 之间`;
    case 'choice':
      return p.key === 'fixes' ? `fixes 只能由 ${p.choices.join('、')} 组成（逗号分隔）` : `${p.key} 只能是 ${p.choices.join('、')} 之一`;
  }
};

const enProblem: Problem = (p) => {
  switch (p.code) {
    case 'number':
      return `${p.key} must be ${p.rule.integer ? 'a whole number' : 'a number'} from ${p.rule.min} to ${p.rule.max}`;
    case 'list':
      return `${p.key} must be 1–5 comma-separated ${p.rule.integer ? 'whole numbers' : 'numbers'}, each from ${p.rule.min} to ${p.rule.max}`;
    case 'choice':
      return p.key === 'fixes' ? `fixes must be made of ${p.choices.join(', ')} (comma-separated)` : `${p.key} must be one of ${p.choices.join(', ')}`;
  }
};

export const describeProblem = { zh: zhProblem, en: enProblem };
