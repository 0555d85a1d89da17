// The Dockerfile as text (a textarea: every edit rebuilds), its parse errors by line or the line
// where the build ran out of its budget of file entries (the text stays as typed either way), and
// the build context: which project it is and which of its files changed since the first build.
import { useEffect, useId, useState } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import type { OverLimit } from './core/build.ts';
import { CONTEXT_IDS, CONTEXTS, type ContextId } from './core/context.ts';
import { MAX_TEXT, type LabParams } from './core/params.ts';
import { S } from './strings.ts';
import { useBytes } from './use-bytes.ts';

interface Props {
  readonly values: LabParams;
  readonly errors: readonly string[];
  readonly overLimit: OverLimit | null;
  readonly onChange: (edit: Edit<LabParams>) => void;
}

export function DockerfileEditor({ values, errors, overLimit, onChange }: Props) {
  const id = useId();
  const bytes = useBytes();
  const [text, setText] = useState(values.dockerfile);
  useEffect(() => setText(values.dockerfile), [values.dockerfile]);
  const tooLong = text.length > MAX_TEXT;
  const invalid = tooLong || overLimit !== null || errors.length > 0;
  const rows = Math.min(24, Math.max(8, text.split('\n').length + 1));
  return (
    <section className="dk-editor lab-box" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{S.editorTitle}</h2>
      <p className="small muted">{S.editorHelp}</p>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {S.editorLabel}
      </label>
      <textarea
        id={`${id}-text`}
        data-testid="dockerfile"
        className="dk-textarea mono"
        spellCheck={false}
        autoCapitalize="off"
        rows={rows}
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-errors` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.length <= MAX_TEXT) onChange({ dockerfile: e.target.value });
        }}
      />
      {invalid && (
        <div id={`${id}-errors`} className="dk-errors" role="alert" data-testid="parse-errors">
          {tooLong ? (
            <p>{S.tooLong(text.length)}</p>
          ) : overLimit ? (
            <p data-testid="build-limit" data-line={overLimit.line}>
              {S.overLimit(overLimit.line, overLimit.max)}
            </p>
          ) : (
            <>
              <p>{S.parseErrors}</p>
              <ul>
                {errors.map((e) => (
                  <li key={e} className="mono">
                    {e}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <fieldset className="dk-context">
        <legend>{S.contextTitle}</legend>
        <div className="param-field">
          <label htmlFor={`${id}-ctx`}>
            {S.contextLabel} <code>ctx</code>
          </label>
          <select id={`${id}-ctx`} value={values.context} onChange={(e) => onChange({ context: e.target.value as ContextId, edited: [] })}>
            {CONTEXT_IDS.map((c) => (
              <option key={c} value={c}>
                {S.contextNames[c]}
              </option>
            ))}
          </select>
        </div>
        <p className="small" id={`${id}-edited`}>
          {S.editedLegend} <code>edit</code>
        </p>
        <ul className="dk-files" aria-labelledby={`${id}-edited`}>
          {CONTEXTS[values.context].map((f) => (
            <li key={f.path}>
              <label>
                <input
                  type="checkbox"
                  data-file={f.path}
                  checked={values.edited.includes(f.path)}
                  onChange={(e) =>
                    onChange((latest) => ({ edited: e.target.checked ? [...latest.edited, f.path] : latest.edited.filter((p) => p !== f.path) }))
                  }
                />
                <span className="mono">{f.path}</span> <span className="muted small">{bytes(f.size)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
