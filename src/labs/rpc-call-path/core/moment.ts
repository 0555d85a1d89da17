// What the picture shows at the player's moment: each stage's events so far, the providers'
// states, the attempt under way and whether the caller has its answer. Pure, from the run.
import type { CallRun } from './simulate.ts';
import { STAGES, type StageId } from './events.ts';

export type ProviderState = 'idle' | 'filtered' | 'picked' | 'answered' | 'tried' | 'down';

export interface Moment {
  readonly stageCounts: Readonly<Record<StageId, number>>;
  readonly providers: readonly ProviderState[];
  readonly attempt: number;
  readonly answered: boolean;
}

export function momentAt(run: CallRun, index: number): Moment {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageId, number>;
  const routed = new Set(run.routed);
  const providers: ProviderState[] = run.config.fault === 'no-provider' ? [] : run.config.weights.map((_, i) => (routed.has(i) ? 'idle' : 'filtered'));
  let attempt = 0;
  let answered = false;
  for (let i = 0; i <= index && i < run.events.length; i++) {
    const e = run.events[i];
    if (!e) continue;
    counts[e.stage] += 1;
    if (e.attempt > 0) attempt = e.attempt;
    if (e.code.startsWith('result-')) answered = true;
    if (e.provider === null || providers[e.provider] === 'down') continue;
    // A provider is 'picked' while its request is in flight (forks run side by side).
    if (e.code === 'pick') providers[e.provider] = 'picked';
    else if (e.code === 'dropped') providers[e.provider] = 'down';
    else if (e.code === 'response' || e.code === 'ignored-response') providers[e.provider] = 'answered';
    else if (e.code === 'timeout' || e.code === 'reply-error') providers[e.provider] = 'tried';
  }
  return { stageCounts: counts, providers, attempt, answered };
}

/** The next event at `stage` after `index` (wrapping to the first), or -1 when the run never reaches it. */
export function nextEventAt(run: CallRun, stage: StageId, index: number): number {
  const after = run.events.findIndex((e, i) => i > index && e.stage === stage);
  return after >= 0 ? after : run.events.findIndex((e) => e.stage === stage);
}
