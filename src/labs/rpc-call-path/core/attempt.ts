// One attempt: the request from the chosen provider's connection to the reply, stage by stage.
// The consumer writes the frame on the provider's connection (Dubbo: the one shared Netty
// connection, `connections` = 0; gRPC: a new HTTP/2 stream on the channel), it crosses the
// network in half a round trip, the provider's IO thread decodes it and hands it to the business
// pool (fixed, `threads`, queues 0: a full pool rejects with status 100, "Thread pool is
// EXHAUSTED"), the provider's filters run (TpsLimitFilter rejects above `tps`), the method runs,
// and the reply crosses back. The consumer waits at most `budgetMs`: DefaultFuture's timeout
// check completes the future with a timeout (status 31, "Waiting server-side response timeout")
// and a reply that comes later is only logged ("The timeout response finally returned").
// The fault applies only to the faulty providers.
import type { CallConfig } from './config.ts';
import { DROP_NOTICE_MS } from './config.ts';
import type { CallEvent, ErrorKind } from './events.ts';

export interface AttemptResult {
  readonly events: CallEvent[];
  /** When the consumer learns the attempt's end: a reply, a failure or its timeout. */
  readonly endMs: number;
  readonly ok: boolean;
  readonly error: ErrorKind | null;
}

export interface AttemptInput {
  readonly attempt: number;
  readonly provider: number;
  readonly startMs: number;
  readonly budgetMs: number;
  readonly faulty: boolean;
  /** The method's duration on a healthy provider this time (jitter drawn by the caller). */
  readonly serviceMs: number;
  /** Dubbo: the request id in the 16-byte header; gRPC: the HTTP/2 stream id on that provider's channel. */
  readonly wireId: number;
  /** The request frame's size (the same for every attempt of a call). */
  readonly frame: { readonly total: number; readonly body: number };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function runAttempt(config: CallConfig, a: AttemptInput): AttemptResult {
  const events: CallEvent[] = [];
  const base = { attempt: a.attempt, provider: a.provider };
  const at = (timeMs: number, e: Omit<CallEvent, 'timeMs' | 'attempt' | 'provider'>) => events.push({ timeMs: round(timeMs), ...base, ...e });
  const oneWay = config.rttMs / 2;
  const s = a.startMs;
  const fault = a.faulty ? config.fault : 'none';
  const frame = a.frame;
  at(s, { stage: 'connection', code: 'connection', bad: false, count: a.wireId });
  at(s, { stage: 'encode', code: 'encode', bad: false, bytes: frame.total, total: frame.body });
  at(s, { stage: 'network', code: 'send', bad: false, ms: oneWay });

  // The moment the consumer would hear back, and how; a timeout wins if it comes first.
  let replyMs: number;
  let error: ErrorKind | null = null;
  const arrive = s + oneWay;
  if (fault === 'connection-dropped') {
    replyMs = s + oneWay + DROP_NOTICE_MS;
    error = 'channel-inactive';
  } else if (fault === 'serialization-error') {
    at(arrive, { stage: 'decode', code: 'decode-fail', bad: true, bytes: frame.total });
    replyMs = arrive + oneWay;
    error = 'decode';
  } else {
    at(arrive, { stage: 'decode', code: 'decode', bad: false, bytes: frame.total });
    if (fault === 'pool-exhausted') {
      at(arrive, { stage: 'threadpool', code: 'pool-exhausted', bad: true, count: config.threads });
      replyMs = arrive + oneWay;
      error = 'pool-exhausted';
    } else {
      at(arrive, { stage: 'threadpool', code: 'pool-accept', bad: false, count: 1, total: config.threads });
      if (fault === 'tps-limit') {
        at(arrive, { stage: 'server-filters', code: 'tps-reject', bad: true });
        replyMs = arrive + oneWay;
        error = 'tps-limit';
      } else {
        at(arrive, { stage: 'server-filters', code: 'server-filters', bad: false });
        const runMs = fault === 'slow-provider' ? config.slowMs : a.serviceMs;
        at(arrive, { stage: 'service', code: 'service-start', bad: false });
        at(arrive + runMs, { stage: 'service', code: 'service-end', bad: false, ms: runMs });
        replyMs = arrive + runMs + oneWay;
      }
    }
  }

  const deadline = s + a.budgetMs;
  if (replyMs > deadline) {
    at(deadline, { stage: 'response', code: 'timeout', bad: true, error: 'timeout', ms: a.budgetMs });
    if (error === null) at(replyMs, { stage: 'response', code: 'late-response', bad: false, ms: round(replyMs - s) });
    return { events, endMs: round(deadline), ok: false, error: 'timeout' };
  }
  if (error === 'channel-inactive') {
    at(replyMs, { stage: 'network', code: 'dropped', bad: true, error });
  } else if (error !== null) {
    at(replyMs, { stage: 'response', code: 'reply-error', bad: true, error });
  } else {
    at(replyMs, { stage: 'response', code: 'response', bad: false, ms: round(replyMs - s) });
  }
  return { events, endMs: round(replyMs), ok: error === null, error };
}
