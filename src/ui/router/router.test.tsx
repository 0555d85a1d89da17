// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Link, MemoryRouter, NavLink, Outlet, Route, Routes, useLocation, useParams, useSearchParams } from './router.tsx';

afterEach(cleanup);

function Where() {
  const { pathname, search } = useLocation();
  return (
    <p data-testid="where">
      {pathname}
      {search}
    </p>
  );
}
function Card() {
  return <p data-testid="card">{useParams().cardId}</p>;
}
function Search() {
  const [params, setParams] = useSearchParams();
  return (
    <button type="button" onClick={() => setParams({ q: `${params.get('q') ?? ''}x` }, { replace: true })}>
      q={params.get('q')}
    </button>
  );
}
function Shell() {
  return (
    <>
      <NavLink to="/" end>
        home
      </NavLink>
      <NavLink to="/cards">cards</NavLink>
      <Link to="/cards/k8s-probes">probes</Link>
      <Where />
      <Outlet />
    </>
  );
}
const app = (at: string) => (
  <MemoryRouter initialEntries={[at]}>
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<p>home page</p>} />
        <Route path="cards/:cardId" element={<Card />} />
        <Route path="search" element={<Search />} />
        <Route path="*" element={<p>not found</p>} />
      </Route>
    </Routes>
  </MemoryRouter>
);

describe('router', () => {
  it('renders the layout around the matched page, and a Link moves without a page load', () => {
    render(app('/'));
    expect(screen.getByText('home page')).toBeTruthy();
    expect(screen.getByText('home').getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByText('probes'));
    expect(screen.getByTestId('card').textContent).toBe('k8s-probes');
    expect(screen.getByTestId('where').textContent).toBe('/cards/k8s-probes');
    expect(screen.getByText('home').getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('cards').className).toBe('active');
  });

  it('leaves a modified click to the browser', () => {
    render(app('/'));
    const link = screen.getByText('probes');
    expect(link.getAttribute('href')).toBe('/cards/k8s-probes');
    fireEvent.click(link, { ctrlKey: true });
    expect(screen.getByTestId('where').textContent).toBe('/');
  });

  it('writes the search params, reading the address at call time', () => {
    render(app('/search?q=a'));
    act(() => screen.getByRole('button').click());
    act(() => screen.getByRole('button').click());
    expect(screen.getByTestId('where').textContent).toBe('/search?q=axx');
  });

  it('falls through to the catch-all', () => {
    render(app('/nope'));
    expect(screen.getByText('not found')).toBeTruthy();
  });
});
