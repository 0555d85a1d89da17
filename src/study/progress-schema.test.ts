import { describe, expect, it } from 'vitest';
import { defaultSettings, isProgressData, migrateProgress, PROGRESS_VERSION } from './progress-schema.ts';
import { createEntry } from './review-log.ts';

describe('progress migration', () => {
  it('migrates version 1 (reviews without ids or durations) to the current log', () => {
    const v1 = {
      reviews: [
        { card: 'token-bucket', rating: 3, at: 1000 },
        { card: 'cap-theorem', rating: 1, at: 2000 },
      ],
      newPerDay: 10,
    };
    expect(migrateProgress(v1, 1)).toEqual({
      log: [createEntry('token-bucket', 3, 1000, 0), createEntry('cap-theorem', 1, 2000, 0)],
      settings: { ...defaultSettings, newPerDay: 10 },
    });
  });

  it('refuses what it cannot read, so the caller keeps it aside', () => {
    expect(() => migrateProgress({ reviews: 'nope' }, 1)).toThrow();
    expect(() => migrateProgress({ reviews: [{ card: 'a', rating: 9, at: 1 }] }, 1)).toThrow();
    expect(() => migrateProgress({}, 99)).toThrow(/unknown version 99/);
  });

  it('accepts current data as it is', () => {
    const data = { log: [createEntry('a', 2, 5, 100)], settings: defaultSettings };
    expect(migrateProgress(data, PROGRESS_VERSION)).toBe(data);
    expect(isProgressData(data)).toBe(true);
    expect(isProgressData({ log: [{}], settings: defaultSettings })).toBe(false);
    expect(isProgressData({ log: [], settings: { retention: 2, newPerDay: 20 } })).toBe(false);
  });
});
