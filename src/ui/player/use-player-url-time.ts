// The player's position in the URL (`t=` in ms), so a shared lab link points at the exact moment:
// a link with `t=` opens the run there, and whenever the player stops (pause, step, seek, the
// end) the URL follows. While it plays the URL is left alone (no history churn per frame).
// `t` is not a lab parameter: useUrlValues leaves it out of the key it parses, so moving the player
// never rebuilds the run, and a parameter edit (a new run) drops it.
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from '../router/router.tsx';
import type { Player } from './use-player.ts';

export const PLAYER_TIME_KEY = 't';

/** A `t=` value: whole milliseconds ≥ 0, anything else is ignored (the run opens at 0). */
export function parsePlayerTime(raw: string | null): number | null {
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/** `ready`: the run the URL's time refers to has been built (labs that simulate in a worker). */
export function usePlayerUrlTime(player: Player, ready = true): void {
  const navigate = useNavigate();
  // A parameter edit rewrites the query without `t`: the time is written again after it.
  const { search: currentSearch } = useLocation();
  const pending = useRef(parsePlayerTime(new URLSearchParams(window.location.search).get(PLAYER_TIME_KEY)));
  const { seek, timeMs, playing, durationMs } = player;

  useEffect(() => {
    if (!ready || pending.current === null || durationMs <= 0) return;
    seek(pending.current);
    pending.current = null;
  }, [ready, durationMs, seek]);

  useEffect(() => {
    if (playing || pending.current !== null) return undefined;
    const timer = setTimeout(() => {
      // The latest URL, not this render's: a parameter edit may have replaced it a moment ago.
      const params = new URLSearchParams(window.location.search);
      const t = Math.round(timeMs);
      if ((params.get(PLAYER_TIME_KEY) ?? '0') === String(t)) return;
      if (t > 0) params.set(PLAYER_TIME_KEY, String(t));
      else params.delete(PLAYER_TIME_KEY);
      const search = params.toString();
      navigate({ search: search ? `?${search}` : '' }, { replace: true, preventScrollReset: true });
    }, 150);
    return () => clearTimeout(timer);
  }, [timeMs, playing, navigate, currentSearch]);
}
