// The first 20 codes of the batch, computed on the page (20 permutations: microseconds), and the
// odds that matter: zero repeats by construction, and how likely a made-up code is issued.
import { formatCode } from './core/alphabet.ts';
import type { CodeBatch } from './core/codes.ts';
import { fmtInt, fmtSci } from '../../lib/format-number.ts';
import { s } from './strings.ts';

export function CodePreview({ batch }: { batch: CodeBatch }) {
  const n = Math.min(20, batch.count);
  const codes = Array.from({ length: n }, (_, i) => batch.codeAt(i));
  return (
    <section className="panel" aria-labelledby="codes-preview-title">
      <h2 id="codes-preview-title">{s.previewTitle}</h2>
      <div className="table-scroll codes-preview">
        <table data-testid="code-preview">
          <caption className="muted small">{s.previewCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colSerial}</th>
              <th scope="col">{s.colCode}</th>
              <th scope="col">{s.colGrouped}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code, i) => (
              <tr key={i}>
                <td>{i}</td>
                <td>
                  <code>{code}</code>
                </td>
                <td>
                  <code>{formatCode(code)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CodeOdds({ batch }: { batch: CodeBatch }) {
  const space = 32 ** batch.bodyLength;
  const birthday = (batch.count * batch.count) / (2 * space);
  return (
    <section className="panel" aria-labelledby="codes-odds-title">
      <h2 id="codes-odds-title">{s.oddsTitle}</h2>
      <ul className="codes-odds" data-testid="code-odds">
        <li>{s.oddsCollision}</li>
        <li className="muted">{s.oddsRandomCompare(fmtSci(birthday))}</li>
        <li>{s.oddsSpace(`${fmtSci(space)}`, fmtInt(batch.count))}</li>
        <li>
          <strong>{s.oddsGuess(fmtSci(batch.guessOdds), fmtSci(1 / batch.guessOdds))}</strong>
        </li>
        <li>{s.oddsTypo}</li>
      </ul>
    </section>
  );
}
