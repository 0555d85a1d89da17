// Page objects for the user journeys. Specs speak in user actions; selectors live here.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async gotoHome() {
    await this.page.goto('/');
    await expect(this.page.getByTestId('total-due')).not.toHaveText('–');
  }

  deckTile(deckId: string) {
    const tile = this.page.getByTestId(`deck-${deckId}`);
    return {
      tile,
      count: async (kind: 'new' | 'due' | 'learned') => Number(await tile.getByTestId(`count-${kind}`).textContent()),
    };
  }

  async counts(deckId: string) {
    const d = this.deckTile(deckId);
    return { new: await d.count('new'), due: await d.count('due'), learned: await d.count('learned') };
  }

  studyCard() {
    return this.page.getByTestId('study-card');
  }

  async currentCardId() {
    return this.studyCard().getAttribute('data-card-id');
  }

  /**
   * Reveal with Space and grade with a number key, as a keyboard user does. Returns once the grade
   * is saved in IndexedDB: a full page load right after a key press could otherwise abort the write
   * (as closing the tab within milliseconds of grading would).
   */
  async gradeWithKeys(grade: 1 | 2 | 3 | 4) {
    await expect(this.studyCard()).toBeVisible();
    const before = await this.currentCardId();
    const saved = await this.savedReviewCount();
    await this.page.keyboard.press('Space');
    await expect(this.page.getByTestId(`grade-${grade}`)).toBeVisible();
    await this.page.keyboard.press(String(grade));
    await expect.poll(() => this.savedReviewCount()).toBeGreaterThan(saved);
    return before;
  }

  /**
   * Review records saved in IndexedDB (0 when there are none). Opens the database at whatever
   * version it has, so it never upgrades it, and closes it at once.
   */
  async savedReviewCount(): Promise<number> {
    return this.page.evaluate(savedReviews);
  }

  /** Writes raw text as the first release's saved progress (its `kv` store, key `progress`). */
  async corruptSavedProgress(raw: string) {
    await this.page.evaluate(async (value) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('interview-lab');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, 'progress');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    }, raw);
  }

  /**
   * Before the app ever runs on this origin (a static file is loaded instead), lays out IndexedDB
   * as the first release did: database `interview-lab` version 1, store `kv`, these keys.
   */
  async writeFirstReleaseProfile(values: Record<string, string>) {
    await this.page.goto('/favicon.svg');
    await this.page.evaluate(async (entries) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('interview-lab', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          for (const [key, value] of Object.entries(entries)) tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    }, values);
  }

  async expectNoAxeViolations() {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
    expect(summary, `axe violations on ${this.page.url()}`).toEqual([]);
  }
}

/** In the page: how many review records IndexedDB holds (the app's layout, version 2). */
function savedReviews(): Promise<number> {
  return new Promise<number>((resolve) => {
    const open = indexedDB.open('interview-lab');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('records')) {
        db.close();
        resolve(0);
        return;
      }
      const count = db
        .transaction('records', 'readonly')
        .objectStore('records')
        .count(IDBKeyRange.bound(['review'], ['review', []]));
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => {
        db.close();
        resolve(0);
      };
    };
    open.onerror = () => resolve(0);
  });
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
