// What the user did by hand during a run, kept in the URL so a shared link replays it:
//   actions=5000.down.2,8000.up.2,10000.add.3,12000.remove.4,6000.send
// Each item is `<ms>.<kind>[.<arg>]`: down / up / remove take a server number (the last byte of
// its address: 2 is 10.0.0.2:8080), add takes the new server's weight (default 1; it gets the next
// free number), send adds one request at that moment. Items are kept in time order; equal times
// keep their order. Parsing never throws: a bad list gets one Chinese message.
import { PARAM_MESSAGES, type Lang } from './param-messages.ts';
import type { UpstreamEvent } from './events.ts';
import { serverSpec, type ServerSpec } from './servers.ts';

export type LbActionKind = 'down' | 'up' | 'remove' | 'add' | 'send';

export type LbAction =
  | { readonly atMs: number; readonly kind: 'down' | 'up' | 'remove'; readonly server: number }
  | { readonly atMs: number; readonly kind: 'add'; readonly weight: number }
  | { readonly atMs: number; readonly kind: 'send' };

export const MAX_ACTIONS = 100;
/** Server numbers go up to the 32 first servers plus those added during a run. */
export const MAX_SERVER_NUMBER = 250;

export function sortActions(actions: readonly LbAction[]): LbAction[] {
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.atMs - y.a.atMs || x.i - y.i)
    .map((x) => x.a);
}

function parseItem(item: string, maxMs: number, m: (typeof PARAM_MESSAGES)['zh']): LbAction | string {
  const parts = item.trim().split('.');
  const [msText, kind, arg] = parts;
  if (parts.length < 2 || parts.length > 3 || msText === undefined || kind === undefined) return m.actionShape;
  const atMs = msText.trim() === '' ? NaN : Number(msText);
  if (!Number.isInteger(atMs) || atMs < 0 || atMs > maxMs) return m.actionTime(maxMs);
  const n = arg === undefined || arg.trim() === '' ? NaN : Number(arg);
  switch (kind) {
    case 'down':
    case 'up':
    case 'remove':
      if (!Number.isInteger(n) || n < 1 || n > MAX_SERVER_NUMBER) return m.actionServer(kind, MAX_SERVER_NUMBER);
      return { atMs, kind, server: n };
    case 'add':
      if (arg === undefined) return { atMs, kind, weight: 1 };
      if (!Number.isInteger(n) || n < 1 || n > 100) return m.actionWeight;
      return { atMs, kind, weight: n };
    case 'send':
      if (arg !== undefined) return m.actionSendArg;
      return { atMs, kind };
    default:
      return m.actionKind;
  }
}

/** Reads `actions=`; `maxMs` is the run's length (an action after the end means nothing). */
export function parseActions(raw: string, maxMs: number, language: Lang = 'zh'): { actions: LbAction[] } | { error: string } {
  const m = PARAM_MESSAGES[language];
  if (raw.trim() === '') return { actions: [] };
  const items = raw.split(',');
  if (items.length > MAX_ACTIONS) return { error: m.actionsTooMany(MAX_ACTIONS) };
  const actions: LbAction[] = [];
  for (const [i, item] of items.entries()) {
    const parsed = parseItem(item, Math.floor(maxMs), m);
    if (typeof parsed === 'string') return { error: m.actionItem(i + 1, item.trim(), parsed) };
    actions.push(parsed);
  }
  return { actions: sortActions(actions) };
}

export function formatAction(a: LbAction): string {
  switch (a.kind) {
    case 'add':
      return `${a.atMs}.add${a.weight !== 1 ? `.${a.weight}` : ''}`;
    case 'send':
      return `${a.atMs}.send`;
    default:
      return `${a.atMs}.${a.kind}.${a.server}`;
  }
}

export function formatActions(actions: readonly LbAction[]): string {
  return actions.map(formatAction).join(',');
}

/** 10.0.0.7:8080 → 7; null for an address that is not one of the lab's. */
export function serverNumberOf(id: string): number | null {
  const m = /^10\.0\.0\.(\d+):8080$/.exec(id);
  return m === null ? null : Number(m[1]);
}

export function serverIdOfNumber(n: number): string {
  return `10.0.0.${n}:8080`;
}

/** What a server added by hand looks like: the weight given, the rest like the last configured server. */
export type AddedServerTemplate = Omit<ServerSpec, 'id' | 'weight' | 'down'>;

/**
 * The hand actions as engine events. A server added by hand takes the next free number after the
 * configured servers and the ones the scenario (`baseEvents`) and earlier actions add.
 */
export function actionEvents(
  actions: readonly LbAction[],
  configured: readonly ServerSpec[],
  baseEvents: readonly UpstreamEvent[],
  template: AddedServerTemplate,
): UpstreamEvent[] {
  // Server n is the n-th configured server (whatever its name); added ones take numbers after them.
  let next = configured.length + 1;
  const note = (id: string): void => {
    const n = serverNumberOf(id);
    if (n !== null && n >= next) next = n + 1;
  };
  const idOf = (n: number): string => configured[n - 1]?.id ?? serverIdOfNumber(n);
  for (const s of configured) note(s.id);
  for (const e of baseEvents) if (e.kind === 'add') note(e.server.id);
  const out: UpstreamEvent[] = [];
  for (const a of actions) {
    switch (a.kind) {
      case 'send':
        break;
      case 'add': {
        const id = serverIdOfNumber(next++);
        out.push({ atMs: a.atMs, kind: 'add', server: { ...serverSpec(id, { ...template, weight: a.weight }), id, down: false } });
        break;
      }
      default:
        out.push({ atMs: a.atMs, kind: a.kind, serverId: idOf(a.server) });
    }
  }
  return out;
}

/** Arrival times with the hand-sent requests merged in (a sent request goes after arrivals at the same instant). */
export function withSends(arrivals: readonly number[], actions: readonly LbAction[]): number[] {
  const sends = actions.filter((a) => a.kind === 'send').map((a) => a.atMs);
  if (sends.length === 0) return [...arrivals];
  const out: number[] = [];
  let j = 0;
  for (const t of arrivals) {
    while (j < sends.length && (sends[j] as number) < t) out.push(sends[j++] as number);
    out.push(t);
  }
  while (j < sends.length) out.push(sends[j++] as number);
  return out;
}
