// What happens in a run, as data: the engine records these, the view words them (strings.ts).
// Replies are Redis's own protocol text (`-MOVED 3999 127.0.0.1:7001`), as a client sees them.

export type Command =
  | { readonly name: 'GET'; readonly keys: readonly [string] }
  | { readonly name: 'SET'; readonly keys: readonly [string]; readonly value: string }
  | { readonly name: 'MGET'; readonly keys: readonly string[] };

export type TraceEvent =
  /** A client sends a command to the node its slot map (or a redirection) names. */
  | { readonly kind: 'send'; readonly client: string; readonly node: string; readonly command: Command; readonly slot: number; readonly asking: boolean }
  | {
      readonly kind: 'reply';
      readonly client: string;
      readonly node: string;
      readonly reply: string;
      readonly outcome: 'ok' | 'moved' | 'ask' | 'crossslot' | 'tryagain' | 'clusterdown' | 'refused';
    }
  | { readonly kind: 'asking'; readonly client: string; readonly node: string }
  | { readonly kind: 'map-update'; readonly client: string; readonly slot: number; readonly node: string }
  | { readonly kind: 'map-refresh'; readonly client: string; readonly from: string; readonly changed: number }
  | {
      readonly kind: 'wait';
      readonly client: string;
      readonly node: string;
      readonly wanted: number;
      readonly acked: number;
      readonly timedOut: boolean;
      readonly timeoutMs: number;
    }
  | { readonly kind: 'setslot'; readonly node: string; readonly slot: number; readonly state: 'importing' | 'migrating' | 'node'; readonly other: string }
  | { readonly kind: 'migrate'; readonly from: string; readonly to: string; readonly slot: number; readonly keys: readonly string[] }
  | { readonly kind: 'crash'; readonly node: string }
  | { readonly kind: 'partition'; readonly minority: readonly string[] }
  | { readonly kind: 'pfail'; readonly observer: string; readonly node: string; readonly silentMs: number }
  | { readonly kind: 'fail'; readonly observer: string; readonly node: string; readonly reports: readonly string[]; readonly quorum: number }
  | { readonly kind: 'minority'; readonly node: string; readonly reachableMasters: number; readonly quorum: number }
  | {
      readonly kind: 'election-scheduled';
      readonly node: string;
      readonly rank: number;
      readonly randomMs: number;
      readonly delayMs: number;
      readonly offset: number;
    }
  | {
      readonly kind: 'election';
      readonly node: string;
      readonly epoch: number;
      readonly votes: readonly string[];
      readonly quorum: number;
      readonly won: boolean;
    }
  | { readonly kind: 'promoted'; readonly node: string; readonly oldMaster: string; readonly epoch: number; readonly slots: number }
  | { readonly kind: 'follow'; readonly node: string; readonly master: string }
  | { readonly kind: 'heal' }
  | { readonly kind: 'demoted'; readonly node: string; readonly master: string; readonly epoch: number; readonly ownEpoch: number; readonly dropped: number }
  | { readonly kind: 'lost-write'; readonly key: string; readonly value: string; readonly node: string; readonly acknowledged: boolean };

export type TraceKind = TraceEvent['kind'];

/** A write the client made, and what became of it when the run ends. */
export interface WriteRecord {
  readonly key: string;
  readonly value: string;
  readonly atMs: number;
  readonly node: string;
  /** The client was told OK (and, with WAIT, enough replicas had it). */
  readonly acknowledged: boolean;
  /** WAIT's answer (replicas that had it), null without WAIT or when the SET failed. */
  readonly waitAcked: number | null;
  readonly reply: string;
  /** The value is still there at the end of the run. */
  survived: boolean;
}
