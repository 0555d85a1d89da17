// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from '../router/router.tsx';
import { describe, expect, it } from 'vitest';
import { useUrlValues, type Parsed } from './use-url-values.ts';

interface V {
  readonly a: number;
  readonly b: number;
}
const parse = (q: URLSearchParams): Parsed<V> => ({ values: { a: Number(q.get('a') ?? 0), b: Number(q.get('b') ?? 0) }, errors: {} });
const toSearch = (v: V) => new URLSearchParams({ a: String(v.a), b: String(v.b) });

function useHarness() {
  return { ...useUrlValues(parse, toSearch), search: useLocation().search };
}
const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={['/lab?a=1&b=1']}>{children}</MemoryRouter>;

describe('useUrlValues', () => {
  it('keeps both of two edits made before a re-render', () => {
    const { result } = renderHook(useHarness, { wrapper });
    act(() => {
      result.current.setValues({ a: 2 });
      result.current.setValues({ b: 3 });
    });
    expect(result.current.values).toEqual({ a: 2, b: 3 });
    expect(result.current.search).toBe('?a=2&b=3');
  });

  it('an updater sees the latest values, not the rendered ones', () => {
    const { result } = renderHook(useHarness, { wrapper });
    act(() => {
      result.current.setValues((v) => ({ a: v.a + 1 }));
      result.current.setValues((v) => ({ a: v.a + 1 }));
    });
    expect(result.current.values).toEqual({ a: 3, b: 1 });
  });

  it('after a render, edits start from what the URL holds', () => {
    const { result } = renderHook(useHarness, { wrapper });
    act(() => result.current.setValues({ a: 5 }));
    act(() => result.current.setValues((v) => ({ b: v.a })));
    expect(result.current.search).toBe('?a=5&b=5');
  });
});
