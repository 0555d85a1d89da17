// Card -> CardView: each language's answer rendered to HTML, for the build (with shiki) and for
// imported decks (then sanitized). The quiz items travel as data; the quiz view renders them.
import type { CardView, CardViewText } from './deck-data.ts';
import type { Card, CardText } from './types.ts';

export function toCardView(card: Card, render: (markdown: string) => string): CardView {
  const side = (text: CardText | null): CardViewText | null =>
    text && { question: text.question, summary: text.summary, keyPoints: text.keyPoints, html: render(text.answer) };
  return {
    id: card.id,
    deckId: card.deckId,
    question: card.question,
    questionEn: card.questionEn,
    notes: card.notes,
    zh: side(card.zh),
    en: side(card.en),
    quiz: card.quiz,
    related: [...new Set(card.links.filter((l) => l.kind === 'card' && l.target !== card.id).map((l) => l.target))],
  };
}
