// Says that a run grew past the engine's limits and was stopped, when, and what to change.
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import type { RunStop } from './core/run-types.ts';
import { RUN_LIMITS } from './core/simulate.ts';
import { en, zh } from './strings.ts';

/** When a run stopped, in seconds for the UI (never past the run's end: the last bucket may overrun it). */
export function stopSeconds(stop: RunStop, durationMs: number, locale: string): string {
  return (Math.min(stop.atMs, durationMs) / 1000).toLocaleString(locale, { maximumFractionDigits: 1 });
}

export function StoppedBanner({ stop, durationMs }: { stop: RunStop; durationMs: number }) {
  const S = usePick({ zh, en });
  const locale = localeOf(useLanguage());
  const seconds = (ms: number) => (ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 });
  const count = (stop.limit === 'calls' ? RUN_LIMITS.calls : RUN_LIMITS.liveAttempts).toLocaleString(locale);
  return (
    <p className="banner warning" role="alert" data-testid="run-stopped">
      {S.stopped(stopSeconds(stop, durationMs, locale), seconds(durationMs), stop.limit, count)}
    </p>
  );
}
