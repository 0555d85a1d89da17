// Words for one row of the run, shared by the picture and the trace table: the outcome of a
// request, the engine's reasons with server names, the pool after it.
import { describeEvent, describeWhy, DROP_REASONS } from './describe-live.ts';
import type { RequestRow, ServerSnapshot, SimRow } from './core/simulate.ts';
import { serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export function labels(snapshot: readonly ServerSnapshot[]): string[] {
  return snapshot.map((s) => serverLabel(s.id));
}

export function outcomeText(row: RequestRow): string {
  if (row.status === 502) return S.outcome502;
  if (row.status === 503) return S.outcome503;
  if (row.pinned) return S.outcomePinned;
  return row.queued ? S.outcomeQueued : S.outcome200;
}

export function outcomeClass(row: RequestRow): string {
  if (row.status >= 500) return 'lb-out lb-out-drop';
  return row.queued ? 'lb-out lb-out-queued' : 'lb-out lb-out-ok';
}

/** The engine's sentences for every pick of the request, then why it was dropped. */
export function whyText(row: SimRow): string {
  if (row.kind === 'event') return describeEvent(row.event);
  const names = labels(row.snapshot);
  const parts = row.why.map((w) => describeWhy(w, names));
  if (row.tried.length > 1 || (row.status === 502 && row.tried.length > 0)) parts.unshift(S.triedPath(row.tried.map(serverLabel).join(' → ')));
  if (row.dropReason !== null) parts.push(S.sentence(DROP_REASONS[row.dropReason]));
  return parts.join(' ');
}

export function poolText(snapshot: readonly ServerSnapshot[]): string {
  return snapshot.map((s) => `${serverLabel(s.id)}:${s.down ? 'down' : s.failedUntilMs !== null ? '✗' : s.conns}`).join(' ');
}
