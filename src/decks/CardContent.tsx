// A card: its question, where it comes from, and its answer.
import type { CardView } from './deck-data.ts';
import { AnswerHtml } from './AnswerHtml.tsx';

export interface CardContentProps {
  readonly card: CardView;
  readonly showAnswer: boolean;
  readonly labels: { readonly fromNotes: string; readonly notesQuestion: string };
  readonly headingLevel?: 1 | 2;
}

export function CardContent({ card, showAnswer, labels, headingLevel = 1 }: CardContentProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="card-content" lang="zh-CN">
      <header>
        {card.notes && <span className="badge notes" title={`${labels.notesQuestion}: ${card.notes}`}>{labels.fromNotes}</span>}
        <Heading className="question">{card.question}</Heading>
        {card.questionEn && <p className="question-en" lang="en">{card.questionEn}</p>}
      </header>
      {showAnswer && (
        <>
          {card.notes && card.notes !== card.question && (
            <p className="notes-origin muted">{labels.notesQuestion}：{card.notes}</p>
          )}
          <AnswerHtml html={card.html} />
        </>
      )}
    </article>
  );
}
