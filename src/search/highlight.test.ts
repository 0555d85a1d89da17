import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .map((p) => (p.hit ? `[${p.text}]` : p.text))
    .join('');

describe('search highlights', () => {
  it('marks every occurrence, case-insensitively', () => {
    expect(marked('nginx limit_req: Limit_req counts excess', ['limit_req'])).toBe('nginx [limit_req]: [Limit_req] counts excess');
  });

  it('merges Chinese bigrams that overlap or touch into one mark', () => {
    expect(marked('令牌桶和漏桶的区别', ['令牌', '牌桶', '漏桶'])).toBe('[令牌桶]和[漏桶]的区别');
  });

  it('keeps the text whole when nothing matches, and never loses characters', () => {
    expect(highlightParts('abc', ['x'])).toEqual([{ text: 'abc', hit: false }]);
    const text = 'Redis Cluster 16384 slots, CRC16(key) mod 16384';
    expect(
      highlightParts(text, ['16384', 'crc16', 'slots'])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
