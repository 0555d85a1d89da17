// The call path as a picture the user can click: the consumer's layers, the network, the
// provider's layers and the way back, each a button showing whether the call has reached it and
// whether it failed there at this moment. Wide screens lay it out in three columns (consumer,
// wire, provider); a phone stacks them in path order. Below: the providers in the registry.
import { usePick } from '../../ui/use-language.ts';
import { providerAddress } from './core/config.ts';
import type { CallEvent, StageId } from './core/events.ts';
import type { Moment } from './core/moment.ts';
import type { CallRun } from './core/simulate.ts';
import { stageText } from './stage-text.ts';
import { strings } from './strings.ts';

const GROUPS: readonly { readonly area: 'consumer' | 'wire' | 'provider' | 'back'; readonly stages: readonly StageId[] }[] = [
  { area: 'consumer', stages: ['proxy', 'client-filters', 'cluster', 'directory', 'router', 'loadbalance', 'connection', 'encode'] },
  { area: 'wire', stages: ['network'] },
  { area: 'provider', stages: ['decode', 'threadpool', 'server-filters', 'service'] },
  { area: 'back', stages: ['response'] },
];

interface Props {
  readonly run: CallRun;
  readonly row: CallEvent | undefined;
  readonly moment: Moment;
  readonly shown: StageId;
  readonly onChoose: (stage: StageId) => void;
}

export function CallPicture({ run, row, moment, shown, onChoose }: Props) {
  const S = usePick(strings);
  const T = usePick(stageText);
  const heading = { consumer: S.consumer, wire: S.wire, provider: S.provider, back: S.wayBack };
  const c = run.config;
  return (
    <section className="lab-box" aria-labelledby="rpc-picture-title" data-testid="call-picture">
      <h2 id="rpc-picture-title">{S.pictureTitle}</h2>
      <div className="rpc-path">
        {GROUPS.map((g) => (
          <div key={g.area} className={`rpc-group rpc-area-${g.area}`}>
            <h3 className="rpc-group-title">{heading[g.area]}</h3>
            <ol className="rpc-stages">
              {g.stages.map((stage) => {
                const here = row?.stage === stage;
                const count = moment.stageCounts[stage];
                const cls = ['rpc-stage-btn', here ? 'here' : '', here && row?.bad ? 'bad' : '', count > 0 ? 'reached' : '', shown === stage ? 'shown' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <li key={stage}>
                    <button
                      type="button"
                      className={cls}
                      data-stage={stage}
                      data-testid="stage"
                      aria-pressed={shown === stage}
                      aria-current={here ? 'step' : undefined}
                      onClick={() => onChoose(stage)}
                    >
                      <span className="rpc-stage-name">{T[stage].name}</span>
                      <span className="rpc-stage-count small">{S.stageEvents(count)}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </div>
      <h3 className="rpc-group-title">{S.providersTitle}</h3>
      <ul className="rpc-providers" data-testid="providers">
        {moment.providers.map((state, i) => (
          <li
            key={i}
            className={`rpc-provider ${state}`}
            data-testid="provider"
            data-state={state}
            data-faulty={i < c.faulty && c.fault !== 'none' ? 'true' : undefined}
          >
            <span className="mono">
              #{i + 1} {providerAddress(c.framework, i)}
            </span>
            <span className="small">
              {S.weight}={c.weights[i]}
              {c.providerTags[i] ? ` · ${S.tagLabel}=${c.providerTags[i]}` : ''}
            </span>
            <span className="small rpc-provider-state">
              {S.providerState[state]}
              {i < c.faulty && c.fault !== 'none' ? ` · ${S.providerState.faulty}: ${S.faults[c.fault]}` : ''}
            </span>
          </li>
        ))}
        {moment.providers.length === 0 && <li className="muted">{S.faults['no-provider']}</li>}
      </ul>
    </section>
  );
}
