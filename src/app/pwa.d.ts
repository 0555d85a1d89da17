// Types of vite-plugin-pwa's virtual:pwa-register module (service-worker.ts).
/// <reference types="vite-plugin-pwa/client" />
