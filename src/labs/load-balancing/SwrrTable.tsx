// nginx's smooth weighted round robin as the classic table: for each pick, every server's
// current_weight after adding its effective_weight, the one chosen (the largest), and the weights
// after it subtracts the total. The last picks up to the player's moment, newest at the bottom.
import type { PickWhy } from './core/types.ts';
import type { SimRow } from './core/simulate.ts';
import { serverLabel } from './server-names.ts';
import { S } from './strings.ts';
import { ScrollBox } from './ScrollBox.tsx';

const SHOWN = 8;
/** Scanning back stops here even when few rows are swrr picks (events, pinned requests). */
const LOOK_BACK = 400;

type SwrrWhy = Extract<PickWhy, { kind: 'swrr' }>;

interface Pick {
  readonly rowIndex: number;
  readonly seq: number;
  readonly why: SwrrWhy;
  readonly chosen: string | null;
  readonly names: readonly string[];
}

function lastPicks(rows: readonly SimRow[], index: number): Pick[] {
  const out: Pick[] = [];
  for (let i = index; i >= 0 && i > index - LOOK_BACK && out.length < SHOWN; i--) {
    const row = rows[i];
    if (row?.kind !== 'request') continue;
    const why = row.why[row.why.length - 1];
    if (why?.kind !== 'swrr') continue;
    // A pick among the backup servers balanced the backup list only: name its columns after it.
    const amongBackups = row.snapshot.find((s) => s.id === row.serverId)?.backup === true;
    const names = row.snapshot.filter((s) => s.backup === amongBackups).map((s) => serverLabel(s.id));
    out.push({ rowIndex: i, seq: row.seq, why, chosen: row.serverId, names });
  }
  return out.reverse();
}

function Weights({ values, names, chosen, max }: { values: readonly number[]; names: readonly string[]; chosen: string | null; max: boolean }) {
  return (
    <span className="lb-weights">
      {values.map((v, i) => (
        <span key={i} className={max && names[i] === chosen ? 'lb-weight-max' : ''}>
          <span className="muted">{names[i]}</span>
          {v}
        </span>
      ))}
    </span>
  );
}

export function SwrrTable({ rows, index }: { rows: readonly SimRow[]; index: number }) {
  const picks = lastPicks(rows, index);
  return (
    <section className="lab-box lb-swrr" aria-labelledby="lb-swrr-title" data-testid="swrr-table">
      <h3 id="lb-swrr-title" className="lb-h">
        {S.swrrTitle}
      </h3>
      <p className="muted small">{S.swrrHelp}</p>
      <ScrollBox label={S.swrrTitle}>
        <table className="lb-table">
          <caption className="visually-hidden">{S.swrrCaption(picks.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{S.swrrPick}</th>
              <th scope="col">{S.swrrAdded('current_weight + effective_weight')}</th>
              <th scope="col">{S.swrrChosen}</th>
              <th scope="col">{S.swrrAfterCol}</th>
            </tr>
          </thead>
          <tbody>
            {picks.map((p) => {
              const chosen = p.chosen !== null ? serverLabel(p.chosen) : null;
              return (
                <tr key={p.rowIndex} className={p.rowIndex === index ? 'current' : ''}>
                  <td>#{p.seq + 1}</td>
                  <td>
                    <Weights values={p.why.added} names={p.names} chosen={chosen} max />
                  </td>
                  <td>
                    <strong data-testid="swrr-chosen">{chosen ?? '—'}</strong>
                  </td>
                  <td>
                    <Weights values={p.why.after} names={p.names} chosen={chosen} max={false} /> <span className="muted small">total {p.why.total}</span>
                  </td>
                </tr>
              );
            })}
            {picks.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {S.noRequestYet}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
