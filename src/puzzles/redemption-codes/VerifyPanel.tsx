// Verify a code offline with only the batch parameters: the verdict, the Chinese explanation,
// and the checklist of the four checks. Buttons make a real, a mistyped, a swapped and a forged
// code, so each outcome can be seen without a file at hand.
import { useId, useRef, useState } from 'react';
import { createRandom, randomInt } from '../../labs/kernel/random.ts';
import { ALPHABET, formatCode } from './core/alphabet.ts';
import { checkChar } from './core/check-char.ts';
import type { CodeBatch } from './core/codes.ts';
import { describeVerify, verifyCode } from './core/verify.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { fmtInt } from '../../lib/format-number.ts';
import { s, statusText } from './strings.ts';
import { type StepOutcome, swapOf, typoOf, verifySteps } from './verify-steps.ts';

export function VerifyPanel({ batch }: { batch: CodeBatch }) {
  const id = useId();
  const [text, setText] = useState('');
  const forgeSeed = useRef(1);
  const result = text.trim() === '' ? null : verifyCode(batch, text);
  const steps = result ? verifySteps(result) : null;
  const first = batch.codeAt(0);
  const forge = () => {
    const random = createRandom(forgeSeed.current++);
    let body = '';
    for (let i = 0; i < batch.bodyLength; i++) body += ALPHABET[randomInt(random, 32)];
    return batch.prefix + body + checkChar(batch.prefix + body);
  };
  const outcome = (o: StepOutcome | undefined) => (o === 'pass' ? s.stepPass : o === 'fail' ? s.stepFail : s.stepSkip);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s.verifyTitle}</h2>
      <div className="param-field">
        <label htmlFor={id}>{s.verifyLabel}</label>
        <input
          id={id}
          className="codes-verify-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          data-testid="verify-input"
        />
      </div>
      <div className="row">
        <button type="button" className="secondary" onClick={() => setText(formatCode(first))}>
          {s.verifyTry.first}
        </button>
        <button type="button" className="secondary" onClick={() => setText(formatCode(typoOf(first, batch, ALPHABET)))}>
          {s.verifyTry.typo}
        </button>
        <button type="button" className="secondary" onClick={() => setText(formatCode(swapOf(first, batch)))}>
          {s.verifyTry.swap}
        </button>
        <button type="button" className="secondary" onClick={() => setText(formatCode(forge()))}>
          {s.verifyTry.forged}
        </button>
      </div>
      {result && steps && (
        <div className="codes-verdict" data-testid="verify-result" data-status={result.status}>
          <p role="status">
            <span className={`badge verdict-${result.status}`}>{statusText[result.status]}</span> {describeVerify(result, currentLanguage())}
          </p>
          <h3 className="small">{s.verifyStepsTitle}</h3>
          <ol className="codes-steps">
            <li className={`step-${steps.shape}`}>
              {s.verifySteps.shape(batch.codeLength)} — <strong>{outcome(steps.shape)}</strong>
            </li>
            <li className={`step-${steps.check}`}>
              {s.verifySteps.check} — <strong>{outcome(steps.check)}</strong>
            </li>
            <li className={`step-${steps.prefix}`}>
              {s.verifySteps.prefix(batch.prefix)} — <strong>{outcome(steps.prefix)}</strong>
            </li>
            <li className={`step-${steps.counter}`}>
              {s.verifySteps.counter(fmtInt(batch.count))} — <strong>{outcome(steps.counter)}</strong>
              {'counter' in result && <span className="muted">{s.paren(s.counterFound(result.counter))}</span>}
            </li>
          </ol>
        </div>
      )}
    </section>
  );
}
