// One factory for every algorithm, so the engine, the comparison and the bench can build any of
// them by id. Random-using balancers take the seeded generator they are given, nothing else.
import type { Random } from '../../kernel/random.ts';
import { createHashConsistentBalancer } from './hash-consistent.ts';
import { createHashModuloBalancer } from './hash-modulo.ts';
import { createIpHashBalancer } from './ip-hash.ts';
import { createLeastConnBalancer } from './least-conn.ts';
import { createP2cBalancer } from './p2c.ts';
import { createPeakEwmaBalancer, DEFAULT_DECAY_MS } from './peak-ewma.ts';
import { createRandomBalancer } from './random.ts';
import { createRingBalancer, DEFAULT_VIRTUAL_NODES } from './ring-virtual-nodes.ts';
import { createRoundRobinBalancer } from './round-robin.ts';
import { createSwrrBalancer } from './swrr.ts';
import type { AlgorithmId, Balancer } from './types.ts';
import { createWeightedRandomBalancer } from './weighted-random.ts';

export interface BalancerOptions {
  /** Generic ring: virtual nodes per unit of weight. */
  readonly virtualNodes: number;
  /** Peak EWMA: decay time constant tau, ms. */
  readonly decayMs: number;
}

export const DEFAULT_BALANCER_OPTIONS: BalancerOptions = {
  virtualNodes: DEFAULT_VIRTUAL_NODES,
  decayMs: DEFAULT_DECAY_MS,
};

export function createBalancer(algorithm: AlgorithmId, random: Random, options: BalancerOptions = DEFAULT_BALANCER_OPTIONS): Balancer {
  switch (algorithm) {
    case 'round-robin':
      return createRoundRobinBalancer();
    case 'swrr':
      return createSwrrBalancer();
    case 'random':
      return createRandomBalancer(random);
    case 'weighted-random':
      return createWeightedRandomBalancer(random);
    case 'least-conn':
      return createLeastConnBalancer();
    case 'p2c':
      return createP2cBalancer(random);
    case 'peak-ewma':
      return createPeakEwmaBalancer(random, options.decayMs);
    case 'ip-hash':
      return createIpHashBalancer();
    case 'hash-modulo':
      return createHashModuloBalancer();
    case 'hash-consistent':
      return createHashConsistentBalancer();
    case 'ring':
      return createRingBalancer(options.virtualNodes);
  }
}

/** The nginx directive (or the system) each algorithm stands for, for labels and config snippets. */
export const ALGORITHM_DIRECTIVE: Readonly<Record<AlgorithmId, string>> = {
  'round-robin': '(textbook round robin)',
  swrr: '(default: smooth weighted round robin)',
  random: '(uniform random)',
  'weighted-random': 'random;',
  'least-conn': 'least_conn;',
  p2c: 'random two least_conn;',
  'peak-ewma': '(Finagle / linkerd: p2c + peak EWMA)',
  'ip-hash': 'ip_hash;',
  'hash-modulo': 'hash $key;',
  'hash-consistent': 'hash $key consistent;',
  ring: '(consistent-hash ring, virtual nodes)',
};
