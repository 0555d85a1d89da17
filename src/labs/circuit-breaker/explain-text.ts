// The engine's wording (core/explain.ts) in the UI language, read at render time (the lab route
// remounts the view when the language changes).
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';
import * as core from './core/explain.ts';
import type { BreakerModelKind, Transition } from './core/breaker-types.ts';
import type { SimulationRow } from './core/simulate.ts';

export { formatPercent, MODEL_LABELS } from './core/explain.ts';

export const describeRow = (row: SimulationRow, kind: BreakerModelKind): string => core.describeRow(row, kind, currentLanguage());
export const describeTransition = (t: Transition, kind: BreakerModelKind): string => core.describeTransition(t, kind, currentLanguage());

export const STATE_LABELS = liveStrings({ zh: core.stateLabelsIn('zh'), en: core.stateLabelsIn('en') });
export const OUTCOME_LABELS = liveStrings({ zh: core.outcomeLabelsIn('zh'), en: core.outcomeLabelsIn('en') });
export const PHASE_LABELS = liveStrings({ zh: core.phaseLabelsIn('zh'), en: core.phaseLabelsIn('en') });
