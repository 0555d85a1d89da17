// Which routes match a pathname, outermost first, and the values of their `:params`. The app's
// table is small and flat (one layout route around pages), so this is a plain recursive walk:
// a segment `:name` takes one path segment, `*` takes the rest, a route without a path (a layout)
// takes nothing, and an index route matches when nothing is left.

export interface RouteSpec<E = unknown> {
  readonly path?: string;
  readonly index?: boolean;
  readonly element: E;
  readonly children: readonly RouteSpec<E>[];
}

export interface RouteMatch<E = unknown> {
  readonly route: RouteSpec<E>;
  readonly params: Readonly<Record<string, string>>;
}

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

export function matchRoutes<E>(routes: readonly RouteSpec<E>[], pathname: string): RouteMatch<E>[] | null {
  return matchIn(routes, segmentsOf(pathname), {});
}

function matchIn<E>(routes: readonly RouteSpec<E>[], rest: readonly string[], params: Record<string, string>): RouteMatch<E>[] | null {
  // Routes with more specific patterns win, as in react-router: static segments before params before `*`.
  for (const route of [...routes].sort((a, b) => rank(b) - rank(a))) {
    if (route.index) {
      if (rest.length === 0) return [{ route, params }];
      continue;
    }
    const taken = take(route.path ?? '', rest);
    if (!taken) continue;
    const own = { ...params, ...taken.params };
    if (route.children.length === 0) {
      if (taken.rest.length === 0) return [{ route, params: own }];
      continue;
    }
    const inner = matchIn(route.children, taken.rest, own);
    if (inner) return [{ route, params: own }, ...inner];
  }
  return null;
}

function take(path: string, rest: readonly string[]): { rest: readonly string[]; params: Record<string, string> } | null {
  const params: Record<string, string> = {};
  const pattern = segmentsOf(path);
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    if (p === '*') return { rest: [], params: { ...params, '*': rest.slice(i).join('/') } };
    const s = rest[i];
    if (s === undefined) return null;
    if (p.startsWith(':')) params[p.slice(1)] = safeDecode(s);
    else if (p !== s) return null;
  }
  return { rest: rest.slice(pattern.length), params };
}

function rank(route: RouteSpec<unknown>): number {
  if (route.index) return 3;
  const pattern = segmentsOf(route.path ?? '');
  if (pattern.includes('*')) return 0;
  return 1 + pattern.filter((p) => !p.startsWith(':')).length / (pattern.length + 1);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
