// After the right diagnosis: the fix in words, the configuration change as a diff, and the same
// traffic replayed on the fixed configuration, before and after.
import type { InvestigationView } from './investigation-view.ts';
import { localeOf, useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';
import { UpstreamShares } from './UpstreamShares.tsx';

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;

export function FixPanel({ view }: { view: InvestigationView }) {
  const language = useLanguage();
  const d = view.diagnosis;
  const e = d.effect;
  const num = (n: number): string => n.toLocaleString(localeOf(language));
  return (
    <section className="ui-fix" aria-labelledby="ui-fix-title" data-testid="fix">
      <h3 id="ui-fix-title" className="ui-h">
        {S.fixTitle}
      </h3>
      <p>{d.fix[language]}</p>
      <h4 className="ui-h">{S.fixDiff}</h4>
      <pre className="ui-pre ui-diff" role="region" tabIndex={0} aria-label={S.fixDiffAria} data-testid="config-diff">
        {d.configDiff.map((line, i) => (
          <span key={i} className={line.op === '+' ? 'ui-add' : line.op === '-' ? 'ui-del' : ''}>{`${line.op} ${line.text}`}</span>
        ))}
      </pre>
      {d.notes.length > 0 && (
        <>
          <h4 className="ui-h">{S.notesTitle}</h4>
          <ul>
            {d.notes.map((n) => (
              <li key={n.zh}>{n[language]}</li>
            ))}
          </ul>
        </>
      )}
      <h4 className="ui-h">{S.beforeAfter}</h4>
      <p data-testid="fix-effect">{e.sentence[language]}</p>
      <div className="ui-before-after">
        <div>
          <h5 className="ui-h">{S.before}</h5>
          <UpstreamShares summary={view.metrics} />
        </div>
        <div>
          <h5 className="ui-h">{S.after}</h5>
          <UpstreamShares summary={view.fixedMetrics} testId="fixed-shares" />
        </div>
      </div>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={S.beforeAfter}>
        <table className="ui-table">
          <thead>
            <tr>
              <th scope="col">{S.colMetric}</th>
              <th scope="col">{S.before}</th>
              <th scope="col">{S.after}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{S.upstreamRequestsRow}</th>
              <td>{num(view.metrics.requests)}</td>
              <td>{num(e.upstreamRequestsAfter)}</td>
            </tr>
            {e.cacheHits > 0 && (
              <tr>
                <th scope="row">{S.cacheHitsRow}</th>
                <td>0</td>
                <td>{num(e.cacheHits)}</td>
              </tr>
            )}
            <tr>
              <th scope="row">{S.maxShare}</th>
              <td>{pct(e.maxShareBefore)}</td>
              <td>{pct(e.maxShareAfter)}</td>
            </tr>
            <tr>
              <th scope="row">{S.droppedRow}</th>
              <td>{num(e.droppedBefore)}</td>
              <td>{num(e.droppedAfter)}</td>
            </tr>
            <tr>
              <th scope="row">{S.p99Row}</th>
              <td>{e.p99Before.toFixed(0)} ms</td>
              <td>{e.p99After.toFixed(0)} ms</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
