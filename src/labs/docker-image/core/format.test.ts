import { describe, expect, it } from 'vitest';
import { formatBytes } from './format.ts';

describe('formatBytes', () => {
  it('uses SI units as docker images does', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 B');
    expect(formatBytes(311_200, 'en-US')).toBe('311 kB');
    expect(formatBytes(17_000_000, 'en-US')).toBe('17 MB');
    expect(formatBytes(1_120_000_000, 'en-US')).toBe('1.1 GB');
    expect(formatBytes(3_220, 'zh-CN')).toBe('3.2 kB');
  });
});
