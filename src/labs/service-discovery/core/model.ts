// What each registry model supplies to the run (simulate.ts does the rest: calls, the script).
import type { Sim, SimEvent } from './sim-state.ts';

export interface Model {
  /** Starts the timers of a steady state: everything registered long ago, phases from the seed. */
  init(sim: Sim): void;
  /** The model's own timed events (renewals, server tasks, fetches, watches). */
  on(sim: Sim, ev: SimEvent): void;
  /** A provider leaves on purpose (before a deploy). */
  deregister(sim: Sim, p: number): void;
  /** The process of a provider that deregistered has exited. */
  exit?(sim: Sim, p: number): void;
  /** The partition between providers and the registry heals. */
  heal?(sim: Sim): void;
  /** A registry server stopped or started (ZooKeeper ensemble, Eureka peers). */
  serverStop?(sim: Sim, server: number | 'L'): number | null;
  serverStart?(sim: Sim, server: number): void;
}
