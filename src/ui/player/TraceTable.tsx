// Every decision of a run as a row, newest first, up to the player's current moment. Only a window
// of rows is rendered, so a run of a million requests stays smooth.
import { P } from './strings.ts';
import type { ReactNode } from 'react';

export interface TraceColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row, index: number) => ReactNode;
  readonly className?: string;
}

export interface TraceTableProps<Row> {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly columns: readonly TraceColumn<Row>[];
  /** Rows after this index have not happened yet at the current moment. */
  readonly currentIndex: number;
  readonly onSelect?: (index: number) => void;
  readonly rowClass?: (row: Row) => string;
  readonly windowSize?: number;
}

export function TraceTable<Row>({ caption, rows, columns, currentIndex, onSelect, rowClass, windowSize = 60 }: TraceTableProps<Row>) {
  const start = Math.max(0, currentIndex - windowSize + 1);
  const visible: number[] = [];
  for (let i = currentIndex; i >= start; i--) visible.push(i);
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="trace-table table-scroll" data-testid="trace-table" tabIndex={0}>
      <table>
        <caption>
          {caption}
          {currentIndex + 1 > windowSize ? P.lastRows(windowSize, currentIndex + 1) : ''}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((i) => {
            const row = rows[i];
            if (row === undefined) return null;
            return (
              <tr key={i} className={`${i === currentIndex ? 'current ' : ''}${rowClass?.(row) ?? ''}`} onClick={onSelect ? () => onSelect(i) : undefined}>
                {columns.map((c) => (
                  <td key={c.header} className={c.className}>
                    {c.cell(row, i)}
                  </td>
                ))}
              </tr>
            );
          })}
          {visible.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                {P.emptyTrace}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
