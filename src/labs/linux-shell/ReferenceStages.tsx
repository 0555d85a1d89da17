// The reference pipeline, hidden until asked for (the exercise must not give its answer away),
// then shown stage by stage with what each stage does, and a button that runs the pipeline up to
// that stage, to watch the data change shape.
import { usePick } from '../../ui/use-language.ts';
import type { Exercise } from './core/exercises.ts';
import { en as textEn, zh as textZh } from './exercise-text.ts';
import { en, zh } from './strings.ts';

export function ReferenceStages({ exercise, onTry }: { exercise: Exercise; onTry: (command: string) => void }) {
  const S = usePick({ zh, en });
  const text = usePick({ zh: textZh, en: textEn })[exercise.id];
  return (
    <details className="panel shell-reference" data-testid="shell-reference">
      <summary>{S.referenceReveal}</summary>
      <h2 className="visually-hidden">{S.referenceTitle}</h2>
      <ol className="shell-stages">
        {exercise.stages.map((stage, i) => (
          <li key={i}>
            <code className="shell-stage-code">{i === 0 ? stage : `| ${stage}`}</code>
            <p>{text?.stages[i]}</p>
            <button type="button" className="link-button small" onClick={() => onTry(exercise.stages.slice(0, i + 1).join(' | '))}>
              {S.tryPrefix}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
