// The access log of a run in nginx's combined format extended with the upstream fields:
//   log_format upstream '$remote_addr - $remote_user [$time_local] "$request" '
//                       '$status $body_bytes_sent "$http_referer" "$http_user_agent" '
//                       '$upstream_addr $upstream_response_time';
// A request that was retried lists every server tried ("10.0.1.11:8080, 10.0.1.12:8080") with a
// time for each; with no live upstreams $upstream_addr holds the group name, as nginx does.
// parseAccessLogLine reads a line back: the checklist works from the text, like awk would.
import { crc32 } from '../../load-balancing/core/crc32.ts';
import { formatTimeLocal, parseTimeLocal } from './log-time.ts';
import type { IncidentRecord } from './run-incident.ts';
import type { IncidentScenario } from './scenarios.ts';

export interface AccessLogEntry {
  readonly remoteAddr: string;
  /** Ms since the run started (to the second, as $time_local). */
  readonly timeMs: number;
  readonly method: string;
  readonly uri: string;
  readonly protocol: string;
  readonly status: number;
  readonly bytes: number;
  readonly userAgent: string;
  readonly upstreamAddrs: readonly string[];
  /** Seconds per upstream tried; null where nginx logs "-". */
  readonly upstreamTimes: readonly (number | null)[];
}

function bodyBytes(r: IncidentRecord): number {
  if (r.status === 502) return 157;
  if (r.status === 503) return 0;
  return 180 + (crc32(r.uri) % 2400);
}

function upstreamFields(r: IncidentRecord, upstream: string): [string, string] {
  if (r.tried.length === 0) return [upstream, '-'];
  const times = r.tried.map((id, i) => {
    const last = i === r.tried.length - 1;
    if (!last || r.status === 502) return '0.000';
    if (r.status === 503) return '0.001';
    return ((r.latencyMs ?? 0) / 1000).toFixed(3);
  });
  return [r.tried.join(', '), times.join(', ')];
}

export function formatAccessLogLine(r: IncidentRecord, scenario: IncidentScenario): string {
  const [addr, time] = upstreamFields(r, scenario.broken.config.upstream);
  return `${r.ip} - - [${formatTimeLocal(r.timeMs)}] "${scenario.method} ${r.uri} ${scenario.protocol}" ${r.status} ${bodyBytes(r)} "-" "${r.userAgent}" ${addr} ${time}`;
}

/** The whole log, one line per request, in time order. */
export function accessLog(records: readonly IncidentRecord[], scenario: IncidentScenario): string[] {
  return records.map((r) => formatAccessLogLine(r, scenario));
}

const LINE = /^(\S+) - \S+ \[([^\]]+)\] "(\S+) (\S+) (\S+)" (\d{3}) (\d+) "[^"]*" "([^"]*)" (.+)$/;

export function parseAccessLogLine(line: string): AccessLogEntry | null {
  const m = LINE.exec(line);
  if (m === null) return null;
  const tail = (m[9] as string).split(' ');
  if (tail.length % 2 !== 0) return null;
  const half = tail.length / 2;
  const strip = (s: string): string => s.replace(/,$/, '');
  const timeMs = parseTimeLocal(m[2] as string);
  if (timeMs === null) return null;
  return {
    remoteAddr: m[1] as string,
    timeMs,
    method: m[3] as string,
    uri: m[4] as string,
    protocol: m[5] as string,
    status: Number(m[6]),
    bytes: Number(m[7]),
    userAgent: m[8] as string,
    upstreamAddrs: tail.slice(0, half).map(strip),
    upstreamTimes: tail
      .slice(half)
      .map(strip)
      .map((t) => (t === '-' ? null : Number(t))),
  };
}
