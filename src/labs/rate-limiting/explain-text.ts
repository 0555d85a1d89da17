// The engine's wording (core/explain.ts) in the UI language. Core functions take the language as an
// argument; the view reads it here at render time (the lab route remounts the view on a switch).
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';
import * as core from './core/explain.ts';
import type { RateLimitRow, RunEntry } from './core/simulate.ts';

export { formatNumber } from './core/explain.ts';

export const formatMs = (ms: number): string => core.formatMs(ms, currentLanguage());

export const describeDecision = (row: RateLimitRow, entry: RunEntry): string => core.describeDecision(row, entry, currentLanguage());

export const outcomeLabels = liveStrings({ zh: core.outcomeLabelsIn('zh'), en: core.outcomeLabelsIn('en') });

/** "拒绝（503）" / "Rejected (503)". */
export const withStatus = (label: string, status: number): string => (currentLanguage() === 'en' ? `${label} (${status})` : `${label}（${status}）`);
