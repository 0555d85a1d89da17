// Runs a scenario on the load-balancing engine: base traffic plus a spike, shaped as the scenario
// says (a hot key, a NAT's addresses), through the broken setup with every request and every
// error recorded, and through the fixed setup for the before/after numbers. Same seed, same run.
import { createRandom, randomInt, type Random } from '../../kernel/random.ts';
import { generateArrivals } from '../../kernel/traffic.ts';
import type { UpstreamSetup } from '../../load-balancing/core/engine-types.ts';
import { runUpstream } from '../../load-balancing/core/engine.ts';
import { summarizeRun, type RunSummary } from '../../load-balancing/core/metrics.ts';
import { createRequestStream, randomClientIps, type RequestStream } from '../../load-balancing/core/requests.ts';
import { renderNginxConfig } from './nginx-config.ts';
import { splitByProxyCache } from './proxy-cache.ts';
import { SCENARIOS, type IncidentScenario, type IncidentSetup, type ScenarioId } from './scenarios.ts';

export interface IncidentRecord {
  readonly seq: number;
  readonly timeMs: number;
  /** `$remote_addr` as nginx saw it. */
  readonly ip: string;
  readonly uri: string;
  readonly userAgent: string;
  /** Keep-alive connection id of the client. */
  readonly connection: number;
  readonly status: number;
  /** Servers tried in order (`$upstream_addr`); empty for "no live upstreams". */
  readonly tried: readonly string[];
  readonly serverId: string | null;
  /** Response time (queue + service) once it completed; null for 502/503. */
  latencyMs: number | null;
}

export interface IncidentError {
  readonly timeMs: number;
  readonly kind: 'refused' | 'disabled' | 'no-live-upstreams';
  readonly serverId: string | null;
  readonly seq: number;
}

export interface IncidentRun {
  readonly scenario: IncidentScenario;
  readonly seed: number;
  readonly records: readonly IncidentRecord[];
  readonly errors: readonly IncidentError[];
  readonly summary: RunSummary;
  readonly fixedSummary: RunSummary;
  /** Requests the fixed setup answered from nginx's proxy_cache (they never reached an upstream). */
  readonly fixedCacheHits: number;
  readonly config: string;
  readonly fixedConfig: string;
  /** Established keep-alive connections per server at the end (pinned setups), by server id. */
  readonly connectionsPerServer: Readonly<Record<string, number>>;
}

/** Base arrivals over the whole run plus spike arrivals from spikeAtMs on, merged in time order. */
export function incidentArrivals(s: IncidentScenario, seed: number): { arrivals: number[]; spike: Uint8Array } {
  const base = generateArrivals({ kind: 'poisson', ratePerSec: s.baseRate }, s.durationMs, createRandom(seed));
  const extra = generateArrivals({ kind: 'poisson', ratePerSec: s.spikeRate }, s.durationMs - s.spikeAtMs, createRandom(seed + 1)).map((t) => t + s.spikeAtMs);
  const arrivals: number[] = [];
  const spike: number[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < extra.length) {
    if (j >= extra.length || (i < base.length && (base[i] as number) <= (extra[j] as number))) {
      arrivals.push(base[i++] as number);
      spike.push(0);
    } else {
      arrivals.push(extra[j++] as number);
      spike.push(1);
    }
  }
  return { arrivals, spike: Uint8Array.from(spike) };
}

/** Reshapes the spike's requests: the hot key, or a different set of client addresses. */
function reshape(stream: RequestStream, spike: Uint8Array, s: IncidentScenario, clients: readonly string[], random: Random): RequestStream {
  const keyIds = stream.keyIds.slice();
  const ipIds = stream.ipIds.slice();
  const ips = [...stream.ips, ...clients];
  const keys = s.keyNames.length === stream.keys.length ? [...s.keyNames] : [...stream.keys];
  const uris = keys.map((k) => s.stream.uriTemplate.replace('{key}', k));
  // The hottest key is the one Zipf made most popular: the most frequent id in the base stream.
  const counts = new Int32Array(keys.length);
  for (const id of stream.keyIds) counts[id] = (counts[id] as number) + 1;
  const hot = counts.indexOf(Math.max(...counts));
  for (let i = 0; i < stream.count; i++) {
    if (spike[i] !== 1) continue;
    if (s.hotKeyShare > 0 && random() < s.hotKeyShare) keyIds[i] = hot;
    if (clients.length > 0) ipIds[i] = stream.ips.length + randomInt(random, clients.length);
  }
  return { ...stream, keyIds, ipIds, ips, keys, uris };
}

