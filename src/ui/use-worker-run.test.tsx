// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWorkerRun } from './use-worker-run.ts';

/** A stand-in Worker the test answers by hand. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

function harness() {
  const made: FakeWorker[] = [];
  const hook = renderHook(() =>
    useWorkerRun<number, { ok: true; n: number }>(() => {
      const w = new FakeWorker();
      made.push(w);
      return w as unknown as Worker;
    }),
  );
  return { hook, made };
}

describe('useWorkerRun', () => {
  it('posts the request, shows the reply, and ends the worker', () => {
    const { hook, made } = harness();
    act(() => hook.result.current.run(7));
    expect(hook.result.current.state).toEqual({ kind: 'running' });
    expect(made[0]?.posted).toEqual([7]);
    act(() => made[0]?.reply({ ok: true, n: 49 }));
    expect(hook.result.current.state).toEqual({ kind: 'done', reply: { ok: true, n: 49 } });
    expect(made[0]?.terminated).toBe(true);
  });

  it('drops the reply of a run that was stopped or replaced', () => {
    const { hook, made } = harness();
    act(() => hook.result.current.run(1));
    act(() => hook.result.current.stop());
    act(() => made[0]?.reply({ ok: true, n: 1 }));
    expect(hook.result.current.state).toEqual({ kind: 'idle' });
    act(() => hook.result.current.run(2));
    act(() => hook.result.current.run(3));
    expect(made[1]?.terminated).toBe(true);
    act(() => made[1]?.reply({ ok: true, n: 4 }));
    expect(hook.result.current.state).toEqual({ kind: 'running' });
    act(() => made[2]?.reply({ ok: true, n: 9 }));
    expect(hook.result.current.state).toEqual({ kind: 'done', reply: { ok: true, n: 9 } });
  });

  it("reports the worker's own error, and a script that never loaded", () => {
    const { hook, made } = harness();
    act(() => hook.result.current.run(1));
    act(() => made[0]?.reply({ ok: false, error: 'too big' }));
    expect(hook.result.current.state).toEqual({ kind: 'error', message: 'too big' });
    act(() => hook.result.current.run(2));
    act(() => made[1]?.fail(''));
    expect(hook.result.current.state).toMatchObject({ kind: 'error', message: expect.stringContaining('计算线程没有加载成功') });
  });

  it('ends a running worker when the panel goes away', () => {
    const { hook, made } = harness();
    act(() => hook.result.current.run(1));
    hook.unmount();
    expect(made[0]?.terminated).toBe(true);
  });
});
