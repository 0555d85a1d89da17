import { describe, expect, it } from 'vitest';
import { K8S_PRESET_IDS } from './core/presets.ts';
import { presetTextEn, presetTextZh } from './preset-text.ts';
import { en, zh } from './strings.ts';
import { explainWords } from './core/explain-words.ts';

const HAN = /[\u4e00-\u9fff]/;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('kubernetes-service words', () => {
  it('gives every preset a title and explanation in both languages', () => {
    for (const id of K8S_PRESET_IDS) {
      expect(presetTextZh[id].title).toMatch(HAN);
      expect(presetTextZh[id].explanation.length).toBeGreaterThan(80);
      expect(presetTextEn[id].explanation.length).toBeGreaterThan(80);
      expect(presetTextEn[id].title + presetTextEn[id].explanation).not.toMatch(HAN);
    }
  });

  it('has no Chinese in the English tables', () => {
    for (const s of strings(en)) expect(s).not.toMatch(HAN);
    expect(strings(zh).some((s) => HAN.test(s))).toBe(true);
    expect(explainWords.en.droppedWhy('kind-worker')).not.toMatch(HAN);
    expect(explainWords.en.summary('KUBE-SVC-X', 2, ['0.5', 'fallback'], true)).not.toMatch(HAN);
  });
});
