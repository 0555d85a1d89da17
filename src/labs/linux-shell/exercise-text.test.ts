import { describe, expect, it } from 'vitest';
import { exercises } from './core/exercises.ts';
import { en, zh } from './exercise-text.ts';

describe('exercise texts', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s has a name, a question and one explanation per stage in both languages', (_id, exercise) => {
    for (const texts of [zh, en]) {
      const text = texts[exercise.id];
      expect(text?.name).toBeTruthy();
      expect(text?.stages).toHaveLength(exercise.stages.length);
    }
  });
});
