import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck.ts';
import { parseQuizSection } from './parse-quiz.ts';
import { formatProblem, type KnownIds } from './types.ts';

const known: KnownIds = { labs: new Set(), puzzles: new Set(), labPresets: new Map() };
const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const parse = (...texts: string[]) => {
  const problems: string[] = [];
  const items = parseQuizSection(lines(...texts), 'c', (line, message) => problems.push(`${line}: ${message}`));
  return { items, problems };
};

describe('parseQuizSection: the five kinds', () => {
  it('single and multi: options in written order, right ones by index', () => {
    const { items, problems } = parse(
      '#### single: Which one?',
      '- [ ] a',
      '- [x] `b`',
      '* [ ] c',
      '> because b.',
      '',
      '#### multi: Which ones?',
      '- [x] a',
      '- [ ] b',
      '- [X] c',
      '> a and c.',
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { kind: 'single', line: 1, correct: [1], text: { prompt: 'Which one?', options: ['a', '`b`', 'c'], explanation: 'because b.' } },
      { kind: 'multi', line: 7, correct: [0, 2], text: { prompt: 'Which ones?', options: ['a', 'b', 'c'], explanation: 'a and c.' } },
    ]);
  });

  it('true-false, fill (accepted answers split on ` | `) and order (steps in the right order)', () => {
    const { items, problems } = parse(
      '#### true-false: It is so.',
      'answer: TRUE',
      '> It is.',
      '#### fill: Redis Cluster has ___ slots.',
      'answer: 16384 | 16,384',
      '> 2^14.',
      '#### order: Put in order',
      '1. first',
      '2. second',
      '3) third',
      '4. fourth',
      '> That is the order.',
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { kind: 'true-false', line: 1, answer: true, text: { prompt: 'It is so.', explanation: 'It is.' } },
      { kind: 'fill', line: 4, text: { prompt: 'Redis Cluster has ___ slots.', accepted: ['16384', '16,384'], explanation: '2^14.' } },
      { kind: 'order', line: 7, text: { prompt: 'Put in order', steps: ['first', 'second', 'third', 'fourth'], explanation: 'That is the order.' } },
    ]);
  });

  it('an explanation over several `>` lines is joined', () => {
    expect(parse('#### true-false: x', 'answer: false', '> one', '> two').items[0]).toMatchObject({ text: { explanation: 'one two' } });
  });
});

