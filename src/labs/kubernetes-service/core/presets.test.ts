import { describe, expect, it } from 'vitest';
import { findLab } from '../../catalogue.ts';
import { K8S_PRESET_IDS, k8sPresets } from './presets.ts';
import { simulate } from './simulate.ts';

describe('kubernetes-service presets', () => {
  it('has exactly the presets the catalogue lists', () => {
    expect([...K8S_PRESET_IDS].sort()).toEqual([...(findLab('kubernetes-service')?.presets ?? [])].sort());
  });

  it('gives every preset a run with requests', () => {
    for (const id of K8S_PRESET_IDS) {
      const p = k8sPresets[id];
      expect(simulate(p.scenario).rows.filter((r) => r.kind === 'request').length).toBeGreaterThan(10);
    }
  });
});
