// The investigation, one step at a time: each step shows the command to run; running it reveals
// the evidence table computed from this run's logs and the finding, flagged when abnormal.
import type { ChecklistStep, StepId } from './core/checklist.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export interface ChecklistProps {
  readonly steps: readonly ChecklistStep[];
  readonly done: ReadonlySet<StepId>;
  readonly onRun: (id: StepId) => void;
}

function Evidence({ step }: { step: ChecklistStep }) {
  const language = useLanguage();
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={S.evidenceCaption(step.title[language])}>
      <table className="ui-table">
        <caption className="visually-hidden">{S.evidenceCaption(step.title[language])}</caption>
        <thead>
          <tr>
            {step.evidence.columns[language].map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {step.evidence.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Checklist({ steps, done, onRun }: ChecklistProps) {
  const language = useLanguage();
  return (
    <section className="ui-checklist panel" aria-labelledby="ui-checklist-title">
      <h2 id="ui-checklist-title" className="ui-h">
        {S.checklistTitle}
      </h2>
      <p className="muted small">
        {S.checklistHelp} <span data-testid="steps-done">{S.stepsDone(done.size, steps.length)}</span>
      </p>
      <ol className="ui-steps">
        {steps.map((step) => {
          const ran = done.has(step.id);
          return (
            <li key={step.id} className={`ui-step${ran ? (step.suspicious ? ' is-suspicious' : ' is-normal') : ''}`} data-testid={`step-${step.id}`}>
              <div className="ui-step-head">
                <strong>{step.title[language]}</strong>
                {ran && <span className={`badge ${step.suspicious ? 'ui-badge-bad' : 'ui-badge-ok'}`}>{step.suspicious ? S.suspicious : S.normal}</span>}
              </div>
              <div className="ui-command">
                <span className="visually-hidden">{S.labelled(S.stepCommand)}</span>
                <code>$ {step.command}</code>
                <button type="button" className={ran ? '' : 'primary'} onClick={() => onRun(step.id)} aria-pressed={ran} data-testid={`run-${step.id}`}>
                  {ran ? S.rerunStep : S.runStep}
                </button>
              </div>
              {ran && (
                <div className="ui-evidence" data-testid={`evidence-${step.id}`}>
                  <Evidence step={step} />
                  <p className="ui-finding">
                    <strong>{S.labelled(S.stepFinding)}</strong>
                    {step.finding[language]}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