function toSetup(setup: IncidentSetup, seed: number): UpstreamSetup {
  return {
    servers: setup.config.servers,
    algorithm: setup.algorithm,
    seed,
    events: setup.events,
    keySource: setup.keySource,
    pinConnections: setup.pinConnections,
  };
}

export function runIncident(id: ScenarioId, seed?: number): IncidentRun {
  const scenario = SCENARIOS[id];
  const runSeed = seed ?? scenario.seed;
  const { arrivals, spike } = incidentArrivals(scenario, runSeed);
  const stream = createRequestStream(arrivals, { ...scenario.stream, seed: runSeed });
  // The addresses nginx sees for the spike (the CDN's egress), and the real clients behind them.
  const realClients = scenario.spikeClients.length > 0 ? randomClientIps(1500, createRandom(runSeed ^ 0x5bd1e995)) : [];
  const seen = reshape(stream, spike, scenario, scenario.spikeClients, createRandom(runSeed + 7));
  const real = scenario.spikeClients.length > 0 ? reshape(stream, spike, scenario, realClients, createRandom(runSeed + 7)) : seen;

  const records: IncidentRecord[] = [];
  const errors: IncidentError[] = [];
  const pending = new Map<number, IncidentRecord>();
  const brokenSetup = toSetup(scenario.broken, runSeed);
  const idOf = (slot: number): string => brokenSetup.servers[slot]?.id ?? `#${slot}`;
  const run = runUpstream(brokenSetup, scenario.broken.realClientIps ? real : seen, {
    onArrival(seq, result) {
      const tried = Array.from(result.tried.subarray(0, result.triedCount), idOf);
      const record: IncidentRecord = {
        seq,
        timeMs: seen.timesMs[seq] as number,
        ip: seen.ips[seen.ipIds[seq] as number] as string,
        uri: seen.uris[seen.keyIds[seq] as number] as string,
        userAgent: scenario.userAgents[(seen.ipIds[seq] as number) % scenario.userAgents.length] as string,
        connection: seen.connIds[seq] as number,
        status: result.status,
        tried,
        serverId: result.slot >= 0 ? idOf(result.slot) : null,
        latencyMs: null,
      };
      records.push(record);
      if (result.status === 200) pending.set(seq, record);
    },
    onComplete(seq, _slot, latencyMs) {
      const record = pending.get(seq);
      if (record !== undefined) {
        record.latencyMs = latencyMs;
        pending.delete(seq);
      }
    },
    onError(kind, seq, slot, nowMs) {
      errors.push({ timeMs: nowMs, kind, serverId: slot >= 0 ? idOf(slot) : null, seq });
    },
  });
  const fixedSetup = toSetup(scenario.fixed, runSeed);
  const fixedStream = scenario.fixed.realClientIps ? real : seen;
  const cached = scenario.fixed.cacheValidMs > 0 ? splitByProxyCache(fixedStream, scenario.fixed.cacheValidMs) : { upstream: fixedStream, hits: 0 };
  const fixedRun = runUpstream(fixedSetup, cached.upstream);
  const connectionsPerServer: Record<string, number> = {};
  brokenSetup.servers.forEach((server, slot) => (connectionsPerServer[server.id] = run.pinnedPerSlot[slot] ?? 0));
  return {
    scenario,
    seed: runSeed,
    records,
    errors,
    summary: summarizeRun(run),
    fixedSummary: summarizeRun(fixedRun),
    fixedCacheHits: cached.hits,
    config: renderNginxConfig(scenario.broken.config),
    fixedConfig: renderNginxConfig(scenario.fixed.config),
    connectionsPerServer,
  };
}
