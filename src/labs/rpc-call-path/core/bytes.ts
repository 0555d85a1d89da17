// A growable byte buffer for the lab's encoders, and hex for tests and the view.

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
    let v = BigInt.asUintN(n * 8, BigInt(value));
    const out: number[] = [];
    for (let i = 0; i < n; i++) { out.unshift(Number(v & 0xffn)); v >>= 8n; }
    return this.bytes(out);
  }

  /** IEEE 754 double, big-endian (Hessian 'D'). */
  float64BE(value: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, false);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  /** IEEE 754 double, little-endian (protobuf fixed64 / double). */
  float64LE(value: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  get length(): number { return this.len; }

  toBytes(): Uint8Array { return this.buf.slice(0, this.len); }
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function toHex(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
