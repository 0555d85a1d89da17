// Uniform random: every available server is equally likely, weights ignored. The textbook
// "random" balancer; nginx's own `random` directive is weighted (weighted-random.ts).
// Invariant: over many picks each available server gets ~1/n of them, whatever their load.
import type { Random } from '../../kernel/random.ts';
import { isAvailable, MAX_SERVERS, type ServerState } from './servers.ts';
import type { Balancer, LbRequest } from './types.ts';

export function createRandomBalancer(random: Random): Balancer {
  const candidates = new Int32Array(MAX_SERVERS);
  let count = 0;
  let roll = 0;
  return {
    algorithm: 'random',
    init() {},
    pick(req: LbRequest, servers: readonly ServerState[]) {
      count = 0;
      for (let i = 0; i < servers.length; i++) {
        if (req.tried & (1 << i)) continue;
        if (isAvailable(servers[i] as ServerState, req.nowMs)) candidates[count++] = i;
      }
      if (count === 0) return -1;
      roll = random();
      return candidates[Math.floor(roll * count)] as number;
    },
    explain: () => ({ kind: 'random', roll, candidates: Array.from(candidates.subarray(0, count)) }),
  };
}
