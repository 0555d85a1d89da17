// A deck as a file Anki imports (File → Import, Anki 2.1.54+ reads the `#` headers): tab-separated,
// HTML fields, one note per card with a GUID column, so importing it again updates the notes it
// made instead of adding duplicates. Fields with a tab, a newline or a quote are quoted as in CSV
// (quotes doubled), which Anki's importer reads back.
// Anki's text import cannot set review scheduling; the user's state of each card travels in the
// tags (il::state::review, il::due::2026-12-10), so it can be searched or filtered in Anki.

export interface AnkiCard {
  readonly id: string;
  /** Front: the question (and, when given, the question in the other language below it). */
  readonly question: string;
  readonly questionOther?: string;
  /** Back: the rendered answer, HTML. */
  readonly answerHtml: string;
  readonly schedule?: AnkiSchedule;
}

export interface AnkiSchedule {
  /** new | learning | review | relearning */
  readonly state: string;
  /** Next due day (YYYY-MM-DD), absent for new cards. */
  readonly due?: string;
  readonly reps: number;
  readonly lapses: number;
}

/** Anki's deck path: "面试实验室::Kubernetes" (:: nests decks; a tab or newline would break the header). */
export function ankiDeckName(title: string): string {
  return `面试实验室::${title.replace(/[\t\r\n]+/g, ' ').replace(/::/g, ':')}`;
}

export function toAnkiTsv(deckTitle: string, cards: readonly AnkiCard[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${ankiDeckName(deckTitle)}`,
    '#guid column:1',
    '#tags column:4',
    '#columns:GUID\tFront\tBack\tTags',
  ];
  const rows = cards.map((c) => [ankiGuid(c.id), front(c), c.answerHtml, tags(c)].map(field).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

/** Stable per card id, so a re-import updates the same note. */
export function ankiGuid(cardId: string): string {
  return `interview-lab:${cardId}`;
}

function front(c: AnkiCard): string {
  const q = escapeHtml(c.question);
  return c.questionOther ? `${q}<br><small>${escapeHtml(c.questionOther)}</small>` : q;
}

function tags(c: AnkiCard): string {
  const out = ['interview-lab'];
  const s = c.schedule;
  if (s) {
    out.push(`il::state::${s.state}`);
    if (s.due) out.push(`il::due::${s.due}`);
    if (s.reps > 0) out.push(`il::reps::${s.reps}`);
    if (s.lapses > 0) out.push(`il::lapses::${s.lapses}`);
  }
  return out.join(' ');
}

/** A TSV field, quoted when it holds a tab, a newline or a quote. */
export function field(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
