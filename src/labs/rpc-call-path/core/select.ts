// Choosing a provider, as Dubbo's AbstractClusterInvoker.select/doSelect/reselect and its load
// balancers do it.
// - RandomLoadBalance: with equal weights, nextInt(n); otherwise offset = nextInt(totalWeight) and
//   the first provider whose running weight sum exceeds it.
// - RoundRobinLoadBalance: smooth weighted round robin: every candidate's `current` grows by its
//   weight, the largest wins (first on a tie) and gives back the candidates' total.
// - doSelect: one candidate is returned as is. Otherwise the balancer picks; if the pick was
//   already invoked in this call (failover's `selected`) or is unavailable (its connection is
//   gone; `cluster.availablecheck` defaults to true), reselect: balance again over the available
//   ones not yet invoked; failing that over the invoked ones still available; failing that take
//   the candidate after the pick.
import type { Random } from '../../kernel/random.ts';
import type { LoadBalance } from './config.ts';

export interface Candidate {
  readonly index: number;
  readonly weight: number;
  readonly available: boolean;
}

export interface Balancer {
  pick(list: readonly Candidate[]): Candidate;
}

export function createBalancer(kind: LoadBalance, random: Random): Balancer {
  if (kind === 'random') {
    return {
      pick(list) {
        const total = list.reduce((s, c) => s + c.weight, 0);
        const same = list.every((c) => c.weight === list[0]?.weight);
        if (total > 0 && !same) {
          let offset = Math.floor(random() * total);
          for (const c of list) {
            offset -= c.weight;
            if (offset < 0) return c;
          }
        }
        return list[Math.floor(random() * list.length)] ?? (list[0] as Candidate);
      },
    };
  }
  const current = new Map<number, number>();
  return {
    pick(list) {
      let total = 0;
      let best: Candidate | undefined;
      let bestCurrent = -Infinity;
      for (const c of list) {
        const cur = (current.get(c.index) ?? 0) + c.weight;
        current.set(c.index, cur);
        total += c.weight;
        if (cur > bestCurrent) {
          best = c;
          bestCurrent = cur;
        }
      }
      const chosen = best ?? (list[0] as Candidate);
      current.set(chosen.index, bestCurrent - total);
      return chosen;
    },
  };
}

export interface Selection {
  readonly index: number;
  /** The balancer's first pick, when reselect replaced it (and why). */
  readonly replaced: { readonly index: number; readonly why: 'invoked' | 'unavailable' } | null;
}

export function select(balancer: Balancer, list: readonly Candidate[], invoked: ReadonlySet<number>): Selection {
  const only = list[0];
  if (list.length === 1 && only) return { index: only.index, replaced: null };
  const first = balancer.pick(list);
  const isInvoked = invoked.has(first.index);
  if (!isInvoked && first.available) return { index: first.index, replaced: null };
  const why = isInvoked ? 'invoked' : 'unavailable';
  const fresh = list.filter((c) => c.available && !invoked.has(c.index));
  if (fresh.length > 0) return { index: balancer.pick(fresh).index, replaced: { index: first.index, why } };
  const again = list.filter((c) => c.available && invoked.has(c.index));
  if (again.length > 0) return { index: balancer.pick(again).index, replaced: { index: first.index, why } };
  const at = list.indexOf(first);
  const next = list[(at + 1) % list.length] ?? first;
  return { index: next.index, replaced: next.index === first.index ? null : { index: first.index, why } };
}
