import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAction, parseActionsParam, parseSendsParam, toActionsParam, toSendsParam } from './manual-codec.ts';

describe('manual actions and sends in the URL', () => {
  it('reads actions and sorts them by time', () => {
    expect(parseActionsParam('d@40,o@12.5,c@61.25')).toEqual([
      { atMs: 12_500, target: 'FORCED_OPEN' },
      { atMs: 40_000, target: 'DISABLED' },
      { atMs: 61_250, target: 'CLOSED' },
    ]);
    expect(
      toActionsParam([
        { atMs: 12_345.6, target: 'FORCED_OPEN' },
        { atMs: 40_000, target: 'CLOSED' },
      ]),
    ).toBe('o@12.346,c@40');
  });

  it('refuses anything malformed', () => {
    for (const bad of ['', 'x@1', 'o@', 'o@-1', 'o@1e3', 'o@NaN', 'o@1@2', 'o@1.2345', 'o@601', 'o@1,,c@2', Array(101).fill('o@1').join(',')]) {
      expect(parseActionsParam(bad), bad).toBeNull();
    }
    for (const bad of ['', 'a', '-1', '1,,2', 'Infinity', '700', Array(201).fill('1').join(',')]) expect(parseSendsParam(bad), bad).toBeNull();
  });

  it('reads sends in seconds, kept to the millisecond', () => {
    expect(parseSendsParam('47.125,3.2')).toEqual([3_200, 47_125]);
    expect(toSendsParam([3_200, 47_125.4])).toBe('3.2,47.125');
  });

  it('round-trips whole-millisecond times', () => {
    const target = fc.constantFrom('FORCED_OPEN' as const, 'DISABLED' as const, 'CLOSED' as const);
    fc.assert(
      fc.property(fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 600_000 }), target }), { minLength: 1, maxLength: 30 }), (actions) => {
        const sorted = [...actions].sort((a, b) => a.atMs - b.atMs);
        expect(parseActionsParam(toActionsParam(sorted))).toEqual(sorted);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 50 }), (times) => {
        const sorted = [...times].sort((a, b) => a - b);
        expect(parseSendsParam(toSendsParam(sorted))).toEqual(sorted);
      }),
    );
  });

  it('inserts an action in time order, rounded to the millisecond', () => {
    const list = insertAction(
      [
        { atMs: 1_000, target: 'FORCED_OPEN' },
        { atMs: 5_000, target: 'CLOSED' },
      ],
      { atMs: 2_999.6, target: 'DISABLED' },
    );
    expect(list.map((a) => a.atMs)).toEqual([1_000, 3_000, 5_000]);
    expect(insertAction(list, { atMs: 5_000, target: 'FORCED_OPEN' }).at(-1)).toEqual({ atMs: 5_000, target: 'FORCED_OPEN' });
  });
});
