// Protocol Buffers wire format (proto3), as described in protobuf.dev/programming-guides/encoding:
// every field is a tag varint ((field_number << 3) | wire_type) followed by its value. Varints are
// 7 bits per byte, least significant group first, high bit = "more bytes follow". int32/int64 are
// plain varints (a negative number takes 10 bytes; sint32/sint64 would zigzag it), double is 8
// little-endian bytes (wire type 1), strings and embedded messages are length-delimited (wire type
// 2). Fields at their default value (0, "", empty) are not written in proto3.
import { ByteWriter, utf8 } from './bytes.ts';

export type ProtoValue =
  | { readonly kind: 'int64'; readonly value: number }
  | { readonly kind: 'int32'; readonly value: number }
  | { readonly kind: 'double'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'message'; readonly value: ProtoMessage };

/** A message: fields in field-number order; a repeated field is several entries with one number. */
export type ProtoMessage = readonly { readonly field: number; readonly v: ProtoValue }[];

const VARINT = 0;
const I64 = 1;
const LEN = 2;

export function writeVarint(w: ByteWriter, value: number | bigint): void {
  if (typeof value === 'number' && value >= 0 && Number.isSafeInteger(value)) {
    let v = value;
    while (v > 0x7f) {
      w.byte((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    w.byte(v);
    return;
  }
  // Negative int32/int64 are sign-extended to 64 bits: 10 bytes on the wire.
  let v = BigInt.asUintN(64, BigInt(value));
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    w.byte(v > 0n ? low | 0x80 : low);
  } while (v > 0n);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function isDefault(v: ProtoValue): boolean {
  if (v.kind === 'string') return v.value === '';
  if (v.kind === 'message') return false;
  return v.value === 0;
}

function writeField(w: ByteWriter, field: number, v: ProtoValue): void {
  if (isDefault(v)) return;
  switch (v.kind) {
    case 'int32':
    case 'int64':
      writeVarint(w, (field << 3) | VARINT);
      writeVarint(w, v.value);
      return;
    case 'double':
      writeVarint(w, (field << 3) | I64);
      w.float64LE(v.value);
      return;
    case 'string': {
      // ASCII (the usual case) is its own UTF-8: no encoder round trip.
      const bytes = isAscii(v.value) ? null : utf8(v.value);
      writeVarint(w, (field << 3) | LEN);
      writeVarint(w, bytes ? bytes.length : v.value.length);
      if (bytes) w.bytes(bytes);
      else w.utf8(v.value);
      return;
    }
    case 'message': {
      const inner = encodeProto(v.value);
      writeVarint(w, (field << 3) | LEN);
      writeVarint(w, inner.length);
      w.bytes(inner);
    }
  }
}

export function encodeProto(message: ProtoMessage): Uint8Array {
  const w = new ByteWriter();
  for (const { field, v } of message) writeField(w, field, v);
  return w.toBytes();
}
