// What the page needs of an investigation, as plain data that crosses from the worker: everything
// but the raw request records, plus, per access-log line, the upstream that answered and the
// client address (for the log's filters, without parsing 9,000 lines on the page).
import { parseAccessLogLine } from './core/access-log.ts';
import type { Investigation } from './core/investigation.ts';

export interface InvestigationView extends Omit<Investigation, 'run'> {
  /** Last $upstream_addr of each access-log line ('' for "no live upstreams"). */
  readonly lineUpstream: readonly string[];
  readonly lineIp: readonly string[];
  readonly upstreams: readonly string[];
}

export function toInvestigationView(inv: Investigation): InvestigationView {
  const { run: _run, ...rest } = inv;
  const servers = new Set(inv.metrics.servers.map((s) => s.id));
  const lineUpstream: string[] = [];
  const lineIp: string[] = [];
  for (const line of inv.accessLog) {
    const e = parseAccessLogLine(line);
    const last = e?.upstreamAddrs[e.upstreamAddrs.length - 1] ?? '';
    lineUpstream.push(servers.has(last) ? last : '');
    lineIp.push(e?.remoteAddr ?? '');
  }
  return { ...rest, lineUpstream, lineIp, upstreams: inv.metrics.servers.map((s) => s.id) };
}
