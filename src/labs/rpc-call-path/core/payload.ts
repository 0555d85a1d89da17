// The call's argument, an order, written by the three encoders this lab has: JSON text (what
// Dubbo's `fastjson` serialization and a REST call send), protobuf (gRPC) and Hessian 2 (Dubbo's
// long-time default `hessian2`). The same values in each; the sizes are counted from real bytes.
// The frames around them: Dubbo's 16-byte header (magic 0xdabb, flags, status, request id, body
// length; ExchangeCodec) + a body that DubboCodec.encodeRequestData writes item by item (protocol
// version, service path, service version, method, parameter descriptor, arguments, attachments);
// gRPC's length-prefixed message (1 byte compressed flag + 4 bytes length) in an HTTP/2 DATA frame
// (9-byte frame header). The HTTP/2 HEADERS frame (HPACK-compressed :path, grpc-timeout, …) is
// not counted.
import { ByteWriter, utf8 } from './bytes.ts';
import { encodeHessian, type HessianValue } from './hessian2.ts';
import { encodeProto, type ProtoMessage } from './protobuf.ts';

export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
  readonly price: number;
}
export interface Order {
  readonly orderId: number;
  readonly userId: number;
  readonly status: string;
  readonly amount: number;
  readonly items: readonly OrderItem[];
}

export const SAMPLE_ORDER: Order = {
  orderId: 1024,
  userId: 42,
  status: 'PAID',
  amount: 59.9,
  items: [
    { sku: 'SKU-1001', quantity: 2, price: 19.95 },
    { sku: 'SKU-2002', quantity: 1, price: 20 },
  ],
};

export const SERVICE = 'com.example.OrderService';
export const METHOD = 'placeOrder';
export const PARAM_DESC = 'Lcom/example/Order;';
export const DUBBO_PROTOCOL_VERSION = '2.0.2';
export const DUBBO_HEADER_BYTES = 16;
export const GRPC_PREFIX_BYTES = 5;
export const HTTP2_FRAME_HEADER_BYTES = 9;

/** JSON as Jackson/fastjson write a bean: field names, no spaces, UTF-8. */
export function orderJson(order: Order): Uint8Array {
  return utf8(JSON.stringify(order));
}

/** message Order { int64 order_id = 1; int64 user_id = 2; string status = 3; double amount = 4; repeated Item items = 5; }
 *  message Item { string sku = 1; int32 quantity = 2; double price = 3; } */
export function itemProto(item: OrderItem): ProtoMessage {
  return [
    { field: 1, v: { kind: 'string', value: item.sku } },
    { field: 2, v: { kind: 'int32', value: item.quantity } },
    { field: 3, v: { kind: 'double', value: item.price } },
  ];
}

export function orderProto(order: Order): Uint8Array {
  return encodeProto([
    { field: 1, v: { kind: 'int64', value: order.orderId } },
    { field: 2, v: { kind: 'int64', value: order.userId } },
    { field: 3, v: { kind: 'string', value: order.status } },
    { field: 4, v: { kind: 'double', value: order.amount } },
    ...order.items.map((it) => ({ field: 5, v: { kind: 'message' as const, value: itemProto(it) } })),
  ]);
}

/** The Java beans com.example.Order / OrderItem (long, long, String, double, ArrayList) as Hessian values. */
export function orderHessianValue(order: Order): HessianValue {
  return {
    type: 'com.example.Order',
    fields: [
      ['orderId', { long: order.orderId }],
      ['userId', { long: order.userId }],
      ['status', order.status],
      ['amount', { double: order.amount }],
      [
        'items',
        order.items.map((it) => ({
          type: 'com.example.OrderItem',
          fields: [
            ['sku', it.sku],
            ['quantity', { int: it.quantity }],
            ['price', { double: it.price }],
          ] as const,
        })),
      ],
    ],
  };
}

export function orderHessian(order: Order): Uint8Array {
  return encodeHessian(orderHessianValue(order));
}

