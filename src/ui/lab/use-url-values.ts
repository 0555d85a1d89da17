// A lab's parameters live in the URL, so a run can be shared and a card can link to a scenario.
// `parse` turns the query into valid values plus per-field errors (bad fields fall back);
// `toSearch` writes values back. Updates replace the history entry instead of piling up.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface Parsed<V> {
  readonly values: V;
  readonly errors: Readonly<Record<string, string>>;
}

export function useUrlValues<V>(parse: (search: URLSearchParams) => Parsed<V>, toSearch: (values: V) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // `parse` is a module-level function; the query string is what changes.
  const parsed = useMemo(() => parse(new URLSearchParams(key)), [key, parse]);
  const setValues = useCallback((values: V) => setParams(toSearch(values), { replace: true }), [setParams, toSearch]);
  return { ...parsed, setValues, query: key };
}
