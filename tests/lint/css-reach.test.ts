// Styles arrive with the chunk that imports them: a component whose class is styled only by another
// page's CSS is drawn plain when opened first and styled after a visit to that page. (The mock
// interview's set-up and report borrowed the test page's and the statistics page's classes; the
// RPC lab's `.mono` came from three other labs.) For every chunk the app loads (main.tsx and each
// dynamic import(), with the CSS of the chunks that load it), every class a component in it uses
// that some stylesheet styles at its top level must be styled by a stylesheet that chunk has.
// Static reading, no build: imports and class names as written in the source.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`].find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

const files = sourceFiles(SRC);
const code = files.filter((f) => !f.endsWith('.css'));
const staticImports = new Map<string, string[]>();
const dynamicImports = new Map<string, string[]>();
for (const file of code) {
  const text = readFileSync(file, 'utf8');
  const found = (re: RegExp) => [...text.matchAll(re)].map((m) => resolve(file, m[1] as string)).filter((p): p is string => p !== null);
  // `import type` brings no code and no styles.
  staticImports.set(file, found(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm));
  dynamicImports.set(file, found(/import\(\s*['"]([^'"]+)['"]\s*\)/g));
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(staticImports.get(file) ?? []));
  }
  return seen;
}

/** Each chunk entry with its modules and the stylesheets present when it renders. */
function chunks(): Map<string, { modules: Set<string>; css: Set<string> }> {
  const out = new Map<string, { modules: Set<string>; css: Set<string> }>();
  const visit = (entry: string, parentCss: ReadonlySet<string>) => {
    const modules = closure(entry);
    const css = new Set([...parentCss, ...[...modules].filter((f) => f.endsWith('.css'))]);
    const known = out.get(entry);
    if (known) {
      // Loaded from several places: only what every one of them brings is sure to be there.
      for (const c of known.css) if (!css.has(c)) known.css.delete(c);
      return;
    }
    out.set(entry, { modules, css });
    for (const m of modules) for (const d of dynamicImports.get(m) ?? []) visit(d, css);
  };
  visit(join(SRC, 'main.tsx'), new Set());
  return out;
}

/**
 * Classes a stylesheet styles at its top level: a selector (of a list) whose first compound is a
 * single class (`.mono`, `.data-table th`), not one scoped under another class (`.rl-lab .num`)
 * or a compound of two (`.row.nowrap`), which only style inside their own page.
 */
function topLevelClasses(css: string): Set<string> {
  const out = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/([^{}]+)\{/g)) {
    for (const selector of (m[1] as string).split(',')) {
      const first = selector.trim().split(/\s+|>|\+|~/)[0] ?? '';
      const classes = [...first.matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((c) => c[1] as string);
      if (classes.length === 1) out.add(classes[0] as string);
    }
  }
  return out;
}

function classesUsed(tsx: string): Set<string> {
  const out = new Set<string>();
  for (const m of tsx.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|\{\s*'([^']*)')/g)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
    for (const c of text.split(/\s+/)) if (c) out.add(c);
  }
  return out;
}

describe('every class a page uses is styled by CSS its own chunk loads', () => {
  it('finds the chunks: the shell, each route, each lab and puzzle view', () => {
    const entries = [...chunks().keys()].map((f) => relative(SRC, f));
    expect(entries).toContain('main.tsx');
    expect(entries).toContain('app/routes/interview-route.tsx');
    expect(entries.filter((e) => e.startsWith('labs/')).length).toBeGreaterThan(5);
  });

  it('borrows no class from a stylesheet another page loads', () => {
    const definedIn = new Map<string, string[]>();
    for (const f of files.filter((x) => x.endsWith('.css'))) {
      for (const c of topLevelClasses(readFileSync(f, 'utf8'))) definedIn.set(c, [...(definedIn.get(c) ?? []), f]);
    }
    const borrowed = new Set<string>();
    for (const [entry, { modules, css }] of chunks()) {
      for (const file of [...modules].filter((f) => f.endsWith('.tsx'))) {
        for (const c of classesUsed(readFileSync(file, 'utf8'))) {
          const sheets = definedIn.get(c);
          if (sheets && !sheets.some((s) => css.has(s))) {
            borrowed.add(
              `${relative(SRC, file)} uses .${c} (styled by ${sheets.map((s) => relative(SRC, s)).join(', ')}) in the chunk of ${relative(SRC, entry)}`,
            );
          }
        }
      }
    }
    expect([...borrowed].sort()).toEqual([]);
  });

  it('catches a class borrowed from another page', () => {
    expect(topLevelClasses('.mono { x: 1 }\n.rl-lab .num, .row.nowrap { y: 2 }\n.data-table th, a.link:hover { z: 3 }')).toEqual(
      new Set(['mono', 'rl-lab', 'data-table', 'link']),
    );
    expect(classesUsed('<p className="quiz-score big" /><div className={`a ${x ? "b" : ""} c`} />')).toEqual(new Set(['quiz-score', 'big', 'a', 'c']));
  });
});
