import { describe, expect, it } from 'vitest';
import { parseK8sParams, presetParams, toK8sSearch } from './params.ts';
import { K8S_PRESET_IDS } from './presets.ts';

const parse = (q: string) => parseK8sParams(new URLSearchParams(q));

describe('kubernetes-service URL params', () => {
  it('round-trips every preset to just preset=…', () => {
    for (const id of K8S_PRESET_IDS) {
      expect(toK8sSearch(presetParams(id)).toString()).toBe(`preset=${id}`);
      expect(parse(`preset=${id}`)).toEqual({ values: presetParams(id), errors: {} });
    }
  });

  it('reads edits under the Kubernetes field names and writes them back', () => {
    const { values, errors } = parse('preset=clusterip-3-pods&replicas=5&sessionAffinity=ClientIP&namespace=shop&service=cart&portName=&clusterIP=10.96.1.2');
    expect(errors).toEqual({});
    expect(values.scenario.replicas).toBe(5);
    expect(values.scenario.scaleTo).toBe(5);
    expect(values.scenario.service.ref).toEqual({ namespace: 'shop', name: 'cart', portName: '', protocol: 'TCP' });
    expect(parse(toK8sSearch(values).toString()).values).toEqual(values);
  });

  it('refuses bad values with a message naming the key and keeps the preset value', () => {
    const { values, errors } = parse('preset=nope&replicas=abc&clusterIP=10.96.300.1&service=Web_1&nodePort=80&sessionAffinity=Sticky&failPod=7');
    expect(Object.keys(errors).sort()).toEqual(['clusterIP', 'failPod', 'nodePort', 'preset', 'replicas', 'service', 'sessionAffinity']);
    expect(errors['replicas']).toContain('replicas');
    expect(values.preset).toBe('clusterip-3-pods');
    expect(values.scenario.replicas).toBe(3);
    expect(values.scenario.service.clusterIP).toBe('10.96.45.12');
    expect(values.scenario.failPod).toBe(-1);
  });

  it('ignores scaling and readiness scripts for the API servers behind default/kubernetes', () => {
    const { values, errors } = parse('preset=kubernetes-default-service&scaleTo=5&failPod=0');
    expect(values.scenario.scaleTo).toBe(3);
    expect(values.scenario.failPod).toBe(-1);
    expect(Object.keys(errors).sort()).toEqual(['failPod', 'scaleTo']);
  });
});

describe('kubernetes-service URL params, new keys and English messages', () => {
  it('reads the proxy mode, traffic policy and entry node, and refuses bad ones in English', () => {
    const ok = parseK8sParams(new URLSearchParams('preset=nodeport&externalTrafficPolicy=Local&proxyMode=ipvs&ipvsScheduler=lc&entryNode=1'), 'en');
    expect(ok.errors).toEqual({});
    expect(ok.values.scenario.service.externalTrafficPolicy).toBe('Local');
    expect(ok.values.scenario.proxyMode).toBe('ipvs');
    expect(toK8sSearch(ok.values).toString()).toBe('preset=nodeport&externalTrafficPolicy=Local&proxyMode=ipvs&ipvsScheduler=lc&entryNode=1');
    const bad = parseK8sParams(new URLSearchParams('preset=nodeport&proxyMode=userspace&entryNode=3&replicas=abc&path=api'), 'en');
    expect(bad.errors['proxyMode']).toBe('proxyMode must be one of iptables, ipvs, nftables');
    expect(bad.errors['entryNode']).toBe('entryNode must be less than nodes (2)');
    expect(bad.errors['replicas']).toBe('replicas must be an integer from 0 to 10');
    expect(bad.errors['path']).toContain('path must start with /');
    for (const m of Object.values(bad.errors)) expect(m).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
