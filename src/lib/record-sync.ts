// Tells the app's other tabs what this one committed, so they apply it without reloading. A
// message is posted only after the write's transaction completed, and carries the records or the
// new value itself (a receiver ignores what it already has).
import type { StoredRecord, Versioned } from './record-db.ts';

export type SyncMessage =
  | { readonly type: 'records'; readonly kind: string; readonly added: readonly StoredRecord[]; readonly removed: readonly string[] }
  | { readonly type: 'value'; readonly key: string; readonly version: Versioned<unknown> };

export interface RecordSync {
  post(message: SyncMessage): void;
  subscribe(listener: (message: SyncMessage) => void): () => void;
}

export function createRecordSync(name = 'interview-lab-sync'): RecordSync {
  const listeners = new Set<(m: SyncMessage) => void>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  if (channel)
    channel.onmessage = (e: MessageEvent<SyncMessage>) => {
      for (const l of listeners) l(e.data);
    };
  return {
    post(message) {
      channel?.postMessage(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const appSync: RecordSync = createRecordSync();
