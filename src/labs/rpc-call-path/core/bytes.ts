// A growable byte buffer for the lab's encoders, and hex for tests and the view.

const scratch = new DataView(new ArrayBuffer(8));

export class ByteWriter {
  private buf = new Uint8Array(64);
  private len = 0;

  byte(b: number): this {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  bytes(bs: ArrayLike<number>): this {
    for (let i = 0; i < bs.length; i++) this.byte(bs[i] ?? 0);
    return this;
  }

  /** Big-endian, `n` bytes of a value that fits in a double's 53 bits (or a BigInt). */
  bigEndian(value: number | bigint, n: number): this {
    if (typeof value === 'number' && n <= 4) {
      // Two's complement of a 32-bit value, without BigInt (the common, hot case).
      for (let i = n - 1; i >= 0; i--) this.byte((value >> (8 * i)) & 0xff);
      return this;
    }
    let v = BigInt.asUintN(n * 8, BigInt(value));
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      out.unshift(Number(v & 0xffn));
      v >>= 8n;
    }
    return this.bytes(out);
  }

  /** IEEE 754 double, big-endian (Hessian 'D'). */
  float64BE(value: number): this {
    const view = scratch;
    view.setFloat64(0, value, false);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  /** IEEE 754 double, little-endian (protobuf fixed64 / double). */
  float64LE(value: number): this {
    const view = scratch;
    view.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  /** A string's UTF-8 bytes (ASCII written directly: the common case, and much faster). */
  utf8(text: string): this {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) >= 0x80) return this.bytes(utf8(text));
    }
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
    return this;
  }

  get length(): number {
    return this.len;
  }

  toBytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function toHex(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
