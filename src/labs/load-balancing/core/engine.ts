// The upstream engine: nginx in front of a pool of backends, driven by a request stream.
// For each arrival (in time order) it first applies everything due by then (finished responses,
// scheduled events), then asks the balancer for a peer, as ngx_http_upstream does:
// - no peer → 502 "no live upstreams";
// - the peer refuses the connection → free_peer(FAILED) (max_fails accounting) and, as with the
//   default `proxy_next_upstream error timeout`, the next peer is tried, up to as many tries as
//   there are servers (or `proxy_next_upstream_tries`); all failed → 502;
// - the backend is busy (all `capacity` slots) → the request waits in its queue; a full queue
//   answers 503 at once (a success for nginx, a drop for the user).
// With `pinConnections`, a request on a keep-alive connection that is already bound to a live
// server skips balancing, as HTTP/2 or gRPC streams ride one long-lived connection.
// The hot path allocates nothing and copies no state; an observer (simulate.ts) sees each step.
import { createRandom } from '../../kernel/random.ts';
import { createBalancer, DEFAULT_BALANCER_OPTIONS, type BalancerOptions } from './create-balancer.ts';
import {
  createCompletionHeap, payloadSeq, payloadSlot, peekPayload, peekTime, popCompletion, pushCompletion,
} from './completion-heap.ts';
import { sortEvents, type UpstreamEvent } from './events.ts';
import { createHistogram, mergeInto, recordLatency, type LatencyHistogram } from './latency-histogram.ts';
import type { RequestStream } from './requests.ts';
import {
  createServerState, MAX_SERVERS, noteFailed, notePicked, noteSucceeded, type ServerSpec, type ServerState,
} from './servers.ts';
import { createRequest, resetRequest, type AlgorithmId, type Balancer, type LbRequest } from './types.ts';

export interface UpstreamSetup {
  readonly servers: readonly ServerSpec[];
  readonly algorithm: AlgorithmId;
  /** Seed of the balancer's own randomness (random, p2c, peak EWMA). */
  readonly seed: number;
  readonly options?: Partial<BalancerOptions>;
  readonly events?: readonly UpstreamEvent[];
  /** What `hash $key` hashes: the raw key (`$arg_user`) or the whole `$request_uri`. */
  readonly keySource?: 'key' | 'uri';
  readonly pinConnections?: boolean;
  /** proxy_next_upstream_tries; 0 = as many tries as servers (nginx's default). */
  readonly nextUpstreamTries?: number;
  /** Width of the per-server load series buckets. */
  readonly bucketMs?: number;
}

export type DropReason = 'no-live-upstreams' | 'all-tried-failed' | 'overloaded';

/** How one arrival was handled (reused object: copy what you keep). */
export interface ArrivalResult {
  /** Slot of the server that took it (or answered 503), -1 for a 502. */
  slot: number;
  /** 200 (served or queued), 502 or 503. */
  status: number;
  dropReason: DropReason | null;
  queued: boolean;
  pinned: boolean;
  /** Slots tried in order (the first `triedCount` entries); the last one is `slot` unless all failed. */
  readonly tried: Int32Array;
  triedCount: number;
}

export interface EngineObserver {
  /** Right after the balancer chose `index` (into `servers`), before any state changes. */
  onPick?(seq: number, req: LbRequest, index: number, servers: readonly ServerState[], balancer: Balancer): void;
  onArrival?(seq: number, result: ArrivalResult, servers: readonly ServerState[]): void;
  onComplete?(seq: number, slot: number, latencyMs: number, nowMs: number): void;
  onEvent?(event: UpstreamEvent, servers: readonly ServerState[]): void;
  /** A refused connection (`disabled`: it reached max_fails) or a 502 with no live upstreams. */
  onError?(kind: 'refused' | 'disabled' | 'no-live-upstreams', seq: number, slot: number, nowMs: number): void;
}

