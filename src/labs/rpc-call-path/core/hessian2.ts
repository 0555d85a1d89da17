// Hessian 2.0 serialization (hessian.caucho.com/doc/hessian-serialization.html), the way the Java
// writer Dubbo uses (hessian-lite's Hessian2Output) writes it. Compact forms: an int in −16..47 is
// one byte (0x90 + v), −2048..2047 two (0xc8 + v>>8), −262144..262143 three (0xd4 + v>>16), else
// 'I' + 4 bytes; longs the same with 0xe0 / 0xf8 / 0x3c / 0x59 (int32) / 'L'. A string of up to 31
// UTF-16 units is its length byte + UTF-8, up to 1023 is 0x30 + length>>8, longer 'S' chunks. A
// double that is a whole byte/short is 0x5d/0x5e; one with ≤ 3 decimals that fits an int in
// thousandths is 0x5f + int (hessian-lite's "double mill"; the spec text says float); else 'D' +
// 8 bytes. An object writes its class definition once ('C', type name, field count, field names)
// and then 0x60 + definition number and the field values; an ArrayList is 0x78 + size (≤ 7) or
// 'X' + size, untyped; a HashMap is 'H' key value … 'Z'. Shared references ('Q') are not modelled.
// Field order is the caller's: Hessian's JavaSerializer writes primitives and java.lang types
// (String, Long…) first, then the rest (List, other beans), each group in declaration order.
import { ByteWriter } from './bytes.ts';

export type HessianValue =
  | null
  | boolean
  | { readonly int: number }
  | { readonly long: number }
  | { readonly double: number }
  | string
  | readonly HessianValue[]
  | { readonly map: readonly (readonly [HessianValue, HessianValue])[] }
  | { readonly type: string; readonly fields: readonly (readonly [string, HessianValue])[] };

export class Hessian2Writer {
  readonly out = new ByteWriter();
  private readonly classDefs: string[] = [];

  writeInt(v: number): void {
    const w = this.out;
    if (v >= -0x10 && v <= 0x2f) w.byte(0x90 + v);
    else if (v >= -0x800 && v <= 0x7ff) w.byte(0xc8 + (v >> 8)).byte(v);
    else if (v >= -0x40000 && v <= 0x3ffff)
      w.byte(0xd4 + (v >> 16))
        .byte(v >> 8)
        .byte(v);
    else w.byte(0x49).bigEndian(v, 4);
  }

  writeLong(v: number): void {
    const w = this.out;
    if (v >= -8 && v <= 15) w.byte(0xe0 + v);
    else if (v >= -0x800 && v <= 0x7ff) w.byte(0xf8 + (v >> 8)).byte(v);
    else if (v >= -0x40000 && v <= 0x3ffff)
      w.byte(0x3c + (v >> 16))
        .byte(v >> 8)
        .byte(v);
    else if (v >= -0x80000000 && v <= 0x7fffffff) w.byte(0x59).bigEndian(v, 4);
    else w.byte(0x4c).bigEndian(v, 8);
  }

  writeDouble(v: number): void {
    const w = this.out;
    // Java's (int) cast truncates toward zero; the checks mirror Hessian2Output.writeDouble.
    const whole = Math.trunc(v);
    if (whole === v && Math.abs(v) <= 0x7fffffff) {
      if (whole === 0 && !Object.is(v, -0)) {
        w.byte(0x5b);
        return;
      }
      if (whole === 1) {
        w.byte(0x5c);
        return;
      }
      if (whole >= -0x80 && whole < 0x80) {
        w.byte(0x5d).byte(whole);
        return;
      }
      if (whole >= -0x8000 && whole < 0x8000) {
        w.byte(0x5e)
          .byte(whole >> 8)
          .byte(whole);
        return;
      }
    }
    const mills = Math.trunc(v * 1000);
    if (Math.abs(mills) <= 0x7fffffff && 0.001 * mills === v) {
      w.byte(0x5f).bigEndian(mills, 4);
      return;
    }
    w.byte(0x44).float64BE(v);
  }

  writeString(s: string): void {
    const w = this.out;
    // Lengths count UTF-16 code units (Java chars); the bytes are UTF-8.
    if (s.length <= 31) w.byte(s.length);
    else if (s.length <= 1023) w.byte(0x30 + (s.length >> 8)).byte(s.length);
    else throw new Error('strings over 1023 chars are not modelled');
    w.utf8(s);
  }

  write(v: HessianValue): void {
    const w = this.out;
    if (v === null) {
      w.byte(0x4e);
      return;
    }
    if (typeof v === 'boolean') {
      w.byte(v ? 0x54 : 0x46);
      return;
    }
    if (typeof v === 'string') {
      this.writeString(v);
      return;
    }
    if (Array.isArray(v)) {
      const list = v as readonly HessianValue[];
      if (list.length <= 7) w.byte(0x78 + list.length);
      else {
        w.byte(0x58);
        this.writeInt(list.length);
      }
      for (const item of list) this.write(item);
      return;
    }
    const o = v as Exclude<HessianValue, null | boolean | string | readonly HessianValue[]>;
    if ('int' in o) this.writeInt(o.int);
    else if ('long' in o) this.writeLong(o.long);
    else if ('double' in o) this.writeDouble(o.double);
    else if ('map' in o) {
      w.byte(0x48);
      for (const [k, val] of o.map) {
        this.write(k);
        this.write(val);
      }
      w.byte(0x5a);
    } else this.writeObject(o.type, o.fields);
  }

  private writeObject(type: string, fields: readonly (readonly [string, HessianValue])[]): void {
    let ref = this.classDefs.indexOf(type);
    if (ref < 0) {
      ref = this.classDefs.push(type) - 1;
      this.out.byte(0x43);
      this.writeString(type);
      this.writeInt(fields.length);
      for (const [name] of fields) this.writeString(name);
    }
    if (ref <= 0x0f) this.out.byte(0x60 + ref);
    else {
      this.out.byte(0x4f);
      this.writeInt(ref);
    }
    for (const [, value] of fields) this.write(value);
  }

  toBytes(): Uint8Array {
    return this.out.toBytes();
  }
}

export function encodeHessian(...values: readonly HessianValue[]): Uint8Array {
  const h = new Hessian2Writer();
  for (const v of values) h.write(v);
  return h.toBytes();
}
