import { describe, expect, it } from 'vitest';
import { isAppPath } from './AnswerHtml.tsx';

describe('isAppPath', () => {
  it('is true for app paths only; // and its spellings are another site', () => {
    expect(isAppPath('/cards/x')).toBe(true);
    expect(isAppPath('/labs/rate-limiting?rate=5')).toBe(true);
    for (const href of ['//evil.example/x', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', ' //evil.example', 'https://nginx.org/', 'cards/x']) {
      expect(isAppPath(href), href).toBe(false);
    }
  });
});
