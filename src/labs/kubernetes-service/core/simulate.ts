// The run: pods, their readiness, the EndpointSlice and kube-proxy's rules, and requests walked
// through the rules, on the kernel's virtual clock. Same scenario + seed = same rows.
// Model (Kubernetes semantics, simplified where noted):
// - A pod is Ready when its readiness probe passes; the probe runs every periodSeconds from the
//   pod's start, and failureThreshold consecutive failures make it NotReady.
// - The EndpointSlice controller mirrors readiness into the endpoint's conditions at once
//   (ready / serving / terminating); kube-proxy rewrites the node's rules at most once per
//   --iptables-min-sync-period (1 s). Until then requests still reach the old endpoints.
// - Scaling down: the ReplicaSet deletes not-ready pods first, then the newest; a deleted pod is
//   terminating (ready=false, serving while its app still answers) until its process exits.
import { createVirtualClock } from '../../kernel/clock.ts';
import { createRandom } from '../../kernel/random.ts';
import type { RealServerCounts } from './ipvs.ts';
import { createRouter, type Pick } from './route.ts';
import { buildNodeRules, type NodeRules } from './rules.ts';
import {
  CONN_MAX_MS,
  CONN_MIN_MS,
  CONTAINER_START_MS,
  INACTIVE_MS,
  MIN_SYNC_PERIOD_MS,
  POD_CIDR,
  SHUTDOWN_MS,
  nodeIP,
  nodeName,
  type Scenario,
} from './scenario.ts';
import type { SliceEndpoint } from './service-types.ts';
import type { RecentLists, WalkResult } from './walk.ts';

export type PodPhase = 'Pending' | 'Running' | 'Terminating' | 'Gone';

export interface PodState {
  readonly name: string;
  readonly node: string;
  readonly ip: string;
  readonly phase: PodPhase;
  readonly ready: boolean;
  /** The app answers errors (its readiness endpoint fails). */
  readonly failing: boolean;
}

export interface RequestInfo {
  readonly client: string;
  readonly src: string;
  readonly srcPort: number;
  readonly dst: string;
  readonly dport: number;
  readonly walk: WalkResult;
  /** The node the packet entered (index), and its name. */
  readonly entryNode: number;
  readonly entryNodeName: string;
  /** The node the cloud load balancer chose (LoadBalancer only). */
  readonly lbNode: number | null;
  /** IPVS's or nftables' choice, when not in iptables mode. */
  readonly pick: Pick | null;
  /** The pod that received it, if any, and its node. */
  readonly pod: string | null;
  readonly podNode: string | null;
  /** The pod answers errors (failing readiness but still in the rules). */
  readonly errored: boolean;
  /** Source address the pod sees (the node's after MASQUERADE). */
  readonly seenSrc: string;
}

export type RowKind =
  'start' | 'pod-created' | 'pod-ready' | 'probe-failed' | 'pod-not-ready' | 'app-fails' | 'scale' | 'pod-terminating' | 'pod-gone' | 'sync' | 'request';

export interface TraceRow {
  readonly timeMs: number;
  readonly kind: RowKind;
  readonly pod?: string;
  readonly probe?: { readonly count: number; readonly threshold: number };
  readonly scale?: { readonly from: number; readonly to: number };
  readonly request?: RequestInfo;
  readonly pods: readonly PodState[];
  readonly slice: readonly SliceEndpoint[];
  /** Index into Run.rules: the rules in force on the nodes after this row. */
  readonly rulesVersion: number;
}

export interface Run {
  readonly rows: readonly TraceRow[];
  /** Each version of the rules, one per node (they differ for externalTrafficPolicy: Local). */
  readonly rules: readonly (readonly NodeRules[])[];
  /** Every connection an endpoint accepted, for IPVS's ActiveConn / InActConn. */
  readonly conns: readonly Conn[];
}

