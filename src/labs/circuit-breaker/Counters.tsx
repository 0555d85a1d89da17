// The numbers the breaker decides on, at this moment: calls in the window against the minimum,
// failure and slow-call rates against their thresholds, and what the state itself is waiting for
// (probes left in HALF_OPEN, time left in OPEN). All read from the row; the countdown uses the
// player's clock so it runs between events.
import type { BreakerMetrics, BreakerModelKind, BreakerState } from './core/breaker-types.ts';
import { formatPercent } from './explain-text.ts';
import type { SpecInfo } from './spec-info.ts';
import { S } from './strings.ts';

export interface CountersProps {
  readonly model: BreakerModelKind;
  readonly info: SpecInfo;
  readonly state: BreakerState;
  readonly metrics: BreakerMetrics;
  readonly probesLeft: number;
  readonly retryAtMs: number | null;
  readonly inFlight: number;
  readonly nowMs: number;
}

function RateMeter({
  label,
  value,
  threshold,
  thresholdKey,
  strict,
}: {
  label: string;
  value: number;
  threshold: number | null;
  thresholdKey: string | null;
  strict: boolean;
}) {
  const over = threshold !== null && (strict ? value > threshold : value >= threshold);
  const op = threshold === null ? '' : strict ? (over ? '>' : '≤') : over ? '≥' : '<';
  return (
    <div className={`cb-counter${over ? ' is-over' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="cb-value">{formatPercent(Math.round(value * 10) / 10)}%</span>{' '}
        {threshold !== null && thresholdKey ? (
          <span className="small">
            {op} <code>{thresholdKey}</code> {formatPercent(threshold)}%
          </span>
        ) : (
          <span className="muted small">{S.noThreshold}</span>
        )}
        <span className="cb-meter" aria-hidden="true">
          <span className="cb-meter-fill" style={{ width: `${Math.min(100, value)}%` }} />
          {threshold !== null && <span className="cb-meter-mark" style={{ left: `${Math.min(100, threshold)}%` }} />}
        </span>
      </dd>
    </div>
  );
}

export function Counters({ model, info, state, metrics: m, probesLeft, retryAtMs, inFlight, nowMs }: CountersProps) {
  const missing = Math.max(0, m.minimumNumberOfCalls - m.bufferedCalls);
  const counting = state !== 'FORCED_OPEN' && state !== 'DISABLED';
  const left = retryAtMs === null ? null : retryAtMs - nowMs;
  return (
    <dl className="cb-counters" data-testid="counters">
      <div className="cb-counter">
        <dt>{S.buffered}</dt>
        <dd>
          <span className="cb-value" data-testid="buffered-calls">
            {m.bufferedCalls}
          </span>{' '}
          {counting && (
            <span className={`small ${m.belowMinimum ? 'muted' : 'ok'}`}>
              {S.minimum('')}
              <code>{info.minimumKey}</code> {m.minimumNumberOfCalls}
              {S.colon}
              {m.belowMinimum ? S.minimumMissing(missing || m.minimumNumberOfCalls) : S.minimumReached}
            </span>
          )}
        </dd>
      </div>
      {!counting ? null : info.errorCount !== null ? (
        <div className={`cb-counter${m.failedCalls > info.errorCount ? ' is-over' : ''}`}>
          <dt>{S.errorCount}</dt>
          <dd>
            <span className="cb-value">{m.failedCalls}</span>{' '}
            <span className="small">
              {m.failedCalls > info.errorCount ? '>' : '≤'} <code>count</code> {info.errorCount}
            </span>
          </dd>
        </div>
      ) : (
        <RateMeter label={S.failureRate} value={m.failureRate} threshold={info.failureRate} thresholdKey={info.failureKey} strict={info.strict} />
      )}
      {!counting ? null : model === 'hystrix' ? (
        <div className="cb-counter">
          <dt>{S.timeouts}</dt>
          <dd>
            <span className="cb-value">{m.slowCalls}</span>
          </dd>
        </div>
      ) : (
        <RateMeter label={S.slowRate} value={m.slowCallRate} threshold={info.slowCallRate} thresholdKey={info.slowKey} strict={info.strict} />
      )}
      {state === 'HALF_OPEN' && (
        <div className="cb-counter is-focus" data-testid="probes-left">
          <dt>{S.probesLeft}</dt>
          <dd>
            {info.probesKey ? (
              <>
                <span className="cb-value">{S.probesLeftValue(probesLeft, info.probes)}</span> <code className="small">{info.probesKey}</code>
              </>
            ) : (
              <span className="small">{S.singleProbe}</span>
            )}
          </dd>
        </div>
      )}
      {state === 'OPEN' && left !== null && (
        <div className="cb-counter is-focus" data-testid="open-left">
          <dt>{S.openLeft}</dt>
          <dd>
            {left > 0 ? (
              <>
                <span className="cb-value">{S.openLeftValue(`${(Math.ceil(left / 100) / 10).toFixed(1)} s`)}</span>{' '}
                <code className="small">{info.waitKey}</code>
              </>
            ) : (
              <span className="small">{info.automatic ? S.openElapsedAuto : S.openElapsedCall}</span>
            )}
          </dd>
        </div>
      )}
      <div className="cb-counter">
        <dt>{S.inFlight}</dt>
        <dd>
          <span className="cb-value">{inFlight}</span>
        </dd>
      </div>
      <div className="cb-counter">
        <dt>{S.notPermitted}</dt>
        <dd>
          <span className="cb-value">{m.notPermittedCalls}</span>
        </dd>
      </div>
    </dl>
  );
}
