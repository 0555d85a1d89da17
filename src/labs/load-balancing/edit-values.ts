// Edits the view makes to the URL values: a hand action at the player's moment, removing one,
// a new seed. Pure, so the tests can check them without a browser.
import { sortActions, type LbAction } from './core/actions.ts';
import type { LoadBalancingValues } from './core/params.ts';

/** The moment a button press acts at: just after the row the player shows. */
export function actionTime(nowMs: number, durationMs: number): number {
  return Math.min(Math.floor(durationMs), Math.ceil(nowMs));
}

export function addAction(values: LoadBalancingValues, action: LbAction): LoadBalancingValues {
  return { ...values, actions: sortActions([...values.actions, action]) };
}

export function removeAction(values: LoadBalancingValues, index: number): LoadBalancingValues {
  return { ...values, actions: values.actions.filter((_, i) => i !== index) };
}

/** A different seed, derived from the current one so it is reproducible too. */
export function nextSeed(seed: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 2654435761) >>> 0) % 1_000_000;
}
