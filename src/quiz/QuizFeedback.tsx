// After "check": right or wrong (a word and a mark, not colour alone), the right answer when it was
// wrong, and the one-line explanation. A live region, so a screen reader hears the verdict.
import type { QuizItem } from '../decks/quiz-types.ts';
import type { CardLanguage } from '../decks/types.ts';
import { itemText } from './core/item-text.ts';
import { InlineCode } from './InlineCode.tsx';
import type { QuizStrings } from './quiz-strings.ts';

/** `empty`: checked with nothing answered. */
export type Verdict = 'right' | 'wrong' | 'empty' | null;

export interface QuizFeedbackProps {
  readonly item: QuizItem;
  readonly language: CardLanguage;
  readonly verdict: Verdict;
  readonly strings: QuizStrings;
}

export function QuizFeedback({ item, language, verdict, strings: s }: QuizFeedbackProps) {
  const shown = itemText(item, language);
  return (
    <div className="quiz-feedback" role="status" data-testid="quiz-feedback">
      {verdict === 'empty' && <p className="muted">{s.answerFirst}</p>}
      {shown && (verdict === 'right' || verdict === 'wrong') && (
        <>
          <p className={`quiz-verdict is-${verdict}`}>{verdict === 'right' ? `✓ ${s.right}` : `✗ ${s.wrong}`}</p>
          {verdict === 'wrong' && <RightAnswer item={item} language={language} strings={s} />}
          <p className="quiz-explanation" lang={shown.tag}>
            <InlineCode text={shown.text.explanation} />
          </p>
        </>
      )}
    </div>
  );
}

function RightAnswer({ item, language, strings: s }: Omit<QuizFeedbackProps, 'verdict'>) {
  const tag = language === 'zh' ? 'zh-CN' : 'en';
  if (item.kind === 'order') {
    const shown = itemText(item, language);
    return (
      <div className="quiz-right-answer">
        <p>{s.rightAnswer}:</p>
        <ol lang={shown?.tag ?? tag}>
          {(shown?.text.steps ?? []).map((step, i) => (
            <li key={i}>
              <InlineCode text={step} />
            </li>
          ))}
        </ol>
      </div>
    );
  }
  let answer = '';
  let lang = tag;
  if (item.kind === 'single' || item.kind === 'multi') {
    const shown = itemText(item, language);
    answer = item.correct.map((i) => shown?.text.options[i] ?? '').join(shown?.language === 'zh' ? '；' : '; ');
    lang = shown?.tag ?? tag;
  } else if (item.kind === 'fill') {
    const shown = itemText(item, language);
    answer = (shown?.text.accepted ?? []).join(' / ');
    lang = shown?.tag ?? tag;
  } else if (item.kind === 'true-false') {
    answer = item.answer ? s.trueLabel : s.falseLabel;
  }
  return (
    <p className="quiz-right-answer">
      {s.rightAnswer}:{' '}
      <span lang={lang}>
        <InlineCode text={answer} />
      </span>
    </p>
  );
}
