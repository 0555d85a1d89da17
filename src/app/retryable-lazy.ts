// React.lazy keeps a failed import forever, so a route whose chunk could not be fetched (offline,
// or an old tab after a deploy removed its chunks) would fail again on every retry without asking
// the network. A failed route lazy is replaced by a fresh one only when the user retries: replacing
// it at once would make React, re-rendering after the rejection, import again in an endless loop.
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** One reset per route lazy: replaces it with a fresh lazy if its import failed. */
const resets = new Set<() => void>();

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let failed = false;
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
  let current = make();
  resets.add(() => {
    if (!failed) return;
    failed = false;
    current = make();
  });
  return function RetryableRoute(props: P) {
    return createElement(current, props);
  };
}

/** Called by "retry": every route whose chunk failed to load imports it again when it next renders. */
export function resetFailedLazies(): void {
  for (const reset of resets) reset();
}

/** True for the errors browsers and Vite raise when a lazily loaded chunk (or its CSS) cannot be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  );
}
