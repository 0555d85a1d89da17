import { describe, expect, it } from 'vitest';
import { matchRoutes, type RouteSpec } from './match-routes.ts';

const leaf = (path: string): RouteSpec<string> => ({ path, element: path, children: [] });
// The app's table: a layout route around the pages.
const table: RouteSpec<string>[] = [
  {
    element: 'layout',
    children: [
      { index: true, element: 'home', children: [] },
      leaf('decks/:deckId'),
      leaf('decks/:deckId/study'),
      leaf('study'),
      leaf('cards/:cardId'),
      leaf('labs'),
      leaf('labs/:labId'),
      leaf('*'),
    ],
  },
];
const match = (path: string) => matchRoutes(table, path)?.map((m) => [m.route.element, m.params]);

describe('matchRoutes', () => {
  it('matches the layout and then the page, with params', () => {
    expect(match('/')).toEqual([
      ['layout', {}],
      ['home', {}],
    ]);
    expect(match('/decks/kubernetes')).toEqual([
      ['layout', {}],
      ['decks/:deckId', { deckId: 'kubernetes' }],
    ]);
    expect(match('/decks/kubernetes/study/')).toEqual([
      ['layout', {}],
      ['decks/:deckId/study', { deckId: 'kubernetes' }],
    ]);
    expect(match('/labs')).toEqual([
      ['layout', {}],
      ['labs', {}],
    ]);
    expect(match('/labs/rate-limiting')).toEqual([
      ['layout', {}],
      ['labs/:labId', { labId: 'rate-limiting' }],
    ]);
  });

  it('decodes params and sends everything else to the catch-all', () => {
    expect(match('/cards/%E4%BB%A4')).toEqual([
      ['layout', {}],
      ['cards/:cardId', { cardId: '令' }],
    ]);
    expect(match('/cards/%E4%ZZ')).toEqual([
      ['layout', {}],
      ['cards/:cardId', { cardId: '%E4%ZZ' }],
    ]);
    expect(match('/no/such/page')).toEqual([
      ['layout', {}],
      ['*', { '*': 'no/such/page' }],
    ]);
    expect(match('/decks/a/b/c')).toEqual([
      ['layout', {}],
      ['*', { '*': 'decks/a/b/c' }],
    ]);
  });

  it('prefers a static segment over a param', () => {
    const routes = [leaf(':id'), leaf('study')];
    expect(matchRoutes(routes, '/study')?.[0]?.route.element).toBe('study');
    expect(matchRoutes(routes, '/x')?.[0]?.params).toEqual({ id: 'x' });
    expect(matchRoutes([leaf('a')], '/b')).toBeNull();
  });
});
