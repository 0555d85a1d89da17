// The real configuration for the current parameters of one lane: nginx.conf lines for limit_req,
// the CL.THROTTLE command for redis-cell, the parameter list for the textbook algorithms.
import { getAlgorithm } from './core/algorithms.ts';
import { formatParamValue } from './core/param-schema.ts';
import type { RunEntry } from './core/simulate.ts';
import { param } from './project-state.ts';

export function configText(entry: RunEntry): string {
  const p = entry.params;
  switch (entry.algorithm) {
    case 'nginx': {
      const unit = p.unit === 'r/m' ? 'r/m' : 'r/s';
      const tail = p.nodelay === true ? ' nodelay' : param(entry, 'delay') > 0 ? ` delay=${param(entry, 'delay')}` : '';
      // burst=0 is nginx's default and not a valid value to write: leave it out, as nginx.conf would.
      const burst = param(entry, 'burst') > 0 ? ` burst=${param(entry, 'burst')}` : '';
      const status = param(entry, 'status') !== 503 ? `\nlimit_req_status ${param(entry, 'status')};` : '';
      return `limit_req_zone $binary_remote_addr zone=one:10m rate=${param(entry, 'rate')}${unit};\nlimit_req zone=one${burst}${tail};${status}`;
    }
    case 'gcra':
      return `CL.THROTTLE user123 ${param(entry, 'max_burst')} ${param(entry, 'count')} ${param(entry, 'period')} ${param(entry, 'quantity')}`;
    default:
      return getAlgorithm(entry.algorithm)
        .params.map((spec) => `${spec.name}=${formatParamValue(p[spec.name] ?? spec.default)}`)
        .join(' ');
  }
}
