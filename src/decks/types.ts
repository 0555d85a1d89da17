// The deck format in types. A deck is parsed from Markdown (content/FORMAT.md) into these.

export interface DeckMeta {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly order: number;
  readonly labs: readonly string[];
  readonly puzzles: readonly string[];
}

export type LinkKind = 'card' | 'lab' | 'puzzle';

export interface CardLink {
  readonly kind: LinkKind;
  /** For `lab:rate-limiting?preset=x` the target is `rate-limiting?preset=x`. */
  readonly target: string;
  readonly line: number;
}

export interface Card {
  readonly id: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
  /** The exact question of the user's notes this card answers, when it comes from the notes. */
  readonly notes: string | null;
  /** The answer as Markdown (field lines removed). */
  readonly answer: string;
  /** The first paragraph of the answer: what to say if the interviewer stops you there. */
  readonly summary: string;
  /** Bullets of the `### 要点` section. */
  readonly keyPoints: readonly string[];
  readonly links: readonly CardLink[];
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
