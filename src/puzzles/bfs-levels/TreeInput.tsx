// The tree as a LeetCode array. Every keystroke is parsed; a malformed array shows the parser's
// message beside the field and the last valid tree stays on screen. Example buttons fill it in.
import { useEffect, useId, useRef, useState } from 'react';
import { createRandom } from '../../labs/kernel/random.ts';
import { parseTree } from './core/parse-tree.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { randomTree } from './core/random-tree.ts';
import { type LevelArray, toLevelArray } from './core/tree.ts';
import { s } from './strings.ts';

export interface TreeInputProps {
  readonly values: LevelArray;
  /** A bad `tree` in the URL. */
  readonly urlError: string | undefined;
  readonly onChange: (values: (number | null)[]) => void;
}

const EXAMPLES: readonly { key: keyof typeof s.examples; values: (number | null)[] }[] = [
  { key: 'leetcode', values: [3, 9, 20, null, null, 15, 7] },
  { key: 'full', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] },
  { key: 'chain', values: [1, 2, null, 3, null, 4, null, 5] },
  { key: 'empty', values: [] },
];

const same = (a: LevelArray, b: LevelArray) => a.length === b.length && a.every((v, i) => v === b[i]);

export function TreeInput({ values, urlError, onChange }: TreeInputProps) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(values));
  const [error, setError] = useState<string | null>(null);
  const seed = useRef(1);
  // Follow edits made elsewhere (clicking the tree, an example), but never rewrite what the
  // user is typing when it already means the same tree ("[1, 2]" stays as typed).
  useEffect(() => {
    setText((current) => {
      const parsed = parseTree(current, currentLanguage());
      return parsed.ok && same(parsed.values, values) ? current : JSON.stringify(values);
    });
    setError(null);
  }, [values]);

  const shown = error ?? urlError;
  return (
    <div className="bfs-input">
      <div className="param-field">
        <label htmlFor={id}>
          {s.arrayLabel} <code>root</code>
        </label>
        <input
          id={id}
          className="bfs-array"
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={shown ? true : undefined}
          aria-describedby={`${id}-help${shown ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = parseTree(e.target.value, currentLanguage());
            if (parsed.ok) {
              setError(null);
              if (!same(parsed.values, values)) onChange([...parsed.values]);
            } else setError(parsed.error.message);
          }}
          data-testid="tree-array"
        />
        {shown && (
          <span id={`${id}-error`} className="field-error" role="alert" data-testid="tree-error">
            {shown}
          </span>
        )}
        <span id={`${id}-help`} className="muted small">
          {s.arrayHelp}
        </span>
      </div>
      <div className="row" role="group" aria-label={s.examplesLabel}>
        {EXAMPLES.map((ex) => (
          <button key={ex.key} type="button" className="secondary" onClick={() => onChange(ex.values)}>
            {s.examples[ex.key]}
          </button>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            seed.current += 1;
            onChange(toLevelArray(randomTree(createRandom(seed.current * 7919), 6 + (seed.current % 10))));
          }}
        >
          {s.examples.random}
        </button>
      </div>
    </div>
  );
}
