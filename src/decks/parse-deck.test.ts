import { describe, expect, it } from 'vitest';
import { checkDecks } from './check-decks.ts';
import { parseDeck } from './parse-deck.ts';
import { formatProblem, type KnownIds } from './types.ts';

const known: KnownIds = {
  labs: new Set(['rate-limiting']),
  puzzles: new Set(['24-game']),
  labPresets: new Map([['rate-limiting', new Set(['nginx-10rs-burst5'])]]),
};

const FRONT = ['---', 'id: demo', 'title: 演示', 'title_en: Demo', 'order: 1', 'labs: [rate-limiting]', 'puzzles: []', '---', ''];
const deck = (...body: string[]) => [...FRONT, ...body].join('\n');

describe('parseDeck: a good deck', () => {
  const source = deck(
    '## 令牌桶是什么？ {#token-bucket}',
    'notes: 服务限流怎么做到的？',
    'en: What is a token bucket?',
    '',
    '按固定速率往桶里放令牌，请求拿到令牌才放行。',
    '',
    '### 要点',
    '- 允许突发，上限是桶容量',
    '- 长期速率等于放令牌的速率',
    '',
    '```go',
    '## not a heading inside code',
    '```',
    '',
    '### 追问',
    '- [漏桶呢？](card:leaky-bucket)',
    '- [试试](lab:rate-limiting?preset=nginx-10rs-burst5) 和 [24 点](puzzle:24-game)',
    '',
    '## 漏桶呢？ {#leaky-bucket}',
    '',
    '以恒定速率流出。',
  );
  const result = parseDeck(source, 'demo.md', known);

  it('has no problems and reads the frontmatter', () => {
    expect(result.problems).toEqual([]);
    expect(result.deck?.meta).toEqual({ id: 'demo', title: '演示', titleEn: 'Demo', order: 1, labs: ['rate-limiting'], puzzles: [] });
  });

  it('reads cards with ids, fields, summary, key points and links', () => {
    const [first, second] = result.deck?.cards ?? [];
    expect(first).toMatchObject({
      id: 'token-bucket',
      deckId: 'demo',
      question: '令牌桶是什么？',
      questionEn: 'What is a token bucket?',
      notes: '服务限流怎么做到的？',
      line: 10,
      zh: {
        question: '令牌桶是什么？',
        summary: '按固定速率往桶里放令牌，请求拿到令牌才放行。',
        keyPoints: ['允许突发，上限是桶容量', '长期速率等于放令牌的速率'],
        line: 14,
      },
      en: null,
      quiz: [],
    });
    expect(first?.zh?.answer).toContain('## not a heading inside code');
    expect(first?.zh?.answer.startsWith('按固定速率')).toBe(true);
    expect(first?.links.map((l) => `${l.language} ${l.kind}:${l.target}`)).toEqual([
      'zh card:leaky-bucket',
      'zh lab:rate-limiting?preset=nginx-10rs-burst5',
      'zh puzzle:24-game',
    ]);
    expect(second).toMatchObject({ id: 'leaky-bucket', notes: null, questionEn: '', zh: { summary: '以恒定速率流出。' }, en: null });
  });

  it('accepts Windows line endings and a BOM', () => {
    expect(parseDeck(`\uFEFF${source.replace(/\n/g, '\r\n')}`, 'demo.md', known).problems).toEqual([]);
  });
});

