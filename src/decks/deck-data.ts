// The shapes the build hands to the browser (see vite-plugin-decks.ts).
import type { DeckMeta } from './types.ts';

export interface DeckIndexEntry extends DeckMeta {
  readonly cardIds: readonly string[];
  /** True for a deck the user imported in the browser (not part of the build). */
  readonly imported?: boolean;
}

export interface CardView {
  readonly id: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
  readonly notes: string | null;
  readonly summary: string;
  readonly keyPoints: readonly string[];
  /** Rendered answer: compiled at build time for our decks, sanitized for imported ones. */
  readonly html: string;
}

export interface DeckView {
  readonly meta: DeckMeta;
  readonly cards: readonly CardView[];
}

export interface SearchDoc {
  readonly id: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
  readonly text: string;
}

/** A card's link to a lab scenario or a puzzle, so a lab can list the cards about it. */
export interface ContentLink {
  readonly kind: 'lab' | 'puzzle';
  readonly id: string;
  readonly preset: string | null;
  readonly cardId: string;
  readonly deckId: string;
  readonly question: string;
}
