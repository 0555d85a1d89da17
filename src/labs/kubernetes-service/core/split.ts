// Many new connections through one set of rules: how many each pod gets, against 1/n. Each
// connection comes from a different client (so `-m recent` never sends it back), seeded.
import { createRandom } from '../../kernel/random.ts';
import type { NodeRules } from './rules.ts';
import { walkPacket, type Packet } from './walk.ts';

export interface SplitResult {
  readonly total: number;
  readonly counts: readonly { readonly podName: string; readonly count: number }[];
  readonly rejected: number;
}

export function splitRequests(rules: NodeRules, packet: Packet, total: number, seed: number): SplitResult {
  const random = createRandom(seed);
  const ctx = { random31: () => Math.floor(random() * 0x80000000), recent: new Map(), nowSec: 0 };
  const counts = new Map<string, number>(rules.used.map((e) => [e.podName, 0]));
  let rejected = 0;
  for (let i = 0; i < total; i++) {
    const v = walkPacket(rules, packet, ctx).verdict;
    if (v.kind === 'dnat') counts.set(v.podName, (counts.get(v.podName) ?? 0) + 1);
    else rejected++;
  }
  return { total, counts: [...counts].map(([podName, count]) => ({ podName, count })), rejected };
}
