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
// `backup` servers: when the primary list has no peer to give (all down, failed out, at max_conns
// or already tried), nginx moves the request to the backup list for good, with a fresh `tried`
// bitmap, and balances there with the same method (get_round_robin_peer / get_least_conn_peer,
// label `failed:`); the request's tries cover both lists (ngx_http_upstream_tries).
// The hot path allocates nothing and copies no state; an observer (simulate.ts) sees each step.
import { createRandom } from '../../kernel/random.ts';
import { createBalancer, DEFAULT_BALANCER_OPTIONS, type BalancerOptions } from './create-balancer.ts';
import { createCompletionHeap, payloadSeq, payloadSlot, peekPayload, peekTime, popCompletion, pushCompletion } from './completion-heap.ts';
import { sortEvents, type UpstreamEvent } from './events.ts';
import { createHistogram, HISTOGRAM_BUCKETS, latencyBucket, mergeInto } from './latency-histogram.ts';
import type { ArrivalResult, EngineObserver, EngineResult, SlotMetrics, UpstreamSetup } from './engine-types.ts';
import type { RequestStream } from './requests.ts';
import { MAX_SERVERS, noteFailed, notePicked, noteSucceeded, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';
import { createUpstreamPool } from './upstream-pool.ts';

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
  // Counters live in flat typed arrays during the run; SlotMetrics objects are built at the end.
  const picks = new Int32Array(maxSlots);
  const served = new Int32Array(maxSlots);
  const refused = new Int32Array(maxSlots);
  const shed = new Int32Array(maxSlots);
  const disabled = new Int32Array(maxSlots);
  const maxQueue = new Int32Array(maxSlots);
  const series = new Int32Array(maxSlots * buckets);
  const queueSeries = new Int32Array(maxSlots * buckets);
  const histCounts = new Int32Array(maxSlots * HISTOGRAM_BUCKETS);
  const histSum = new Float64Array(maxSlots);
  const histMax = new Float64Array(maxSlots);
  const pinnedPerSlot = new Int32Array(maxSlots);
  const pinning = setup.pinConnections === true;
  const connIds = stream.connIds;
  const pin = new Int32Array(pinning ? stream.connCount : 0).fill(-1);
  function unpinSlot(slot: number): void {
    if (!pinning) return;
    for (let c = 0; c < pin.length; c++) if (pin[c] === slot) pin[c] = -1;
    pinnedPerSlot[slot] = 0;
  }
  // Only round robin and least_conn have a backup list; hash and random methods never use it.
  const hasBackupList = (setup.algorithm === 'swrr' || setup.algorithm === 'least-conn') && setup.servers.some((s) => s.backup === true);
  const backupBalancer = hasBackupList ? createBalancer(setup.algorithm, createRandom(setup.seed), options) : undefined;
  const pool = createUpstreamPool(setup.servers, maxSlots, balancer, unpinSlot, backupBalancer);
  const { slots, servers, backups, indexOfSlot, refusing, slow, queues } = pool;

  const histogram = createHistogram();
  const heap = createCompletionHeap();
  const req = createRequest();
  req.noSingle = backupBalancer !== undefined;
  const result: ArrivalResult = {
    slot: -1,
    status: 0,
    dropReason: null,
    queued: false,
    pinned: false,
    tried: new Int32Array(MAX_SERVERS + 1),
    triedCount: 0,
  };
  const onFinish = balancer.onFinish;
  const onPick = observer?.onPick;
  const onArrival = observer?.onArrival;
  const onComplete = observer?.onComplete;
  const onError = observer?.onError;
  const nextUpstreamTries = setup.nextUpstreamTries ?? 0;
  let noLive = 0;
  let allFailed = 0;
  let overloaded = 0;
  let retried = 0;
  let eventIndex = 0;
  let nextEventAt = events.length > 0 ? (events[0] as UpstreamEvent).atMs : Infinity;

  function applyEvent(e: UpstreamEvent): void {
    pool.apply(e);
    observer?.onEvent?.(e, servers, backups);
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
    served[slot] = (served[slot] as number) + 1;
    const h = slot * HISTOGRAM_BUCKETS + latencyBucket(latency);
    histCounts[h] = (histCounts[h] as number) + 1;
    histSum[slot] = (histSum[slot] as number) + latency;
    if (latency > (histMax[slot] as number)) histMax[slot] = latency;
    if (onFinish !== undefined) onFinish(s, latency, now);
    if (onComplete !== undefined) onComplete(seq, slot, latency, now);
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
    picks[slot] = (picks[slot] as number) + 1;
    result.tried[result.triedCount++] = slot;
    notePicked(s, now);
    if (refusing[slot] === 1) {
      refused[slot] = (refused[slot] as number) + 1;
      if (onError !== undefined) onError('refused', seq, slot, now);
      if (noteFailed(s, now) && s.fails === s.maxFails) {
        disabled[slot] = (disabled[slot] as number) + 1;
        if (onError !== undefined) onError('disabled', seq, slot, now);
      }
      return false;
    }
    result.slot = slot;
    const bucket = slot * buckets + Math.floor(now / bucketMs);
    const busy = active[slot] as number;
    if (busy < s.capacity) {
      series[bucket] = (series[bucket] as number) + 1;
      active[slot] = busy + 1;
      pushCompletion(heap, now + s.latencyMs * (work[seq] as number) * (slow[slot] as number), seq, slot);
      return true;
    }
    const waiting = qSize[slot] as number;
    if (waiting < s.queueLimit) {
      series[bucket] = (series[bucket] as number) + 1;
      const queue = queues[slot] as Int32Array;
      let tail = (qHead[slot] as number) + waiting;
      if (tail >= queue.length) tail -= queue.length;
      queue[tail] = seq;
      qSize[slot] = waiting + 1;
      result.queued = true;
      if (waiting + 1 > (maxQueue[slot] as number)) maxQueue[slot] = waiting + 1;
      if (waiting + 1 > (queueSeries[bucket] as number)) queueSeries[bucket] = waiting + 1;
      return true;
    }
    shed[slot] = (shed[slot] as number) + 1;
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
        if (onArrival !== undefined) onArrival(seq, result, servers, backups);
        continue;
      }
    }

    resetRequest(req, keys[keyIds[seq] as number] as string, ips[ipIds[seq] as number] as string, now);
    const n = servers.length + (backupBalancer !== undefined ? backups.length : 0);
    const maxTries = nextUpstreamTries > 0 ? Math.min(nextUpstreamTries, n) : n;
    let done = false;
    let list = servers;
    let listBalancer = balancer;
    for (let k = 0; k < maxTries; k++) {
      let index = listBalancer.pick(req, list);
      if (index < 0 && list === servers && backupBalancer !== undefined && backups.length > 0) {
        list = backups;
        listBalancer = backupBalancer;
        req.tried = 0;
        index = listBalancer.pick(req, list);
      }
      if (onPick !== undefined) onPick(seq, req, index, list, listBalancer);
      if (index < 0) break;
      req.tried |= 1 << index;
      req.attempt++;
      if (attempt(seq, list[index] as ServerState, now)) {
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
        if (onError !== undefined) onError('no-live-upstreams', seq, -1, now);
      } else {
        result.dropReason = 'all-tried-failed';
        allFailed++;
      }
    }
    if (onArrival !== undefined) onArrival(seq, result, servers, backups);
  }
  advanceTo(Infinity);
  const metrics = slots.map((s, slot): SlotMetrics => ({
    id: s.id,
    slot,
    picks: picks[slot] as number,
    served: served[slot] as number,
    refused: refused[slot] as number,
    overloaded: shed[slot] as number,
    disabled: disabled[slot] as number,
    maxQueue: maxQueue[slot] as number,
    histogram: {
      counts: histCounts.slice(slot * HISTOGRAM_BUCKETS, (slot + 1) * HISTOGRAM_BUCKETS),
      count: served[slot] as number,
      sum: histSum[slot] as number,
      max: histMax[slot] as number,
    },
    series: series.slice(slot * buckets, (slot + 1) * buckets),
    queueSeries: queueSeries.slice(slot * buckets, (slot + 1) * buckets),
  }));
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
