// The type-in glossary (content/glossary.md) is validated like the decks: it parses without
// problems (no duplicate terms, every group of two or more), most groups carry both languages, it
// covers the decks' main terms, and the matcher's labelled corpus quotes real key points.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../src/app/known-ids.ts';
import { loadDeckFolder } from '../../src/decks/load-decks.ts';
import { corpus } from '../../src/quiz/type-in/core/corpus.ts';
import { parseGlossary, termKey } from '../../src/quiz/type-in/core/glossary.ts';

const { glossary, problems } = parseGlossary(readFileSync('content/glossary.md', 'utf8'));
const han = /\p{Script=Han}/u;

describe('glossary', () => {
  it('parses without problems', () => {
    expect(problems).toEqual([]);
    expect(glossary.groups.length).toBeGreaterThanOrEqual(100);
  });

  it('nearly every group has a Chinese and an English term', () => {
    const one = glossary.groups.filter((g) => !(g.terms.some((t) => han.test(t)) && g.terms.some((t) => !han.test(t))));
    // Kubernetes is the same word in both languages.
    expect(one.map((g) => g.terms.join(' | '))).toEqual(['kubernetes | k8s']);
  });

  it("covers the decks' main terms", () => {
    const keys = new Set(glossary.groups.flatMap((g) => g.terms.map(termKey)));
    for (const term of [
      '令牌桶',
      'token bucket',
      '熔断',
      'circuit breaker',
      '负载均衡',
      'load balancer',
      'k8s',
      '哈希槽',
      'hash slot',
      'rpc',
      '容器',
      'container',
      '进程',
      'process',
    ]) {
      expect(keys, term).toContain(termKey(term));
    }
  });
});

describe('type-in corpus', () => {
  const { decks } = loadDeckFolder('content/decks', knownIds, 'content/decks');
  const cards = new Map(decks.flatMap((d) => d.deck.cards).map((c) => [c.id, c]));
  it('quotes key points of the cards it names', () => {
    for (const c of corpus) {
      const card = cards.get(c.card);
      expect(card, c.card).toBeDefined();
      const points = [...(card?.zh?.keyPoints ?? []), ...(card?.en?.keyPoints ?? [])];
      for (const p of c.points) expect(points, `${c.card}: ${p}`).toContain(p);
    }
  });
});
