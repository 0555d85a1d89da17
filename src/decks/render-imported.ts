// Turns an imported deck into the same view shape as a built-in one. User Markdown is sanitized with
// DOMPurify before it reaches the DOM; marked and DOMPurify load only when an imported deck opens.
import { toCardView } from './card-view.ts';
import type { DeckView } from './deck-data.ts';
import type { Deck, LinkKind } from './types.ts';

export async function toDeckView(deck: Deck, resolveLink: (kind: LinkKind, target: string) => string): Promise<DeckView> {
  const [{ createMarkdownRenderer }, { default: DOMPurify }, { configureImportedSanitizer }] = await Promise.all([
    import('./render-markdown.ts'),
    import('dompurify'),
    import('./sanitize-imported.ts'),
  ]);
  const render = createMarkdownRenderer({ resolveLink });
  // A private instance: the profile's hooks must not leak into any other use of DOMPurify.
  const clean = configureImportedSanitizer(DOMPurify(window));
  return {
    meta: deck.meta,
    cards: deck.cards.map((c) => toCardView(c, (markdown) => clean(render(markdown)))),
  };
}
