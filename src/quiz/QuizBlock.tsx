// The card page's "自测 / Quiz" block: the card's items, each answered and checked on its own.
// Every checked answer is saved as a record (quiz-answers.ts).
import type { QuizItem } from '../decks/quiz-types.ts';
import type { CardLanguage } from '../decks/types.ts';
import { QuizItemView } from './QuizItemView.tsx';
import { quizStrings } from './quiz-strings.ts';
import { saveQuizAnswer } from './quiz-answers.ts';
import './quiz.css';

export interface QuizBlockProps {
  readonly items: readonly QuizItem[];
  /** The UI's language: labels follow it, and so does each item's text when the item has it. */
  readonly language: CardLanguage;
}

export function QuizBlock({ items, language }: QuizBlockProps) {
  const s = quizStrings(language);
  if (items.length === 0) return null;
  return (
    <section className="quiz-block" aria-labelledby="quiz-title" data-testid="quiz-block">
      <h2 id="quiz-title">{s.title}</h2>
      <ol className="quiz-items">
        {items.map((item, i) => (
          <li key={item.id} data-testid="quiz-item" data-item-id={item.id}>
            <QuizItemView item={item} language={language} label={s.itemOf(i + 1, items.length)} onChecked={(right) => void saveQuizAnswer(item.id, right)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
