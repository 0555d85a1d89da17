// The nginx upstream block the current values stand for, with the real directive and parameter
// names (weight=, max_fails=, fail_timeout=, down). Algorithms nginx does not have are shown as
// a comment naming the system that does.
import { ALGORITHM_DIRECTIVE } from './core/create-balancer.ts';
import type { LoadBalancingValues } from './core/params.ts';
import { toServerSpecs } from './core/lab-run.ts';
import type { AlgorithmId } from './core/types.ts';
import { S } from './strings.ts';

const NGINX_DIRECTIVES: ReadonlySet<AlgorithmId> = new Set(['weighted-random', 'least-conn', 'p2c', 'ip-hash', 'hash-modulo', 'hash-consistent']);

export function balancingLine(algorithm: AlgorithmId, keySource: 'key' | 'uri'): string {
  const directive = ALGORITHM_DIRECTIVE[algorithm].replace('$key', keySource === 'uri' ? '$request_uri' : '$arg_key');
  if (NGINX_DIRECTIVES.has(algorithm)) return directive;
  if (algorithm === 'swrr') return S.swrrDefaultLine;
  return `# ${directive.replace(/^\(|\)$/g, '')}`;
}

export function upstreamConfig(values: LoadBalancingValues, algorithm: AlgorithmId = values.algorithm): string {
  const lines = ['upstream backend {', `    ${balancingLine(algorithm, values.keySource)}`];
  for (const s of toServerSpecs(values)) {
    const params = [
      s.weight !== 1 ? `weight=${s.weight}` : '',
      `max_fails=${s.maxFails}`,
      `fail_timeout=${s.failTimeoutMs / 1000}s`,
      s.down ? 'down' : '',
    ].filter(Boolean);
    lines.push(`    server ${s.id}${params.length ? ` ${params.join(' ')}` : ''};`);
  }
  lines.push('}');
  return lines.join('\n');
}
