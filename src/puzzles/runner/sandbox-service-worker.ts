// A few lines the service worker imports (vite.config.ts: workbox `importScripts`) before its own
// routes. Chromium does not give a sandboxed frame's navigation to the service worker, so offline a
// frame with the `sandbox` attribute cannot load sandbox.html. run-in-sandbox.ts therefore creates
// the frame without the attribute when a worker controls the page, and this handler serves the
// precached file with `Content-Security-Policy: sandbox allow-scripts`: the document gets the same
// opaque origin as with the attribute (no storage, no DOM of the app). The page checks the origin.
import { SANDBOX_FILE } from './run-in-sandbox.ts';

export const SANDBOX_SW_FILE = 'sandbox-sw.js';

/** The script, as text: it runs in the service worker's global scope, outside our bundle. */
export function sandboxServiceWorkerScript(): string {
  return `'use strict';
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.mode !== 'navigate' || url.origin !== self.location.origin) return;
  if (url.pathname !== new URL(${JSON.stringify(SANDBOX_FILE)}, self.registration.scope).pathname) return;
  // Ours alone: workbox's precache route would serve the file without the sandbox header.
  event.stopImmediatePropagation();
  event.respondWith((async () => {
    const cached = await caches.match(url.pathname, { ignoreSearch: true });
    const response = cached || (await fetch(request));
    const headers = new Headers(response.headers);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    headers.set('Content-Security-Policy', 'sandbox allow-scripts');
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  })());
});
`;
}
