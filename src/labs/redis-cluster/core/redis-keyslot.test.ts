// keySlot against a live Redis: when redis-server and redis-cli are on the machine, start a
// throwaway cluster-enabled server on a random port and ask it CLUSTER KEYSLOT for every recorded
// key plus generated ones (hash-tag edge cases, multi-byte UTF-8). Skipped where Redis is absent;
// key-slot.test.ts pins the recorded answers either way.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keySlot } from './key-slot.ts';
import { freePort } from '../../../../tests/tools/free-port.ts';
import { REDIS_7_0_15 } from './key-slot-recorded.ts';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0 && spawnSync('redis-cli', ['--version']).status === 0;
let port = 0;
let server: ChildProcess | undefined;
let dir = '';

function cli(...args: string[]): string {
  const out = spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });
  return out.stdout.trim();
}

/** CLUSTER KEYSLOT for many keys in one redis-cli session (one command per line, keys quoted). */
function keyslots(keys: readonly string[]): number[] {
  const quote = (k: string) => `"${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const input = keys.map((k) => `CLUSTER KEYSLOT ${quote(k)}`).join('\n') + '\n';
  const out = spawnSync('redis-cli', ['-p', String(port)], { input, encoding: 'utf8' });
  return out.stdout
    .trim()
    .split('\n')
    .map((l) => Number(l.replace(/^\(integer\)\s*/, '')));
}

describe.runIf(hasRedis)('CLUSTER KEYSLOT of a live redis-server', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keyslot-'));
    // A free port, asked again if another test's server takes it before redis binds it.
    for (let tries = 0; tries < 5; tries++) {
      port = await freePort();
      const started = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, `nodes-${port}.conf`),
          '--dir',
          dir,
          '--save',
          '',
          '--appendonly',
          'no',
        ],
        { stdio: 'ignore' },
      );
      server = started;
      for (let i = 0; i < 50 && started.exitCode === null; i++) {
        if (cli('PING') === 'PONG') return;
        await new Promise((r) => setTimeout(r, 100));
      }
      started.kill();
    }
  });

  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('agrees on every recorded key, hash-tag edge cases and UTF-8 keys included', () => {
    const keys = REDIS_7_0_15.map(([k]) => k);
    expect(keyslots(keys)).toEqual(REDIS_7_0_15.map(([, slot]) => slot));
    expect(keys.map(keySlot)).toEqual(REDIS_7_0_15.map(([, slot]) => slot));
  });

  it('agrees on generated keys made of braces, letters and multi-byte characters', () => {
    const piece = fc.constantFrom('{', '}', 'a', 'b', 'user', ':', 'é', '用', '😀', ' ', '{}');
    const key = fc.array(piece, { minLength: 0, maxLength: 8 }).map((p) => p.join(''));
    const sample = fc.sample(key, { numRuns: 300, seed: 42 });
    expect(keyslots(sample)).toEqual(sample.map(keySlot));
  });
});
