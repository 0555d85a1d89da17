import { describe, expect, it } from 'vitest';
import { checkAnswer, DIAGNOSIS_OPTIONS, wrongAnswerReason } from './diagnosis.ts';
import { investigate } from './investigation.ts';

describe("wrong answers are explained from the run's own evidence", () => {
  const inv = investigate('flash-sale');
  const evidence = { checklist: inv.checklist, metrics: inv.metrics };

  it('every wrong option names the step that rules it out, with its finding', () => {
    for (const option of DIAGNOSIS_OPTIONS) {
      if (option.id === 'hot-key') continue;
      const result = checkAnswer(inv.diagnosis, option.id, evidence);
      expect(result.correct).toBe(false);
      for (const language of ['zh', 'en'] as const) {
        expect(result.message[language]).toContain(option.text[language]);
        if (option.id !== 'faster-server') {
          const step = inv.checklist.find((s) => result.message[language].includes(s.title[language]));
          expect(step?.suspicious).toBe(false);
          expect(result.message[language]).toContain(step?.finding[language] ?? '?');
        }
      }
    }
  });

  it('"the fastest server" is refuted with the busiest server\'s own latency and 503s', () => {
    const busiest = [...inv.metrics.servers].sort((a, b) => b.share - a.share)[0]!;
    const text = wrongAnswerReason('faster-server', evidence);
    for (const language of ['zh', 'en'] as const) {
      expect(text[language]).toContain(busiest.id);
      expect(text[language]).toContain(`p99 ${busiest.p99Ms.toFixed(0)} ms`);
    }
    expect(checkAnswer(inv.diagnosis, 'hot-key', evidence).correct).toBe(true);
  });
});

describe('the English diagnosis reads as an SRE would say it', () => {
  const inv = investigate('flash-sale');
  const evidence = { checklist: inv.checklist, metrics: inv.metrics };
  const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

  it('explains the right answer, the fix and the notes without a Chinese character', () => {
    const right = checkAnswer(inv.diagnosis, 'hot-key', evidence);
    expect(right.message.en).toMatch(/^Correct\. hash \$request_uri consistent guarantees that one URI always goes to the same server/);
    expect(inv.diagnosis.fix.en).toContain('proxy_cache_lock');
    expect(inv.diagnosis.question.en).toBe('Given the evidence above, what is the root cause of the traffic piling onto one upstream?');
    for (const text of [right.message.en, inv.diagnosis.fix.en, inv.diagnosis.effect.sentence.en, ...inv.diagnosis.notes.map((n) => n.en)])
      expect(text).not.toMatch(cjk);
  });

  it('refutes "the fastest server" and a wrong cause with this run\'s numbers, in English', () => {
    const fastest = wrongAnswerReason('faster-server', evidence).en;
    expect(fastest).toMatch(/^nginx's round-robin, hash and ip_hash never look at how fast a backend is/);
    const weights = checkAnswer(inv.diagnosis, 'weight-typo', evidence).message.en;
    expect(weights).toMatch(
      /^Not quite: "A weight typo: .*" does not fit the evidence\. If this were the cause, the step "Check the weights and balancing method in the upstream config" would look abnormal, but it found: The weights look normal/,
    );
    for (const step of inv.checklist) expect(step.title.en + step.finding.en + step.evidence.columns.en.join(' ')).not.toMatch(cjk);
  });
});
