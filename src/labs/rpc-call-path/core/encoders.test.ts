import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import { encodeHessian } from './hessian2.ts';
import { dubboBody, dubboHeader, itemProto, orderHessian, orderJson, orderProto, payloadSizes, requestFrameBytes, SAMPLE_ORDER } from './payload.ts';
import { encodeProto } from './protobuf.ts';

describe('protobuf wire format', () => {
  it('writes the encoding guide example: field 1 = 150 is 08 96 01', () => {
    expect(toHex(encodeProto([{ field: 1, v: { kind: 'int32', value: 150 } }]))).toBe('08 96 01');
  });

  it('writes a string field as tag, length, UTF-8 (guide: field 2 = "testing")', () => {
    expect(toHex(encodeProto([{ field: 2, v: { kind: 'string', value: 'testing' } }]))).toBe('12 07 74 65 73 74 69 6e 67');
  });

  it('writes a negative int32 as a 10-byte varint and skips default values', () => {
    expect(encodeProto([{ field: 1, v: { kind: 'int32', value: -1 } }]).length).toBe(11);
    expect(
      encodeProto([
        { field: 1, v: { kind: 'int64', value: 0 } },
        { field: 2, v: { kind: 'string', value: '' } },
      ]).length,
    ).toBe(0);
  });

  it('pins the bytes of one order item', () => {
    const item = SAMPLE_ORDER.items[1];
    if (!item) throw new Error('sample order has two items');
    // sku "SKU-2002", quantity 1, price 20.0 (0x4034000000000000 little-endian)
    expect(toHex(encodeProto(itemProto(item)))).toBe('0a 08 53 4b 55 2d 32 30 30 32 10 01 19 00 00 00 00 00 00 34 40');
  });
});

describe('Hessian 2 serialization', () => {
  it('matches the spec examples for compact ints, longs, doubles and strings', () => {
    expect(toHex(encodeHessian({ int: 0 }))).toBe('90');
    expect(toHex(encodeHessian({ int: -256 }))).toBe('c7 00');
    expect(toHex(encodeHessian({ int: 262143 }))).toBe('d7 ff ff');
    expect(toHex(encodeHessian({ int: 262144 }))).toBe('49 00 04 00 00');
    expect(toHex(encodeHessian({ long: 0 }))).toBe('e0');
    expect(toHex(encodeHessian({ long: 1024 }))).toBe('fc 00');
    expect(toHex(encodeHessian({ long: 2147483647 }))).toBe('59 7f ff ff ff');
    expect(toHex(encodeHessian({ double: 0 }))).toBe('5b');
    expect(toHex(encodeHessian({ double: 1 }))).toBe('5c');
    expect(toHex(encodeHessian({ double: 20 }))).toBe('5d 14');
    expect(toHex(encodeHessian({ double: 12.25 }))).toBe('5f 00 00 2f da');
    expect(toHex(encodeHessian('hello'))).toBe('05 68 65 6c 6c 6f');
    expect(toHex(encodeHessian(null, true, false))).toBe('4e 54 46');
  });

  it("writes a class definition once, then 0x60 + its number (the spec's Car)", () => {
    const car = (color: string, model: string) => ({
      type: 'example.Car',
      fields: [
        ['color', color],
        ['model', model],
      ] as const,
    });
    expect(toHex(encodeHessian([car('red', 'corvette'), car('green', 'civic')]))).toBe(
      '7a 43 0b 65 78 61 6d 70 6c 65 2e 43 61 72 92 05 63 6f 6c 6f 72 05 6d 6f 64 65 6c ' +
        '60 03 72 65 64 08 63 6f 72 76 65 74 74 65 60 05 67 72 65 65 6e 05 63 69 76 69 63',
    );
  });

  it('writes prices in thousandths when they round-trip, else 8 bytes', () => {
    expect(toHex(encodeHessian({ double: 19.95 }))).toBe('5f 00 00 4d ee');
    expect(toHex(encodeHessian({ double: 59.9 }))).toBe('5f 00 00 e9 fc');
    expect(toHex(encodeHessian({ double: 0.1 + 0.2 }))).toBe('44 3f d3 33 33 33 33 33 34');
  });
});

describe('the sample order in three formats', () => {
  it('counts the bytes of each encoding', () => {
    // Counted by hand from the bytes: protobuf 3 + 2 + 6 + 9 + 2 × (2 + 21) = 66; Hessian's class
    // definitions (type and field names) cost 98 of its 143 bytes.
    expect(orderJson(SAMPLE_ORDER).length).toBe(157);
    expect(orderProto(SAMPLE_ORDER).length).toBe(66);
    expect(toHex(orderProto(SAMPLE_ORDER)).slice(0, 59)).toBe('08 80 08 10 2a 1a 04 50 41 49 44 21 33 33 33 33 33 f3 4d 40');
    expect(orderHessian(SAMPLE_ORDER).length).toBe(143);
    expect(payloadSizes()).toEqual({ json: 157, protobuf: 66, hessian2: 143 });
  });

  it('pins the Dubbo request body: 5 strings (68 B) + the order (143 B) + the attachments map (163 B)', () => {
    // "2.0.2" 1+5, service 1+24, "0.0.0" 1+5, "placeOrder" 1+10, "Lcom/example/Order;" 1+19 = 68;
    // the map: 'H', path 5+25, interface 10+25, version 8+6, timeout 8+5, traceparent 12+(2+55), 'Z' = 163.
    const body = dubboBody(SAMPLE_ORDER, 'hessian2', 1000);
    expect(body.length).toBe(374);
    expect(toHex(body.slice(0, 6))).toBe('05 32 2e 30 2e 32');
    expect(body[68]).toBe(0x43);
    expect(body[68 + 143]).toBe(0x48);
    expect(body[body.length - 1]).toBe(0x5a);
  });

  it('writes the Dubbo header: magic, request | two-way | hessian2, status, request id, body length', () => {
    expect(toHex(dubboHeader(1, 374, 'hessian2'))).toBe('da bb c2 00 00 00 00 00 00 00 00 01 00 00 01 76');
    expect(dubboHeader(1, 0, 'fastjson')[2]).toBe(0xc6);
  });

  it('frames a Dubbo request as a 16-byte header and its body, a gRPC one as 9 + 5 bytes around the message', () => {
    const hessian = requestFrameBytes('dubbo', 'hessian2', 1000);
    expect(hessian.header).toBe(16);
    expect(hessian.body).toBe(dubboBody(SAMPLE_ORDER, 'hessian2', 1000).length);
    expect(requestFrameBytes('grpc', 'protobuf', 1000)).toEqual({ header: 14, body: 66, total: 80 });
    expect(requestFrameBytes('dubbo', 'fastjson', 1000).body).toBeGreaterThan(hessian.body);
  });
});
