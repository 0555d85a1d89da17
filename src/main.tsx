import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startServiceWorker } from './app/service-worker.ts';
import { stringsReady } from './ui/i18n.ts';
import './ui/styles.css';

void stringsReady().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// After the first paint: registering loads workbox in its own chunk.
window.addEventListener('load', startServiceWorker, { once: true });
