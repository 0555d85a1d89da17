// The first page's JavaScript, gzip: the entry and every chunk it imports statically (what the
// browser must fetch before the home page runs). Deck content loads lazily and is not counted.
// Needs a production build (`npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './measure.ts';

const DIST = process.env.DIST || 'dist';
const BUDGET_KB = 90;

export default async function run(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('no dist/: run `npm run build` first');
    return;
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import(`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) visit(join('assets', m[1] ?? ''));
  };
  visit(entry);
  let total = 0;
  for (const file of seen) {
    const gz = gzipSync(readFileSync(join(DIST, file))).length;
    total += gz;
    console.log(`  ${file.padEnd(50)} ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`);
  }
  report('home page JavaScript (entry + static imports)', total / 1024, 'kB gzip', { max: BUDGET_KB });
}
