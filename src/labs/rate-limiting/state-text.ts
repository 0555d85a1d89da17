// One line per engine state for the trace table's "state after" column, with the real names of the
// quantities (tokens, excess, TAT…) so the numbers can be checked against the source.
import { formatMs, formatNumber } from './explain-text.ts';
import type { LimiterState } from './core/limiter.ts';
import type { RunEntry } from './core/simulate.ts';
import { param } from './project-state.ts';
import { stateText } from './strings.ts';

export function describeState(state: LimiterState, entry: RunEntry): string {
  switch (state.algorithm) {
    case 'fixed-window': {
      const w = param(entry, 'window') * 1000;
      return stateText.fixed(state.count, formatMs(state.windowStartMs), formatMs(state.windowStartMs + w));
    }
    case 'sliding-log':
      return stateText.log(state.count);
    case 'sliding-counter':
      return stateText.counter(state.previousCount, state.currentCount, formatNumber(state.estimate));
    case 'token-bucket':
      return `tokens = ${formatNumber(state.tokens)}`;
    case 'leaky-meter':
      return stateText.water(formatNumber(state.water));
    case 'leaky-queue':
      return state.waiting > 0
        ? stateText.queued(state.waiting, formatMs(state.lastLeaveMs ?? 0))
        : stateText.queueEmpty(state.lastLeaveMs === null ? null : formatMs(state.lastLeaveMs));
    case 'nginx':
      return state.lastMs === null ? 'excess = 0' : stateText.nginx(formatNumber(state.excess / 1000), formatMs(state.lastMs));
    case 'gcra':
      return stateText.gcra(state.tatMs === null ? null : formatMs(state.tatMs), state.reply.join(', '));
  }
}
