// What the user did by hand during a run, as short URL values, so a shared link replays it:
//   actions=o@12.5,d@40,c@61.25   Resilience4j transitionToForcedOpenState() (o), …DisabledState() (d),
//                                 …ClosedState() (c) at that second of the run
//   send=3.2,47.125               "send one request now": extra arrivals at those seconds
// Times are kept to the millisecond. Parsing is strict (null on anything malformed); values come
// back sorted by time so the simulation can take them in order.
import type { ManualTarget } from './breaker-types.ts';
import type { ManualAction } from './run-breaker.ts';

/** Longest run the URL allows (params.ts `duration` ≤ 600 s). */
export const MANUAL_MAX_MS = 600_000;
export const MAX_ACTIONS = 100;
export const MAX_SENDS = 200;

const LETTER: Readonly<Record<ManualTarget, string>> = { FORCED_OPEN: 'o', DISABLED: 'd', CLOSED: 'c' };
const TARGET: Readonly<Record<string, ManualTarget>> = { o: 'FORCED_OPEN', d: 'DISABLED', c: 'CLOSED' };
const SECONDS = /^\d+(?:\.\d{1,3})?$/;

/** 12345 → "12.345", 40000 → "40". */
function toSeconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

function parseSeconds(text: string): number | null {
  if (!SECONDS.test(text)) return null;
  const ms = Math.round(Number(text) * 1000);
  return ms <= MANUAL_MAX_MS ? ms : null;
}

export function toActionsParam(actions: readonly ManualAction[]): string {
  return actions.map((a) => `${LETTER[a.target]}@${toSeconds(a.atMs)}`).join(',');
}

export function parseActionsParam(text: string): ManualAction[] | null {
  const parts = text.split(',');
  if (text.length === 0 || parts.length > MAX_ACTIONS) return null;
  const actions: ManualAction[] = [];
  for (const part of parts) {
    const [letter = '', time = '', extra] = part.trim().split('@');
    const target = TARGET[letter];
    const atMs = parseSeconds(time);
    if (!target || atMs === null || extra !== undefined) return null;
    actions.push({ atMs, target });
  }
  return actions.sort((a, b) => a.atMs - b.atMs);
}

export function toSendsParam(times: readonly number[]): string {
  return times.map(toSeconds).join(',');
}

export function parseSendsParam(text: string): number[] | null {
  const parts = text.split(',');
  if (text.length === 0 || parts.length > MAX_SENDS) return null;
  const times: number[] = [];
  for (const part of parts) {
    const ms = parseSeconds(part.trim());
    if (ms === null) return null;
    times.push(ms);
  }
  return times.sort((a, b) => a - b);
}

/** Adds one action, kept in time order (a later action at the same moment goes after). */
export function insertAction(actions: readonly ManualAction[], action: ManualAction): ManualAction[] {
  const at = { atMs: Math.round(action.atMs), target: action.target };
  let i = actions.length;
  while (i > 0 && (actions[i - 1] as ManualAction).atMs > at.atMs) i--;
  return [...actions.slice(0, i), at, ...actions.slice(i)];
}
