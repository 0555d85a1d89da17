// A card: its question, where it comes from, and its answer in the UI's language (or the language
// the card has). With "show both languages" on, the other language is folded below.
import type { ReactNode } from 'react';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { cardSides, langTag } from './card-language.ts';
import { useCardStrings } from './card-strings.ts';
import type { CardView } from './deck-data.ts';
import { AnswerHtml } from './AnswerHtml.tsx';

export interface CardContentProps {
  readonly card: CardView;
  readonly showAnswer: boolean;
  readonly labels: { readonly fromNotes: string; readonly notesQuestion: string };
  readonly headingLevel?: 1 | 2;
  /** Shown after the answer, before the other language (the card page's quiz). */
  readonly children?: ReactNode;
}

export function CardContent({ card, showAnswer, labels, headingLevel = 1, children }: CardContentProps) {
  const language = useAppearanceStore((s) => s.language);
  const showBoth = useAppearanceStore((s) => s.showBoth);
  const s = useCardStrings();
  const { main, other } = cardSides(card, language);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const otherQuestion = main.language === 'zh' ? card.questionEn : other?.text.question;
  return (
    <article className="card-content" lang={langTag(main.language)} data-language={main.language}>
      <header>
        {card.notes && (
          <span className="badge notes" lang="zh-CN" title={`${labels.notesQuestion}: ${card.notes}`}>
            {labels.fromNotes}
          </span>
        )}
        <Heading className="question">{main.text.question}</Heading>
        {otherQuestion && otherQuestion !== main.text.question && (
          <p className="question-en" lang={langTag(main.language === 'zh' ? 'en' : 'zh')}>
            {otherQuestion}
          </p>
        )}
      </header>
      {showAnswer && (
        <>
          {card.notes && card.notes !== card.question && (
            <p className="notes-origin muted" lang="zh-CN">
              {labels.notesQuestion}：{card.notes}
            </p>
          )}
          <AnswerHtml html={main.text.html} />
          {children}
          {showBoth && other && (
            <details className="other-language" lang={langTag(other.language)} data-testid="other-language">
              <summary lang={langTag(language)}>{other.language === 'zh' ? s.answerInChinese : s.answerInEnglish}</summary>
              <AnswerHtml html={other.text.html} />
            </details>
          )}
        </>
      )}
    </article>
  );
}
