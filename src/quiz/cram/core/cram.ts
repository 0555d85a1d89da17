// Cram for an interview date: which cards the user is likely to have forgotten by then. The
// predicted recall of a card on a day is FSRS's retrievability (the forgetting curve from its
// stability and the time since its last review); a card never studied counts as 0. The list holds
// every card below the desired retention on that date, weakest first. Pure: the recall function,
// the states and the date come in.
// Cram reviews are records of their own kind (cram-store.ts), never review records: the FSRS
// schedule is derived from reviews only, so cramming never moves a card's due date.

export interface CramCard {
  readonly cardId: string;
  /** Predicted recall on the interview date, 0–1. */
  readonly recall: number;
}

export function cardsToCram<S>(
  cardIds: readonly string[],
  states: ReadonlyMap<string, S>,
  recallAt: (state: S, atMs: number) => number,
  interviewAtMs: number,
  retention: number,
): CramCard[] {
  const out: CramCard[] = [];
  for (const cardId of cardIds) {
    const state = states.get(cardId);
    const recall = state === undefined ? 0 : clamp01(recallAt(state, interviewAtMs));
    if (recall < retention) out.push({ cardId, recall });
  }
  return out.sort((a, b) => a.recall - b.recall || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
}

/** "2026-12-10" as the start of that local day; null for anything else. */
export function parseInterviewDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? { year, month, day } : null;
}

/** Interview at 09:00 local time on that day: recall is predicted for the morning of it. */
export function interviewMoment(date: { year: number; month: number; day: number }): number {
  return new Date(date.year, date.month - 1, date.day, 9).getTime();
}

/** The date for a deck: its own, else the overall one. */
export function dateForDeck(dates: InterviewDates, deckId: string): string | null {
  return dates.decks[deckId] ?? dates.overall;
}

export interface InterviewDates {
  readonly overall: string | null;
  readonly decks: Readonly<Record<string, string>>;
}

export const NO_DATES: InterviewDates = { overall: null, decks: {} };

export function isInterviewDates(value: unknown): value is InterviewDates {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const decks = v.decks;
  return (
    (v.overall === null || (typeof v.overall === 'string' && parseInterviewDate(v.overall) !== null)) &&
    typeof decks === 'object' &&
    decks !== null &&
    Object.values(decks).every((d) => typeof d === 'string' && parseInterviewDate(d) !== null)
  );
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
