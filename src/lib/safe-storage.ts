// zustand `persist` storage that never loses saved data it cannot read. Anything unreadable (not
// JSON, wrong shape, a version that fails to migrate) is copied aside under its own key before the
// store may write, and the app is told so it can offer the copy for download.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { KeyValueStore } from './idb-kv.ts';

export const UNREADABLE_PREFIX = 'unreadable:';

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Keeps the raw text last read for `name` aside (called when migration fails after reading). */
  quarantineLast(name: string, reason: string): Promise<string | null>;
}

export function createSafeStorage<S>(
  kv: KeyValueStore,
  options: { version: number; isValid: (state: unknown) => boolean; onQuarantine: (key: string, reason: string) => void },
): SafeStorage<S> {
  const lastRaw = new Map<string, string>();
  const quarantine = async (name: string, raw: string, reason: string): Promise<string> => {
    const key = `${UNREADABLE_PREFIX}${name}:${Date.now()}`;
    await kv.set(key, raw);
    options.onQuarantine(key, reason);
    return key;
  };
  return {
    async getItem(name) {
      const raw = await kv.get(name);
      if (raw === null) return null;
      lastRaw.set(name, raw);
      let parsed: unknown;
      try { parsed = JSON.parse(raw); } catch {
        await quarantine(name, raw, 'not-json');
        return null;
      }
      const value = parsed as Partial<StorageValue<S>> | null;
      if (!value || typeof value !== 'object' || typeof value.version !== 'number' || !('state' in value)) {
        await quarantine(name, raw, 'bad-shape');
        return null;
      }
      // Older versions go through persist's `migrate`; the current one must be valid as it is.
      if (value.version === options.version && !options.isValid(value.state)) {
        await quarantine(name, raw, 'bad-shape');
        return null;
      }
      return value as StorageValue<S>;
    },
    async setItem(name, value) { await kv.set(name, JSON.stringify(value)); },
    async removeItem(name) { await kv.delete(name); },
    async quarantineLast(name, reason) {
      const raw = lastRaw.get(name);
      return raw === undefined ? null : quarantine(name, raw, reason);
    },
  };
}
