// The incident lab's URL: ?preset=<scenario>&seed=<n>. Parsing never throws; a bad field gets a
// message (in the UI language the view passes) and falls back to the base (last valid) value.
import { FORMER_SCENARIO_IDS, isScenarioId, SCENARIO_IDS, SCENARIOS, type ScenarioId } from './scenarios.ts';

export interface IncidentValues {
  readonly scenario: ScenarioId;
  readonly seed: number;
}

export const DEFAULT_INCIDENT_VALUES: IncidentValues = { scenario: 'flash-sale', seed: SCENARIOS['flash-sale'].seed };

export function parseIncidentParams(
  search: URLSearchParams,
  base: IncidentValues = DEFAULT_INCIDENT_VALUES,
  language: 'zh' | 'en' = 'zh',
): { values: IncidentValues; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let scenario = base.scenario;
  let seed = base.seed;
  const asGiven = search.get('preset');
  const rawScenario = asGiven !== null ? (FORMER_SCENARIO_IDS[asGiven] ?? asGiven) : null;
  if (rawScenario !== null) {
    if (isScenarioId(rawScenario)) {
      scenario = rawScenario;
      if (search.get('seed') === null) seed = SCENARIOS[rawScenario].seed;
    } else {
      errors['preset'] = language === 'en' ? `preset must be one of ${SCENARIO_IDS.join(', ')}` : `preset 只能是 ${SCENARIO_IDS.join('、')} 之一`;
    }
  }
  const rawSeed = search.get('seed');
  if (rawSeed !== null) {
    const n = rawSeed.trim() === '' ? NaN : Number(rawSeed);
    if (Number.isInteger(n) && n >= 0 && n <= 4_294_967_295) seed = n;
    else errors['seed'] = language === 'en' ? 'seed must be a whole number from 0 to 4294967295' : 'seed 必须是 0–4294967295 之间的整数';
  }
  return { values: { scenario, seed }, errors };
}

export function toIncidentSearch(values: IncidentValues): URLSearchParams {
  const out = new URLSearchParams({ preset: values.scenario });
  if (values.seed !== SCENARIOS[values.scenario].seed) out.set('seed', String(values.seed));
  return out;
}
