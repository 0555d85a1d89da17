// A batch of redemption codes, unique by construction:
//   code = prefix + body + check, body = base-32 digits of P(counter), counter = 0 … count−1,
// where P is the keyed Feistel permutation of [0, 32^bodyLength) (feistel.ts). A permutation
// never maps two counters to one value, so no code repeats and no "already issued?" lookup or
// database round trip is needed: the millionth code costs the same as the first.
// Sparseness: only `count` of the 32^bodyLength bodies are issued, so a guessed body with a valid
// check character is issued with probability count / 32^bodyLength (≈ 3·10⁻⁷ for 10 million
// codes with 9-symbol bodies); the check character itself rejects 31 of 32 random strings first.
// Verification is offline: recompute the check, invert P, compare the counter with `count`.
import { CHAR_CODE, RADIX, normalizeCode } from './alphabet.ts';
import { hornerString } from './check-char.ts';
import { type Permutation, createFeistel, deriveRoundKeys } from './feistel.ts';

export const MAX_COUNT = 10_000_000;
export const MIN_BODY = 6;
export const MAX_BODY = 10; // 50 bits: the Feistel halves stay ≤ 26 bits (exact in doubles)
export const MAX_PREFIX = 8;

export interface BatchConfig {
  /** How many codes the batch issues: counters 0 … count−1. */
  readonly count: number;
  /** Keys the permutation. Anyone with it can enumerate the batch: keep it server-side. */
  readonly secret: string;
  /** Optional batch prefix in the code alphabet, e.g. "SPR"; also tweaks the permutation. */
  readonly prefix?: string;
  /**
   * Body symbols; default: enough that ≤ 1 in a million random bodies is issued. Part of the
   * batch's identity (it sets the permutation's domain): store it with the batch, or verifying
   * later with a different count would derive another length.
   */
  readonly bodyLength?: number;
}

export interface CodeBatch {
  readonly count: number;
  readonly prefix: string;
  readonly bodyLength: number;
  /** Total length: prefix + body + 1 check character. */
  readonly codeLength: number;
  /** Probability that a random body is an issued one: count / 32^bodyLength. */
  readonly guessOdds: number;
  readonly permutation: Permutation;
  /** The code for one counter (0 ≤ counter < count). */
  codeAt(counter: number): string;
  /**
   * Codes for counters from … to−1 as ASCII lines ("CODE\n", codeLength + 1 bytes each) into
   * `out`: the fast path for bulk generation, no string per code.
   */
  writeCodes(from: number, to: number, out: Uint8Array): void;
  /** Body value → counter (inverse permutation); may be ≥ count for bodies never issued. */
  counterOfBody(body: string): number;
}

/** Smallest body with count / 32^L ≤ 2^-20, within MIN_BODY … MAX_BODY. */
export function defaultBodyLength(count: number): number {
  let l = MIN_BODY;
  while (l < MAX_BODY && RADIX ** l < count * 2 ** 20) l++;
  return l;
}

export function validatePrefix(prefix: string): string | null {
  const n = normalizeCode(prefix);
  return n.ok && n.code.length <= MAX_PREFIX ? n.code : null;
}

export function createCodeBatch(config: BatchConfig): CodeBatch {
  const { count, secret } = config;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw new RangeError(`count must be 1..${MAX_COUNT}`);
  const prefix = validatePrefix(config.prefix ?? '');
  if (prefix === null) throw new RangeError('prefix must be ≤ 8 alphabet characters');
  const bodyLength = config.bodyLength ?? defaultBodyLength(count);
  if (!Number.isInteger(bodyLength) || bodyLength < MIN_BODY || bodyLength > MAX_BODY || RADIX ** bodyLength < count) {
    throw new RangeError(`bodyLength must be ${MIN_BODY}..${MAX_BODY} and hold count`);
  }
  const domain = RADIX ** bodyLength;
  const permutation = createFeistel(domain, deriveRoundKeys(secret, prefix));
  const prefixCodes = Array.from(prefix, (c) => c.charCodeAt(0));
  const prefixState = hornerString(prefix);
  const codeLength = prefix.length + bodyLength + 1;
  const lowDigits = Math.min(5, bodyLength); // the low 25 bits as 5 symbols, the rest from `high`
  // Module imports can compile to getters (tsx, CommonJS interop): copy the tables into locals
  // once so the per-code loop touches only closure variables.
  const chars = CHAR_CODE;
  const values = VALUE_FROM_CODE;
  const encrypt = permutation.encrypt;

  const writeCode = (counter: number, out: Uint8Array, at: number): void => {
    const y = encrypt(counter);
    // Split into two ≤ 25-bit halves so digit extraction is 32-bit integer work.
    let high = Math.floor(y / 33554432); // 2^25
    let low = y - high * 33554432;
    for (let i = 0; i < prefixCodes.length; i++) out[at + i] = prefixCodes[i] as number;
    const bodyStart = at + prefixCodes.length;
    let pos = bodyStart + bodyLength - 1;
    for (let d = 0; d < lowDigits; d++) {
      out[pos--] = chars[low & 31] as number;
      low >>>= 5;
    }
    for (let d = lowDigits; d < bodyLength; d++) {
      out[pos--] = chars[high & 31] as number;
      high >>>= 5;
    }
    let c = prefixState;
    for (let i = bodyStart; i < bodyStart + bodyLength; i++) c = (c < 16 ? c << 1 : (c << 1) ^ 37) ^ (values[out[i] as number] as number);
    out[bodyStart + bodyLength] = chars[c < 16 ? c << 1 : (c << 1) ^ 37] as number; // the check: α·c
  };
  const one = new Uint8Array(codeLength);

  return {
    count,
    prefix,
    bodyLength,
    codeLength,
    guessOdds: count / domain,
    permutation,
    codeAt(counter) {
      checkCounter(counter, count);
      writeCode(counter, one, 0);
      // apply() takes any array-like and is ~7× faster than spreading a typed array.
      return String.fromCharCode.apply(null, one as unknown as number[]);
    },
    writeCodes(from, to, out) {
      checkCounter(from, count + 1);
      checkCounter(to, count + 1);
      const stride = codeLength + 1;
      if (out.length < (to - from) * stride) throw new RangeError('output buffer too small');
      for (let i = from; i < to; i++) {
        const at = (i - from) * stride;
        writeCode(i, out, at);
        out[at + codeLength] = 10; // '\n'
      }
    },
    counterOfBody(body) {
      let y = 0;
      for (let i = 0; i < body.length; i++) y = y * RADIX + (VALUE_FROM_CODE[body.charCodeAt(i)] as number);
      return permutation.decrypt(y);
    },
  };
}

function checkCounter(counter: number, limit: number): void {
  if (!Number.isInteger(counter) || counter < 0 || counter >= limit) throw new RangeError('counter outside the batch');
}

// Char code → symbol value, as a plain array the hot loop can index without a bounds check on -1.
const VALUE_FROM_CODE: number[] = (() => {
  const t = new Array<number>(128).fill(0);
  for (let i = 0; i < CHAR_CODE.length; i++) t[CHAR_CODE[i] as number] = i;
  return t;
})();
