// The shapes the build hands to the browser (see vite-plugin-decks.ts).
import type { QuizItem } from './quiz-types.ts';
import type { CardLanguage, DeckMeta } from './types.ts';

export interface DeckIndexEntry extends Omit<DeckMeta, 'order'> {
  readonly cardIds: readonly string[];
  /** True for a deck the user imported in the browser (not part of the build). */
  readonly imported?: boolean;
}

/** One language's side of a card, ready to show. */
export interface CardViewText {
  readonly question: string;
  readonly summary: string;
  readonly keyPoints: readonly string[];
  /** Rendered answer (quiz section removed): compiled at build time for our decks, sanitized for imported ones. */
  readonly html: string;
}

export interface CardView {
  readonly id: string;
  readonly deckId: string;
  /** The `##` heading (Chinese, or the only question of an English-only card). */
  readonly question: string;
  /** The English question, or ''. */
  readonly questionEn: string;
  readonly notes: string | null;
  /** At least one of the two is present. */
  readonly zh: CardViewText | null;
  readonly en: CardViewText | null;
  /** Quiz items with both languages' texts; shown as plain text with inline code. */
  readonly quiz: readonly QuizItem[];
  /** Ids of the cards this one links to (its follow-ups first), once each: where an interviewer drills down. */
  readonly related?: readonly string[];
}

export type { CardLanguage };

export interface DeckView {
  readonly meta: DeckMeta;
  readonly cards: readonly CardView[];
}

export interface SearchDoc {
  readonly id: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
  /** Plain text of the Chinese answer ('' when the card has none). */
  readonly text: string;
  /** Plain text of the English answer ('' when the card has none). Both are searched. */
  readonly textEn: string;
}

/** A card's link to a lab scenario or a puzzle, so a lab can list the cards about it. */
export interface ContentLink {
  readonly kind: 'lab' | 'puzzle';
  readonly id: string;
  readonly preset: string | null;
  readonly cardId: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
}