describe('parseDeck: malformed decks report file:line: message', () => {
  const cases: { name: string; source: string; expected: string }[] = [
    { name: 'no frontmatter', source: '## q {#a}\n\nanswer', expected: 'x.md:1: deck must start with a `---` frontmatter block' },
    { name: 'unclosed frontmatter', source: '---\nid: demo\n', expected: 'x.md:1: frontmatter is not closed with `---`' },
    {
      name: 'missing title',
      source: ['---', 'id: demo', 'title_en: D', 'order: 1', '---', '## q {#a}', '', 'x'].join('\n'),
      expected: 'x.md:1: frontmatter is missing `title`',
    },
    {
      name: 'bad frontmatter line',
      source: ['---', 'id: demo', 'just words', 'title: t', 'title_en: t', 'order: 1', '---', '## q {#a}', '', 'x'].join('\n'),
      expected: 'x.md:3: bad frontmatter line: "just words"',
    },
    {
      name: 'unknown frontmatter key',
      source: ['---', 'id: demo', 'title: t', 'title_en: t', 'order: 1', 'colour: red', '---', '## q {#a}', '', 'x'].join('\n'),
      expected: 'x.md:6: unknown frontmatter key `colour`',
    },
    {
      name: 'order not a number',
      source: ['---', 'id: demo', 'title: t', 'title_en: t', 'order: first', '---', '## q {#a}', '', 'x'].join('\n'),
      expected: 'x.md:5: `order` must be a whole number',
    },
    {
      name: 'unknown lab in frontmatter',
      source: ['---', 'id: demo', 'title: t', 'title_en: t', 'order: 1', 'labs: [nope]', '---', '## q {#a}', '', 'x'].join('\n'),
      expected: 'x.md:6: unknown lab id `nope`',
    },
    {
      name: 'missing card id',
      source: deck('## 没有 id 的问题', '', '答案'),
      expected: 'x.md:10: card "没有 id 的问题" has no id; add {#some-id} to the heading',
    },
    { name: 'bad card id', source: deck('## q {#Bad_Id}', '', 'a'), expected: 'x.md:10: card id `Bad_Id` must be kebab-case ASCII (a-z, 0-9, -)' },
    {
      name: 'duplicate id',
      source: deck('## q1 {#same}', '', 'a', '## q2 {#same}', '', 'b'),
      expected: 'x.md:13: duplicate card id `same` (first used at line 10)',
    },
    { name: 'empty answer', source: deck('## q {#empty}', 'en: Q', '', '## q2 {#b}', '', 'b'), expected: 'x.md:10: card `empty` has an empty answer' },
    { name: 'empty field', source: deck('## q {#a}', 'notes:', '', 'a'), expected: 'x.md:11: field `notes:` of card `a` is empty' },
    { name: 'unknown lab link', source: deck('## q {#a}', '', '[x](lab:nope)'), expected: 'x.md:12: card `a`: unknown lab id `nope`' },
    {
      name: 'unknown preset',
      source: deck('## q {#a}', '', '[x](lab:rate-limiting?preset=nope)'),
      expected: 'x.md:12: card `a`: unknown preset `nope` of lab `rate-limiting`',
    },
    { name: 'unknown puzzle link', source: deck('## q {#a}', '', '[x](puzzle:sudoku)'), expected: 'x.md:12: card `a`: unknown puzzle id `sudoku`' },
    {
      name: 'text before the first card',
      source: deck('stray text', '## q {#a}', '', 'a'),
      expected: 'x.md:10: text before the first card; a card starts with a `## question {#id}` heading',
    },
    { name: 'unclosed code block', source: deck('## q {#a}', '', '```ts', 'code'), expected: 'x.md:13: code block opened with ``` is never closed' },
    { name: 'no cards', source: deck(''), expected: 'x.md:9: deck has no cards (a card is a `## question {#id}` heading)' },
  ];
  it.each(cases)('$name', ({ source, expected }) => {
    const result = parseDeck(source, 'x.md', known);
    expect(result.deck).toBeNull();
    expect(result.problems.map(formatProblem)).toContain(expected);
  });

  it('reports every problem, not only the first', () => {
    const result = parseDeck(deck('## a {#a}', '', '[x](lab:nope)', '## b', '', 'y', '## c {#c}', ''), 'x.md', known);
    expect(result.problems).toHaveLength(3);
  });
});

describe('checkDecks', () => {
  const one = parseDeck(deck('## q {#shared}', '', 'a', '## r {#r}', '', '[s](card:missing)'), 'one.md', known).deck!;
  const two = parseDeck(deck('## q {#shared}', '', 'b').replace('id: demo', 'id: other'), 'two.md', known).deck!;
  it('finds ids used in two decks and links to cards that do not exist', () => {
    expect(
      checkDecks([
        { deck: one, file: 'one.md' },
        { deck: two, file: 'two.md' },
      ]).map(formatProblem),
    ).toEqual(['two.md:10: duplicate card id `shared` (also one.md:10)', 'one.md:15: card `r` links to unknown card `missing`']);
  });
});
