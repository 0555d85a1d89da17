// The answer the lab is about, growing with the player: when each stopped provider stopped, and when
// the last consumer stopped listing it; plus the calls so far.
import { usePick } from '../../ui/use-language.ts';
import { providerName } from './core/scenario.ts';
import type { SideRun } from './core/simulate.ts';
import { en, zh } from './strings.ts';

export function WindowSummary({ sides, timeMs }: { sides: readonly { side: SideRun; label: string }[]; timeMs: number }) {
  const S = usePick({ zh, en });
  const second = Math.floor(timeMs / 1000);
  return (
    <section className="lab-box sd-summary" aria-label={S.summaryTitle} data-testid="window-summary">
      {sides.map(({ side, label }) => {
        const windows = side.windows.filter((w) => w.stoppedAtMs <= timeMs);
        let ok = 0;
        let failed = 0;
        let retried = 0;
        for (let i = 0; i < Math.min(second, side.series.ok.length); i++) {
          ok += side.series.ok[i] ?? 0;
          failed += side.series.failed[i] ?? 0;
          retried += side.series.retriedOk[i] ?? 0;
        }
        return (
          <div key={label} className="sd-summary-side">
            {sides.length > 1 && <strong>{label}</strong>}
            <ul>
              {windows.length === 0 && <li className="muted">{S.noWindow}</li>}
              {windows.map((w) => {
                const cleared = w.clearedAtMs !== null && w.clearedAtMs <= timeMs ? Math.round(w.clearedAtMs / 100) / 10 : null;
                return (
                  <li key={w.provider} data-testid="window-line" className={cleared === null ? 'sd-badtext' : ''}>
                    {S.windowLine(providerName(w.provider), Math.round(w.stoppedAtMs / 100) / 10, cleared)}
                  </li>
                );
              })}
            </ul>
            <p className="small muted" data-testid="call-totals">
              {S.totals(ok, failed, retried)}
            </p>
          </div>
        );
      })}
    </section>
  );
}
