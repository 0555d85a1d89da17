// The last run compared with the reference output: a ✓, or the line diff (− expected but not
// printed, + printed but not expected), which says what is wrong without printing the pipeline.
import { useMemo } from 'react';
import { usePick } from '../../ui/use-language.ts';
import { compareOutputs, type DiffLine } from './core/line-diff.ts';
import { en, zh } from './strings.ts';

const MAX_SHOWN = 200;
const MARK: Record<DiffLine['kind'], string> = { same: ' ', missing: '−', extra: '+' };

export interface VerdictPanelProps {
  readonly expected: string | undefined;
  /** The last run's stdout, if it was run against this exercise and seed. */
  readonly actual: string | undefined;
}

export function VerdictPanel({ expected, actual }: VerdictPanelProps) {
  const S = usePick({ zh, en });
  const verdict = useMemo(() => (expected !== undefined && actual !== undefined ? compareOutputs(expected, actual) : null), [expected, actual]);
  const changed = verdict?.diff.filter((d) => d.kind !== 'same').length ?? 0;
  return (
    <section className="panel shell-verdict" aria-label={S.verdictTitle} data-testid="shell-verdict">
      <h2>{S.verdictTitle}</h2>
      {actual === undefined && <p className="shell-muted">{S.verdictNone}</p>}
      {actual !== undefined && expected === undefined && <p className="shell-muted">{S.verdictExpectedLoading}</p>}
      {verdict?.matches && (
        <p className="shell-ok" data-testid="shell-match">
          {S.verdictMatch}
        </p>
      )}
      {verdict && !verdict.matches && (
        <>
          <p className="shell-bad" data-testid="shell-differ">
            {S.verdictDiffer}
          </p>
          {verdict.trailingNewlineOnly ? <p>{S.verdictNewline}</p> : <p className="small shell-muted">{S.diffLegend}</p>}
          <pre className="shell-diff" data-testid="shell-diff" tabIndex={0} aria-label={S.verdictDiffer}>
            {verdict.diff.slice(0, MAX_SHOWN).map((d, i) => (
              <span key={i} className={`shell-diff-${d.kind}`}>{`${MARK[d.kind]} ${d.text}\n`}</span>
            ))}
          </pre>
          {verdict.diff.length > MAX_SHOWN && (
            <p className="small shell-muted">{S.diffMore(Math.max(0, changed - verdict.diff.slice(0, MAX_SHOWN).filter((d) => d.kind !== 'same').length))}</p>
          )}
        </>
      )}
    </section>
  );
}