export interface Conn {
  readonly dest: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** IPVS's counters for a real server at a moment. */
export function connCounts(conns: readonly Conn[], dest: string, nowMs: number): RealServerCounts {
  let active = 0;
  let inactive = 0;
  for (const c of conns) {
    if (c.dest !== dest || c.startMs > nowMs) continue;
    if (c.endMs > nowMs) active++;
    else if (nowMs - c.endMs < INACTIVE_MS) inactive++;
  }
  return { active, inactive };
}

type Ev =
  | { kind: 'request'; n: number }
  | { kind: 'probe'; pod: number }
  | { kind: 'app-fails' }
  | { kind: 'scale' }
  | { kind: 'started'; pod: number }
  | { kind: 'exit'; pod: number }
  | { kind: 'sync' };

const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';

interface Pod {
  name: string;
  node: number;
  ip: string;
  phase: PodPhase;
  ready: boolean;
  failing: boolean;
  failures: number;
  startMs: number;
  passedOnce: boolean;
}

export function simulate(s: Scenario): Run {
  const random = createRandom(s.seed);
  const clock = createVirtualClock<Ev>();
  const pods: Pod[] = [];
  const perNode = new Array<number>(s.nodes).fill(0);
  const rows: TraceRow[] = [];
  const rules: NodeRules[][] = [];
  const conns: Conn[] = [];
  const recent: RecentLists = new Map();
  let lastSyncMs = -Infinity;
  let syncPending = false;

  const newPod = (atMs: number): Pod => {
    const index = pods.length;
    const node = index % s.nodes;
    let name: string;
    let ip: string;
    if (s.backend === 'apiserver') {
      name = `kube-apiserver-${nodeName('apiserver', node)}`;
      ip = nodeIP(node); // hostNetwork: the API server listens on the node's address
    } else {
      let suffix = '';
      for (let i = 0; i < 5; i++) suffix += SUFFIX[Math.floor(random() * SUFFIX.length)];
      name = `${s.service.ref.name}-6d8f5c7b9-${suffix}`;
      perNode[node] = (perNode[node] ?? 0) + 1;
      ip = `10.244.${node}.${10 + (perNode[node] ?? 0)}`;
    }
    const pod: Pod = { name, node, ip, phase: 'Pending', ready: false, failing: false, failures: 0, startMs: atMs, passedOnce: false };
    pods.push(pod);
    return pod;
  };
  const slice = (): SliceEndpoint[] =>
    pods
      .filter((p) => p.phase === 'Running' || p.phase === 'Terminating')
      .map((p) => ({
        podName: p.name,
        nodeName: nodeName(s.backend, p.node),
        ip: p.ip,
        ready: p.ready && p.phase === 'Running',
        serving: p.ready,
        terminating: p.phase === 'Terminating',
      }));
  const podStates = (): PodState[] =>
    pods
      .filter((p) => p.phase !== 'Gone')
      .map((p) => ({ name: p.name, node: nodeName(s.backend, p.node), ip: p.ip, phase: p.phase, ready: p.ready, failing: p.failing }));
  const push = (timeMs: number, kind: RowKind, extra: Partial<TraceRow> = {}) => {
    rows.push({ timeMs, kind, pods: podStates(), slice: slice(), rulesVersion: rules.length - 1, ...extra });
  };
  const sync = () => rules.push(Array.from({ length: s.nodes }, (_, k) => buildNodeRules(s.service, slice(), { podCidr: POD_CIDR }, nodeName(s.backend, k))));
  const router = createRouter(s, random, recent);
  // An EndpointSlice change: kube-proxy syncs now, or when min-sync-period allows.
  const sliceChanged = (nowMs: number) => {
    if (syncPending) return;
    syncPending = true;
    clock.schedule(Math.max(nowMs, lastSyncMs + MIN_SYNC_PERIOD_MS), { kind: 'sync' });
  };
  const firstProbe = (pod: number, atMs: number) => clock.schedule(atMs + s.initialDelaySeconds * 1000, { kind: 'probe', pod });

  // The initial pods have been running and ready for a while: the run starts from a synced node.
  for (let i = 0; i < s.replicas; i++) {
    const p = newPod(0);
    p.phase = 'Running';
    p.ready = true;
    p.passedOnce = true;
    clock.schedule(s.periodSeconds * 1000, { kind: 'probe', pod: i });
  }
  sync();
  lastSyncMs = 0;
  push(0, 'start');

  const gap = 1000 / s.rate;
  for (let n = 0; n * gap < s.durationMs; n++) clock.schedule(Math.round(n * gap), { kind: 'request', n });
  if (s.failPod >= 0 && s.failPod < s.replicas && s.failAtMs < s.durationMs) clock.schedule(s.failAtMs, { kind: 'app-fails' });
  if (s.scaleTo !== s.replicas && s.scaleAtMs < s.durationMs) clock.schedule(s.scaleAtMs, { kind: 'scale' });

  clock.advanceTo(s.durationMs, (ev, now) => {
    switch (ev.kind) {
      case 'sync': {
        syncPending = false;
        lastSyncMs = now;
        sync();
        push(now, 'sync');
        return;
      }
      case 'app-fails': {
        const p = pods[s.failPod];
        if (!p || p.phase !== 'Running') return;
        p.failing = true;
        push(now, 'app-fails', { pod: p.name });
        return;
      }
      case 'probe': {
        const p = pods[ev.pod];
        if (!p || p.phase === 'Gone') return;
        clock.schedule(now + s.periodSeconds * 1000, { kind: 'probe', pod: ev.pod });
        if (p.phase !== 'Running') return;
        if (p.failing) {
          p.failures++;
          if (p.ready && p.failures >= s.failureThreshold) {
            p.ready = false;
            push(now, 'pod-not-ready', { pod: p.name, probe: { count: p.failures, threshold: s.failureThreshold } });
            sliceChanged(now);
          } else if (p.ready) push(now, 'probe-failed', { pod: p.name, probe: { count: p.failures, threshold: s.failureThreshold } });
          return;
        }
        p.failures = 0;
        // successThreshold is 1 for readiness: one passing probe makes a new pod Ready.
        if (!p.ready) {
          p.ready = true;
          push(now, 'pod-ready', { pod: p.name });
          sliceChanged(now);
        }
        return;
      }
      case 'started': {
        const p = pods[ev.pod];
        if (!p || p.phase !== 'Pending') return;
        p.phase = 'Running';
        firstProbe(ev.pod, now);
        sliceChanged(now);
        return;
      }
      case 'scale': {
        const alive = pods.filter((p) => p.phase === 'Running' || p.phase === 'Pending');
        push(now, 'scale', { scale: { from: alive.length, to: s.scaleTo } });
        if (s.scaleTo > alive.length) {
          for (let i = alive.length; i < s.scaleTo; i++) {
            const p = newPod(now);
            push(now, 'pod-created', { pod: p.name });
            clock.schedule(now + CONTAINER_START_MS, { kind: 'started', pod: pods.length - 1 });
          }
        } else {
          // ReplicaSet deletion order: not-ready before ready, then the newest first.
          const victims = [...alive]
            .sort((a, b) => Number(a.ready) - Number(b.ready) || b.startMs - a.startMs || pods.indexOf(b) - pods.indexOf(a))
            .slice(0, alive.length - s.scaleTo);
          for (const p of victims) {
            p.phase = 'Terminating';
            push(now, 'pod-terminating', { pod: p.name });
            clock.schedule(now + SHUTDOWN_MS, { kind: 'exit', pod: pods.indexOf(p) });
          }
          sliceChanged(now);
        }
        return;
      }
      case 'exit': {
        const p = pods[ev.pod];
        if (!p) return;
        p.phase = 'Gone';
        p.ready = false;
        push(now, 'pod-gone', { pod: p.name });
        sliceChanged(now);
        return;
      }
      case 'request': {
        const nodeRules = rules[rules.length - 1];
        if (!nodeRules) return;
        const r = router.route(ev.n, now, nodeRules, (dest) => connCounts(conns, dest, now));
        const v = r.walk.verdict;
        const target = v.kind === 'dnat' ? pods.find((p) => p.name === v.podName && p.phase !== 'Gone') : undefined;
        if (v.kind === 'dnat' && s.proxyMode === 'ipvs')
          conns.push({ dest: v.to, startMs: now, endMs: now + CONN_MIN_MS + Math.floor(random() * (CONN_MAX_MS - CONN_MIN_MS)) });
        const entryName = nodeName(s.backend, r.entryNode);
        push(now, 'request', {
          request: {
            client: r.client.name,
            src: r.client.ip,
            srcPort: 40000 + ev.n,
            dst: r.dst,
            dport: r.dport,
            walk: r.walk,
            entryNode: r.entryNode,
            entryNodeName: entryName,
            lbNode: r.lbNode,
            pick: r.pick,
            pod: target?.name ?? null,
            podNode: target ? nodeName(s.backend, target.node) : null,
            errored: target?.failing ?? false,
            // MASQUERADE takes the address of the interface the packet leaves by: the cni0 bridge for a
            // pod on the entry node, the entry node's own address for a pod on another node.
            seenSrc: v.kind === 'dnat' && v.masquerade ? (target?.node === r.entryNode ? `10.244.${r.entryNode}.1` : nodeIP(r.entryNode)) : r.client.ip,
          },
        });
      }
    }
  });
  return { rows, rules, conns };
}
