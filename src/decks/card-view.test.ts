import { describe, expect, it } from 'vitest';
import { createCardSearch } from '../search/card-search.ts';
import { cardSides } from './card-language.ts';
import { toCardView } from './card-view.ts';
import { parseDeck } from './parse-deck.ts';
import { createMarkdownRenderer, searchDocsOf } from './render-markdown.ts';
import type { KnownIds } from './types.ts';

const known: KnownIds = { labs: new Set(), puzzles: new Set(), labPresets: new Map() };
const source = [
  '---',
  'id: demo',
  'title: 演示',
  'title_en: Demo',
  'order: 1',
  '---',
  '',
  '## 令牌桶是什么？ {#tb}',
  'en: What is a token bucket?',
  '',
  '按速率放令牌。',
  '',
  '### 自测',
  '#### true-false: 允许突发。',
  'answer: true',
  '> 桶里攒着令牌。',
  '::: en',
  '',
  'Tokens drip in like a metronome.',
  '',
  '### Quiz',
  '#### true-false: It allows bursts.',
  'answer: true',
  '> Saved tokens.',
  '## 只有中文 {#zh-only}',
  '',
  '中文答案。',
].join('\n');
const deck = parseDeck(source, 'demo.md', known).deck!;
const render = createMarkdownRenderer({ resolveLink: (kind, target) => `/${kind}/${target}` });

describe('toCardView', () => {
  const [tb, zhOnly] = deck.cards.map((c) => toCardView(c, render));
  it('renders each language without its quiz section, and carries the items as data', () => {
    expect(tb?.zh?.html).toContain('按速率放令牌');
    expect(tb?.zh?.html).not.toContain('允许突发');
    expect(tb?.en?.html).toContain('metronome');
    expect(tb?.en?.html).not.toContain('It allows bursts');
    expect(tb?.quiz.map((q) => q.id)).toEqual(['tb#1']);
    expect(zhOnly?.en).toBeNull();
  });
  it('cardSides shows the UI language, else the language the card has', () => {
    expect(cardSides(tb!, 'en')).toMatchObject({ main: { language: 'en' }, other: { language: 'zh' } });
    expect(cardSides(tb!, 'zh')).toMatchObject({ main: { language: 'zh' }, other: { language: 'en' } });
    expect(cardSides(zhOnly!, 'en')).toMatchObject({ main: { language: 'zh' }, other: null });
  });
});

describe('searchDocsOf', () => {
  it('indexes both languages, so a card is found by words of either', () => {
    const search = createCardSearch(searchDocsOf(deck));
    expect(search('metronome').map((h) => h.id)).toEqual(['tb']);
    expect(search('放令牌').map((h) => h.id)).toEqual(['tb']);
    expect(search('bucket').map((h) => h.id)).toEqual(['tb']);
  });
  it('leaves the quiz items out of the searched text', () => {
    const [doc] = searchDocsOf(deck);
    expect(doc?.text).toBe('按速率放令牌。');
    expect(doc?.textEn).toBe('Tokens drip in like a metronome.');
  });
});
