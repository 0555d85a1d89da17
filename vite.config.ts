import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { knownIds } from './src/app/known-ids.ts';
import { resolveContentLink } from './src/app/paths.ts';
import { decksPlugin } from './src/decks/vite-plugin-decks.ts';
import { sandboxPlugin } from './src/puzzles/runner/vite-plugin-sandbox.ts';
import { cspPlugin } from './src/app/vite-plugin-csp.ts';

export default defineConfig({
  // Unit tests check the content through tests/content instead of building it.
  plugins: [react(), sandboxPlugin(), cspPlugin(), ...(process.env.VITEST ? [] : [decksPlugin({ dir: 'content/decks', known: knownIds, resolveLink: resolveContentLink })])],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
    pool: 'threads',
  },
});
