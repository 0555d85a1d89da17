// The deck format in types. A deck is parsed from Markdown (content/FORMAT.md) into these.
import type { QuizItem } from './quiz-types.ts';

export interface DeckMeta {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly order: number;
  readonly labs: readonly string[];
  readonly puzzles: readonly string[];
}

export type LinkKind = 'card' | 'lab' | 'puzzle';

/** The two languages a card can be written in. */
export type CardLanguage = 'zh' | 'en';

export interface CardLink {
  readonly kind: LinkKind;
  /** For `lab:rate-limiting?preset=x` the target is `rate-limiting?preset=x`. */
  readonly target: string;
  readonly line: number;
  /** The language section the link is written in. */
  readonly language: CardLanguage;
}

/** One language's side of a card. */
export interface CardText {
  readonly question: string;
  /** The answer as Markdown, without the quiz section (`### 自测` / `### Quiz`). */
  readonly answer: string;
  /** The first paragraph of the answer: what to say if the interviewer stops you there. */
  readonly summary: string;
  /** Bullets of the `### 要点` / `### Key points` section. */
  readonly keyPoints: readonly string[];
  /** First line of this language's answer in the file. */
  readonly line: number;
}

export interface Card {
  readonly id: string;
  readonly deckId: string;
  /** The `##` heading: the Chinese question (the only question of an English-only card). */
  readonly question: string;
  /** The `en:` field (for an English-only card without it, the heading). */
  readonly questionEn: string;
  /** The exact question of the user's notes this card answers, when it comes from the notes. */
  readonly notes: string | null;
  /** Chinese and English sides; at least one is present (built-in decks have both). */
  readonly zh: CardText | null;
  readonly en: CardText | null;
  /** Links of both languages, in file order. */
  readonly links: readonly CardLink[];
  /** Quiz items, Chinese and English texts mirrored item by item. */
  readonly quiz: readonly QuizItem[];
  readonly line: number;
}

export interface Deck {
  readonly meta: DeckMeta;
  readonly cards: readonly Card[];
}

export interface DeckProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface KnownIds {
  readonly labs: ReadonlySet<string>;
  readonly puzzles: ReadonlySet<string>;
  /** Preset ids per lab; a `lab:` link naming another preset is an error. */
  readonly labPresets: ReadonlyMap<string, ReadonlySet<string>>;
}

export function formatProblem(p: DeckProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
