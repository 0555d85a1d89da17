import { describe, expect, it } from 'vitest';
import { createRedisCell, parseThrottleCommand } from './redis-cell.ts';

describe('CL.THROTTLE command surface', () => {
  it('runs the README example and keeps keys apart', () => {
    const cell = createRedisCell();
    expect(cell.execute(0, 'CL.THROTTLE user123 15 30 60')).toEqual({ ok: true, reply: [0, 16, 15, -1, 2] });
    expect(cell.execute(0, 'cl.throttle user123 15 30 60 1')).toEqual({ ok: true, reply: [0, 16, 14, -1, 4] });
    expect(cell.execute(0, 'CL.THROTTLE user456 15 30 60')).toEqual({ ok: true, reply: [0, 16, 15, -1, 2] });
    expect(cell.tatMs('user123', 0)).toBe(4000);
  });

  it('a key expires when its TAT passes', () => {
    const cell = createRedisCell();
    cell.execute(0, 'CL.THROTTLE k 1 1 1');
    expect(cell.tatMs('k', 999)).toBe(1000);
    expect(cell.tatMs('k', 1000)).toBeNull();
  });

  it('quantity 0 peeks without spending', () => {
    const cell = createRedisCell();
    cell.execute(0, 'CL.THROTTLE k 4 1 1');
    expect(cell.execute(500, 'CL.THROTTLE k 4 1 1 0')).toEqual({ ok: true, reply: [0, 5, 4, -1, 1] });
    expect(cell.tatMs('k', 500)).toBe(1000);
  });

  it("reports redis-cell's errors", () => {
    const cell = createRedisCell();
    expect(cell.execute(0, 'CL.THROTTLE k 1 2')).toMatchObject({ ok: false, error: expect.stringContaining('Usage') as unknown });
    expect(cell.execute(0, 'CL.THROTTLE k x 1 1')).toEqual({ ok: false, error: "Couldn't parse as integer: x" });
    expect(cell.execute(0, 'CL.THROTTLE k 1 0 60')).toEqual({ ok: false, error: 'Zero rates are not supported' });
    expect(parseThrottleCommand('  cl.throttle   a  1 2 3 4 ')).toEqual({ ok: true, args: { key: 'a', maxBurst: 1, count: 2, periodSec: 3, quantity: 4 } });
  });
});
