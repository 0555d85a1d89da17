// Emits the sandbox document (sandbox-source.ts) as sandbox.html in the build and serves it in dev,
// with its script's hash in its own Content-Security-Policy; and the service worker's handler that
// serves it offline (sandbox-service-worker.ts).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { SANDBOX_FILE } from './run-in-sandbox.ts';
import { FRAME_SCRIPT, sandboxDocument } from './sandbox-source.ts';
import { SANDBOX_SW_FILE, sandboxServiceWorkerScript } from './sandbox-service-worker.ts';

export function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

export function sandboxHtml(): string {
  return sandboxDocument(scriptHash(FRAME_SCRIPT));
}

export function sandboxPlugin(): Plugin {
  return {
    name: 'interview-lab-sandbox',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${SANDBOX_FILE}`) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(sandboxHtml());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SANDBOX_FILE, source: sandboxHtml() });
      this.emitFile({ type: 'asset', fileName: SANDBOX_SW_FILE, source: sandboxServiceWorkerScript() });
    },
  };
}
