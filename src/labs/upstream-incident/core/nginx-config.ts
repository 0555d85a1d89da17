// The nginx configuration of a scenario as text, and a reader for its `upstream` block. The
// checklist reads weights, the balancing directive and max_fails back from the rendered text,
// as an engineer would from /etc/nginx, so its evidence comes from the config, not from the model.
import type { ServerSpec } from '../../load-balancing/core/servers.ts';

export interface NginxConfigModel {
  readonly context: 'http' | 'stream';
  readonly upstream: string;
  /** The balancing directive inside the upstream block ('' for the default round robin). */
  readonly balancing: string;
  readonly servers: readonly ServerSpec[];
  /** Print max_fails/fail_timeout even when they are nginx's defaults. */
  readonly showFailParams: boolean;
  /** Lines after the server lines inside upstream (e.g. `keepalive 32;`). */
  readonly upstreamExtra: readonly string[];
  /** Lines before the upstream block (log_format, real_ip…). */
  readonly preamble: readonly string[];
  /** The `server { … }` block that proxies to the upstream, one line per entry, nested with 4 spaces. */
  readonly serverBlock: readonly string[];
}

export const ACCESS_LOG_FORMAT = [
  'log_format upstream \'$remote_addr - $remote_user [$time_local] "$request" \'',
  '                    \'$status $body_bytes_sent "$http_referer" "$http_user_agent" \'',
  "                    '$upstream_addr $upstream_response_time';",
  'access_log /var/log/nginx/access.log upstream;',
];

function serverLine(s: ServerSpec, showFailParams: boolean): string {
  const params: string[] = [];
  if (s.weight !== 1) params.push(`weight=${s.weight}`);
  if (showFailParams || s.maxFails !== 1) params.push(`max_fails=${s.maxFails}`);
  if (showFailParams || s.failTimeoutMs !== 10_000) params.push(`fail_timeout=${s.failTimeoutMs / 1000}s`);
  if (s.maxConns > 0) params.push(`max_conns=${s.maxConns}`);
  if (s.down) params.push('down');
  return `server ${s.id}${params.length ? ' ' + params.join(' ') : ''};`;
}

export function renderNginxConfig(model: NginxConfigModel): string {
  const ind = '    ';
  const lines: string[] = [`${model.context} {`];
  const nest = (prefix: string, line: string): string => (line === '' ? '' : prefix + line);
  for (const line of model.preamble) lines.push(nest(ind, line));
  if (model.preamble.length) lines.push('');
  lines.push(`${ind}upstream ${model.upstream} {`);
  if (model.balancing !== '') lines.push(`${ind}${ind}${model.balancing}`);
  for (const s of model.servers) lines.push(`${ind}${ind}${serverLine(s, model.showFailParams)}`);
  for (const line of model.upstreamExtra) lines.push(`${ind}${ind}${line}`);
  lines.push(`${ind}}`, '', `${ind}server {`);
  for (const line of model.serverBlock) lines.push(nest(ind + ind, line));
  lines.push(`${ind}}`, '}');
  return lines.join('\n') + '\n';
}

export interface ParsedServerLine {
  readonly address: string;
  readonly weight: number;
  readonly maxFails: number;
  readonly failTimeoutS: number;
  readonly down: boolean;
}

export interface ParsedUpstream {
  readonly name: string;
  /** Balancing directives found in the block (`hash $request_uri consistent`, `ip_hash`…). */
  readonly balancing: readonly string[];
  readonly servers: readonly ParsedServerLine[];
}

/** Reads the first `upstream name { … }` block of a config text (nginx defaults for missing params). */
export function parseUpstreamBlock(text: string): ParsedUpstream | null {
  const open = /upstream\s+(\S+)\s*\{/.exec(text);
  if (open === null) return null;
  const end = text.indexOf('}', open.index);
  const body = text.slice(open.index + open[0].length, end === -1 ? undefined : end);
  const balancing: string[] = [];
  const servers: ParsedServerLine[] = [];
  for (const raw of body.split(';')) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    const [head, ...rest] = words;
    if (head === undefined) continue;
    if (head === 'server' && rest[0] !== undefined) {
      const param = (name: string): string | undefined => rest.find((w) => w.startsWith(`${name}=`))?.slice(name.length + 1);
      const timeout = param('fail_timeout') ?? '10s';
      servers.push({
        address: rest[0],
        weight: Number(param('weight') ?? '1'),
        maxFails: Number(param('max_fails') ?? '1'),
        failTimeoutS: Number(timeout.replace(/s$/, '')),
        down: rest.includes('down'),
      });
    } else if (['hash', 'ip_hash', 'least_conn', 'random', 'least_time'].includes(head)) {
      balancing.push(words.join(' '));
    }
  }
  return { name: open[1] ?? '', balancing, servers };
}
