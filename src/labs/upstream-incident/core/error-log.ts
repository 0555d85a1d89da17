// The error log nginx writes for the run, line for line in its own words:
//   connect() failed (111: Connection refused) while connecting to upstream   [error]
//   upstream server temporarily disabled while connecting to upstream         [warn]
//   no live upstreams while connecting to upstream                            [error]
// each with the client, the request and the upstream URL, as in a real /var/log/nginx/error.log.
import { formatErrorTime } from './log-time.ts';
import type { IncidentError, IncidentRecord } from './run-incident.ts';
import type { IncidentScenario } from './scenarios.ts';

const MESSAGES: Readonly<Record<IncidentError['kind'], [string, string]>> = {
  refused: ['error', 'connect() failed (111: Connection refused) while connecting to upstream'],
  disabled: ['warn', 'upstream server temporarily disabled while connecting to upstream'],
  'no-live-upstreams': ['error', 'no live upstreams while connecting to upstream'],
};

export function formatErrorLogLine(e: IncidentError, record: IncidentRecord | undefined, scenario: IncidentScenario): string {
  const [level, message] = MESSAGES[e.kind];
  const uri = record?.uri ?? '/';
  const client = record?.ip ?? '-';
  const scheme = scenario.broken.config.context === 'stream' ? '' : 'http://';
  const target = `${scheme}${e.serverId ?? scenario.broken.config.upstream}${scheme ? uri : ''}`;
  const connection = 1000 + e.seq;
  const request = scenario.broken.config.context === 'stream' ? '' : `, request: "${scenario.method} ${uri} ${scenario.protocol}"`;
  return `${formatErrorTime(e.timeMs)} [${level}] 2811#2811: *${connection} ${message}, client: ${client}, server: _${request}, upstream: "${target}"`;
}

export function errorLog(errors: readonly IncidentError[], records: readonly IncidentRecord[], scenario: IncidentScenario): string[] {
  return errors.map((e) => formatErrorLogLine(e, records[e.seq], scenario));
}

export interface ErrorLogEntry {
  /** "2024/03/12 14:00:08" */
  readonly time: string;
  readonly level: string;
  readonly message: string;
  readonly client: string;
  /** The upstream server (host:port) or the group name. */
  readonly upstream: string;
}

const ERROR_LINE = /^(\S+ \S+) \[(\w+)\] \S+ \*\d+ (.+?), client: (\S+), server: [^,]*(?:, request: "[^"]*")?, upstream: "(?:\w+:\/\/)?([^/"]+)[^"]*"$/;

export function parseErrorLogLine(line: string): ErrorLogEntry | null {
  const m = ERROR_LINE.exec(line);
  if (m === null) return null;
  return { time: m[1] as string, level: m[2] as string, message: m[3] as string, client: m[4] as string, upstream: m[5] as string };
}
