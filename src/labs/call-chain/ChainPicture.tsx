// The chain at the player's moment: the client and each service in order, with bars for its
// threads in use, its queue and the calls it receives, plus its breaker and retry tokens when
// those fixes are on. The numbers come from the series bucket the moment falls in.
import { usePick } from '../../ui/use-language.ts';
import type { ChainRun, RunSeries } from './core/run-types.ts';
import { hasFix, serviceName, type ChainScenario } from './core/scenario.ts';
import { en, zh } from './strings.ts';

interface Props {
  readonly run: ChainRun;
  readonly series: RunSeries;
  readonly scenario: ChainScenario;
  readonly timeMs: number;
}

function Bar({ label, value, max, tone, text }: { label: string; value: number; max: number; tone: string; text: string }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div className="cc-bar-row">
      <span className="cc-bar-label">{label}</span>
      <span className="cc-bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={Math.max(max, value)} aria-valuenow={value}>
        <span className={`cc-bar-fill tone-${tone}`} style={{ width: `${pct}%` }} />
      </span>
      <span className="cc-bar-value">{text}</span>
    </div>
  );
}

export function ChainPicture({ run, series, scenario, timeMs }: Props) {
  const S = usePick({ zh, en });
  const count = series.topOk.length;
  const b = Math.max(0, Math.min(count - 1, Math.floor(timeMs / series.bucketMs)));
  const perSec = 1000 / series.bucketMs;
  const bottom = scenario.layers.length - 1;
  const top = (series.topOk[b] ?? 0) + (series.topFailed[b] ?? 0);
  const bottomCalls = series.layers[bottom]?.calls[b] ?? 0;
  const f = scenario.fault;
  const faulty = timeMs >= f.atMs && (f.forMs === 0 || timeMs < f.atMs + f.forMs);
  const maxCalls = Math.max(1, ...series.layers.flatMap((l) => l.calls));
  return (
    <section className="lab-box" data-testid="chain-picture" aria-label={S.pictureTitle(S.at(timeMs))}>
      <h2>{S.pictureTitle(S.at(timeMs))}</h2>
      <p className="cc-amp-now" data-testid="amplification-now">
        {S.amplificationNow(top > 0 ? (bottomCalls / top).toFixed(1) : '0', serviceName(bottom))}
      </p>
      <ol className="cc-chain">
        <li className="cc-node cc-client">
          <strong>{S.client}</strong>
          <span className="small">{S.clientLoad(scenario.rate)}</span>
        </li>
        {scenario.layers.map((layer, i) => {
          const ls = series.layers[i];
          if (!ls) return null;
          const running = ls.running[b] ?? 0;
          const queued = ls.queued[b] ?? 0;
          const calls = (ls.calls[b] ?? 0) * perSec;
          const errors = (ls.errors[b] ?? 0) * perSec;
          const queueMax = hasFix(scenario, 'shedding') ? layer.queue : Math.max(layer.queue, ...ls.queued);
          const breaker = ls.breaker[b];
          return (
            <li
              key={i}
              className={`cc-node${i === bottom && faulty ? ' faulty' : ''}${running >= layer.pool ? ' full' : ''}`}
              data-testid={`service-${serviceName(i)}`}
            >
              <strong>{serviceName(i)}</strong>
              {i === bottom && faulty && <span className="badge cc-fault">{S.faulty}</span>}
              <Bar label={S.threads} value={running} max={layer.pool} tone={running >= layer.pool ? 'bad' : 'ok'} text={`${running}/${layer.pool}`} />
              <Bar label={S.queued} value={queued} max={queueMax} tone={queued > 0 ? 'warn' : 'ok'} text={String(queued)} />
              <Bar label={S.callsPerSec} value={calls} max={maxCalls * perSec} tone="accent" text={Math.round(calls).toString()} />
              <span className="small">
                {S.errorsPerSec}: {Math.round(errors)}
              </span>
              {hasFix(scenario, 'breakers') && breaker && (
                <span className={`small cc-breaker ${breaker.toLowerCase()}`}>
                  {S.breaker}: {breaker}
                </span>
              )}
              {hasFix(scenario, 'retry-budget') && (
                <span className="small">
                  {S.tokens}: {(ls.tokens[b] ?? 0).toFixed(1)} / {scenario.throttle.maxTokens}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted small">{S.sampled(run.sampleEvery)}</p>
    </section>
  );
}
