// Redis Cluster lab: key → slot lookups per second (CRC16/XMODEM & 16383 with the hash-tag rule),
// three ways: keys packed into one pre-encoded UTF-8 buffer and hashed with a table-driven byte
// loop (slotInBuffer), ASCII strings hashed straight from their char codes (keySlot's fast path),
// and keys encoded to bytes on every lookup (slotOfBytes(keyBytes(k))), the slow path for
// non-ASCII keys. Then one whole failover run, as the player precomputes it.
import { keyBytes, keySlot, packKeys, slotInBuffer, slotOfBytes } from '../src/labs/redis-cluster/core/key-slot.ts';
import { buildScenario } from '../src/labs/redis-cluster/core/presets.ts';
import { runScenario } from '../src/labs/redis-cluster/core/run-scenario.ts';
import { bestRate, bestTimeMs, report } from './measure.ts';

const N = 1_000_000;

/** Keys shaped like a real keyspace: plain ids, hash-tagged groups, a few UTF-8 names. */
function keys(): string[] {
  return Array.from({ length: N }, (_, i) => {
    if (i % 10 === 0) return `{user${i % 1000}}.following`;
    if (i % 97 === 0) return `café:${i}`;
    return `order:${i}:items`;
  });
}

export default function bench(): void {
  const list = keys();
  const { bytes, offsets } = packKeys(list);
  let sink = 0;
  const packed = bestRate(
    N,
    () => {
      for (let i = 0; i < N; i++) sink ^= slotInBuffer(bytes, offsets[i] as number, offsets[i + 1] as number);
    },
    5,
  );
  const strings = bestRate(
    N,
    () => {
      for (let i = 0; i < N; i++) sink ^= keySlot(list[i] as string);
    },
    5,
  );
  const encoding = bestRate(
    N,
    () => {
      for (let i = 0; i < N; i++) sink ^= slotOfBytes(keyBytes(list[i] as string));
    },
    3,
  );
  report('key → slot, pre-encoded buffer, table CRC16 byte loop', packed, 'keys/s', { min: 10_000_000 });
  report('key → slot, keySlot(string) (ASCII fast path)', strings, 'keys/s');
  report('key → slot, encode to UTF-8 on every lookup', encoding, 'keys/s');
  report(
    'failover preset, whole run (rows + snapshots)',
    bestTimeMs(() => runScenario(buildScenario({ preset: 'failover', seed: 1, nodeTimeoutMs: 15_000, wait: 0 }))),
    'ms',
    { max: 100 },
  );
  if (sink === -1) console.log('');
}
