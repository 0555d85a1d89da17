import { describe, expect, it } from 'vitest';
import { parseImported } from './imported-decks.ts';
import { formatProblem, type KnownIds } from './types.ts';

const known: KnownIds = { labs: new Set(), puzzles: new Set(), labPresets: new Map() };
const builtIn = [{ id: 'docker', title: 'Docker', titleEn: 'Docker', order: 5, labs: [], puzzles: [], cardIds: ['docker-commands'] }];
const deck = (id: string, ...body: string[]) => ['---', `id: ${id}`, 'title: 我的', 'title_en: Mine', 'order: 9', '---', ...body].join('\n');

describe('imported decks', () => {
  it('accepts a deck that links to built-in cards', () => {
    const { decks, problems } = parseImported(
      [{ file: 'mine.md', text: deck('mine', '## 问题 {#my-q}', '', '答案见 [命令](card:docker-commands)') }],
      known,
      builtIn,
    );
    expect(problems).toEqual([]);
    expect(decks[0]?.entry).toMatchObject({ id: 'mine', cardIds: ['my-q'], imported: true });
  });

  it('refuses built-in deck and card ids, and unknown links, with file:line', () => {
    const { decks, problems } = parseImported(
      [
        { file: 'a.md', text: deck('docker', '## q {#x1}', '', 'a') },
        { file: 'b.md', text: deck('b', '## q {#docker-commands}', '', 'a') },
        { file: 'c.md', text: deck('c', '## q {#c1}', '', '[x](card:nowhere)') },
      ],
      known,
      builtIn,
    );
    expect(decks).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'a.md:1: deck id `docker` is already a built-in deck',
      'b.md:7: card id `docker-commands` is already used by a built-in card',
      'c.md:9: card `c1` links to unknown card `nowhere`',
    ]);
  });
});
