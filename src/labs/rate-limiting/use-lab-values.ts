// The lab's values live in the URL. Bad fields come back with a message (shown next to the field) and
// the last valid value; a run too big to play is refused the same way, keeping the previous values.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from '../../ui/router/router.tsx';
import { labQuery, usePatchSetter, type Edit } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { arrivalsBound } from './core/arrivals.ts';
import { parseRateLimitParams, toRateLimitSearch, type RateLimitValues } from './core/params.ts';
import { s } from './strings.ts';

/** Requests × lanes the player keeps in memory (one row with a state snapshot each). */
export const MAX_ROWS = 200_000;

export interface LabValues {
  readonly values: RateLimitValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly query: string;
  setValues(edit: Edit<RateLimitValues>): void;
}

export function runSize(values: RateLimitValues): number {
  return arrivalsBound(values) * values.lanes.length;
}

export function parseLab(query: string, last: RateLimitValues | undefined) {
  const search = new URLSearchParams(query);
  const parsed = parseRateLimitParams(search, last, currentLanguage());
  const size = runSize(parsed.values);
  if (size <= MAX_ROWS) return parsed;
  // Too big to play: keep what ran before, or the preset (or defaults) alone.
  const preset = search.get('preset');
  const fallback = last ?? parseRateLimitParams(new URLSearchParams(preset ? { preset } : {})).values;
  return { values: fallback, errors: { ...parsed.errors, duration: s.tooBig(size, MAX_ROWS) } };
}

export function useLabValues(): LabValues {
  const [params, setParams] = useSearchParams();
  const query = labQuery(params);
  const lastGood = useRef<RateLimitValues | undefined>(undefined);
  const parsed = useMemo(() => parseLab(query, lastGood.current), [query]);
  useEffect(() => {
    lastGood.current = parsed.values;
  }, [parsed]);
  const write = useCallback((values: RateLimitValues) => setParams(toRateLimitSearch(values), { replace: true }), [setParams]);
  const setValues = usePatchSetter(parsed.values, write);
  return { values: parsed.values, errors: parsed.errors, query, setValues };
}
