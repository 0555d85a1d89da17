// The exercise picker (the lab's presets) and the open exercise's question and files.
import { useId } from 'react';
import { usePick } from '../../ui/use-language.ts';
import { exercises, type Exercise } from './core/exercises.ts';
import { en as textEn, zh as textZh } from './exercise-text.ts';
import { en, zh } from './strings.ts';

export interface ExercisePickerProps {
  readonly exercise: Exercise;
  readonly error: string | undefined;
  readonly onPick: (id: string) => void;
}

export function ExercisePicker({ exercise, error, onPick }: ExercisePickerProps) {
  const S = usePick({ zh, en });
  const texts = usePick({ zh: textZh, en: textEn });
  const id = useId();
  return (
    <section className="panel shell-exercise" aria-labelledby={`${id}-label`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-label`}>
          <strong>{S.exerciseLabel}</strong> <code>preset</code>
        </label>
        <select id={id} data-testid="preset-select" value={exercise.id} onChange={(e) => onPick(e.target.value)} aria-invalid={error ? true : undefined}>
          {exercises.map((e) => (
            <option key={e.id} value={e.id}>
              {texts[e.id]?.name ?? e.id}
            </option>
          ))}
        </select>
      </div>
      <h2 className="shell-task-title">{S.taskTitle}</h2>
      <p data-testid="shell-task">{texts[exercise.id]?.task}</p>
      <p className="small shell-muted">
        {exercise.files.map((f) => (
          <code key={f} className="shell-file-tag">
            {f}
          </code>
        ))}
      </p>
    </section>
  );
}
