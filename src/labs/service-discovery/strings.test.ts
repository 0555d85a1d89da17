// Every preset and every trace event has words in both UI languages, and the English ones carry no
// Chinese (the page must not mix languages).
import { describe, expect, it } from 'vitest';
import { EVENT_CODES } from './core/events.ts';
import { PRESET_IDS } from './core/presets.ts';
import { en, zh } from './strings.ts';

describe('both languages', () => {
  it('words every preset and every event in zh and en', () => {
    for (const id of PRESET_IDS) {
      expect(zh.presetTitles[id]).toMatch(/[\u4e00-\u9fff]/);
      expect(en.presetTitles[id]).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en.presetExplanations[id]).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const args = {
      provider: 'p1',
      consumer: 'c1',
      consumers: 'c1 1/10',
      list: 'p1',
      targets: 'p1',
      why: 'partition',
      role: 'leader',
      live: 3,
      quorum: 3,
      size: 5,
      server: 'zk1',
      serving: 1,
    };
    for (const code of EVENT_CODES) {
      expect(en.events[code].what(args) + en.events[code].why(args)).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh.events[code].what(args).length).toBeGreaterThan(0);
    }
  });
});
