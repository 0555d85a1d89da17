// Each preset's window against the bounds its real system's numbers give, over many seeds (the
// seed moves every timer's phase).
import { describe, expect, it } from 'vitest';
import { presets, type PresetId } from './presets.ts';
import { simulate } from './simulate.ts';

function windows(id: PresetId, seeds = 60): number[] {
  const out: number[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const w = simulate({ ...presets[id], seed }, { record: false }).main.windows[0];
    if (w?.clearedAtMs === null || w === undefined) throw new Error(`${id} seed ${seed}: window never closes`);
    out.push((w.clearedAtMs - w.stoppedAtMs) / 1000);
  }
  return out;
}

describe('windows from a crash to the last consumer dropping it', () => {
  it("the notes' design: within 2–3 heartbeats (the first miss may come at once), so 60–90 s", () => {
    for (const w of windows('notes-heartbeat-30s')) {
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(90);
    }
  });

  it('Nacos ephemeral: unhealthy past 15 s without a beat, checked every 5 s, beats every 5 s: 10–20 s', () => {
    for (const w of windows('nacos-ephemeral')) {
      expect(w).toBeGreaterThan(10);
      expect(w).toBeLessThanOrEqual(20);
    }
  });

  it('Nacos persistent: more than checkTimes (3) failed probes 5 s apart: 15–20 s, and it is never deleted', () => {
    for (const w of windows('nacos-persistent')) {
      expect(w).toBeGreaterThanOrEqual(15);
      expect(w).toBeLessThanOrEqual(20);
    }
    const run = simulate(presets['nacos-persistent']);
    expect(run.rows.some((r) => r.code === 'unhealthy-check')).toBe(true);
    expect(run.rows.at(-1)?.frame.providers[1]?.status).toBe('unhealthy');
  });

  it('ZooKeeper: 40 s negotiated timeout, less up to a ping interval (13.3 s), plus up to a tick (2 s): 26.7–42 s', () => {
    for (const w of windows('zookeeper-session')) {
      expect(w).toBeGreaterThanOrEqual(26.6);
      expect(w).toBeLessThanOrEqual(42.1);
    }
  });

  it('Kubernetes: 3 failed probes 10 s apart, then a kube-proxy sync within 1 s: 20–31 s', () => {
    for (const w of windows('kubernetes-readiness')) {
      expect(w).toBeGreaterThanOrEqual(20);
      expect(w).toBeLessThanOrEqual(31);
    }
  });

  it('Eureka: every window under the 330 s worst case, and seed 86 lines the phases up past 300 s', () => {
    for (const w of windows('eureka-defaults', 40)) expect(w).toBeLessThanOrEqual(330);
    const w = simulate({ ...presets['eureka-defaults'], seed: 86 }, { record: false }).main.windows[0];
    expect(((w?.clearedAtMs ?? 0) - (w?.stoppedAtMs ?? 0)) / 1000).toBeGreaterThan(300);
  });

  it('a graceful deregistration with a push and a drain costs no failed call', () => {
    const run = simulate({ ...presets['nacos-ephemeral'], crash: -1 });
    expect(run.main.failed).toBe(0);
    expect(run.main.windows[0]?.clearedAtMs).toBe(run.main.windows[0]?.stoppedAtMs);
  });
});
