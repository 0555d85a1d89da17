import { describe, expect, it } from 'vitest';
import { labQuery } from '../lab/use-url-values.ts';
import { parsePlayerTime } from './use-player-url-time.ts';

describe('the player position in the URL', () => {
  it('accepts whole milliseconds and ignores anything else', () => {
    expect(parsePlayerTime('3500')).toBe(3500);
    expect(parsePlayerTime('0')).toBe(0);
    for (const bad of [null, '', '-1', '1.5', '1e3', 'abc', ' 12', '99999999999']) expect(parsePlayerTime(bad)).toBeNull();
  });

  it('is not a lab parameter: the query a lab parses leaves it out', () => {
    expect(labQuery(new URLSearchParams('preset=a&t=1200&seed=3'))).toBe('preset=a&seed=3');
    expect(labQuery(new URLSearchParams('t=5'))).toBe('');
  });
});
