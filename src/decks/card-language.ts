// Which side of a card to show: the UI's language when the card has it, else the other one (an
// imported deck may hold one language). Built-in cards hold both.
import type { CardLanguage, CardView, CardViewText } from './deck-data.ts';

export interface CardSide {
  readonly language: CardLanguage;
  readonly text: CardViewText;
}

export interface CardSides {
  readonly main: CardSide;
  /** The other language, when the card has it. */
  readonly other: CardSide | null;
}

export function cardSides(card: CardView, language: CardLanguage): CardSides {
  const zh = card.zh && { language: 'zh' as const, text: card.zh };
  const en = card.en && { language: 'en' as const, text: card.en };
  const [preferred, fallback] = language === 'en' ? [en, zh] : [zh, en];
  // The parser guarantees one side; an empty one keeps the page readable if that ever breaks.
  const main = preferred ?? fallback ?? { language, text: { question: card.question, summary: '', keyPoints: [], html: '' } };
  return { main, other: main === preferred ? fallback : null };
}

/** The question to list a card by in the UI's language (a Chinese-only card may still have an English question). */
export function questionIn(card: Pick<CardView, 'question' | 'questionEn'>, language: CardLanguage): string {
  return language === 'en' && card.questionEn ? card.questionEn : card.question;
}

/** The BCP 47 tag for a side's `lang` attribute. */
export function langTag(language: CardLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
