import { describe, expect, it } from 'vitest';
import { isExternalHref, isLocalResource } from './url-kind.ts';

describe('url kinds', () => {
  it('treats // and the spellings a browser reads as // as another site', () => {
    for (const href of ['//evil.example/x', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', ' //evil.example']) {
      expect(isExternalHref(href), href).toBe(true);
      expect(isLocalResource(href), href).toBe(false);
    }
  });
  it('keeps fragments, relative paths and inline images local; other schemes are neither', () => {
    expect(isExternalHref('/cards/x')).toBe(false);
    expect(isLocalResource('/cards/x')).toBe(true);
    expect(isLocalResource('#grad')).toBe(true);
    expect(isLocalResource('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalResource('data:image/svg+xml;base64,AAAA')).toBe(false);
    expect(isLocalResource('https://evil.example/a.png')).toBe(false);
    expect(isLocalResource('javascript:alert(1)')).toBe(false);
    expect(isExternalHref('https://nginx.org/')).toBe(true);
    expect(isExternalHref('javascript:alert(1)')).toBe(false);
  });
});
