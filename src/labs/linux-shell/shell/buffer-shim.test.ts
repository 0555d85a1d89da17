import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installBufferShim, ShimBuffer } from './buffer-shim.ts';

describe('the worker Buffer shim', () => {
  it("converts as Node's Buffer does, for the calls just-bash makes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), fc.string(), (bytes, text) => {
        for (const enc of ['latin1', 'binary', 'base64', 'utf8', 'utf-8']) {
          expect(ShimBuffer.from(bytes).toString(enc)).toBe(Buffer.from(bytes).toString(enc as BufferEncoding));
        }
        const b64 = Buffer.from(text, 'utf-8').toString('base64');
        expect(ShimBuffer.from(text, 'utf-8').toString('base64')).toBe(b64);
        expect(ShimBuffer.from(b64, 'base64').toString('utf-8')).toBe(Buffer.from(b64, 'base64').toString('utf-8'));
      }),
      { numRuns: 50 },
    );
  });

  it('handles a file far bigger than one chunk', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => 32 + (i % 90));
    expect(ShimBuffer.from(bytes).toString('latin1')).toBe(Buffer.from(bytes).toString('latin1'));
  });

  it('never replaces a real Buffer', () => {
    const scope = { Buffer: 'real' };
    installBufferShim(scope);
    expect(scope.Buffer).toBe('real');
    const empty = {};
    installBufferShim(empty);
    expect('Buffer' in empty).toBe(true);
  });
});
