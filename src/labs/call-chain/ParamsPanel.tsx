// The parameter form under the URL's keys. Every edit is a patch of the latest values; a bad entry
// stays in its box with a message and the lab keeps running with the last valid values.
import { memo } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { fitList, LIST_RULES, NUMBER_RULES, withDepth, type ChainParams, type ListKey, type NumberKey } from './core/params.ts';
import { FIX_IDS, serviceName, type ChainScenario, type FixId, type LayerSpec } from './core/scenario.ts';
import { ListField } from './ListField.tsx';
import { en, zh } from './strings.ts';

interface Props {
  readonly values: ChainParams;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<ChainParams>) => void;
}

type ScalarKey = Exclude<NumberKey, 'depth' | 'retryLayer'>;

function numberOf(s: ChainScenario, key: ScalarKey): number {
  switch (key) {
    case 'fanOut':
      return s.fanOut;
    case 'rate':
      return s.rate;
    case 'duration':
      return s.durationMs / 1000;
    case 'seed':
      return s.seed;
    case 'backoff':
      return s.backoffMs;
    case 'faultAt':
      return s.fault.atMs / 1000;
    case 'faultFor':
      return s.fault.forMs / 1000;
    case 'extraLatency':
      return s.fault.extraLatencyMs;
    case 'errorRate':
      return Math.round(s.fault.errorRate * 10000) / 100;
    case 'maxTokens':
    case 'tokenRatio':
      return s.throttle[key];
    default:
      return s.breaker[key];
  }
}

function patchNumber(s: ChainScenario, key: ScalarKey, v: number): ChainScenario {
  switch (key) {
    case 'fanOut':
      return { ...s, fanOut: v };
    case 'rate':
      return { ...s, rate: v };
    case 'duration':
      return { ...s, durationMs: v * 1000 };
    case 'seed':
      return { ...s, seed: v };
    case 'backoff':
      return { ...s, backoffMs: v };
    case 'faultAt':
      return { ...s, fault: { ...s.fault, atMs: Math.round(v * 1000) } };
    case 'faultFor':
      return { ...s, fault: { ...s.fault, forMs: Math.round(v * 1000) } };
    case 'extraLatency':
      return { ...s, fault: { ...s.fault, extraLatencyMs: v } };
    case 'errorRate':
      return { ...s, fault: { ...s.fault, errorRate: v / 100 } };
    case 'maxTokens':
    case 'tokenRatio':
      return { ...s, throttle: { ...s.throttle, [key]: v } };
    default:
      return { ...s, breaker: { ...s.breaker, [key]: v } };
  }
}

const LIST_FIELD: Record<ListKey, keyof LayerSpec> = { timeout: 'timeoutMs', attempts: 'attempts', pool: 'pool', queue: 'queue', work: 'workMs' };

export const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: Props) {
  const S = usePick({ zh, en });
  const s = values.scenario;
  const edit = (patch: (latest: ChainScenario) => ChainScenario) => onChange((latest) => ({ scenario: patch(latest.scenario) }));
  const num = (key: ScalarKey, unit?: string, help?: string) => {
    const rule = NUMBER_RULES[key];
    return (
      <NumberField
        key={key}
        name={key}
        label={S.fields[key]}
        value={numberOf(s, key)}
        min={rule.min}
        max={rule.max}
        integer={rule.integer}
        {...(unit ? { unit } : {})}
        {...(help ? { help } : {})}
        error={errors[key]}
        onChange={(v) => edit((latest) => patchNumber(latest, key, v))}
      />
    );
  };
  const list = (key: ListKey, unit?: string) => (
    <ListField
      key={key}
      name={key}
      label={S.fields[key]}
      {...(unit ? { unit } : {})}
      values={s.layers.map((l) => l[LIST_FIELD[key]])}
      rule={LIST_RULES[key]}
      help={S.listHelp}
      error={errors[key]}
      onChange={(vs) =>
        edit((latest) => {
          const fitted = fitList(vs, latest.layers.length);
          return { ...latest, layers: latest.layers.map((l, i) => ({ ...l, [LIST_FIELD[key]]: fitted[i] as number })) };
        })
      }
    />
  );
  const toggleFix = (fix: FixId, on: boolean) =>
    edit((latest) => ({
      ...latest,
      fixes: FIX_IDS.filter((f) => (f === fix ? on : latest.fixes.includes(f))),
    }));
  return (
    <section className="lab-box" aria-label={S.paramsTitle}>
      <h2>{S.paramsTitle}</h2>
      <fieldset className="cc-fieldset">
        <legend>{S.fixesTitle}</legend>
        {FIX_IDS.map((fix) => (
          <label key={fix} className="cc-check">
            <input type="checkbox" data-testid={`fix-${fix}`} checked={s.fixes.includes(fix)} onChange={(e) => toggleFix(fix, e.target.checked)} />
            {S.fixes[fix]}
          </label>
        ))}
        <div className="param-field">
          <label htmlFor="cc-retry-layer">
            {S.fields.retryLayer} <code>retryLayer</code>
          </label>
          <select
            id="cc-retry-layer"
            value={s.retryLayer}
            onChange={(e) => {
              const v = Number(e.target.value);
              edit((latest) => ({ ...latest, retryLayer: v }));
            }}
          >
            {s.layers.map((_, i) => (
              <option key={i} value={i}>
                {serviceName(i)}
              </option>
            ))}
          </select>
          {errors['retryLayer'] && (
            <span className="field-error" role="alert">
              {errors['retryLayer']}
            </span>
          )}
        </div>
      </fieldset>
      <fieldset className="cc-fieldset">
        <legend>{S.faultTitle}</legend>
        {num('extraLatency', 'ms')}
        {num('errorRate', '%')}
        {num('faultAt', S.seconds)}
        {num('faultFor', S.seconds, S.faultForHelp)}
      </fieldset>
      <fieldset className="cc-fieldset">
        <legend>{S.chainTitle}</legend>
        <div className="param-field">
          <label htmlFor="cc-depth">
            {S.fields.depth} <code>depth</code>
          </label>
          <select
            id="cc-depth"
            data-param="depth"
            value={s.layers.length}
            onChange={(e) => {
              const d = Number(e.target.value);
              edit((latest) => withDepth(latest, d));
            }}
          >
            {[2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          {errors['depth'] && (
            <span className="field-error" role="alert">
              {errors['depth']}
            </span>
          )}
        </div>
        {num('fanOut')}
        {list('timeout', 'ms')}
        {list('attempts')}
        {list('pool')}
        {list('queue')}
        {list('work', 'ms')}
      </fieldset>
      <fieldset className="cc-fieldset">
        <legend>{S.loadTitle}</legend>
        {num('rate')}
        {num('duration', S.seconds)}
        {num('backoff', 'ms')}
        {num('seed')}
      </fieldset>
      <fieldset className="cc-fieldset">
        <legend>{S.budgetTitle}</legend>
        {num('maxTokens')}
        {num('tokenRatio')}
        {num('failureRateThreshold', '%')}
        {num('slidingWindowSize')}
        {num('waitDurationInOpenState', 'ms')}
      </fieldset>
    </section>
  );
});
