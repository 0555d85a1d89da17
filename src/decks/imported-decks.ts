// Parses the user's imported decks and checks them against the built-in ones: an imported deck may
// not reuse a built-in deck id or card id (progress is keyed by card id).
import { checkDecks } from './check-decks.ts';
import type { DeckIndexEntry } from './deck-data.ts';
import { parseDeck } from './parse-deck.ts';
import type { Deck, DeckProblem, KnownIds } from './types.ts';

export interface ImportedDeck {
  readonly entry: DeckIndexEntry;
  readonly deck: Deck;
  readonly file: string;
}

export function parseImported(
  sources: readonly { file: string; text: string }[],
  known: KnownIds,
  builtIn: readonly DeckIndexEntry[],
): { decks: ImportedDeck[]; problems: DeckProblem[] } {
  const decks: ImportedDeck[] = [];
  const problems: DeckProblem[] = [];
  const builtInCards = new Set(builtIn.flatMap((d) => d.cardIds));
  const builtInDecks = new Set(builtIn.map((d) => d.id));
  for (const { file, text } of sources) {
    const result = parseDeck(text, file, known);
    problems.push(...result.problems);
    const deck = result.deck;
    if (!deck) continue;
    const clashes: DeckProblem[] = [];
    if (builtInDecks.has(deck.meta.id)) clashes.push({ file, line: 1, message: `deck id \`${deck.meta.id}\` is already a built-in deck` });
    for (const card of deck.cards) {
      if (builtInCards.has(card.id)) clashes.push({ file, line: card.line, message: `card id \`${card.id}\` is already used by a built-in card` });
    }
    problems.push(...clashes);
    if (clashes.length === 0) decks.push({ deck, file, entry: { ...deck.meta, cardIds: deck.cards.map((c) => c.id), imported: true } });
  }
  // Links between imported decks and into the built-in ones both resolve.
  const linkProblems = checkDecks(decks, builtInCards);
  problems.push(...linkProblems);
  const bad = new Set(linkProblems.map((p) => p.file));
  return { decks: decks.filter((d) => !bad.has(d.file)), problems };
}
