// Build-time content: parses content/decks/*.md, fails the build on any problem, highlights code
// with shiki (so the page carries no highlighter) and serves three virtual modules:
//   virtual:deck-index   deck metadata and card ids, plus a lazy loader per deck (first page)
//   virtual:deck/<id>    one deck's cards with both languages' rendered HTML and quiz items (its own chunk)
//   virtual:search-docs  plain text of every card in both languages, loaded when the user searches
//   virtual:content-links the cards that link to each lab and puzzle, for "cards about this lab"
import { resolve } from 'node:path';
import { createHighlighter, type Highlighter } from 'shiki';
import type { Plugin } from 'vite';
import { toCardView } from './card-view.ts';
import type { ContentLink } from './deck-data.ts';
import { loadDeckFolder, type LoadedDecks } from './load-decks.ts';
import { createMarkdownRenderer, escapeHtml, searchDocsOf } from './render-markdown.ts';
import { formatProblem, type KnownIds, type LinkKind } from './types.ts';

const INDEX = 'virtual:deck-index';
const DECK = 'virtual:deck/';
const SEARCH = 'virtual:search-docs';
const LINKS = 'virtual:content-links';
const LANGS = [
  'bash',
  'shell',
  'nginx',
  'yaml',
  'go',
  'java',
  'typescript',
  'javascript',
  'json',
  'sql',
  'python',
  'dockerfile',
  'lua',
  'ini',
  'c',
  'php',
  'protobuf',
  'http',
  'diff',
];
const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', yml: 'yaml', proto: 'protobuf', conf: 'nginx' };

export interface DecksPluginOptions {
  readonly dir: string;
  readonly known: KnownIds;
  readonly resolveLink: (kind: LinkKind, target: string) => string;
}

export function decksPlugin(options: DecksPluginOptions): Plugin {
  const dir = resolve(options.dir);
  let highlighter: Highlighter | null = null;
  // Parsed once per build (or per edit in dev): every virtual module reads the same result.
  let cache: LoadedDecks | null = null;

  const load = (): LoadedDecks => {
    if (cache) return cache;
    const loaded = loadDeckFolder(dir, options.known, options.dir);
    if (loaded.problems.length > 0) {
      throw new Error(`Deck problems:\n${loaded.problems.map(formatProblem).join('\n')}`);
    }
    cache = loaded;
    return loaded;
  };

  const highlight = (code: string, lang: string): string | null => {
    const name = ALIASES[lang] ?? lang;
    if (!highlighter || !highlighter.getLoadedLanguages().includes(name)) return null;
    const html = highlighter.codeToHtml(code, { lang: name, themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false });
    return `<div class="code" data-lang="${escapeHtml(lang)}">${html}</div>\n`;
  };

  return {
    name: 'interview-lab-decks',
    async buildStart() {
      highlighter ??= await createHighlighter({ themes: ['github-light-default', 'github-dark-default'], langs: LANGS });
      try {
        load();
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    resolveId(id) {
      return id === INDEX || id === SEARCH || id === LINKS || id.startsWith(DECK) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      const real = id.slice(1);
      this.addWatchFile(dir);
      const { decks } = load();
      if (real === INDEX) return indexModule(decks);
      if (real === SEARCH) return searchModule(decks);
      if (real === LINKS) return linksModule(decks);
      const deckId = real.slice(DECK.length);
      const found = decks.find((d) => d.deck.meta.id === deckId);
      if (!found) return null;
      const render = createMarkdownRenderer({ resolveLink: options.resolveLink, highlight });
      // Both languages' HTML is in the deck's chunk: switching language needs no second load.
      const cards = found.deck.cards.map((c) => toCardView(c, render));
      return `export default ${JSON.stringify({ meta: found.deck.meta, cards })};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dir)) return;
      cache = null;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:')) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

function indexModule(decks: LoadedDecks['decks']): string {
  // `order` only sorts the decks, which the build has done: the first page need not carry it.
  const entries = decks.map(
    ({
      deck: {
        meta: { order: _order, ...meta },
        cards,
      },
    }) => ({ ...meta, cardIds: cards.map((c) => c.id) }),
  );
  const loaders = decks
    .map(({ deck }) => `  ${JSON.stringify(deck.meta.id)}: () => import(${JSON.stringify(DECK + deck.meta.id)}).then((m) => m.default),`)
    .join('\n');
  return `export const deckIndex = ${JSON.stringify(entries)};\nexport const deckLoaders = {\n${loaders}\n};\n`;
}

function searchModule(decks: LoadedDecks['decks']): string {
  const docs = decks.flatMap(({ deck }) => searchDocsOf(deck));
  return `export default ${JSON.stringify(docs)};`;
}

function linksModule(decks: LoadedDecks['decks']): string {
  const links = new Map<string, ContentLink>();
  for (const { deck } of decks) {
    for (const c of deck.cards) {
      // Both languages carry the same links: one entry per card and target.
      for (const l of c.links) {
        if (l.kind === 'card') continue;
        const [id = '', query = ''] = l.target.split('?');
        const preset = new URLSearchParams(query).get('preset');
        const key = `${l.kind}:${id}:${preset}:${c.id}`;
        if (!links.has(key)) links.set(key, { kind: l.kind, id, preset, cardId: c.id, deckId: deck.meta.id, question: c.question, questionEn: c.questionEn });
      }
    }
  }
  return `export default ${JSON.stringify([...links.values()])};`;
}
