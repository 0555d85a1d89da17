// A deck and the user's scheduling, as the cards Anki's text import takes (decks/anki-export.ts
// writes the file). The front is the question in the UI's language with the other language below
// it; the back is the answer in the UI's language. Links into the app mean nothing inside Anki, so
// they become their text.
import { toAnkiTsv, type AnkiCard, type AnkiSchedule } from '../decks/anki-export.ts';
import { cardSides } from '../decks/card-language.ts';
import type { CardLanguage, DeckView } from '../decks/deck-data.ts';
import type { CardState } from './scheduler.ts';

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export function ankiScheduleOf(state: CardState | undefined): AnkiSchedule | undefined {
  if (!state) return undefined;
  const name = STATE_NAMES[state.state] ?? 'new';
  return {
    state: name,
    ...(name === 'new' ? {} : { due: localDay(state.due) }),
    reps: state.reps,
    lapses: state.lapses,
  };
}

export function deckToAnkiTsv(deck: DeckView, states: ReadonlyMap<string, CardState>, language: CardLanguage): string {
  const cards: AnkiCard[] = deck.cards.map((card) => {
    const { main, other } = cardSides(card, language);
    const schedule = ankiScheduleOf(states.get(card.id));
    return {
      id: card.id,
      question: main.text.question,
      ...(other && other.text.question !== main.text.question ? { questionOther: other.text.question } : {}),
      answerHtml: withoutAppLinks(main.text.html),
      ...(schedule ? { schedule } : {}),
    };
  });
  return toAnkiTsv(language === 'en' ? deck.meta.titleEn : deck.meta.title, cards);
}

/** `<a href="/cards/x">text</a>` → `text`; external links (http…) stay. */
export function withoutAppLinks(html: string): string {
  return html.replace(/<a\b[^>]*\bhref="\/[^"]*"[^>]*>([\s\S]*?)<\/a>/g, '$1');
}

function localDay(date: Date | string): string {
  const d = new Date(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
