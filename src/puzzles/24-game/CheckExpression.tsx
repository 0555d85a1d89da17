// A box to check an expression of one's own against the current hand, exactly.
import { useId, useState } from 'react';
import { checkExpression } from './check-expression.ts';
import { type Rational, formatRational } from './core/rational.ts';
import { T } from './strings.ts';

export function CheckExpression({ nums, target }: { nums: readonly Rational[]; target: Rational }) {
  const id = useId();
  const [text, setText] = useState('');
  const result = checkExpression(text, nums, target);
  const targetText = formatRational(target);
  const message =
    result.kind === 'empty'
      ? null
      : result.kind === 'syntax'
        ? T.check.syntax(result.at, result.message)
        : result.kind === 'wrong-numbers'
          ? T.check.wrongNumbers(result.missing, result.extra)
          : result.kind === 'wrong-value'
            ? T.check.wrongValue(result.value, targetText)
            : T.check.ok(result.value, nums.map(formatRational).join(T.listSep));
  return (
    <section className="panel game24-check" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{T.checkTitle}</h2>
      <label htmlFor={id}>{T.checkLabel}</label>
      <input
        id={id}
        type="text"
        className="game24-check-input"
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder={T.checkPlaceholder}
        aria-describedby={`${id}-result`}
        aria-invalid={result.kind !== 'empty' && result.kind !== 'ok' ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        data-testid="check-input"
      />
      {result.kind === 'syntax' && (
        <pre className="game24-caret" aria-hidden="true">
          {text}
          {'\n'}
          {' '.repeat(Math.max(0, [...text.slice(0, result.at)].length))}^
        </pre>
      )}
      <p
        id={`${id}-result`}
        className={`small ${result.kind === 'ok' ? 'ok' : result.kind === 'empty' ? 'muted' : 'error'}`}
        role="status"
        data-testid="check-result"
      >
        {message ?? T.checkHelp}
      </p>
    </section>
  );
}
