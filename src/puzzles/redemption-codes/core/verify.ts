// Offline verification: no database, only the batch parameters (count, secret, prefix, length).
// Order of checks, each cheaper than the next and each a different message to the person typing:
//   1. shape: alphabet and length        → malformed (tell them which character)
//   2. check character                   → mistyped  (a typo; every single one is caught)
//   3. prefix                            → not issued: another batch
//   4. inverse permutation → counter     → not issued: counter ≥ count (a forged or guessed code)
import { normalizeCode } from './alphabet.ts';
import { hasValidCheck } from './check-char.ts';
import type { CodeBatch } from './codes.ts';

export type VerifyResult =
  | { readonly status: 'valid'; readonly code: string; readonly counter: number }
  | { readonly status: 'malformed'; readonly reason: 'bad-char'; readonly at: number; readonly char: string }
  | { readonly status: 'malformed'; readonly reason: 'length'; readonly length: number; readonly expected: number }
  | { readonly status: 'mistyped'; readonly code: string }
  | { readonly status: 'not-issued'; readonly reason: 'wrong-batch'; readonly code: string }
  | { readonly status: 'not-issued'; readonly reason: 'counter-out-of-range'; readonly code: string; readonly counter: number };

export function verifyCode(batch: CodeBatch, input: string): VerifyResult {
  const n = normalizeCode(input);
  if (!n.ok) return { status: 'malformed', reason: 'bad-char', at: n.at, char: n.char };
  const code = n.code;
  if (code.length !== batch.codeLength) return { status: 'malformed', reason: 'length', length: code.length, expected: batch.codeLength };
  if (!hasValidCheck(code)) return { status: 'mistyped', code };
  if (!code.startsWith(batch.prefix)) return { status: 'not-issued', reason: 'wrong-batch', code };
  const counter = batch.counterOfBody(code.slice(batch.prefix.length, -1));
  if (counter >= batch.count) return { status: 'not-issued', reason: 'counter-out-of-range', code, counter };
  return { status: 'valid', code, counter };
}

/** The sentence for a result, in the caller's language. */
export function describeVerify(r: VerifyResult, language: 'zh' | 'en' = 'zh'): string {
  if (language === 'en') return describeVerifyEn(r);
  switch (r.status) {
    case 'valid':
      return `有效：第 ${r.counter + 1} 个发放的兑换码`;
    case 'malformed':
      return r.reason === 'bad-char'
        ? `格式错误：第 ${r.at + 1} 个字符“${r.char}”不在兑换码字母表中（兑换码不含 0、O、1、I）`
        : `格式错误：长度是 ${r.length} 位，应为 ${r.expected} 位`;
    case 'mistyped':
      return '输入有误：校验位不匹配，请检查是否有字符输错或两个字符顺序颠倒';
    case 'not-issued':
      return r.reason === 'wrong-batch'
        ? '未发放：校验位正确，但不属于这个批次（前缀不同）'
        : '未发放：校验位正确，但这个码不在本批次发放的范围内（可能是伪造或猜测的）';
  }
}

function describeVerifyEn(r: VerifyResult): string {
  switch (r.status) {
    case 'valid':
      return `Valid: code #${r.counter + 1} of the batch`;
    case 'malformed':
      return r.reason === 'bad-char'
        ? `Malformed: character ${r.at + 1}, "${r.char}", is not in the code alphabet (codes have no 0, O, 1 or I)`
        : `Malformed: ${r.length} characters long, should be ${r.expected}`;
    case 'mistyped':
      return 'Typo: the check character does not match; look for a mistyped character or two swapped ones';
    case 'not-issued':
      return r.reason === 'wrong-batch'
        ? 'Not issued: the check character is right, but the code is not from this batch (different prefix)'
        : 'Not issued: the check character is right, but the code is outside the range this batch issued (forged or guessed?)';
  }
}
