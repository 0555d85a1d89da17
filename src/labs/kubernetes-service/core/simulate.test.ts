import { describe, expect, it } from 'vitest';
import { k8sPresets } from './presets.ts';
import { simulate } from './simulate.ts';

describe('the Service run', () => {
  it('is the same for the same scenario and seed', () => {
    const s = k8sPresets['readiness-fails'].scenario;
    expect(simulate(s)).toEqual(simulate(s));
    expect(simulate({ ...s, seed: 8 })).not.toEqual(simulate(s));
  });

  it('routes every request of a ClusterIP to a ready pod through KUBE-SVC', () => {
    const run = simulate(k8sPresets['clusterip-3-pods'].scenario);
    const requests = run.rows.filter((r) => r.kind === 'request');
    expect(requests).toHaveLength(40);
    for (const r of requests) {
      expect(r.request?.pod).not.toBeNull();
      expect(r.request?.seenSrc).toBe(r.request?.src);
    }
    expect(run.rules[0]?.[0]?.svcChain).toMatch(/^KUBE-SVC-[A-Z2-7]{16}$/);
  });

  it('takes a pod out of the rules after failureThreshold failed probes, and not before', () => {
    const s = k8sPresets['readiness-fails'].scenario;
    const run = simulate(s);
    const notReady = run.rows.find((r) => r.kind === 'pod-not-ready');
    const failing = run.rows.find((r) => r.kind === 'app-fails');
    expect(failing?.timeMs).toBe(6000);
    // Probes at 2 s intervals from the pod's start: failures at 6, 8, 10 s → NotReady at 10 s.
    expect(notReady?.timeMs).toBe(10_000);
    expect(run.rows.filter((r) => r.kind === 'probe-failed')).toHaveLength(2);
    const sync = run.rows.find((r) => r.kind === 'sync' && r.timeMs >= 10_000);
    expect(sync).toBeDefined();
    const rules = run.rules[sync?.rulesVersion ?? 0]?.[0];
    expect(rules?.used.map((e) => e.podName)).not.toContain(notReady?.pod);
    expect(rules?.used).toHaveLength(2);
    // Between the app failing and the sync, requests still reach it and fail.
    const errored = run.rows.filter((r) => r.request?.errored);
    expect(errored.length).toBeGreaterThan(0);
    for (const r of errored) expect(r.timeMs).toBeLessThanOrEqual(sync?.timeMs ?? 0);
  });

  it('rejects requests once the only endpoint is not ready', () => {
    const run = simulate(k8sPresets['no-ready-endpoints'].scenario);
    const last = run.rows.filter((r) => r.kind === 'request').at(-1);
    expect(last?.request?.walk.verdict.kind).toBe('reject');
  });

  it('adds new pods to the rules only once they are ready, and removes terminating ones', () => {
    const up = simulate(k8sPresets['scale-up'].scenario);
    const lastUp = up.rules.at(-1)?.[0];
    expect(lastUp?.used).toHaveLength(4);
    const created = up.rows.filter((r) => r.kind === 'pod-created');
    expect(created).toHaveLength(2);
    const ready = up.rows.filter((r) => r.kind === 'pod-ready');
    // Created at 5 s, running at 6 s, first probe after initialDelaySeconds (2 s) at 8 s.
    expect(ready.map((r) => r.timeMs)).toEqual([8000, 8000]);
    const down = simulate(k8sPresets['scale-down'].scenario);
    expect(down.rules.at(-1)?.[0]?.used).toHaveLength(2);
    const terminating = down.rows.filter((r) => r.kind === 'pod-terminating').map((r) => r.pod);
    expect(terminating).toHaveLength(2);
    for (const r of down.rows.filter((x) => x.kind === 'request' && x.timeMs > 7000)) expect(terminating).not.toContain(r.request?.pod);
  });

  it('keeps each client on one pod with ClientIP affinity', () => {
    const run = simulate(k8sPresets['session-affinity'].scenario);
    const byClient = new Map<string, Set<string>>();
    for (const r of run.rows) if (r.request?.pod) byClient.set(r.request.client, (byClient.get(r.request.client) ?? new Set()).add(r.request.pod));
    for (const pods of byClient.values()) expect(pods.size).toBe(1);
  });

  it('masquerades NodePort traffic: the pod sees a node-side address, not the client', () => {
    const run = simulate(k8sPresets.nodeport.scenario);
    for (const r of run.rows.filter((x) => x.kind === 'request')) expect(['172.18.0.2', '10.244.0.1']).toContain(r.request?.seenSrc);
  });

  it('names the chain of default/kubernetes:https KUBE-SVC-NPX46M4PTMTKRN6Y with 3 API servers', () => {
    const run = simulate(k8sPresets['kubernetes-default-service'].scenario);
    expect(run.rules[0]?.[0]?.svcChain).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(run.rules[0]?.[0]?.used.map((e) => e.ip)).toEqual(['172.18.0.2', '172.18.0.3', '172.18.0.4']);
  });
});
