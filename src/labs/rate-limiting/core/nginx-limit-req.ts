// nginx `limit_req`, computed the way ngx_http_limit_req_module.c computes it (one zone, one key).
// Model, in nginx's integer units (all values ×1000, so 1000 = one request):
//   rate   = r * 1000 / scale   (rate=10r/s → 10000; rate=30r/m → 30*1000/60 = 500; integer division)
//   burst  = burst * 1000,  delay = delay * 1000  (`nodelay` sets delay to "infinity")
//   per request, with now/last in whole ms (ngx_current_msec):
//     ms = now − last                      (clamped: < −60000 → 1, < 0 → 0)
//     excess = lr.excess − rate * ms / 1000 + 1000,  then clamped at 0 (C integer division)
//     excess > burst            → NGX_BUSY: rejected, state untouched, 503 (limit_req_status)
//     otherwise store excess (and last = now when ms ≠ 0), then
//     excess <= delay           → passed at once
//     else                      → delayed by (excess − delay) * 1000 / rate ms
//   The very first request of a key creates the node with excess 0 and passes at once.
// Invariants: 0 <= excess <= burst after every request; passed + delayed requests over T seconds
// <= 1 + burst + r·T (each adds 1000, the excess drains at `rate` per second and never exceeds burst).
// Worked example (rate=1r/s burst=5, 7 requests in the same ms): excess 0, 1000 … 5000 → the first is
// served, the next five wait 1 s … 5 s, the seventh has excess 6000 > 5000 and gets 503.
// Not modelled: several limit_req directives on one request, zone memory exhaustion, dry_run.
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export type NginxRateUnit = 'r/s' | 'r/m';

export interface NginxLimitReqConfig {
  /** `rate=` number, a positive integer as nginx parses it. */
  readonly rate: number;
  readonly unit: NginxRateUnit;
  /** `burst=` (0 when absent). */
  readonly burst: number;
  /** `delay=` (0 when absent): this many excess requests pass without delay. */
  readonly delay: number;
  /** `nodelay`: every request within the burst passes at once. */
  readonly nodelay: boolean;
}

/** nginx's internal numbers for a config: rate in requests per 1000 s, burst and delay ×1000. */
export function toNginxUnits(config: NginxLimitReqConfig): { rate: number; burst: number; delay: number } {
  const scale = config.unit === 'r/m' ? 60 : 1;
  return {
    rate: Math.floor((Math.floor(config.rate) * 1000) / scale),
    burst: Math.floor(config.burst) * 1000,
    // nodelay is NGX_MAX_INT_T_VALUE / 1000 * 1000 in nginx: larger than any excess can be.
    delay: config.nodelay ? Number.MAX_SAFE_INTEGER : Math.floor(config.delay) * 1000,
  };
}

export function createNginxLimitReq(config: NginxLimitReqConfig): Limiter<StateOf<'nginx'>> {
  const { rate, burst, delay } = toNginxUnits(config);
  const decision: Decision = createDecision();
  let hasNode = false;
  let excessState = 0;
  let last = 0;

  return {
    algorithm: 'nginx',
    decide(nowMs: number): Decision {
      const now = Math.floor(nowMs);
      let excess: number;
      if (!hasNode) {
        // ngx_http_limit_req_lookup: a new node starts with excess 0 and last = now.
        hasNode = true;
        excessState = 0;
        last = now;
        excess = 0;
      } else {
        let ms = now - last;
        if (ms < -60000) ms = 1;
        else if (ms < 0) ms = 0;
        excess = excessState - Math.floor((rate * ms) / 1000) + 1000;
        if (excess < 0) excess = 0;
        if (excess > burst) return setDecision(decision, 'reject', 'nginx-reject', excess / 1000, burst / 1000);
        excessState = excess;
        if (ms !== 0) last = now;
      }
      if (excess <= delay) {
        return setDecision(decision, 'admit', excess === 0 ? 'nginx-pass' : 'nginx-pass-under-delay', excess / 1000, burst / 1000);
      }
      const delayMs = Math.floor(((excess - delay) * 1000) / rate);
      // A 0 ms timer is still a pass in nginx (`if (!delay) return NGX_DECLINED`).
      if (delayMs === 0) return setDecision(decision, 'admit', 'nginx-pass-under-delay', excess / 1000, burst / 1000);
      return setDecision(decision, 'delay', 'nginx-delay', excess / 1000, burst / 1000, delayMs);
    },
    level: () => excessState / 1000,
    snapshot: () => ({ algorithm: 'nginx', excess: excessState, lastMs: hasNode ? last : null }),
  };
}
