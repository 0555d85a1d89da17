import { describe, expect, it } from 'vitest';
import { describeVerify } from './verify.ts';

describe('describeVerify in English', () => {
  it('says what is wrong with a code the way the Chinese sentence does', () => {
    expect(describeVerify({ status: 'valid', code: 'X', counter: 0 }, 'en')).toBe('Valid: code #1 of the batch');
    expect(describeVerify({ status: 'malformed', reason: 'bad-char', at: 3, char: 'O' }, 'en')).toBe(
      'Malformed: character 4, "O", is not in the code alphabet (codes have no 0, O, 1 or I)',
    );
    expect(describeVerify({ status: 'mistyped', code: 'X' }, 'en')).toMatch(/^Typo: the check character does not match/);
  });
});
