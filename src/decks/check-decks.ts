// Checks that need every deck at once: ids unique across decks, `card:` links that resolve.
import type { Deck, DeckProblem } from './types.ts';

/** `otherCardIds`: cards outside this set that links may point at (the built-in ones, for imports). */
export function checkDecks(decks: readonly { deck: Deck; file: string }[], otherCardIds: ReadonlySet<string> = new Set()): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const deckIds = new Map<string, string>();
  const cardHome = new Map<string, { file: string; line: number }>();
  for (const { deck, file } of decks) {
    const other = deckIds.get(deck.meta.id);
    if (other) problems.push({ file, line: 1, message: `deck id \`${deck.meta.id}\` is also used by ${other}` });
    deckIds.set(deck.meta.id, file);
    for (const card of deck.cards) {
      const first = cardHome.get(card.id);
      if (first) problems.push({ file, line: card.line, message: `duplicate card id \`${card.id}\` (also ${first.file}:${first.line})` });
      else cardHome.set(card.id, { file, line: card.line });
    }
  }
  for (const { deck, file } of decks) {
    for (const card of deck.cards) {
      for (const link of card.links) {
        if (link.kind === 'card' && !cardHome.has(link.target) && !otherCardIds.has(link.target)) {
          problems.push({ file, line: link.line, message: `card \`${card.id}\` links to unknown card \`${link.target}\`` });
        }
      }
    }
  }
  return problems;
}
