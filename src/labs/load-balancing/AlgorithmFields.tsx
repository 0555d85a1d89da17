// The algorithm to play, and the optional set of algorithms to compare on the same stream.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useId } from 'react';
import { ALGORITHM_TITLES } from './describe-live.ts';
import type { LoadBalancingValues } from './core/params.ts';
import { ALGORITHM_IDS, type AlgorithmId } from './core/types.ts';
import { choices, ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { S } from './strings.ts';

export interface FieldsProps {
  readonly values: LoadBalancingValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<LoadBalancingValues>) => void;
}

export function AlgorithmFields({ values, errors, onChange }: FieldsProps) {
  const id = useId();
  const comparing = values.compare.length > 0;
  const toggle = (a: AlgorithmId, on: boolean) => {
    const set = new Set(values.compare);
    if (on) set.add(a);
    else set.delete(a);
    onChange({ compare: ALGORITHM_IDS.filter((x) => set.has(x)) });
  };
  return (
    <fieldset className="lb-fieldset">
      <legend>{S.algorithmTitle}</legend>
      <ChoiceField
        name="algo"
        label={S.algorithmLabel}
        value={values.algorithm}
        options={choices(ALGORITHM_IDS, ALGORITHM_TITLES)}
        error={errors['algo']}
        onChange={(algorithm) => onChange({ algorithm })}
        testId="algorithm-select"
      />
      <label className="lb-check">
        <input
          type="checkbox"
          checked={comparing}
          data-testid="compare-toggle"
          onChange={(e) =>
            onChange({ compare: e.target.checked ? ALGORITHM_IDS.filter((a) => a === values.algorithm || a === 'least-conn' || a === 'p2c').slice(0, 3) : [] })
          }
        />{' '}
        {S.compareToggle} <code>compare</code>
      </label>
      {errors['compare'] && (
        <p className="field-error" role="alert">
          {errors['compare']}
        </p>
      )}
      {comparing && (
        <div role="group" aria-labelledby={`${id}-cmp`} className="lb-compare-list">
          <p id={`${id}-cmp`} className="muted small">
            {S.compareHelp}
          </p>
          {ALGORITHM_IDS.map((a) => (
            <label key={a} className="lb-check small">
              <input
                type="checkbox"
                checked={values.compare.includes(a)}
                // A comparison needs two: the last two stay ticked (untick "compare" to leave it).
                disabled={values.compare.includes(a) && values.compare.length <= 2}
                onChange={(e) => toggle(a, e.target.checked)}
              />{' '}
              {ALGORITHM_TITLES[a]}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
