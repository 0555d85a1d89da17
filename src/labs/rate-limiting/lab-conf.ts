// The user's own limit_req lines as lab values: one nginx lane with exactly that configuration,
// the traffic, seed and duration kept as they are (so the same requests meet the new limits).
import type { LimitReqConf } from './core/limit-req-conf.ts';
import type { RateLimitValues } from './core/params.ts';

export function valuesFromConf(values: RateLimitValues, conf: LimitReqConf): RateLimitValues {
  const { rate, unit, burst, delay, nodelay, status } = conf;
  return { ...values, preset: null, lanes: [{ algorithm: 'nginx', params: { rate, unit, burst, delay, nodelay, status } }] };
}
