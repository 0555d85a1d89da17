import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseShellParams, toShellSearch } from './params.ts';

describe('shell params', () => {
  it('round-trips an exercise, a seed and a command with quotes and pipes', () => {
    const values = { preset: 'slowest-urls', seed: 7, cmd: "awk '{print $NF, $7}' access.log | sort -rn | head -3" };
    const parsed = parseShellParams(new URLSearchParams(toShellSearch(values).toString()));
    expect(parsed).toEqual({ values, problems: [] });
  });

  it('refuses an unknown exercise and a bad seed, keeping the defaults', () => {
    const parsed = parseShellParams(new URLSearchParams('preset=nope&seed=-3'));
    expect(parsed.values).toEqual({ preset: 'top-10-ips', seed: DEFAULT_SEED, cmd: '' });
    expect(parsed.problems).toEqual(['preset', 'seed']);
  });
});
