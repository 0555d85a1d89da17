import { describe, expect, it } from 'vitest';
import { stem, toUnits } from './units.ts';

const texts = (s: string) => toUnits(s).map((u) => u.text);

describe('toUnits', () => {
  it('folds case, full width and punctuation', () => {
    expect(texts('Token-Bucket!')).toEqual(['token', 'bucket']);
    expect(texts('ＴＯＫＥＮ　ｂｕｃｋｅｔ')).toEqual(['token', 'bucket']);
    expect(texts('１６３８４')).toEqual(['16384']);
  });

  it('keeps code tokens whole and marks them', () => {
    const units = toUnits('nginx `limit_req`, CL.THROTTLE 10.96.0.0/12 and 1/n');
    expect(units.map((u) => u.text)).toEqual(['nginx', 'limit_req', 'cl.throttle', '10.96.0.0/12', 'and', '1/n']);
    expect(units.filter((u) => u.code).map((u) => u.text)).toEqual(['limit_req', 'cl.throttle', '10.96.0.0/12', '1/n']);
  });

  it('splits Chinese into characters, with spans in the original text', () => {
    const text = '用 ｔｏｋｅｎ 令牌桶';
    const units = toUnits(text);
    expect(units.map((u) => u.text)).toEqual(['用', 'token', '令', '牌', '桶']);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['用', 'ｔｏｋｅｎ', '令', '牌', '桶']);
  });

  it('stems lightly and the same way on both sides', () => {
    expect(stem('buckets')).toBe('bucket');
    expect(stem('queues')).toBe(stem('queue'));
    expect(stem('retries')).toBe('retry');
    expect(stem('blocking')).toBe('block');
    expect(stem('status')).toBe('status');
    expect(stem('limit_req')).toBe('limit_req');
  });
});
