// A small router with react-router's API for the parts this app uses (BrowserRouter, Routes,
// Route, Outlet, Link, NavLink, useParams, useLocation, useNavigate, useSearchParams). It exists
// for the home page's budget: react-router was 13 kB of the first page's gzip for a job that
// takes a history store and a route matcher (history.ts, match-routes.ts).
import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { createBrowserHistory, createMemoryHistory, createPath, resolveTo, type History, type Location, type NavigateOptions, type To } from './history.ts';
import { matchRoutes, type RouteMatch, type RouteSpec } from './match-routes.ts';

const HistoryContext = createContext<History | null>(null);
const OutletContext = createContext<{ readonly outlet: ReactNode; readonly params: Readonly<Record<string, string>> }>({ outlet: null, params: {} });

let browserHistory: History | null = null;

export function BrowserRouter({ children }: { readonly children: ReactNode }) {
  return <HistoryContext.Provider value={(browserHistory ??= createBrowserHistory())}>{children}</HistoryContext.Provider>;
}

export function MemoryRouter({ children, initialEntries }: { readonly children: ReactNode; readonly initialEntries?: readonly string[] }) {
  const [history] = useState(() => createMemoryHistory(initialEntries));
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}

function useHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('router hooks need a <BrowserRouter> or <MemoryRouter> around them');
  return history;
}

export function useLocation(): Location {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.location, history.location);
}

export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  return useHistory().navigate;
}

export function useParams(): Readonly<Record<string, string | undefined>> {
  return useContext(OutletContext).params;
}

type SearchInit = string | URLSearchParams | Record<string, string>;

export function useSearchParams(): [URLSearchParams, (next: SearchInit | ((prev: URLSearchParams) => SearchInit), options?: NavigateOptions) => void] {
  const history = useHistory();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  // Stable: it reads the address when called, so a memoized writer never works on a stale one.
  const set = useCallback(
    (next: SearchInit | ((prev: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const prev = new URLSearchParams(history.location().search);
      const value = new URLSearchParams(typeof next === 'function' ? next(prev) : next).toString();
      history.navigate({ search: value ? `?${value}` : '' }, options);
    },
    [history],
  );
  return [params, set];
}

export interface RouteProps {
  readonly path?: string;
  readonly index?: boolean;
  readonly element?: ReactNode;
  readonly children?: ReactNode;
}

/** Only a description: <Routes> reads its props. */
export function Route(_props: RouteProps): null {
  return null;
}

function specsOf(children: ReactNode): RouteSpec<ReactNode>[] {
  return Children.toArray(children)
    .filter((c): c is ReactElement<RouteProps> => isValidElement(c))
    .map((c) => ({
      ...(c.props.path !== undefined ? { path: c.props.path } : {}),
      ...(c.props.index ? { index: true } : {}),
      element: c.props.element ?? null,
      children: specsOf(c.props.children),
    }));
}

export function Routes({ children }: { readonly children: ReactNode }) {
  const { pathname } = useLocation();
  const specs = useMemo(() => specsOf(children), [children]);
  const matches = matchRoutes(specs, pathname);
  return matches ? renderMatches(matches) : null;
}

function renderMatches(matches: readonly RouteMatch<ReactNode>[]): ReactNode {
  return matches.reduceRight<ReactNode>(
    (outlet, match) => <OutletContext.Provider value={{ outlet, params: match.params }}>{match.route.element}</OutletContext.Provider>,
    null,
  );
}

export function Outlet() {
  return <>{useContext(OutletContext).outlet}</>;
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

export interface LinkProps extends AnchorProps {
  readonly to: To;
  readonly replace?: boolean;
}

/** A plain link; a left click without modifier keys moves in the app instead of loading the page. */
export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  const history = useHistory();
  const location = useLocation();
  const href = createPath(resolveTo(to, location));
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    if (target && target !== '_self') return;
    e.preventDefault();
    // The same address again replaces the entry, as react-router does, so Back is not a no-op.
    history.navigate(href, { replace: replace ?? href === createPath(location) });
  };
  return <a {...rest} href={href} target={target} onClick={click} />;
}

export interface NavLinkProps extends LinkProps {
  /** Active only on exactly this path, not below it. */
  readonly end?: boolean;
}

/** A Link that marks itself as the current page (aria-current, class "active"). */
export function NavLink({ end, className, ...rest }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = resolveTo(rest.to, { pathname, search: '', hash: '' }).pathname;
  // As react-router: "/" is active only on the home page, `end` or not.
  const active = pathname === target || (!end && target !== '/' && pathname.startsWith(`${target}/`));
  return <Link {...rest} className={[className, active ? 'active' : ''].filter(Boolean).join(' ') || undefined} aria-current={active ? 'page' : undefined} />;
}
