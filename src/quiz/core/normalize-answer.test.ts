import { describe, expect, it } from 'vitest';
import { matchesAccepted, normalizeAnswer } from './normalize-answer.ts';

describe('normalizeAnswer', () => {
  it.each([
    ['16384', '16384'],
    ['１６３８４', '16384'],
    ['16 384', '16384'],
    ['16,384', '16,384'],
    ['１６，３８４', '16,384'],
    ['Token Bucket', 'tokenbucket'],
    ['ＴＯＫＥＮ\u3000ｂｕｃｋｅｔ', 'tokenbucket'],
    ['`limit_req`', 'limit_req'],
    ['令牌桶。', '令牌桶'],
    [' SIGTERM. ', 'sigterm'],
  ])('%j -> %j', (typed, expected) => {
    expect(normalizeAnswer(typed)).toBe(expected);
  });
});

describe('matchesAccepted', () => {
  const accepted = ['16384', '16,384'];
  it('accepts any listed answer ignoring case, spaces and full/half-width', () => {
    expect(matchesAccepted('16384', accepted)).toBe(true);
    expect(matchesAccepted(' １６，３８４ ', accepted)).toBe(true);
    expect(matchesAccepted('Token bucket', ['token bucket'])).toBe(true);
    expect(matchesAccepted('TOKEN-BUCKET', ['token bucket'])).toBe(false);
  });
  it('refuses other answers and an empty one', () => {
    expect(matchesAccepted('16383', accepted)).toBe(false);
    expect(matchesAccepted('163840', accepted)).toBe(false);
    expect(matchesAccepted('   ', ['', ' '])).toBe(false);
  });
});