export interface SlotMetrics {
  readonly id: string;
  readonly slot: number;
  /** Requests sent to it, refused attempts included. */
  picks: number;
  served: number;
  refused: number;
  overloaded: number;
  /** Times max_fails disabled it. */
  disabled: number;
  maxQueue: number;
  readonly histogram: LatencyHistogram;
  /** Requests it accepted per time bucket. */
  readonly series: Int32Array;
  /** Longest queue seen per time bucket. */
  readonly queueSeries: Int32Array;
}

export interface EngineResult {
  readonly algorithm: AlgorithmId;
  readonly requests: number;
  readonly slots: readonly SlotMetrics[];
  /** Server states at the end (weights, fails, down…); `members` are the ones still in the pool. */
  readonly states: readonly ServerState[];
  readonly members: readonly string[];
  readonly histogram: LatencyHistogram;
  readonly noLiveUpstreams: number;
  readonly allTriedFailed: number;
  readonly overloaded: number;
  readonly retried: number;
  readonly bucketMs: number;
  /** Keep-alive connections bound to each slot at the end (pinConnections only). */
  readonly pinnedPerSlot: Int32Array;
}


export function runUpstream(setup: UpstreamSetup, stream: RequestStream, observer?: EngineObserver): EngineResult {
  const options: BalancerOptions = { ...DEFAULT_BALANCER_OPTIONS, ...setup.options };
  const balancer = createBalancer(setup.algorithm, createRandom(setup.seed), options);
  const events = sortEvents(setup.events ?? []);
  const bucketMs = setup.bucketMs ?? 1000;
  const count = stream.count;
  const times = stream.timesMs;
  const work = stream.work;
  const lastTime = count > 0 ? (times[count - 1] as number) : 0;
  const buckets = Math.floor(lastTime / bucketMs) + 1;
  const keys = setup.keySource === 'uri' ? stream.uris : stream.keys;
  const keyIds = stream.keyIds;
  const ips = stream.ips;
  const ipIds = stream.ipIds;

  // Per-slot runtime state in flat arrays, sized for every server the run can ever have.
  const maxSlots = setup.servers.length + events.filter((e) => e.kind === 'add').length;
  const active = new Int32Array(maxSlots);
  const qHead = new Int32Array(maxSlots);
  const qSize = new Int32Array(maxSlots);
  const slow = new Float64Array(maxSlots).fill(1);
  const refusing = new Uint8Array(maxSlots);
  const queues: Int32Array[] = [];
  const slots: ServerState[] = [];
  const metrics: SlotMetrics[] = [];
  const servers: ServerState[] = [];
  const indexOfSlot = new Int32Array(maxSlots).fill(-1);
  const pinnedPerSlot = new Int32Array(maxSlots);

  function addServer(spec: ServerSpec): void {
    const slot = slots.length;
    const state = createServerState(spec, slot);
    slots.push(state);
    queues.push(new Int32Array(Math.max(1, spec.queueLimit)));
    metrics.push({
      id: spec.id, slot, picks: 0, served: 0, refused: 0, overloaded: 0, disabled: 0, maxQueue: 0,
      histogram: createHistogram(), series: new Int32Array(buckets), queueSeries: new Int32Array(buckets),
    });
    servers.push(state);
  }
  function membershipChanged(): void {
    indexOfSlot.fill(-1);
    servers.forEach((s, i) => (indexOfSlot[s.slot] = i));
    balancer.init(servers);
  }
  for (const spec of setup.servers.slice(0, MAX_SERVERS)) addServer(spec);
  membershipChanged();

  const pinning = setup.pinConnections === true;
  const connIds = stream.connIds;
  const pin = new Int32Array(pinning ? stream.connCount : 0).fill(-1);
  function unpinSlot(slot: number): void {
    if (!pinning) return;
    for (let c = 0; c < pin.length; c++) if (pin[c] === slot) pin[c] = -1;
    pinnedPerSlot[slot] = 0;
  }

  const histogram = createHistogram();
  const heap = createCompletionHeap();
  const req = createRequest();
  const result: ArrivalResult = {
    slot: -1, status: 0, dropReason: null, queued: false, pinned: false, tried: new Int32Array(MAX_SERVERS + 1), triedCount: 0,
  };
  const onFinish = balancer.onFinish;
  let noLive = 0;
  let allFailed = 0;
  let overloaded = 0;
  let retried = 0;
  let eventIndex = 0;
  let nextEventAt = events.length > 0 ? (events[0] as UpstreamEvent).atMs : Infinity;

  function bySlot(id: string): ServerState | undefined {
    return slots.find((s) => s.id === id && indexOfSlot[s.slot] !== -1) ?? slots.find((s) => s.id === id);
  }

  function applyEvent(e: UpstreamEvent): void {
    if (e.kind === 'add') {
      if (servers.length < MAX_SERVERS && slots.length < maxSlots && !servers.some((s) => s.id === e.server.id)) {
        addServer(e.server);
        membershipChanged();
      }
    } else {
      const s = bySlot(e.serverId);
      if (s !== undefined) {
        switch (e.kind) {
          case 'down':
            s.down = true;
            unpinSlot(s.slot);
            break;
          case 'up':
            s.down = false;
            break;
          case 'remove': {
            const i = indexOfSlot[s.slot] as number;
            if (i >= 0) {
              servers.splice(i, 1);
              unpinSlot(s.slot);
              membershipChanged();
            }
            break;
          }
          case 'weight':
            s.weight = e.weight;
            s.effectiveWeight = e.weight;
            s.currentWeight = 0;
            membershipChanged();
            break;
          case 'refuse-start':
            refusing[s.slot] = 1;
            unpinSlot(s.slot);
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
    }
    observer?.onEvent?.(e, servers);
  }

  function complete(): void {
    const now = peekTime(heap);
    const payload = peekPayload(heap);
    const seq = payloadSeq(payload);
    const slot = payloadSlot(payload, seq);
    popCompletion(heap);
    const s = slots[slot] as ServerState;
    active[slot] = (active[slot] as number) - 1;
    noteSucceeded(s);
    const latency = now - (times[seq] as number);
    const m = metrics[slot] as SlotMetrics;
    m.served++;
    recordLatency(m.histogram, latency);
    if (onFinish !== undefined) onFinish(s, latency, now);
    observer?.onComplete?.(seq, slot, latency, now);
    const waiting = qSize[slot] as number;
    if (waiting > 0) {
      const queue = queues[slot] as Int32Array;
      const head = qHead[slot] as number;
      const next = queue[head] as number;
      qHead[slot] = head + 1 === queue.length ? 0 : head + 1;
      qSize[slot] = waiting - 1;
      active[slot] = (active[slot] as number) + 1;
      pushCompletion(heap, now + s.latencyMs * (work[next] as number) * (slow[slot] as number), next, slot);
    }
  }

  function advanceTo(t: number): void {
    for (;;) {
      const nextDone = peekTime(heap);
      if (heap.size > 0 && nextDone <= t && nextDone <= nextEventAt) {
        complete();
      } else if (eventIndex < events.length && nextEventAt <= t) {
        applyEvent(events[eventIndex++] as UpstreamEvent);
        nextEventAt = eventIndex < events.length ? (events[eventIndex] as UpstreamEvent).atMs : Infinity;
      } else {
        return;
      }
    }
  }

  /** Sends the request to the server; returns false when the connection was refused. */
  function attempt(seq: number, s: ServerState, now: number): boolean {
    const slot = s.slot;
    const m = metrics[slot] as SlotMetrics;
    m.picks++;
    result.tried[result.triedCount++] = slot;
    notePicked(s, now);
    if (refusing[slot] === 1) {
      m.refused++;
      observer?.onError?.('refused', seq, slot, now);
      if (noteFailed(s, now) && s.fails === s.maxFails) {
        m.disabled++;
        observer?.onError?.('disabled', seq, slot, now);
      }
      return false;
    }
    result.slot = slot;
    const bucket = Math.floor(now / bucketMs);
    const busy = active[slot] as number;
    if (busy < s.capacity) {
      m.series[bucket] = (m.series[bucket] as number) + 1;
      active[slot] = busy + 1;
      pushCompletion(heap, now + s.latencyMs * (work[seq] as number) * (slow[slot] as number), seq, slot);
      return true;
    }
    const waiting = qSize[slot] as number;
    if (waiting < s.queueLimit) {
      m.series[bucket] = (m.series[bucket] as number) + 1;
      const queue = queues[slot] as Int32Array;
      let tail = (qHead[slot] as number) + waiting;
      if (tail >= queue.length) tail -= queue.length;
      queue[tail] = seq;
      qSize[slot] = waiting + 1;
      result.queued = true;
      if (waiting + 1 > m.maxQueue) m.maxQueue = waiting + 1;
      if (waiting + 1 > (m.queueSeries[bucket] as number)) m.queueSeries[bucket] = waiting + 1;
      return true;
    }
    m.overloaded++;
    overloaded++;
    noteSucceeded(s);
    result.status = 503;
    result.dropReason = 'overloaded';
    return true;
  }

  for (let seq = 0; seq < count; seq++) {
    const now = times[seq] as number;
    if (peekTime(heap) <= now || nextEventAt <= now) advanceTo(now);
    result.slot = -1;
    result.status = 200;
    result.dropReason = null;
    result.queued = false;
    result.pinned = false;
    result.triedCount = 0;

    const conn = pinning ? (connIds[seq] as number) : -1;
    if (conn >= 0) {
      const slot = pin[conn] as number;
      if (slot >= 0 && indexOfSlot[slot] !== -1 && !(slots[slot] as ServerState).down) {
        result.pinned = true;
        attempt(seq, slots[slot] as ServerState, now);
        observer?.onArrival?.(seq, result, servers);
        continue;
      }
    }

    resetRequest(req, keys[keyIds[seq] as number] as string, ips[ipIds[seq] as number] as string, now);
    const n = servers.length;
    const maxTries = setup.nextUpstreamTries ? Math.min(setup.nextUpstreamTries, n) : n;
    let done = false;
    for (let k = 0; k < maxTries; k++) {
      const index = balancer.pick(req, servers);
      if (observer !== undefined) observer.onPick?.(seq, req, index, servers, balancer);
      if (index < 0) break;
      req.tried |= 1 << index;
      req.attempt++;
      if (attempt(seq, servers[index] as ServerState, now)) {
        done = true;
        if (conn >= 0 && result.status === 200) {
          const old = pin[conn] as number;
          if (old >= 0) pinnedPerSlot[old] = (pinnedPerSlot[old] as number) - 1;
          pin[conn] = result.slot;
          pinnedPerSlot[result.slot] = (pinnedPerSlot[result.slot] as number) + 1;
        }
        break;
      }
    }
    if (result.triedCount > 1) retried++;
    if (!done) {
      result.status = 502;
      if (result.triedCount === 0 || result.triedCount < maxTries) {
        result.dropReason = 'no-live-upstreams';
        noLive++;
        observer?.onError?.('no-live-upstreams', seq, -1, now);
      } else {
        result.dropReason = 'all-tried-failed';
        allFailed++;
      }
    }
    if (observer !== undefined) observer.onArrival?.(seq, result, servers);
  }
  advanceTo(Infinity);
  for (const m of metrics) mergeInto(histogram, m.histogram);

  return {
    algorithm: setup.algorithm,
    requests: count,
    slots: metrics,
    states: slots,
    members: servers.map((s) => s.id),
    histogram,
    noLiveUpstreams: noLive,
    allTriedFailed: allFailed,
    overloaded,
    retried,
    bucketMs,
    pinnedPerSlot: pinnedPerSlot.slice(0, slots.length),
  };
}
