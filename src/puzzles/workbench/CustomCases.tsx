// The user's own cases: arguments as a JSON array, expected output optional. Each field is
// checked as it is typed; a case with an error is shown with its message and skipped by Run.
import { useId } from 'react';
import { parseCustomCase, type CustomCaseInput } from './custom-case.ts';
import { S } from './strings.ts';
import { currentLanguage } from '../../ui/use-language.ts';

export interface CustomCaseRow extends CustomCaseInput {
  readonly id: number;
}

export interface CustomCasesProps {
  readonly rows: readonly CustomCaseRow[];
  readonly exampleArgs: readonly unknown[];
  readonly exampleExpected: unknown;
  readonly onChange: (rows: CustomCaseRow[]) => void;
  readonly onAdd: () => void;
}

export function CustomCases({ rows, exampleArgs, exampleExpected, onChange, onAdd }: CustomCasesProps) {
  const base = useId();
  const update = (id: number, patch: Partial<CustomCaseInput>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <section className="custom-cases" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{S.customTitle}</h3>
      <p className="muted small">{S.customHelp}</p>
      <ol className="custom-list">
        {rows.map((r, i) => {
          const blank = r.args.trim() === '' && r.expected.trim() === '';
          const parsed = blank ? ({ ok: true } as const) : parseCustomCase(r, exampleArgs, exampleExpected, currentLanguage());
          const argsError = !parsed.ok && parsed.field === 'args' ? parsed.message : null;
          const expectedError = !parsed.ok && parsed.field === 'expected' ? parsed.message : null;
          const id = `${base}-${r.id}`;
          return (
            <li key={r.id} className="custom-row" data-testid="custom-case">
              <div className="custom-field">
                <label htmlFor={`${id}-args`}>
                  <span aria-hidden="true">{S.customArgsShort}</span>
                  <span className="visually-hidden">{S.customArgs(i + 1)}</span>
                </label>
                <input
                  id={`${id}-args`}
                  type="text"
                  spellCheck={false}
                  value={r.args}
                  placeholder={JSON.stringify(exampleArgs)}
                  aria-invalid={argsError ? true : undefined}
                  aria-describedby={argsError ? `${id}-args-error` : undefined}
                  onChange={(e) => update(r.id, { args: e.target.value })}
                  data-testid="custom-args"
                />
                {argsError && (
                  <span id={`${id}-args-error`} className="field-error">
                    {argsError}
                  </span>
                )}
              </div>
              <div className="custom-field">
                <label htmlFor={`${id}-expected`}>
                  <span aria-hidden="true">{S.customExpectedShort}</span>
                  <span className="visually-hidden">{S.customExpected(i + 1)}</span>
                </label>
                <input
                  id={`${id}-expected`}
                  type="text"
                  spellCheck={false}
                  value={r.expected}
                  aria-invalid={expectedError ? true : undefined}
                  aria-describedby={expectedError ? `${id}-expected-error` : undefined}
                  onChange={(e) => update(r.id, { expected: e.target.value })}
                  data-testid="custom-expected"
                />
                {expectedError && (
                  <span id={`${id}-expected-error`} className="field-error">
                    {expectedError}
                  </span>
                )}
              </div>
              <button
                type="button"
                className="icon-button"
                aria-label={S.customRemove(i + 1)}
                title={S.customRemove(i + 1)}
                onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onAdd} data-testid="custom-add">
        {S.customAdd}
      </button>
    </section>
  );
}
