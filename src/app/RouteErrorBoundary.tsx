// One error boundary around the page the route shows: a chunk that cannot be loaded or a render
// error replaces that page with a message, while the header and navigation stay usable and the
// saved progress (in IndexedDB, outside React) is not touched. Navigating elsewhere clears it.
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { Link } from '../ui/router/router.tsx';
import { useStrings } from '../ui/i18n.ts';
import { paths } from './paths.ts';
import { usePageTitle } from './use-page-title.ts';
import { isChunkLoadError, resetFailedLazies } from './retryable-lazy.ts';

interface Props {
  /** The page's path: when it changes, the error is dropped and the new page renders. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Bumped by "retry": remounting the page makes its lazy imports run again. */
  readonly attempt: number;
}

export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Route error', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  private retry = () => {
    resetFailedLazies();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error) return <RouteError error={error} onRetry={this.retry} />;
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

function RouteError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useStrings();
  const chunk = isChunkLoadError(error);
  usePageTitle(chunk ? t.routeLoadFailedTitle : t.routeErrorTitle);
  return (
    <div className="banner warning route-error" role="alert" data-testid="route-error">
      <h1>{chunk ? t.routeLoadFailedTitle : t.routeErrorTitle}</h1>
      <p>{chunk ? t.routeLoadFailedBody : t.routeErrorBody}</p>
      <pre className="route-error-message">{error.message}</pre>
      <div className="row">
        <button type="button" className="primary" onClick={onRetry}>
          {t.retry}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
        <Link to={paths.home()}>{t.backHome}</Link>
      </div>
    </div>
  );
}
