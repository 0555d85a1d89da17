declare module 'virtual:deck-index' {
  import type { DeckIndexEntry, DeckView } from './deck-data.ts';
  export const deckIndex: readonly DeckIndexEntry[];
  export const deckLoaders: Readonly<Record<string, () => Promise<DeckView>>>;
}

declare module 'virtual:search-docs' {
  import type { SearchDoc } from './deck-data.ts';
  const docs: readonly SearchDoc[];
  export default docs;
}

declare module 'virtual:content-links' {
  import type { ContentLink } from './deck-data.ts';
  const links: readonly ContentLink[];
  export default links;
}
