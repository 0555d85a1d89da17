import { describe, expect, it } from 'vitest';
import { FAULTS } from './core/config.ts';
import { STAGES } from './core/events.ts';
import { presetConfigs, PRESET_IDS } from './core/presets.ts';
import { simulateCall } from './core/simulate.ts';
import { eventWords } from './event-text.ts';
import { stageText } from './stage-text.ts';
import { presetText, strings } from './strings.ts';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('the words of every event, layer and preset', () => {
  it('English has no Chinese and Chinese says something, for every preset under every failure', () => {
    for (const id of PRESET_IDS) {
      for (const fault of FAULTS) {
        const config = { ...presetConfigs[id], fault, faulty: 3 };
        for (const e of simulateCall(config).events) {
          const [event, why] = eventWords.en(e, config);
          expect(`${event} ${why}`, `${id} ${fault} ${e.code}`).not.toMatch(CJK);
          expect(eventWords.zh(e, config)[0].length).toBeGreaterThan(1);
        }
      }
    }
  });

  it('English layer explanations, preset texts and labels have no Chinese', () => {
    for (const s of STAGES) expect(JSON.stringify(stageText.en[s])).not.toMatch(CJK);
    expect(JSON.stringify(presetText.en)).not.toMatch(CJK);
    const en = strings.en;
    expect(JSON.stringify(en)).not.toMatch(CJK);
    expect(en.stageEvents(2) + en.outcomeLine('a result', '1', 2) + en.frameLine(16, 1, 17, false)).not.toMatch(CJK);
  });
});
