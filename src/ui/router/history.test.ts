import { describe, expect, it } from 'vitest';
import { createMemoryHistory, parsePath, resolveTo } from './history.ts';

describe('history', () => {
  it('parses and resolves addresses', () => {
    expect(parsePath('/labs/x?a=1#t')).toEqual({ pathname: '/labs/x', search: '?a=1', hash: '#t' });
    expect(parsePath('')).toEqual({ pathname: '/', search: '', hash: '' });
    const here = parsePath('/labs/x?a=1');
    expect(resolveTo({ search: '?b=2' }, here)).toEqual({ pathname: '/labs/x', search: '?b=2', hash: '' });
    expect(resolveTo({ search: '' }, here)).toEqual({ pathname: '/labs/x', search: '', hash: '' });
    expect(resolveTo('?c=3', here)).toEqual({ pathname: '/labs/x', search: '?c=3', hash: '' });
    expect(resolveTo('/cards/y', here)).toEqual({ pathname: '/cards/y', search: '', hash: '' });
  });

  it('pushes and replaces, notifies, and keeps one snapshot per address', () => {
    const h = createMemoryHistory(['/a']);
    let calls = 0;
    h.subscribe(() => calls++);
    const first = h.location();
    expect(h.location()).toBe(first);
    h.navigate('/b?x=1');
    h.navigate({ search: '?x=2' }, { replace: true });
    expect(h.location()).toEqual({ pathname: '/b', search: '?x=2', hash: '' });
    expect(calls).toBe(2);
  });
});
