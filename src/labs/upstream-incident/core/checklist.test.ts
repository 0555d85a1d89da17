import { describe, expect, it } from 'vitest';
import { buildChecklist, suspectedCause } from './checklist.ts';

const config = `http {
    upstream backend {
        hash $arg_user consistent;
        server 10.0.1.11:8080;
        server 10.0.1.12:8080;
    }
}
`;

function line(ip: string, user: string, upstream: string, status = 200): string {
  return `${ip} - - [12/Mar/2024:14:00:01 +0800] "GET /api/feed?user=${user}&page=1 HTTP/1.1" ${status} 512 "-" "curl/8.5" ${upstream} 0.020`;
}

describe('checklist evidence from hand-written logs', () => {
  it('reads the $arg_user key out of the URI and flags a dominant user', () => {
    const log = [
      ...Array.from({ length: 8 }, (_, i) => line(`20.0.${i}.1`, 'bot42', '10.0.1.12:8080')),
      line('30.0.0.1', 'alice', '10.0.1.11:8080'),
      line('31.0.0.1', 'bob', '10.0.1.11:8080'),
    ];
    const steps = buildChecklist({
      config,
      accessLog: log,
      errorLog: [],
      connectionsPerServer: { '10.0.1.11:8080': 0, '10.0.1.12:8080': 0 },
      durationMs: 1000,
    });
    const keys = steps.find((s) => s.id === 'hash-keys')!;
    expect(keys.evidence.rows[0]).toEqual(['bot42', 8, '80.0%', '10.0.1.12:8080']);
    expect(keys.suspicious).toBe(true);
    expect(steps.find((s) => s.id === 'upstream-addr')?.evidence.rows[0]).toEqual(['10.0.1.12:8080', 8, '80.0%', 0]);
    expect(suspectedCause(steps)).toBe('hot-key');
  });

  it('finds nothing suspicious in a balanced log', () => {
    const log = Array.from({ length: 20 }, (_, i) => line(`40.${i}.0.1`, `u${i}`, i % 2 ? '10.0.1.11:8080' : '10.0.1.12:8080'));
    const steps = buildChecklist({ config, accessLog: log, errorLog: [], connectionsPerServer: {}, durationMs: 1000 });
    expect(steps.filter((s) => s.suspicious)).toEqual([]);
    expect(suspectedCause(steps)).toBeNull();
  });

  it('counts error log lines by message and upstream', () => {
    const errorLog = [
      '2024/03/12 14:00:08 [error] 2811#2811: *7 connect() failed (111: Connection refused) while connecting to upstream, client: 1.2.3.4, server: _, request: "GET / HTTP/1.1", upstream: "http://10.0.1.11:8080/"',
      '2024/03/12 14:00:08 [warn] 2811#2811: *7 upstream server temporarily disabled while connecting to upstream, client: 1.2.3.4, server: _, request: "GET / HTTP/1.1", upstream: "http://10.0.1.11:8080/"',
    ];
    const steps = buildChecklist({ config, accessLog: [], errorLog, connectionsPerServer: {}, durationMs: 1000 });
    const step = steps.find((s) => s.id === 'error-log')!;
    expect(step.evidence.rows).toEqual([
      ['connect() failed', '10.0.1.11:8080', 1, '2024/03/12 14:00:08', '2024/03/12 14:00:08'],
      ['temporarily disabled', '10.0.1.11:8080', 1, '2024/03/12 14:00:08', '2024/03/12 14:00:08'],
    ]);
    expect(step.suspicious).toBe(true);
  });
});
