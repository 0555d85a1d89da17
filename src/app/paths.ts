// Every route of the app, built here and nowhere else.

export const paths = {
  home: () => '/',
  deck: (deckId: string) => `/decks/${encodeURIComponent(deckId)}`,
  study: (deckId: string) => `/decks/${encodeURIComponent(deckId)}/study`,
  studyAll: () => '/study',
  card: (cardId: string) => `/cards/${encodeURIComponent(cardId)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  settings: () => '/settings',
  stats: () => '/stats',
  cram: () => '/cram',
  test: (query = '') => `/test${query ? `?${query}` : ''}`,
  interview: () => '/interview',
  /** Study exactly these cards (when due), e.g. the ones an interview went badly on. */
  studyCards: (cardIds: readonly string[]) => `/study?cards=${cardIds.map(encodeURIComponent).join(',')}`,
  labs: () => '/labs',
  lab: (labId: string, query = '') => `/labs/${encodeURIComponent(labId)}${query ? `?${query}` : ''}`,
  puzzles: () => '/puzzles',
  puzzle: (puzzleId: string) => `/puzzles/${encodeURIComponent(puzzleId)}`,
} as const;

/** Where a `card:` / `lab:` / `puzzle:` link of a deck points in the app. */
export function resolveContentLink(kind: 'card' | 'lab' | 'puzzle', target: string): string {
  if (kind === 'card') return paths.card(target);
  const [id = '', query = ''] = target.split('?');
  return kind === 'lab' ? paths.lab(id, query) : paths.puzzle(id);
}
