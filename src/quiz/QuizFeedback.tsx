// After "check": right or wrong (a word and a mark), the right answer when it was wrong, and the
// one-line explanation. A live region, so a screen reader hears the verdict.
import type { QuizItem, QuizText } from '../decks/quiz-types.ts';
import type { CardLanguage } from '../decks/types.ts';
import { InlineCode } from './InlineCode.tsx';
import type { QuizStrings } from './quiz-strings.ts';

export interface QuizFeedbackProps {
  readonly item: QuizItem;
  readonly text: QuizText;
  readonly language: CardLanguage;
  readonly result: 'right' | 'wrong' | 'empty' | null;
  readonly strings: QuizStrings;
}

export function QuizFeedback({ item, text, language, result, strings: s }: QuizFeedbackProps) {
  return (
    <div className="quiz-feedback" role="status" data-testid="quiz-feedback">
      {result === 'empty' && <p className="muted">{s.answerFirst}</p>}
      {(result === 'right' || result === 'wrong') && (
        <>
          <p className={`quiz-verdict is-${result}`}>{result === 'right' ? `✓ ${s.right}` : `✗ ${s.wrong}`}</p>
          {result === 'wrong' && <RightAnswer item={item} text={text} language={language} strings={s} />}
          <p className="quiz-explanation" lang={language === 'zh' ? 'zh-CN' : 'en'}><InlineCode text={text.explanation} /></p>
        </>
      )}
    </div>
  );
}

function RightAnswer({ item, text, language, strings: s }: Omit<QuizFeedbackProps, 'result'>) {
  const lang = language === 'zh' ? 'zh-CN' : 'en';
  if (item.kind === 'order' && 'steps' in text) {
    return (
      <div className="quiz-right-answer">
        <p>{s.rightAnswer}:</p>
        <ol lang={lang}>{(text as { steps: readonly string[] }).steps.map((step, i) => <li key={i}><InlineCode text={step} /></li>)}</ol>
      </div>
    );
  }
  let answer = '';
  if ((item.kind === 'single' || item.kind === 'multi') && 'options' in text) {
    answer = item.correct.map((i) => (text as { options: readonly string[] }).options[i] ?? '').join(language === 'zh' ? '；' : '; ');
  } else if (item.kind === 'true-false') {
    answer = item.answer ? s.trueLabel : s.falseLabel;
  } else if (item.kind === 'fill' && 'accepted' in text) {
    answer = (text as { accepted: readonly string[] }).accepted.join(' / ');
  }
  return <p className="quiz-right-answer">{s.rightAnswer}: <span lang={lang}><InlineCode text={answer} /></span></p>;
}
