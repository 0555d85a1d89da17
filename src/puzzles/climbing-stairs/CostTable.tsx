// The three methods on the same input: what each did (BigInt additions and multiplications,
// calls and memo hits) and how long it took in the worker.
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { formatMs } from '../workbench/strings.ts';
import { METHOD_LIMIT, STAIRS_METHODS } from './core/ways.ts';
import { T } from './strings.ts';
import type { StairsAnswer } from './use-stairs-answer.ts';

const count = (x: number) => x.toLocaleString(localeOf(currentLanguage()));

export function CostTable({ answer }: { answer: StairsAnswer }) {
  return (
    <div className="table-scroll stairs-cost" data-testid="stairs-cost">
      <table>
        <caption>{T.costCaption(answer.n)}</caption>
        <thead>
          <tr>
            {T.costHead.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STAIRS_METHODS.map((m) => {
            const r = answer.results.find((x) => x.method === m);
            const skipped = answer.n > METHOD_LIMIT[m];
            return (
              <tr key={m} data-method={m}>
                <th scope="row">
                  {T.methods[m]}
                  <span className="cost-complexity">{T.complexity[m]}</span>
                </th>
                {r ? (
                  <>
                    <td className="num">{count(r.ops.additions)}</td>
                    <td className="num">{count(r.ops.multiplications)}</td>
                    <td className="num">{count(r.ops.calls)}</td>
                    <td className="num">{count(r.ops.memoHits)}</td>
                    <td className="num" data-testid={`cost-time-${m}`}>
                      {formatMs(r.ms)}
                    </td>
                  </>
                ) : (
                  <td colSpan={5} className="muted small">
                    {skipped ? T.notRun : answer.cancelled ? '—' : T.pending}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
