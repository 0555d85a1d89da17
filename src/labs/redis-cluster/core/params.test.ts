import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, parseRedisClusterParams, toRedisClusterSearch } from './params.ts';

const parse = (q: string) => parseRedisClusterParams(new URLSearchParams(q));

describe('redis-cluster URL params', () => {
  it('reads every parameter and writes back only what differs from the preset', () => {
    const { values, errors } = parse('preset=partition-lost-writes&seed=7&cluster-node-timeout=5000&wait=1&key=%7Ba%7Db');
    expect(errors).toEqual({});
    expect(values).toEqual({ preset: 'partition-lost-writes', seed: 7, nodeTimeoutMs: 5000, wait: 1, key: '{a}b' });
    expect(parseRedisClusterParams(toRedisClusterSearch(values)).values).toEqual(values);
    expect(toRedisClusterSearch({ ...DEFAULT_PARAMS, preset: 'failover' }).toString()).toBe('preset=failover');
  });

  it('refuses bad values with a message naming the key and keeps the preset value', () => {
    const { values, errors } = parse('preset=nope&seed=-1&cluster-node-timeout=10&wait=2&key=' + 'x'.repeat(201));
    expect(values).toEqual(DEFAULT_PARAMS);
    expect(Object.keys(errors).sort()).toEqual(['cluster-node-timeout', 'key', 'preset', 'seed', 'wait']);
    expect(errors['preset']).toContain('preset');
    expect(errors['cluster-node-timeout']).toContain('1000–60000');
  });

  it('refuses numbers written loosely', () => {
    expect(parse('seed=1e3').errors['seed']).toBeDefined();
    expect(parse('cluster-node-timeout=2000.5').errors['cluster-node-timeout']).toBeDefined();
    expect(parse('wait=').errors['wait']).toBeDefined();
  });
});
