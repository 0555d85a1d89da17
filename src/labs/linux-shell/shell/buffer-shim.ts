// A minimal `Buffer` for the shell worker. just-bash's browser bundle turns file bytes into a
// latin1 string with `String.fromCharCode(...chunk)` over 64 KiB chunks when `Buffer` is absent;
// in a Chrome worker that spread of 65,536 arguments overflows the (smaller) worker stack, the
// error is caught as "No such file or directory", and `cat`, `wc`, `head` fail on any file over
// about 100 KB. Where `Buffer` exists it calls `Buffer.from(x[, enc]).toString(enc)` instead, in
// six places, with bytes or strings and the encodings below, and nothing else of Buffer. This
// shim gives exactly that, converting in 4 KiB chunks. Installed in the worker only.

const CHUNK = 4096;

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text.replace(/\s/g, ''));
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export class ShimBuffer {
  private constructor(private readonly bytes: Uint8Array) {}

  static from(data: Uint8Array | ArrayLike<number> | string, encoding?: string): ShimBuffer {
    if (typeof data !== 'string') return new ShimBuffer(data instanceof Uint8Array ? data : Uint8Array.from(data));
    if (encoding === 'base64') return new ShimBuffer(fromBase64(data));
    if (encoding === 'latin1' || encoding === 'binary') return new ShimBuffer(Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff));
    return new ShimBuffer(new TextEncoder().encode(data));
  }

  toString(encoding = 'utf8'): string {
    if (encoding === 'latin1' || encoding === 'binary') return latin1(this.bytes);
    if (encoding === 'base64') return btoa(latin1(this.bytes));
    return new TextDecoder().decode(this.bytes);
  }
}

/** Gives the worker's global scope a `Buffer` if it has none (never replaces a real one). */
export function installBufferShim(scope: object): void {
  if (!('Buffer' in scope)) Object.defineProperty(scope, 'Buffer', { value: ShimBuffer, configurable: true });
}
