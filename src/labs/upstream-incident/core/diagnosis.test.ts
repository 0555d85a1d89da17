import { describe, expect, it } from 'vitest';
import { checkAnswer, DIAGNOSIS_OPTIONS, wrongAnswerReason } from './diagnosis.ts';
import { investigate } from './investigation.ts';

describe('wrong answers are explained from the run\'s own evidence', () => {
  const inv = investigate('flash-sale');
  const evidence = { checklist: inv.checklist, metrics: inv.metrics };

  it('every wrong option names the step that rules it out, with its finding', () => {
    for (const option of DIAGNOSIS_OPTIONS) {
      if (option.id === 'hot-key') continue;
      const result = checkAnswer(inv.diagnosis, option.id, evidence);
      expect(result.correct).toBe(false);
      expect(result.message).toContain(option.text);
      if (option.id !== 'faster-server') {
        const step = inv.checklist.find((s) => result.message.includes(s.title));
        expect(step?.suspicious).toBe(false);
        expect(result.message).toContain(step?.finding ?? '?');
      }
    }
  });

  it('"the fastest server" is refuted with the busiest server\'s own latency and 503s', () => {
    const busiest = [...inv.metrics.servers].sort((a, b) => b.share - a.share)[0]!;
    const text = wrongAnswerReason('faster-server', evidence);
    expect(text).toContain(busiest.id);
    expect(text).toContain(`p99 ${busiest.p99Ms.toFixed(0)} ms`);
    expect(checkAnswer(inv.diagnosis, 'hot-key', evidence).correct).toBe(true);
  });
});
