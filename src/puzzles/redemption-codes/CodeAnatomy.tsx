// How one code is computed, for a serial the user picks: counter → keyed permutation → base-32
// digits → prefix + body + check character. Each value is the real one from the batch.
import { useState } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { ALPHABET } from './core/alphabet.ts';
import type { CodeBatch } from './core/codes.ts';
import { fmtInt } from '../../lib/format-number.ts';
import { s } from './strings.ts';

export function CodeAnatomy({ batch }: { batch: CodeBatch }) {
  const [serial, setSerial] = useState(0);
  const k = Math.min(serial, batch.count - 1);
  const y = batch.permutation.encrypt(k);
  const digits: number[] = [];
  let rest = y;
  for (let i = 0; i < batch.bodyLength; i++) {
    digits.unshift(rest % 32);
    rest = Math.floor(rest / 32);
  }
  const code = batch.codeAt(k);
  const body = code.slice(batch.prefix.length, -1);
  const check = code.slice(-1);
  return (
    <section className="panel" aria-labelledby="codes-how-title">
      <h2 id="codes-how-title">{s.howTitle}</h2>
      <div className="codes-serial">
        <NumberField name="k" label={s.howSerial} value={serial} min={0} max={batch.count - 1} integer onChange={setSerial} />
      </div>
      <ol className="codes-anatomy" data-testid="code-anatomy">
        <li>
          <span>{s.howSteps.counter}</span> <code>{fmtInt(k)}</code>
        </li>
        <li>
          <span>{s.howSteps.permute}</span> <code>{fmtInt(y)}</code>
        </li>
        <li>
          <span>{s.howSteps.digits}</span> <code>[{digits.join(', ')}]</code> → <code>{digits.map((d) => ALPHABET[d]).join('')}</code>
        </li>
        <li>
          <span>{s.howSteps.check}</span> <code>{check}</code>
        </li>
        <li>
          <span>{s.howSteps.code}</span>{' '}
          <code className="codes-parts">
            {batch.prefix && <span className="part-prefix">{batch.prefix}</span>}
            <span className="part-body">{body}</span>
            <span className="part-check">{check}</span>
          </code>
        </li>
      </ol>
    </section>
  );
}
