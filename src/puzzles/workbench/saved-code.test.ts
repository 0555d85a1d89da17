import { afterEach, describe, expect, it } from 'vitest';
import { keepUnreadableAside, loadCode, parseSavedCode, saveCode, savedCodeKey, toSavedCode, unreadableCodeKey } from './saved-code.ts';

describe('parseSavedCode', () => {
  it('round-trips code and custom cases', () => {
    const saved = {
      code: 'function f() {}\n',
      custom: [
        { args: '[1]', expected: '' },
        { args: '[2]', expected: '3' },
      ],
    };
    expect(parseSavedCode(toSavedCode(saved))).toEqual({ kind: 'ok', saved });
  });

  it('says none when nothing is saved', () => {
    expect(parseSavedCode(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['{not json', { code: 'not-json' }],
    ['"just a string"', { code: 'not-object' }],
    ['[1,2]', { code: 'not-object' }],
    ['null', { code: 'not-object' }],
    ['{"version":2,"code":"x"}', { code: 'unknown-version', version: '2' }],
    ['{"code":"x"}', { code: 'unknown-version', version: 'undefined' }],
    ['{"version":1,"code":42}', { code: 'no-code' }],
  ])('reports %s as unreadable', (raw, reason) => {
    expect(parseSavedCode(raw)).toEqual({ kind: 'unreadable', reason });
  });

  it('drops damaged custom cases but keeps the code', () => {
    const raw = JSON.stringify({ version: 1, code: 'x', custom: [null, 7, { args: '[1]' }, { args: 5 }, { args: '[2]', expected: 9 }] });
    expect(parseSavedCode(raw)).toEqual({
      kind: 'ok',
      saved: {
        code: 'x',
        custom: [
          { args: '[1]', expected: '' },
          { args: '[2]', expected: '' },
        ],
      },
    });
  });

  it('accepts a record without custom cases', () => {
    expect(parseSavedCode('{"version":1,"code":""}')).toEqual({ kind: 'ok', saved: { code: '', custom: [] } });
  });
});

describe('loadCode and keepUnreadableAside (with a stand-in localStorage)', () => {
  const install = () => {
    const map = new Map<string, string>();
    const fake = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    Object.defineProperty(globalThis, 'localStorage', { value: fake, configurable: true });
    return map;
  };
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('loading has no side effects, so a repeated render sees the same problem', () => {
    const map = install();
    map.set(savedCodeKey('p'), '{broken');
    const first = loadCode('p');
    expect(loadCode('p')).toEqual(first);
    expect(first.problem).toEqual({ reason: { code: 'not-json' }, raw: '{broken' });
    expect(map.get(savedCodeKey('p'))).toBe('{broken');
  });

  it('keeps the unreadable text aside once, and never touches a newer save', () => {
    const map = install();
    map.set(savedCodeKey('p'), '{broken');
    keepUnreadableAside('p', '{broken');
    expect(map.get(unreadableCodeKey('p'))).toBe('{broken');
    expect(map.has(savedCodeKey('p'))).toBe(false);
    expect(saveCode('p', { code: 'x', custom: [] })).toBe(true);
    keepUnreadableAside('p', '{broken');
    expect(loadCode('p')).toEqual({ saved: { code: 'x', custom: [] }, problem: null });
  });
});