export type Serialization = 'hessian2' | 'fastjson' | 'protobuf';

/** The invocation's attachments as this lab's consumer sends them (timeout travels as a string). */
export function attachments(timeoutMs: number): readonly (readonly [string, string])[] {
  return [
    ['path', SERVICE],
    ['interface', SERVICE],
    ['version', '0.0.0'],
    ['timeout', String(timeoutMs)],
    ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
  ];
}

/** DubboCodec.encodeRequestData's items, each written by the chosen ObjectOutput. */
export function dubboBody(order: Order, serialization: 'hessian2' | 'fastjson', timeoutMs: number): Uint8Array {
  const strings = [DUBBO_PROTOCOL_VERSION, SERVICE, '0.0.0', METHOD, PARAM_DESC];
  if (serialization === 'hessian2') {
    return encodeHessian(...strings, orderHessianValue(order), { map: attachments(timeoutMs).map(([k, v]) => [k, v] as const) });
  }
  // fastjson's ObjectOutput writes every item as a JSON text and a newline.
  const lines = [...strings.map((s) => JSON.stringify(s)), JSON.stringify(order), JSON.stringify(Object.fromEntries(attachments(timeoutMs)))];
  return utf8(lines.map((l) => `${l}\n`).join(''));
}

/** Dubbo's serialization ids (org.apache.dubbo.common.serialize.Constants), sent in the header's flag byte. */
export const DUBBO_SERIALIZATION_ID = { hessian2: 2, fastjson: 6 } as const;

/** ExchangeCodec.encodeRequest's 16 bytes: magic 0xdabb, FLAG_REQUEST 0x80 | FLAG_TWOWAY 0x40 |
 *  serialization id, status 0, the request id (8 bytes), the body length (4 bytes). */
export function dubboHeader(requestId: number, bodyLength: number, serialization: 'hessian2' | 'fastjson'): Uint8Array {
  return new ByteWriter()
    .byte(0xda)
    .byte(0xbb)
    .byte(0x80 | 0x40 | DUBBO_SERIALIZATION_ID[serialization])
    .byte(0)
    .bigEndian(requestId, 8)
    .bigEndian(bodyLength, 4)
    .toBytes();
}

export interface PayloadSizes {
  readonly json: number;
  readonly protobuf: number;
  readonly hessian2: number;
}

export function payloadSizes(order: Order = SAMPLE_ORDER): PayloadSizes {
  return { json: orderJson(order).length, protobuf: orderProto(order).length, hessian2: orderHessian(order).length };
}

export interface FrameSize {
  readonly header: number;
  readonly body: number;
  readonly total: number;
}

// The sample order's frames depend only on these three inputs; every simulated attempt asks.
const sampleFrames = new Map<string, FrameSize>();

/** Bytes of the request on the wire for the framework and serialization. */
export function requestFrameBytes(framework: 'dubbo' | 'grpc', serialization: Serialization, timeoutMs: number, order: Order = SAMPLE_ORDER): FrameSize {
  if (order !== SAMPLE_ORDER) return frameBytes(framework, serialization, timeoutMs, order);
  const key = `${framework}|${serialization}|${timeoutMs}`;
  let size = sampleFrames.get(key);
  if (!size) {
    size = frameBytes(framework, serialization, timeoutMs, order);
    sampleFrames.set(key, size);
  }
  return size;
}

function frameBytes(framework: 'dubbo' | 'grpc', serialization: Serialization, timeoutMs: number, order: Order): FrameSize {
  if (framework === 'grpc' || serialization === 'protobuf') {
    const body = orderProto(order).length;
    const header = HTTP2_FRAME_HEADER_BYTES + GRPC_PREFIX_BYTES;
    return { header, body, total: header + body };
  }
  const body = dubboBody(order, serialization, timeoutMs).length;
  return { header: DUBBO_HEADER_BYTES, body, total: DUBBO_HEADER_BYTES + body };
}
