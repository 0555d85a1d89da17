// A lab's parameters live in the URL, so a run can be shared and a card can link to a scenario.
// `parse` turns the query into valid values plus per-field errors (bad fields fall back);
// `toSearch` writes values back. Updates replace the history entry instead of piling up.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from '../router/router.tsx';
import { PLAYER_TIME_KEY } from '../player/use-player-url-time.ts';

export interface Parsed<V> {
  readonly values: V;
  readonly errors: Readonly<Record<string, string>>;
}

/** A change to some fields, or a function of the latest values giving that change. */
export type Edit<V> = Partial<V> | ((latest: V) => Partial<V>);

/**
 * Edits are patches applied to the latest values written, not to the values of the last render:
 * two edits made before the URL re-renders (a fast user, a slow machine) must both land.
 */
export function usePatchSetter<V extends object>(rendered: V, write: (values: V) => void): (edit: Edit<V>) => void {
  const latestRef = useRef(rendered);
  useLayoutEffect(() => {
    latestRef.current = rendered;
  }, [rendered]);
  return useCallback(
    (edit: Edit<V>) => {
      const latest = latestRef.current;
      const next = { ...latest, ...(typeof edit === 'function' ? edit(latest) : edit) };
      latestRef.current = next;
      write(next);
    },
    [write],
  );
}

/** The query of a lab's parameters: the player's position (`t=`) is not one, so moving the player never rebuilds the run. */
export function labQuery(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete(PLAYER_TIME_KEY);
  return rest.toString();
}

export function useUrlValues<V extends object>(parse: (search: URLSearchParams) => Parsed<V>, toSearch: (values: V) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const key = labQuery(params);
  // `parse` is a module-level function; the query string is what changes.
  const parsed = useMemo(() => parse(new URLSearchParams(key)), [key, parse]);
  const write = useCallback((values: V) => setParams(toSearch(values), { replace: true }), [setParams, toSearch]);
  const setValues = usePatchSetter(parsed.values, write);
  return { ...parsed, setValues, query: key };
}
