import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from './core/presets.ts';
import { buildScenario } from './core/presets.ts';
import { runScenario } from './core/run-scenario.ts';
import { parseRedisClusterParams } from './core/params.ts';
import { en, zh } from './strings.ts';
import { traceWordsEn } from './trace-words-en.ts';
import { traceWordsZh } from './trace-words-zh.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { eventText } from './trace-text.ts';

const HAN = /[\u4e00-\u9fff]/;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('redis-cluster words', () => {
  it('has no Chinese in the English tables, and Chinese in the Chinese ones', () => {
    for (const s of [...strings(en), ...strings(traceWordsEn.replyWhy)]) expect(s).not.toMatch(HAN);
    expect(strings(zh).some((s) => HAN.test(s))).toBe(true);
    expect(strings(traceWordsZh.replyWhy).every((s) => HAN.test(s))).toBe(true);
  });

  it('words every row of every preset in English without a Chinese character', () => {
    useAppearanceStore.setState({ language: 'en' });
    try {
      for (const preset of PRESET_IDS) {
        for (const wait of [0, 1] as const) {
          const run = runScenario(buildScenario({ preset, seed: 1, nodeTimeoutMs: 15_000, wait }));
          for (const row of run.rows) {
            const t = eventText(row.event);
            expect(`${t.who} ${t.what} ${t.why}`).not.toMatch(HAN);
          }
        }
      }
    } finally {
      useAppearanceStore.setState({ language: 'zh' });
    }
  }, 60_000);

  it('refuses bad URL values in English', () => {
    const { errors } = parseRedisClusterParams(new URLSearchParams('preset=nope&seed=-1&cluster-node-timeout=10&wait=2'), 'en');
    expect(errors['cluster-node-timeout']).toBe('cluster-node-timeout must be a number of milliseconds from 1000 to 60000');
    for (const m of Object.values(errors)) expect(m).not.toMatch(HAN);
  });
});
