// Card Markdown -> HTML. Used at build time (with shiki highlighting) for our decks and in the
// browser (without highlighting, then sanitized) for decks a user imports.
import { Marked } from 'marked';
import type { SearchDoc } from './deck-data.ts';
import type { Deck, LinkKind } from './types.ts';

export interface RenderOptions {
  /** Maps `card:x`, `lab:x?preset=y`, `puzzle:x` links to app URLs. */
  readonly resolveLink: (kind: LinkKind, target: string) => string;
  /** Returns highlighted HTML for a code block, or null to fall back to plain `<pre><code>`. */
  readonly highlight?: (code: string, lang: string) => string | null;
}

export function createMarkdownRenderer(options: RenderOptions): (markdown: string) => string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    walkTokens(token) {
      if (token.type !== 'link') return;
      const m = /^(card|lab|puzzle):(.+)$/.exec(token.href);
      if (m) token.href = options.resolveLink(m[1] as LinkKind, m[2] ?? '');
    },
    renderer: {
      // The card's question is the page's h1, so answer sections (`###`) become h2, and so on.
      heading({ tokens, depth }) {
        const level = Math.max(2, depth - 1);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      code({ text, lang }) {
        const language = (lang ?? '').split(/\s/)[0] ?? '';
        const html = options.highlight?.(text, language);
        if (html) return html;
        return `<pre class="code"><code>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  // Wide tables scroll inside their own box instead of widening the page on phones.
  return (markdown) =>
    (marked.parse(markdown) as string)
      .replace(/<table>/g, '<div class="table-scroll" tabindex="0"><table>')
      .replace(/<\/table>/g, '</table></div>')
      // Diagrams keep a readable size on phones and scroll sideways instead of shrinking.
      .replace(/<svg class="diagram"/g, '<div class="diagram-scroll" tabindex="0"><svg class="diagram"')
      .replace(/<\/svg>/g, '</svg></div>');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Plain text of Markdown for search: no markup, no SVG, code kept. */
export function toPlainText(markdown: string): string {
  return (
    markdown
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      // Markup, but not the `_` of limit_req or the `-` of kube-proxy inside words (they are searched).
      .replace(/[#>*`|[\]]+/g, ' ')
      .replace(/(^|\s)[-_:]+(?=\s|$)/g, ' ')
      .replace(/(^|\s)_+|_+(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A deck's cards as search documents (the build does this for our decks, the browser for imported ones).
 *  Both languages' answers are indexed, so a card is found by words of either. */
export function searchDocsOf(deck: Deck): SearchDoc[] {
  return deck.cards.map((c) => ({
    id: c.id,
    deckId: deck.meta.id,
    question: c.question,
    questionEn: c.questionEn,
    text: c.zh ? toPlainText(c.zh.answer) : '',
    textEn: c.en ? toPlainText(c.en.answer) : '',
  }));
}
