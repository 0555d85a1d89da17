import { describe, expect, it } from 'vitest';
import {
  createServerState,
  DEFAULT_FAIL_TIMEOUT_MS,
  DEFAULT_MAX_FAILS,
  isAvailable,
  isFailedOut,
  noteFailed,
  notePicked,
  noteSucceeded,
  peerAtWeight,
  createServerStates,
  serverSpec,
  validateServers,
} from './servers.ts';

describe('server model (nginx rr peer)', () => {
  it('defaults to nginx: weight=1 max_fails=1 fail_timeout=10s', () => {
    const s = serverSpec('10.0.0.1:80');
    expect(s).toMatchObject({ weight: 1, maxFails: DEFAULT_MAX_FAILS, failTimeoutMs: DEFAULT_FAIL_TIMEOUT_MS, down: false, maxConns: 0 });
    expect([DEFAULT_MAX_FAILS, DEFAULT_FAIL_TIMEOUT_MS]).toEqual([1, 10_000]);
  });

  it('follows max_fails / fail_timeout: out for fail_timeout, then one probe, live again on success', () => {
    const s = createServerState(serverSpec('a', { maxFails: 2, failTimeoutMs: 10_000 }), 0);
    notePicked(s, 0);
    noteFailed(s, 0);
    expect(isAvailable(s, 1)).toBe(true); // 1 of 2
    notePicked(s, 100);
    expect(noteFailed(s, 100)).toBe(true);
    expect(isFailedOut(s, 100)).toBe(true);
    expect(isAvailable(s, 10_100)).toBe(false);
    expect(isAvailable(s, 10_101)).toBe(true); // fail_timeout passed: may be tried
    notePicked(s, 10_101); // checked = now
    noteSucceeded(s); // accessed (100) < checked (10101): fails reset
    expect(s.fails).toBe(0);
    expect(s.conns).toBe(0);
  });

  it('a failed probe takes it out for another fail_timeout', () => {
    const s = createServerState(serverSpec('a'), 0);
    notePicked(s, 0);
    noteFailed(s, 0);
    notePicked(s, 10_001);
    noteFailed(s, 10_001);
    expect(isAvailable(s, 20_000)).toBe(false);
    expect(isAvailable(s, 20_002)).toBe(true);
  });

  it('max_fails=0 turns the accounting off; max_conns caps open connections', () => {
    const s = createServerState(serverSpec('a', { maxFails: 0, maxConns: 2 }), 0);
    for (let i = 0; i < 5; i++) {
      notePicked(s, i);
      noteFailed(s, i);
    }
    expect(isAvailable(s, 5)).toBe(true);
    s.conns = 2;
    expect(isAvailable(s, 5)).toBe(false);
  });

  it('walks weights like nginx: w in [0, total) picks the peer whose slice holds it', () => {
    const servers = createServerStates([serverSpec('a', { weight: 2 }), serverSpec('b', { weight: 1 }), serverSpec('c', { weight: 3 })]);
    expect([0, 1, 2, 3, 4, 5].map((w) => peerAtWeight(servers, w))).toEqual([0, 0, 1, 2, 2, 2]);
  });

  it('refuses bad server lists with Chinese messages', () => {
    expect(validateServers([])).toEqual(['至少需要一台服务器']);
    expect(validateServers([serverSpec('a', { weight: 0 })])[0]).toContain('weight 必须是');
    expect(validateServers([serverSpec('a', { weight: -1 }), serverSpec('a', { latencyMs: Number.NaN })])).toHaveLength(3);
    expect(validateServers([serverSpec('10.0.0.1:80')])).toEqual([]);
  });
});
