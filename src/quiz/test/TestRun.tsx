// One test: every question with its inputs, handed in at once; then the score, each answer marked
// with the right one and why, links to the card and the lab scenario, and the schedule rule applied
// (wrong → the card back into today's queue as an Again; right on a due card → Good).
import { useState, type ReactNode } from 'react';
import type { CardLanguage } from '../../decks/types.ts';
import { checkAnswer, isAnswered, type QuizResponse } from '../core/check-answer.ts';
import { itemText } from '../core/item-text.ts';
import { InlineCode } from '../InlineCode.tsx';
import { firstResponse, ItemInputs, kindLabel } from '../QuizItemView.tsx';
import { QuizFeedback } from '../QuizFeedback.tsx';
import { quizStrings } from '../quiz-strings.ts';
import type { TestQuestion } from './core/generators.ts';
import type { TestStrings } from './strings.ts';

export interface TestRunProps {
  readonly questions: readonly TestQuestion[];
  readonly language: CardLanguage;
  readonly s: TestStrings;
  readonly cardLink: (cardId: string) => ReactNode;
  readonly labLink: (link: string) => ReactNode;
  /** Applies the schedule rule and saves the result; returns how many went back / counted Good. */
  readonly onHandIn: (verdicts: readonly boolean[]) => Promise<{ again: number; good: number; error: string | null }>;
  readonly actions: ReactNode;
}

export function TestRun({ questions, language, s, cardLink, labLink, onHandIn, actions }: TestRunProps) {
  const q = quizStrings(language);
  const [responses, setResponses] = useState<QuizResponse[]>(() => questions.map((x) => firstResponse(x.item)));
  const [warned, setWarned] = useState(false);
  const [result, setResult] = useState<{ verdicts: boolean[]; again: number; good: number; error: string | null } | null>(null);
  const unanswered = responses.filter((r) => !isAnswered(r)).length;

  const handIn = async () => {
    if (unanswered > 0 && !warned) {
      setWarned(true);
      return;
    }
    const verdicts = questions.map((x, i) => isAnswered(responses[i]!) && checkAnswer(x.item, responses[i]!));
    const applied = await onHandIn(verdicts);
    setResult({ verdicts, ...applied });
    window.scrollTo({ top: 0 });
  };

  const right = result ? result.verdicts.filter(Boolean).length : 0;
  return (
    <div className="test-run" data-testid="test-run">
      {result && (
        <section className="panel" aria-live="polite" data-testid="test-score">
          <p className="quiz-score">{s.score(right, questions.length)}</p>
          <p className="muted">{s.scheduleNote(result.again, result.good)}</p>
          {result.error && (
            <p role="alert" className="error">
              {s.saveFailed}
              {result.error}
            </p>
          )}
          <p>{actions}</p>
        </section>
      )}
      <ol className="quiz-items">
        {questions.map((x, i) => {
          const shown = itemText(x.item, language);
          if (!shown) return null;
          const verdict = result ? (result.verdicts[i] ? 'right' : 'wrong') : null;
          return (
            <li key={x.item.id} data-testid="test-question" data-kind={x.item.kind} className={`quiz-item${verdict ? ` is-${verdict}` : ''}`}>
              <ItemInputs
                item={x.item}
                language={language}
                legend={
                  <>
                    <span className="visually-hidden">{s.question(i + 1, questions.length)}. </span>
                    <span className="quiz-kind">
                      {kindLabel(x.item, q)}
                      {x.link && <> · {s.generatedBadge}</>}
                    </span>
                    <span className="quiz-prompt" lang={shown.tag}>
                      <InlineCode text={shown.text.prompt} />
                    </span>
                  </>
                }
                response={responses[i]!}
                onChange={(r) => setResponses((all) => all.map((old, j) => (j === i ? r : old)))}
                locked={result !== null}
                strings={q}
              />
              {result && (
                <>
                  <QuizFeedback item={x.item} language={language} verdict={verdict} strings={q} />
                  <p className="small">
                    {cardLink(x.cardId)}
                    {x.link && <> · {labLink(x.link)}</>}
                  </p>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {!result && (
        <div className="test-hand-in">
          {warned && unanswered > 0 && <p role="alert">{s.unanswered(unanswered)}</p>}
          <button type="button" className="button primary" onClick={() => void handIn()} data-testid="test-submit">
            {s.submit}
          </button>
        </div>
      )}
    </div>
  );
}
