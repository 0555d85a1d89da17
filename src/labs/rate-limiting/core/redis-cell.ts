// redis-cell's command surface: `CL.THROTTLE <key> <max_burst> <count per period> <period> [<quantity>]`
// over a keyspace, as the module runs it inside Redis (redis-cell/src/lib.rs). Parameters come with
// every call, so a key can be reconfigured on the fly; each key stores only its TAT and expires when
// the TAT passes (we model that as: a TAT at or before now counts as a missing key).
// The math is gcra.ts; this file parses the command line and keeps the keys.
import { createGcraStep, gcraStep, toGcraParams, toThrottleReply, type ThrottleReply } from './gcra.ts';

export type ThrottleResult = { ok: true; reply: ThrottleReply } | { ok: false; error: string };

export interface ThrottleArgs {
  readonly key: string;
  readonly maxBurst: number;
  readonly count: number;
  readonly periodSec: number;
  readonly quantity: number;
}

export interface RedisCell {
  /** CL.THROTTLE with already-parsed arguments at virtual time `nowMs`. */
  throttle(nowMs: number, args: ThrottleArgs): ThrottleResult;
  /** Runs a command line such as `CL.THROTTLE user123 15 30 60` (the command name is case-insensitive). */
  execute(nowMs: number, line: string): ThrottleResult;
  /** The stored TAT of a key in ms, or null when missing or expired at `nowMs`. */
  tatMs(key: string, nowMs: number): number | null;
}

const USAGE = 'Usage: cl.throttle <key> <max_burst> <count per period> <period> [<quantity>]';

/** Splits and checks a CL.THROTTLE line; errors read like redis-cell's own. */
export function parseThrottleCommand(line: string): { ok: true; args: ThrottleArgs } | { ok: false; error: string } {
  const words = line.trim().split(/\s+/);
  if ((words[0] ?? '').toLowerCase() !== 'cl.throttle' || (words.length !== 5 && words.length !== 6)) return { ok: false, error: USAGE };
  const numbers: number[] = [];
  for (const word of words.slice(2)) {
    // parse::<i64>: an optional sign and digits, nothing else.
    if (!/^[+-]?\d+$/.test(word)) return { ok: false, error: `Couldn't parse as integer: ${word}` };
    numbers.push(Number(word));
  }
  const [maxBurst, count, periodSec, quantity = 1] = numbers as [number, number, number, number?];
  return { ok: true, args: { key: words[1] as string, maxBurst, count, periodSec, quantity } };
}

export function createRedisCell(): RedisCell {
  const keys = new Map<string, number>(); // key → TAT in ns
  const step = createGcraStep();

  const live = (key: string, nowNs: number): number | null => {
    const tat = keys.get(key);
    if (tat === undefined) return null;
    if (tat <= nowNs) {
      keys.delete(key); // expired: its TTL was new_tat − now at the time it was set
      return null;
    }
    return tat;
  };

  const cell: RedisCell = {
    throttle(nowMs, args) {
      if (args.maxBurst < 0 || args.count < 0 || args.periodSec < 0 || args.quantity < 0) {
        return { ok: false, error: '参数不能为负数（本实验不模拟负数参数）' };
      }
      const p = toGcraParams(args);
      if (p.emissionNs === 0) return { ok: false, error: 'Zero rates are not supported' };
      const nowNs = Math.round(nowMs * 1e6);
      gcraStep(p, live(args.key, nowNs), nowNs, args.quantity, step);
      if (!step.limited && step.tatNs > nowNs) keys.set(args.key, step.tatNs);
      return { ok: true, reply: toThrottleReply(p, step) };
    },
    execute(nowMs, line) {
      const parsed = parseThrottleCommand(line);
      return parsed.ok ? cell.throttle(nowMs, parsed.args) : parsed;
    },
    tatMs(key, nowMs) {
      const tat = live(key, Math.round(nowMs * 1e6));
      return tat === null ? null : tat / 1e6;
    },
  };
  return cell;
}
