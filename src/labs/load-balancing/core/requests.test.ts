import { describe, expect, it } from 'vitest';
import { createRequestStream, DEFAULT_STREAM_SPEC } from './requests.ts';

const arrivals = Array.from({ length: 5000 }, (_, i) => i * 5);

describe('seeded request stream', () => {
  it('is the same for the same seed and different for another', () => {
    const a = createRequestStream(arrivals, DEFAULT_STREAM_SPEC);
    const b = createRequestStream(arrivals, DEFAULT_STREAM_SPEC);
    expect(Array.from(b.keyIds)).toEqual(Array.from(a.keyIds));
    expect(Array.from(b.work)).toEqual(Array.from(a.work));
    expect(b.ips).toEqual(a.ips);
    const c = createRequestStream(arrivals, { ...DEFAULT_STREAM_SPEC, seed: 2 });
    expect(Array.from(c.keyIds)).not.toEqual(Array.from(a.keyIds));
  });

  it('skews keys by Zipf: s=0 is flat, s=1.5 has one dominant key', () => {
    const share = (s: number): number => {
      const stream = createRequestStream(arrivals, { ...DEFAULT_STREAM_SPEC, keyCount: 100, keyZipf: s });
      const counts = new Map<number, number>();
      for (const id of stream.keyIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      return Math.max(...counts.values()) / stream.count;
    };
    expect(share(0)).toBeLessThan(0.02);
    expect(share(1.5)).toBeGreaterThan(0.3);
  });

  it('keeps aspects independent: changing key skew does not reshuffle clients or work', () => {
    const a = createRequestStream(arrivals, DEFAULT_STREAM_SPEC);
    const b = createRequestStream(arrivals, { ...DEFAULT_STREAM_SPEC, keyZipf: 2 });
    expect(Array.from(b.ipIds)).toEqual(Array.from(a.ipIds));
    expect(Array.from(b.work)).toEqual(Array.from(a.work));
  });

  it('gives work with mean 1 and builds URIs from the template', () => {
    const s = createRequestStream(arrivals, { ...DEFAULT_STREAM_SPEC, uriTemplate: '/feed?user={key}', keyPrefix: 'u' });
    const mean = s.work.reduce((x, y) => x + y, 0) / s.count;
    expect(mean).toBeGreaterThan(0.97);
    expect(mean).toBeLessThan(1.03);
    expect(s.work.every((w) => w >= 0.5)).toBe(true);
    expect(s.uris[0]).toBe(`/feed?user=${s.keys[0]}`);
    expect(s.keys[0]).toMatch(/^u\d+$/);
  });

  it("uses given client addresses, and spreads requests over each client's connections", () => {
    const s = createRequestStream(arrivals.slice(0, 100), { ...DEFAULT_STREAM_SPEC, clientIps: ['10.9.9.1', '10.9.9.2'], connectionsPerClient: 3 });
    expect(s.ips).toEqual(['10.9.9.1', '10.9.9.2']);
    expect(s.connCount).toBe(6);
    for (let i = 0; i < s.count; i++) expect(Math.floor((s.connIds[i] as number) / 3)).toBe(s.ipIds[i]);
  });
});
