// n, the step set and the method whose process is shown, all kept in the URL. Bad input stays in
// its box with the message beside it; the page keeps the last valid value.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useEffect, useId, useState } from 'react';
import { FieldNote, noteId } from '../../ui/lab/FieldNote.tsx';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { MAX_N } from './core/steps.ts';
import { parseStairsParams, type StairsParams } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { METHOD_LIMIT, STAIRS_METHODS } from './core/ways.ts';
import { T } from './strings.ts';

export interface StairsParamsFormProps {
  readonly values: StairsParams;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<StairsParams>) => void;
}

function StepsField({ steps, error, onChange }: { steps: readonly number[]; error: string | undefined; onChange: (steps: number[]) => void }) {
  const id = useId();
  const [text, setText] = useState(steps.join(','));
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    setText(steps.join(','));
    setLocal(null);
  }, [steps]);
  const shown = local ?? error;
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {T.stepsLabel} <code>steps</code>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={noteId(id, shown, T.stepsHelp)}
        data-param="steps"
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseStairsParams(new URLSearchParams({ steps: e.target.value }), currentLanguage());
          const message = parsed.errors['steps'];
          if (message) setLocal(message);
          else {
            setLocal(null);
            onChange([...parsed.values.steps]);
          }
        }}
      />
      <FieldNote id={id} error={shown} help={T.stepsHelp} />
    </div>
  );
}

export function StairsParamsForm({ values, errors, onChange }: StairsParamsFormProps) {
  const [switched, setSwitched] = useState(false);
  return (
    <div className="stairs-params">
      <NumberField
        name="n"
        label={T.nLabel}
        value={values.n}
        min={0}
        max={MAX_N}
        integer
        help={T.nHelp}
        error={errors['n']}
        onChange={(n) => {
          const tooBig = n > METHOD_LIMIT[values.method];
          setSwitched(tooBig);
          onChange({ n, method: tooBig ? 'matrix' : values.method });
        }}
      />
      {switched && (
        <p className="muted small" role="status">
          {T.methodSwitched}
        </p>
      )}
      <StepsField steps={values.steps} error={errors['steps']} onChange={(steps) => onChange({ steps })} />
      <fieldset className="method-picker">
        <legend>
          {T.methodLabel} <code>method</code>
        </legend>
        {STAIRS_METHODS.map((m) => (
          <label key={m} className={values.method === m ? 'selected' : ''}>
            <input
              type="radio"
              name="stairs-method"
              value={m}
              checked={values.method === m}
              disabled={values.n > METHOD_LIMIT[m]}
              onChange={() => {
                setSwitched(false);
                onChange({ method: m });
              }}
            />
            {T.methods[m]}
          </label>
        ))}
        {errors['method'] && (
          <span className="field-error" role="alert">
            {errors['method']}
          </span>
        )}
      </fieldset>
    </div>
  );
}
