import { describe, expect, it } from 'vitest';
import { tagRoute } from './router.ts';

describe('tag routing (TagStateRouter, static tags)', () => {
  it('lets everything through when nobody is tagged', () => {
    expect(tagRoute(['', '', ''], '', false)).toEqual({ kept: [0, 1, 2], rule: 'no-tags' });
  });
  it('sends a tagged request to its tag, and an untagged one only to untagged providers', () => {
    expect(tagRoute(['', '', 'gray'], 'gray', false)).toEqual({ kept: [2], rule: 'tag-match' });
    expect(tagRoute(['', '', 'gray'], '', false)).toEqual({ kept: [0, 1], rule: 'untagged-only' });
  });
  it('falls back to untagged providers for an unknown tag, unless dubbo.force.tag', () => {
    expect(tagRoute(['', '', 'gray'], 'blue', false)).toEqual({ kept: [0, 1], rule: 'tag-fallback' });
    expect(tagRoute(['', '', 'gray'], 'blue', true)).toEqual({ kept: [], rule: 'tag-forced-empty' });
  });
});
