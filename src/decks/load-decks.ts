// Reads every deck file of a folder, parses it and checks the set. Node only (build and tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDecks } from './check-decks.ts';
import { parseDeck } from './parse-deck.ts';
import type { Deck, DeckProblem, KnownIds } from './types.ts';

export interface LoadedDecks {
  readonly decks: readonly { deck: Deck; file: string }[];
  readonly problems: readonly DeckProblem[];
}

export function loadDeckFolder(dir: string, known: KnownIds, displayRoot = ''): LoadedDecks {
  const decks: { deck: Deck; file: string }[] = [];
  const problems: DeckProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const file = displayRoot ? `${displayRoot}/${name}` : join(dir, name);
    const result = parseDeck(readFileSync(join(dir, name), 'utf8'), file, known);
    problems.push(...result.problems);
    if (!result.deck) continue;
    if (`${result.deck.meta.id}.md` !== name) problems.push({ file, line: 1, message: `deck id \`${result.deck.meta.id}\` must match the file name` });
    decks.push({ deck: result.deck, file });
  }
  problems.push(...checkDecks(decks));
  decks.sort((a, b) => a.deck.meta.order - b.deck.meta.order);
  return { decks, problems };
}
