// How consumers' lists change, for every registry: a list replaced (by a push, a poll, a fetch, a
// refresh, a watch), and the bookkeeping of the window in which a stopped provider is still listed.
import type { EventCode } from './events.ts';
import { consumerName } from './scenario.ts';
import { emit, listed, names, noteSeen, now, type Args, type Sim } from './sim-state.ts';

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Replaces consumer c's calling list; a row when it changed (with `code`), or silently when code is null. */
export function setList(sim: Sim, c: number, list: readonly number[], code: EventCode | null, args: Args = {}, close = true): void {
  const consumer = sim.consumers[c];
  if (!consumer) return;
  if (consumer.list === list || sameList(consumer.list, list)) return;
  consumer.list = list;
  noteSeen(sim, list);
  if (close) closeWindows(sim);
  if (code !== null && sim.rows) emit(sim, consumerName(c), code, { ...args, list: names(list) }, 'info');
}

/** A push of the registry's current list to every connected consumer (Nacos UDP push, the notes' notify). */
export function pushAll(sim: Sim, code: EventCode): void {
  const list = listed(sim);
  sim.pushed = list;
  let changed = 0;
  sim.consumers.forEach((c, i) => {
    if (!c.connected || sameList(c.list, list)) return;
    setList(sim, i, list, null, {}, false);
    changed++;
  });
  // One check after the whole push, not one per consumer (1,000 consumers in the benchmark).
  if (changed > 0) closeWindows(sim);
  if (changed > 0) emit(sim, 'registry', code, { list: names(list), consumers: changed }, 'info');
}

/** A stopped provider's window closes when no consumer lists it any more. */
export function closeWindows(sim: Sim): void {
  for (const w of sim.windows) {
    if (w.clearedAtMs !== null) continue;
    if (sim.consumers.some((c) => c.list.includes(w.provider))) continue;
    w.clearedAtMs = now(sim);
    emit(sim, `p${w.provider + 1}`, 'window-closed', { provider: `p${w.provider + 1}`, seconds: (w.clearedAtMs - w.stoppedAtMs) / 1000 }, 'ok');
  }
}
