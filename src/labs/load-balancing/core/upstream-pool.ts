// The servers of a run: every server that ever joined gets a stable slot (its metrics and queue
// live there), `servers` is the current pool the balancer sees, in config order. Scheduled events
// change it: down/up, add/remove, a new weight (the balancer re-inits, as after an nginx reload),
// or a backend refusing connections or slowing down. Going down, being removed or refusing
// breaks the keep-alive connections bound to the server (`onUnpin`).
// `backup` servers form nginx's second peer list (peers->next): their own balancer, asked only
// when the primary list has no peer to give (engine.ts).
import type { UpstreamEvent } from './events.ts';
import { createServerState, MAX_SERVERS, type ServerSpec, type ServerState } from './servers.ts';
import type { Balancer } from './types.ts';

export interface UpstreamPool {
  /** Every server that was ever in the pool, by slot. */
  readonly slots: ServerState[];
  /** The current pool, in order (indexes the balancer returns). */
  readonly servers: ServerState[];
  /** The current backup servers, in order (indexes the backup balancer returns). */
  readonly backups: ServerState[];
  /** Slot → index in `servers`, -1 when not a member. */
  readonly indexOfSlot: Int32Array;
  /** 1 while the server refuses connections. */
  readonly refusing: Uint8Array;
  /** Service-time multiplier per slot (1 = normal). */
  readonly slow: Float64Array;
  /** Each slot's queue buffer, `queueLimit` long. */
  readonly queues: Int32Array[];
  apply(event: UpstreamEvent): void;
}

export function createUpstreamPool(
  specs: readonly ServerSpec[],
  maxSlots: number,
  balancer: Balancer,
  onUnpin: (slot: number) => void,
  backupBalancer?: Balancer,
): UpstreamPool {
  const slots: ServerState[] = [];
  const servers: ServerState[] = [];
  const backups: ServerState[] = [];
  const queues: Int32Array[] = [];
  const indexOfSlot = new Int32Array(maxSlots).fill(-1);
  const refusing = new Uint8Array(maxSlots);
  const slow = new Float64Array(maxSlots).fill(1);

  function add(spec: ServerSpec): void {
    const state = createServerState(spec, slots.length);
    slots.push(state);
    queues.push(new Int32Array(Math.max(1, spec.queueLimit)));
    (state.backup ? backups : servers).push(state);
  }
  function changed(): void {
    indexOfSlot.fill(-1);
    servers.forEach((s, i) => (indexOfSlot[s.slot] = i));
    backups.forEach((s, i) => (indexOfSlot[s.slot] = i));
    balancer.init(servers);
    backupBalancer?.init(backups);
  }
  function find(id: string): ServerState | undefined {
    return slots.find((s) => s.id === id && indexOfSlot[s.slot] !== -1) ?? slots.find((s) => s.id === id);
  }

  for (const spec of specs.slice(0, Math.min(MAX_SERVERS, maxSlots))) add(spec);
  changed();

  function apply(e: UpstreamEvent): void {
    if (e.kind === 'add') {
      if (servers.length < MAX_SERVERS && slots.length < maxSlots && ![...servers, ...backups].some((s) => s.id === e.server.id)) {
        add(e.server);
        changed();
      }
      return;
    }
    const s = find(e.serverId);
    if (s === undefined) return;
    switch (e.kind) {
      case 'down':
        s.down = true;
        onUnpin(s.slot);
        break;
      case 'up':
        s.down = false;
        break;
      case 'remove': {
        const i = indexOfSlot[s.slot] as number;
        if (i >= 0) {
          (s.backup ? backups : servers).splice(i, 1);
          onUnpin(s.slot);
          changed();
        }
        break;
      }
      case 'weight':
        s.weight = e.weight;
        s.effectiveWeight = e.weight;
        s.currentWeight = 0;
        changed();
        break;
      case 'refuse-start':
        refusing[s.slot] = 1;
        onUnpin(s.slot);
        break;
      case 'refuse-end':
        refusing[s.slot] = 0;
        break;
      case 'slow-start':
        slow[s.slot] = e.factor;
        break;
      case 'slow-end':
        slow[s.slot] = 1;
        break;
    }
  }

  return { slots, servers, backups, indexOfSlot, refusing, slow, queues, apply };
}
