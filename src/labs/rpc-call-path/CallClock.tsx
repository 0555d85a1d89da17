// The call's own clock at the player's moment: the time since the proxy was called, the budget it
// runs against (a timeout per attempt, or one budget for the whole call) and, once the caller has
// it, what the caller got.
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import type { CallEvent } from './core/events.ts';
import type { Moment } from './core/moment.ts';
import type { CallRun } from './core/simulate.ts';
import { errorWords } from './event-text.ts';
import { strings } from './strings.ts';

export function CallClock({ run, row, moment }: { run: CallRun; row: CallEvent | undefined; moment: Moment }) {
  const S = usePick(strings);
  const language = useLanguage();
  const fmt = (ms: number) => ms.toLocaleString(localeOf(language), { maximumFractionDigits: 2 });
  const c = run.config;
  const oneBudget = c.framework === 'grpc' || c.countdown || c.cluster === 'forking';
  const now = row?.timeMs ?? 0;
  const attemptStart = run.events.find((e) => e.attempt === moment.attempt && e.code === 'pick')?.timeMs ?? 0;
  const used = oneBudget ? now : now - attemptStart;
  const share = Math.min(1, c.timeoutMs > 0 ? used / c.timeoutMs : 1);
  const o = run.outcome;
  return (
    <section className="lab-box rpc-clock" aria-labelledby="rpc-clock-title" data-testid="call-clock">
      <h2 id="rpc-clock-title">{S.clockTitle}</h2>
      <p className="rpc-clock-now mono" data-testid="call-time">
        {S.clockNow(fmt(now))}
      </p>
      <p className="small">
        {S.clockBudget(c.timeoutMs, c.countdown, c.framework === 'grpc')}
        {moment.attempt > 0 ? ` · ${S.clockAttempt(moment.attempt)}` : ''}
      </p>
      <div className="rpc-budget" role="img" aria-label={`${fmt(used)} / ${c.timeoutMs} ms`}>
        <span className={used > c.timeoutMs ? 'over' : ''} style={{ width: `${share * 100}%` }} />
      </div>
      <h3>{S.outcomeTitle}</h3>
      {moment.answered ? (
        <p className={`rpc-outcome ${o.kind}`} data-testid="outcome" data-kind={o.kind}>
          {S.outcomeLine(S.outcome[o.kind], fmt(o.atMs), o.attempts)}
          {o.error && o.kind !== 'ok' ? (
            <>
              <br />
              <span className="small">{errorWords[language](o.error, c)}</span>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted" data-testid="outcome" data-kind="pending">
          {S.outcomePending}
        </p>
      )}
    </section>
  );
}
