// Long work on the main thread (rebuilding card states from a long review log) is cut into slices;
// between slices the page gets to paint and answer input. scheduler.yield (Chromium) keeps the
// work's priority; a MessageChannel task is the fallback (setTimeout would be clamped to 4 ms).

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Slicer {
  /** True once the current slice has run for its budget: time to `pause`. */
  due(): boolean;
  pause(): Promise<void>;
}

/** Slices of `budgetMs` (a frame's worth by default) of wall-clock time. */
export function createSlicer(budgetMs = 12, now: () => number = () => performance.now()): Slicer {
  let start = now();
  return {
    due: () => now() - start >= budgetMs,
    pause: async () => {
      await yieldToMain();
      start = now();
    },
  };
}
