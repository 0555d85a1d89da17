// The multiple-choice diagnosis: six causes, one right. A wrong answer is explained from this
// run's own evidence (the step that would have shown that cause, and what it found instead); the
// right one reveals why, then the fix. No answer is taken before at least one checklist step has
// been run: a diagnosis is a conclusion from evidence, not a guess from the alert.
import { useId, useState } from 'react';
import type { Bi } from './core/bilingual.ts';
import { checkAnswer, type DiagnosisOptionId } from './core/diagnosis.ts';
import { FixPanel } from './FixPanel.tsx';
import type { InvestigationView } from './investigation-view.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export function DiagnosisPanel({ view, stepsDone }: { view: InvestigationView; stepsDone: number }) {
  const id = useId();
  const language = useLanguage();
  const [choice, setChoice] = useState<DiagnosisOptionId | null>(null);
  const [answer, setAnswer] = useState<{ id: DiagnosisOptionId; correct: boolean; message: Bi } | null>(null);
  const d = view.diagnosis;
  const stepsLeft = view.checklist.length - stepsDone;
  const submit = () => {
    if (choice === null || stepsDone === 0) return;
    setAnswer({ id: choice, ...checkAnswer(d, choice, { checklist: view.checklist, metrics: view.metrics }) });
  };
  return (
    <section className="ui-diagnosis panel" aria-labelledby={`${id}-title`} data-testid="diagnosis">
      <h2 id={`${id}-title`} className="ui-h">
        {S.diagnosisTitle}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="ui-options">
          <legend>{d.question[language]}</legend>
          {d.options.map((o) => (
            <label key={o.id} className={`ui-option${answer?.id === o.id ? (answer.correct ? ' is-right' : ' is-wrong') : ''}`}>
              <input
                type="radio"
                name={`${id}-answer`}
                value={o.id}
                checked={choice === o.id}
                onChange={() => setChoice(o.id)}
                data-testid={`answer-${o.id}`}
              />{' '}
              {o.text[language]}
            </label>
          ))}
        </fieldset>
        {stepsDone === 0 && (
          <p className="muted small" id={`${id}-needs-evidence`} data-testid="needs-evidence">
            {S.diagnosisNeedsEvidence}
          </p>
        )}
        {stepsDone > 0 && stepsLeft > 0 && answer === null && <p className="muted small">{S.diagnosisHint}</p>}
        <button
          type="submit"
          className="primary"
          disabled={choice === null || stepsDone === 0}
          aria-describedby={stepsDone === 0 ? `${id}-needs-evidence` : undefined}
          data-testid="submit-diagnosis"
        >
          {S.submit}
        </button>
      </form>
      {answer !== null && (
        <div className={`ui-answer ${answer.correct ? 'is-right' : 'is-wrong'}`} role="status" data-testid="diagnosis-result">
          <strong>{answer.correct ? S.correct : S.wrong}</strong>
          <p>{answer.message[language].replace(/^(答对了。|不对：|Correct\. |Not quite: )/, '')}</p>
        </div>
      )}
      {answer?.correct && <FixPanel view={view} />}
    </section>
  );
}
