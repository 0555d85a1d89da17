import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { knownIds } from './src/app/known-ids.ts';
import { resolveContentLink } from './src/app/paths.ts';
import { decksPlugin } from './src/decks/vite-plugin-decks.ts';
import { sandboxPlugin } from './src/puzzles/runner/vite-plugin-sandbox.ts';
import { SANDBOX_SW_FILE } from './src/puzzles/runner/sandbox-service-worker.ts';
import { cspPlugin } from './src/app/vite-plugin-csp.ts';

export default defineConfig({
  // Unit tests check the content through tests/content instead of building it.
  plugins: [
    react(),
    sandboxPlugin(),
    cspPlugin(),
    ...(process.env.VITEST ? [] : [decksPlugin({ dir: 'content/decks', known: knownIds, resolveLink: resolveContentLink })]),
    // Offline after the first visit: every built file (routes, decks, labs, puzzles, workers) is
    // precached, and any route falls back to index.html. A new deploy waits until the user
    // accepts the reload (src/app/UpdateBanner.tsx), so an open tab never mixes two versions.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '面试实验室 Interview Lab',
        short_name: '面试实验室',
        description: '分布式系统面试卡片、间隔重复与可运行的算法实验',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#0f1318',
        theme_color: '#0f1318',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,wasm,woff2,json}'],
        // The type checker for the puzzle editor is the largest file; it must work offline too.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Serves sandbox.html offline with its sandbox header (src/puzzles/runner/sandbox-service-worker.ts).
        importScripts: [SANDBOX_SW_FILE],
      },
    }),
  ],
  // The Linux shell lab's just-bash imports node:zlib (gzip); in the browser it is a stub.
  resolve: process.env.VITEST ? {} : { alias: { 'node:zlib': new URL('./src/labs/linux-shell/shell/zlib-stub.ts', import.meta.url).pathname } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The decks plugin highlights every code block with shiki, which rolldown reports as slow on
    // every build; the output stays quiet unless something is wrong.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // The same for the workers' own bundles (the Linux shell's just-bash worker is the big one).
  worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/tools/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
    pool: 'threads',
  },
});
