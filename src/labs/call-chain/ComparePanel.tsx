// The fixes side by side on the same seeded run: amplification, goodput, p99 and error rate for no
// fix, each fix alone, all of them and the current settings. Computed in workers.
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import type { VariantResult } from './core/compare.ts';
import type { ChainScenario } from './core/scenario.ts';
import { stopSeconds } from './StoppedBanner.tsx';
import { en, zh, type Strings } from './strings.ts';
import { useCompare } from './use-chain-worker.ts';

function label(S: Strings, v: VariantResult): string {
  if (v.id === 'none') return S.noFix;
  if (v.id === 'all') return S.allFixes;
  if (v.id === 'current') return `${S.current}: ${v.fixes.length === 0 ? S.noFix : v.fixes.map((f) => S.fixes[f]).join(' + ')}`;
  return S.fixes[v.id];
}

export function ComparePanel({ scenario }: { scenario: ChainScenario }) {
  const S = usePick({ zh, en });
  const locale = localeOf(useLanguage());
  const pending = useCompare(scenario);
  const n = (x: number, digits = 0) => x.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const results = pending.kind === 'done' ? pending.value : [];
  const best = results.length ? Math.max(...results.map((r) => r.summary.goodput)) : 0;
  return (
    <section className="lab-box cc-compare" aria-labelledby="cc-compare-title" data-testid="compare-panel" aria-busy={pending.kind === 'running'}>
      <h2 id="cc-compare-title">{S.compareTitle}</h2>
      <p className="muted small">{S.compareNote}</p>
      {pending.kind === 'running' && (
        <p className="muted" role="status">
          {S.computing}
        </p>
      )}
      {pending.kind === 'error' && (
        <p className="banner warning" role="alert">
          {S.failed(pending.message)}
        </p>
      )}
      {results.length > 0 && (
        <div className="table-scroll" tabIndex={0}>
          <table className="cc-compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{S.colVariant}</th>
                <th scope="col">{S.colAmp}</th>
                <th scope="col">{S.colGoodput}</th>
                <th scope="col">{S.colP99}</th>
                <th scope="col">{S.colErrors}</th>
                <th scope="col">{S.colCalls}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.id} data-variant={r.id} className={`${r.id === 'current' ? 'current' : ''}${r.summary.goodput === best ? ' best' : ''}`}>
                  <th scope="row">
                    {label(S, r)}
                    {r.stopped && <span className="cc-stopped">{S.stoppedShort(stopSeconds(r.stopped, scenario.durationMs, locale))}</span>}
                  </th>
                  <td data-col="amplification">{n(r.summary.amplification, 2)}×</td>
                  <td data-col="goodput">{n(r.summary.goodput, 1)}</td>
                  <td data-col="p99">{S.ms(r.summary.p99)}</td>
                  <td data-col="errors">{S.percent(r.summary.errorRate)}</td>
                  <td>{n(r.summary.layers[r.summary.layers.length - 1]?.calls ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
