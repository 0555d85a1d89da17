// Turns an imported deck into the same view shape as a built-in one. User Markdown is sanitized with
// DOMPurify before it reaches the DOM; marked and DOMPurify load only when an imported deck opens.
import { toCardView } from './card-view.ts';
import type { DeckView } from './deck-data.ts';
import type { Deck, LinkKind } from './types.ts';

export async function toDeckView(deck: Deck, resolveLink: (kind: LinkKind, target: string) => string): Promise<DeckView> {
  const [{ createMarkdownRenderer }, { default: DOMPurify }] = await Promise.all([import('./render-markdown.ts'), import('dompurify')]);
  const render = createMarkdownRenderer({ resolveLink });
  const clean = (html: string) => DOMPurify.sanitize(html, { USE_PROFILES: { html: true, svg: true } });
  return {
    meta: deck.meta,
    cards: deck.cards.map((c) => toCardView(c, (markdown) => clean(render(markdown)))),
  };
}
