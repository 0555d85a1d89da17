import { describe, expect, it } from 'vitest';
import { gnuUniqCounts, runInShell } from './run-shell.ts';

describe('the just-bash wrapper', () => {
  it('pads uniq -c counts as GNU does ("%7lu ")', () => {
    expect(gnuUniqCounts('   3 a\n  12  b\n')).toBe('      3 a\n     12  b\n');
  });

  it('runs pipelines on the files, in /home/ops', async () => {
    const result = await runInShell({ 'a.txt': 'b\na\nb\n' }, 'pwd; sort a.txt | uniq -c');
    expect(result).toEqual({ stdout: '/home/ops\n      1 a\n      2 b\n', stderr: '', exitCode: 0, limit: null });
  });

  it('simulates ps aux and /proc from the snapshot', async () => {
    const files = { 'ps-aux.txt': 'USER PID\nroot 1\n', 'proc/loadavg': '0.10 0.20 0.30 1/100 42\n' };
    expect((await runInShell(files, 'ps aux | wc -l; cat /proc/loadavg')).stdout).toBe('2\n0.10 0.20 0.30 1/100 42\n');
    expect((await runInShell(files, 'ps -o pid')).exitCode).toBe(1);
  });

  it('stops runaway output with a limit', async () => {
    const result = await runInShell({}, 'while true; do echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; done');
    expect(result.limit).not.toBeNull();
  }, 30_000);
});
