// Renders the loading and error states of something loaded lazily; children get the data.
import type { ReactNode } from 'react';
import { useStrings } from './i18n.ts';
import { Loading } from './Loading.tsx';

type Loaded<T> = { status: 'loading' } | { status: 'error'; error: Error; retry: () => void } | { status: 'ready'; data: T };

export function LoadState<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const t = useStrings();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <div className="banner warning" role="alert">
        <p>
          {t.loadFailed}: {state.error.message}
        </p>
        <button type="button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
