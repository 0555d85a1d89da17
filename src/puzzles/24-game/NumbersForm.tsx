// The hand and the target. Each number has its own box with its own message; the page keeps the
// last valid hand while a box holds something that is not a number. Up to six numbers.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useEffect, useId, useState } from 'react';
import { MAX_NUMBERS } from './core/can-reach.ts';
import { type Game24Params, parse24Params } from './core/params.ts';
import { type Rational, formatRational, parseRational } from './core/rational.ts';
import { T } from './strings.ts';

const PRESETS: readonly { readonly nums: readonly number[]; readonly target: number; readonly note: '' | 'fraction' | 'none' | 'five' | 'six' }[] = [
  { nums: [4, 1, 8, 7], target: 24, note: '' },
  { nums: [8, 3, 8, 3], target: 24, note: 'fraction' },
  { nums: [1, 5, 5, 5], target: 24, note: 'fraction' },
  { nums: [3, 3, 7, 7], target: 24, note: '' },
  { nums: [1, 1, 1, 1], target: 24, note: 'none' },
  { nums: [1, 2, 3, 4, 5], target: 24, note: 'five' },
  { nums: [2, 3, 5, 7, 11, 13], target: 1000, note: 'six' },
];

/** The message for one box, or the value. */
function readNumber(text: string): { value: Rational } | { error: string } {
  if (parseRational(text) === null) return { error: T.bad.notNumber };
  const parsed = parse24Params(new URLSearchParams({ nums: text }));
  const value = parsed.values.nums[0];
  return parsed.errors['nums'] || !value ? { error: T.bad.range } : { value };
}

export interface NumbersFormProps {
  readonly values: Game24Params;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<Game24Params>) => void;
}

export function NumbersForm({ values, errors, onChange }: NumbersFormProps) {
  const base = useId();
  const shownNums = values.nums.map(formatRational);
  const [texts, setTexts] = useState<string[]>(shownNums);
  const [targetText, setTargetText] = useState(formatRational(values.target));
  const numsKey = shownNums.join(',');
  const targetKey = formatRational(values.target);
  useEffect(() => setTexts(numsKey.split(',')), [numsKey]);
  useEffect(() => setTargetText(targetKey), [targetKey]);

  const results = texts.map(readNumber);
  const targetResult = readNumber(targetText);

  const commit = (nextTexts: string[], nextTarget: string) => {
    setTexts(nextTexts);
    setTargetText(nextTarget);
    const nums = nextTexts.map(readNumber);
    const target = readNumber(nextTarget);
    const good = nums.flatMap((r) => ('value' in r ? [r.value] : []));
    if (good.length === nums.length && 'value' in target) onChange({ nums: good, target: target.value });
  };

  return (
    <div className="game24-form">
      {errors['nums'] && (
        <p className="field-error" role="alert">
          {errors['nums']}
        </p>
      )}
      <div className="game24-nums">
        {texts.map((text, i) => {
          const r = results[i];
          const error = r && 'error' in r ? r.error : null;
          const id = `${base}-n${i}`;
          return (
            <div key={i} className="param-field game24-num">
              <label htmlFor={id}>{T.numLabel(i + 1)}</label>
              <div className="row nowrap">
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  value={text}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-err` : undefined}
                  data-testid={`num-${i}`}
                  onChange={(e) =>
                    commit(
                      texts.map((t, k) => (k === i ? e.target.value : t)),
                      targetText,
                    )
                  }
                />
                {texts.length > 1 && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={T.removeNumber(i + 1)}
                    title={T.removeNumber(i + 1)}
                    onClick={() =>
                      commit(
                        texts.filter((_, k) => k !== i),
                        targetText,
                      )
                    }
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                )}
              </div>
              {error && (
                <span id={`${id}-err`} className="field-error" role="alert">
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className="row">
        <button type="button" onClick={() => commit([...texts, '1'], targetText)} disabled={texts.length >= MAX_NUMBERS} data-testid="add-number">
          {T.addNumber}
        </button>
        <span className="muted small">
          {T.maxNumbers(MAX_NUMBERS)} · {T.numsHelp}
        </span>
      </div>
      <div className="param-field game24-target">
        <label htmlFor={`${base}-target`}>
          {T.targetLabel} <code>target</code>
        </label>
        <input
          id={`${base}-target`}
          type="text"
          inputMode="decimal"
          value={targetText}
          aria-invalid={'error' in targetResult || errors['target'] ? true : undefined}
          aria-describedby={'error' in targetResult || errors['target'] ? `${base}-target-err` : undefined}
          data-testid="target"
          onChange={(e) => commit(texts, e.target.value)}
        />
        {('error' in targetResult || errors['target']) && (
          <span id={`${base}-target-err`} className="field-error" role="alert">
            {'error' in targetResult ? targetResult.error : errors['target']}
          </span>
        )}
      </div>
      <div className="game24-presets">
        <span className="small muted">{T.presets}</span>
        <ul className="chip-list">
          {PRESETS.map((p) => (
            <li key={`${p.nums.join(',')}-${p.target}`}>
              <button type="button" className="chip" onClick={() => commit(p.nums.map(String), String(p.target))}>
                {p.nums.join(' ')} → {p.target}
                {p.note && <span className="muted"> · {T.presetNotes[p.note]}</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
