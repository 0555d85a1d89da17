// The selected layer: what it does, what can fail there, and the settings that govern it under
// their real keys, with the current value of those the lab lets you change.
import { usePick } from '../../ui/use-language.ts';
import type { CallConfig } from './core/config.ts';
import type { StageId } from './core/events.ts';
import { stageText } from './stage-text.ts';
import { strings } from './strings.ts';

/** The value of a setting this lab models, as it would be written in the configuration. */
export function settingValue(key: string, c: CallConfig): string | null {
  switch (key) {
    case 'cluster':
      return c.cluster;
    case 'retries':
      return String(c.retries);
    case 'forks':
      return String(c.forks);
    case 'timeout':
      return `${c.timeoutMs}`;
    case 'deadline':
      return `${c.timeoutMs} ms`;
    case 'retryPolicy.maxAttempts':
      return String(c.retries + 1);
    case 'enable-timeout-countdown':
      return String(c.countdown);
    case 'loadbalance':
      return c.loadbalance;
    case 'weight':
      return c.weights.join(', ');
    case 'threads':
      return String(c.threads);
    case 'serialization':
      return c.serialization;
    case 'threadpool':
      return 'fixed';
    case 'queues':
      return '0';
    case 'connections':
      return '0';
    case 'rtt':
      return `${c.rttMs} ms`;
    case 'slowMs':
      return `${c.slowMs} ms`;
    case 'serviceMs':
      return `${c.serviceMs} ms`;
    case 'loadBalancingConfig':
      return 'round_robin';
    case 'dubbo.tag':
      return c.tag === '' ? '—' : c.tag;
    case 'dubbo.force.tag':
      return String(c.forceTag);
    default:
      return null;
  }
}

export function StageDetail({ stage, config }: { stage: StageId; config: CallConfig }) {
  const S = usePick(strings);
  const t = usePick(stageText)[stage];
  const settings = config.framework === 'grpc' ? t.grpc : t.dubbo;
  return (
    <section className="lab-box rpc-detail" aria-labelledby="rpc-detail-title" data-testid="stage-detail" data-stage={stage} aria-live="polite">
      <h2 id="rpc-detail-title">{S.detailTitle(t.name)}</h2>
      <h3>{S.what}</h3>
      <p>{t.what}</p>
      <h3>{S.fails}</h3>
      <p>{t.fails}</p>
      <h3>{S.settings}</h3>
      <ul className="rpc-settings">
        {settings.map((s) => {
          const v = settingValue(s.key, config);
          return (
            <li key={s.key}>
              <code>{s.key}</code>
              {v !== null && (
                <>
                  {' '}
                  <span className="badge" data-testid="setting-value">
                    {S.current}: {v}
                  </span>
                </>
              )}{' '}
              <span className="muted">{s.note}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
