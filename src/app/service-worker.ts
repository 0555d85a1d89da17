// Registers the service worker (vite-plugin-pwa, precache of the whole build) once the first page
// has rendered, so the home page's JavaScript does not carry workbox. When a new version has been
// deployed, the waiting worker is reported here and the banner offers the reload; nothing is
// swapped under an open tab.
import { useSyncExternalStore } from 'react';

type UpdateState = { readonly waiting: boolean; readonly offlineReady: boolean };

let state: UpdateState = { waiting: false, offlineReady: false };
let applyUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();
const set = (next: Partial<UpdateState>) => {
  state = { ...state, ...next };
  for (const l of listeners) l();
};

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () => set({ waiting: true }),
      onOfflineReady: () => set({ offlineReady: true }),
    });
    applyUpdate = () => update(true);
  });
}

export function reloadToUpdate(): void {
  if (applyUpdate) void applyUpdate();
  else window.location.reload();
}

export function dismissUpdate(): void {
  set({ waiting: false });
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
