// The whole run in four numbers, the same ones the compare table shows.
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import type { RunSummary } from './core/run-types.ts';
import { en, zh } from './strings.ts';

export function RunTotals({ summary }: { summary: RunSummary }) {
  const S = usePick({ zh, en });
  const locale = localeOf(useLanguage());
  const n = (x: number, digits = 0) => x.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return (
    <section className="lab-box cc-totals" aria-label={S.summaryTitle} data-testid="run-totals">
      <h2>{S.summaryTitle}</h2>
      <dl>
        <div>
          <dt>{S.colAmp}</dt>
          <dd data-testid="summary-amplification">{n(summary.amplification, 2)}×</dd>
        </div>
        <div>
          <dt>{S.colGoodput}</dt>
          <dd data-testid="summary-goodput">{n(summary.goodput, 1)}</dd>
        </div>
        <div>
          <dt>{S.colP99}</dt>
          <dd data-testid="summary-p99">{S.ms(summary.p99)}</dd>
        </div>
        <div>
          <dt>{S.colErrors}</dt>
          <dd data-testid="summary-errors">{S.percent(summary.errorRate)}</dd>
        </div>
      </dl>
    </section>
  );
}
