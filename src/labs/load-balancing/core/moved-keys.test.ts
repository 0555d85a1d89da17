import { describe, expect, it } from 'vitest';
import { movedKeys, ownersOf, syntheticKeys, type PoolMember } from './moved-keys.ts';
import type { AlgorithmId } from './types.ts';

const pool = (n: number): PoolMember[] => Array.from({ length: n }, (_, i) => ({ id: `10.0.0.${i + 1}:8080`, weight: 1 }));
const keys = syntheticKeys(5000);

describe('moved keys when the pool changes', () => {
  it.each<AlgorithmId>(['hash-consistent', 'ring'])("%s moves only the leaving server's keys, about 1/n of them", (algorithm) => {
    for (const n of [3, 5, 8]) {
      const result = movedKeys(algorithm, pool(n), { kind: 'remove', serverId: '10.0.0.2:8080' }, keys);
      expect(result.moved / result.keys).toBe(result.minimalShare);
      expect(result.share).toBeGreaterThan(0.4 / n);
      expect(result.share).toBeLessThan(1.8 / n);
    }
  });

  it.each<AlgorithmId>(['hash-consistent', 'ring'])('%s: a newcomer takes keys only for itself', (algorithm) => {
    const result = movedKeys(algorithm, pool(4), { kind: 'add', server: { id: '10.0.0.9:8080', weight: 1 } }, keys);
    expect(result.share).toBe(result.minimalShare);
    expect(result.share).toBeGreaterThan(0.08);
    expect(result.share).toBeLessThan(0.4);
  });

  it('plain modulo hashing moves most keys when one of n servers leaves', () => {
    for (const n of [3, 5, 8]) {
      const result = movedKeys('hash-modulo', pool(n), { kind: 'remove', serverId: '10.0.0.2:8080' }, keys);
      expect(result.share).toBeGreaterThan(0.5);
      expect(result.share).toBeGreaterThan(result.minimalShare + 0.3);
    }
  });

  it("marking a server down keeps total_weight, so nginx hash moves only that server's keys", () => {
    const result = movedKeys('hash-modulo', pool(5), { kind: 'down', serverId: '10.0.0.2:8080' }, keys);
    expect(result.share).toBe(result.minimalShare);
  });

  it('counts keys per server before and after', () => {
    const result = movedKeys('hash-consistent', pool(3), { kind: 'remove', serverId: '10.0.0.3:8080' }, keys);
    expect(Object.values(result.before).reduce((a, b) => a + b, 0)).toBe(keys.length);
    expect(result.after['10.0.0.3:8080']).toBeUndefined();
  });

  it('uses client addresses as keys for ip_hash: one /24 has one owner', () => {
    const ips = Array.from({ length: 50 }, (_, i) => `203.0.113.${i + 1}`);
    expect(new Set(ownersOf('ip-hash', pool(4), ips)).size).toBe(1);
  });
});