describe('parseQuizSection: every problem with its line, the item left out', () => {
  const cases: { name: string; body: string[]; expected: string }[] = [
    {
      name: 'unknown kind',
      body: ['#### essay: Write', '> x'],
      expected: '1: card `c`: quiz item 1: unknown kind `essay` (use single, multi, true-false, fill, order)',
    },
    { name: 'heading without a kind', body: ['#### Just a question', '> x'], expected: '1: card `c`: quiz item 1: the heading must be `#### kind: prompt`' },
    { name: 'no prompt', body: ['#### true-false:', 'answer: true', '> x'], expected: '1: card `c`: quiz item 1: has no prompt' },
    {
      name: 'no right answer',
      body: ['#### single: q', '- [ ] a', '- [ ] b', '- [ ] c', '> x'],
      expected: '1: card `c`: quiz item 1: has no right answer; mark the right option `[x]`',
    },
    { name: 'a choice list of one', body: ['#### single: q', '- [x] a', '> x'], expected: '1: card `c`: quiz item 1: a choice list of one; give 3–5 options' },
    {
      name: 'a choice item without options',
      body: ['#### multi: q', '> x'],
      expected: '1: card `c`: quiz item 1: a `multi` item needs options: `- [ ] …` and `- [x] …`',
    },
    {
      name: 'single with several [x]',
      body: ['#### single: q', '- [x] a', '- [x] b', '- [ ] c', '> x'],
      expected: '1: card `c`: quiz item 1: a `single` item has exactly one `[x]`, this one has 2',
    },
    {
      name: 'multi with every option right',
      body: ['#### multi: q', '- [x] a', '- [x] b', '- [x] c', '> x'],
      expected: '1: card `c`: quiz item 1: a `multi` item needs at least one wrong option `[ ]`',
    },
    {
      name: 'true-false without answer',
      body: ['#### true-false: q', '> x'],
      expected: '1: card `c`: quiz item 1: a `true-false` item needs `answer: true` or `answer: false`',
    },
    {
      name: 'true-false with another answer',
      body: ['#### true-false: q', 'answer: yes', '> x'],
      expected: '1: card `c`: quiz item 1: a `true-false` item needs `answer: true` or `answer: false`',
    },
    {
      name: 'fill without answer',
      body: ['#### fill: q', '> x'],
      expected: '1: card `c`: quiz item 1: a `fill` item needs `answer: …` (accepted answers separated by ` | `)',
    },
    {
      name: 'order with fewer than 3 steps',
      body: ['#### order: q', '1. a', '2. b', '> x'],
      expected: '1: card `c`: quiz item 1: an `order` item needs at least 3 steps (a numbered list in the right order), this one has 2',
    },
    { name: 'no explanation', body: ['#### true-false: q', 'answer: true'], expected: '1: card `c`: quiz item 1: has no `>` explanation line' },
    {
      name: 'a line the kind does not take',
      body: ['#### fill: q', '- [x] a', 'answer: a', '> x'],
      expected: '2: card `c`: quiz item 1: unexpected line in a `fill` item: "- [x] a"',
    },
    {
      name: 'a link inside an item',
      body: ['#### single: q', '- [x] see [this](card:x)', '- [ ] b', '- [ ] c', '> x'],
      expected: '2: card `c`: quiz item 1: no links, images or HTML inside quiz items',
    },
    {
      name: 'HTML in a prompt',
      body: ['#### true-false: is <b>this</b> bold', 'answer: true', '> x'],
      expected: '1: card `c`: quiz item 1: no links, images or HTML inside quiz items',
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const { items, problems } = parse(...body);
    expect(problems).toContain(expected);
    expect(items.some((i) => i === null) || items.length === 0).toBe(true);
  });

  it('text before the first item', () => {
    expect(parse('Some intro', '#### true-false: q', 'answer: true', '> x').problems).toEqual([
      '1: card `c`: text in the quiz section before its first `#### kind: prompt` item',
    ]);
  });

  it('numbers items by position and reports each broken one', () => {
    const { items, problems } = parse('#### true-false: a', 'answer: true', '> x', '#### fill: b', '> y', '#### order: c', '1. a', '> z');
    expect(items.map((i) => i?.kind ?? null)).toEqual(['true-false', null, null]);
    expect(problems.map((p) => p.split(': quiz item ')[1]?.slice(0, 1))).toEqual(['2', '3']);
  });
});

describe('quiz sections in a deck', () => {
  const FRONT = ['---', 'id: demo', 'title: 演示', 'title_en: Demo', 'order: 1', '---', ''];
  it('problems come back as file:line: message and the deck is refused', () => {
    const result = parseDeck([...FRONT, '## q {#a}', '', '答', '', '### 自测', '#### single: 哪个？', '- [x] 甲', '> 因为。'].join('\n'), 'x.md', known);
    expect(result.deck).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual(['x.md:13: card `a`: quiz item 1: a choice list of one; give 3–5 options']);
  });
  it('a `####` heading inside a code block of the answer is not an item', () => {
    const result = parseDeck([...FRONT, '## q {#a}', '', '答', '', '```md', '### 自测', '#### single: no', '```'].join('\n'), 'x.md', known);
    expect(result.problems).toEqual([]);
    expect(result.deck?.cards[0]?.quiz).toEqual([]);
  });
  it('the quiz section ends at the next `###` section, which stays in the answer', () => {
    const result = parseDeck(
      [...FRONT, '## q {#a}', '', '答', '', '### 自测', '#### true-false: 是吗', 'answer: true', '> 是。', '', '### 延伸', '更多'].join('\n'),
      'x.md',
      known,
    );
    expect(result.problems).toEqual([]);
    expect(result.deck?.cards[0]?.zh?.answer).toBe('答\n\n### 延伸\n更多');
    expect(result.deck?.cards[0]?.quiz).toHaveLength(1);
  });
});
