// Adds the app's Content-Security-Policy (csp.ts) to the built index.html as the first element of
// <head>, with the hash of every inline script the page has at that point. Build only: the dev
// server injects its own inline scripts (React refresh) and is not what users load.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { appPolicy } from './csp.ts';

export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return hashes;
}

export function cspPlugin(): Plugin {
  return {
    name: 'interview-lab-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${appPolicy(inlineScriptHashes(html))}">`;
        return html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}
