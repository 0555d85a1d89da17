// Where the app is (pathname, search, hash) and how it moves, for the router in this folder. A
// browser history follows the address bar (pushState, popstate); a memory history serves tests.
// Snapshots are cached per address, so React's useSyncExternalStore sees a stable object.

export interface Location {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** A string address ("/labs/x?a=1#h") or its parts; a missing pathname means the current one. */
export type To = string | { readonly pathname?: string; readonly search?: string; readonly hash?: string };

export interface NavigateOptions {
  readonly replace?: boolean;
  /** Accepted for react-router compatibility; this router never scrolls on its own. */
  readonly preventScrollReset?: boolean;
}

export interface History {
  readonly location: () => Location;
  readonly subscribe: (listener: () => void) => () => void;
  readonly navigate: (to: To, options?: NavigateOptions) => void;
}

export function parsePath(path: string): Location {
  const hashAt = path.indexOf('#');
  const hash = hashAt >= 0 ? path.slice(hashAt) : '';
  const rest = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const searchAt = rest.indexOf('?');
  return {
    pathname: (searchAt >= 0 ? rest.slice(0, searchAt) : rest) || '/',
    search: searchAt >= 0 && searchAt < rest.length - 1 ? rest.slice(searchAt) : '',
    hash: hash === '#' ? '' : hash,
  };
}

export function createPath(location: Location): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

/** Resolves `to` against the current location (only absolute pathnames are used in this app). */
export function resolveTo(to: To, current: Location): Location {
  if (typeof to === 'string') {
    const next = parsePath(to);
    return to.startsWith('?') || to.startsWith('#') ? { ...next, pathname: current.pathname } : next;
  }
  const search = to.search && !to.search.startsWith('?') ? `?${to.search}` : (to.search ?? '');
  const hash = to.hash && !to.hash.startsWith('#') ? `#${to.hash}` : (to.hash ?? '');
  return { pathname: to.pathname ?? current.pathname, search: search === '?' ? '' : search, hash };
}

function snapshotCache(read: () => string) {
  let last: { href: string; location: Location } | null = null;
  return () => {
    const href = read();
    if (last?.href !== href) last = { href, location: parsePath(href) };
    return last.location;
  };
}

export function createBrowserHistory(): History {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const location = snapshotCache(() => `${window.location.pathname}${window.location.search}${window.location.hash}`);
  window.addEventListener('popstate', notify);
  return {
    location,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(to, options = {}) {
      const href = createPath(resolveTo(to, location()));
      if (options.replace) window.history.replaceState(window.history.state, '', href);
      else window.history.pushState(null, '', href);
      notify();
    },
  };
}

export function createMemoryHistory(initialEntries: readonly string[] = ['/']): History {
  const listeners = new Set<() => void>();
  const entries = [...initialEntries];
  let index = entries.length - 1;
  const location = snapshotCache(() => entries[index] ?? '/');
  return {
    location,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(to, options = {}) {
      const href = createPath(resolveTo(to, location()));
      if (options.replace) entries[index] = href;
      else entries.splice(++index, entries.length, href);
      listeners.forEach((l) => l());
    },
  };
}
