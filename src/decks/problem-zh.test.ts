// Every message the deck checker gives an importing user has its Chinese wording: broken decks go
// through the real parser and checker, and each problem must come out in Chinese.
import { describe, expect, it } from 'vitest';
import { checkDecks } from './check-decks.ts';
import { parseDeck } from './parse-deck.ts';
import { toChinese } from './problem-zh.ts';
import type { KnownIds } from './types.ts';

const known: KnownIds = {
  labs: new Set(['rate-limiting']),
  puzzles: new Set(['24-game']),
  labPresets: new Map([['rate-limiting', new Set(['nginx-10rs-burst5'])]]),
};
const FRONT = ['---', 'id: demo', 'title: 演示', 'title_en: Demo', 'order: 1', 'labs: [rate-limiting]', 'puzzles: []', '---', ''];
const deck = (...body: string[]) => [...FRONT, ...body].join('\n');
const card = (id: string, ...body: string[]) => [`## 问题 ${id} {#${id}}`, '', '答案。', '', ...body, ''];
const quiz = (...lines: string[]) => ['### 自测', '', ...lines, ''];

const BROKEN: readonly string[] = [
  'no frontmatter here',
  ['---', 'id: demo', 'id: again', 'what is this', 'colour: red', 'labs: [nope]', 'puzzles: x', 'order: 1.5', 'title: ""', '---', ''].join('\n'),
  ['---', 'id: Demo_Deck'].join('\n'),
  deck(),
  deck('stray text', ...card('a'), ...card('a')),
  deck('## 没有 id 的问题', '', '答案'),
  deck('## {#only-id}', '', '答案'),
  deck('## 问题 {#Bad_Id}', '', '答案'),
  deck('## 问题 {#empty}', ''),
  deck('## 问题 {#fields}', 'notes:', '', '答案'),
  deck('## 问题 {#en-empty}', '', '答案', '', '::: en', ''),
  deck('## 问题 {#en-q}', '', '答案', '', '::: en', '', 'Answer.', '', '::: en', '', 'Again.'),
  deck(...card('links', '- [x](card:Bad_Id) [y](lab:nope) [z](lab:rate-limiting?preset=nope) [w](puzzle:nope)')),
  deck(...card('fence', '```js', 'never closed')),
  deck(...card('q1', ...quiz('before the first item', '#### nonsense', '#### essay: 写一篇', '#### single: ', '> why'))),
  deck(
    ...card(
      'q2',
      ...quiz(
        '#### single: 选一个 [link](http://x)',
        '- [ ] a',
        '- [x] b',
        '- [x] c',
        'what?',
        '#### multi: 都对',
        '- [x] a',
        '- [x] b',
        '> why',
        '#### single: 一个选项',
        '- [x] a',
        '> why',
      ),
    ),
  ),
  deck(
    ...card(
      'q3',
      ...quiz(
        '#### single: 没有选项',
        '> why',
        '#### single: 没有答案',
        '- [ ] a',
        '- [ ] ',
        '> why',
        '#### true-false: 对吗',
        'answer: maybe',
        '> why',
        '#### fill: 填',
        '> why',
        '#### order: 排',
        '1. a',
        '2. ',
        '> why',
      ),
    ),
  ),
];

describe('deck problems in Chinese', () => {
  it('every problem of a broken deck reads in Chinese', () => {
    const messages = new Set<string>();
    const parsed = BROKEN.map((text, i) => parseDeck(text, `deck-${i}.md`, known));
    for (const r of parsed) for (const p of r.problems) messages.add(p.message);
    const decks = parsed.flatMap((r, i) => (r.deck ? [{ deck: r.deck, file: `deck-${i}.md` }] : []));
    for (const p of checkDecks([...decks, ...decks.map((d) => ({ ...d, file: `copy-${d.file}` }))])) messages.add(p.message);
    expect(messages.size).toBeGreaterThan(25);
    const untranslated = [...messages].filter((m) => !/[\u4e00-\u9fff]/.test(toChinese(m).replace(/`[^`]*`|“[^”]*”/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('keeps the names and numbers of a message', () => {
    expect(toChinese('card `abc`: quiz item 2: a `single` item has exactly one `[x]`, this one has 3')).toBe(
      '卡片 `abc` 的第 2 道自测题：单选题只能有一个 `[x]`，这道有 3 个',
    );
    expect(toChinese('duplicate card id `x` (first used at line 12)')).toBe('卡片 id `x` 重复（第 12 行已经用过）');
  });
});
