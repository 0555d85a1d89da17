// Page object for the rate-limiting lab: selectors live here, the spec speaks in user actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class RateLimitLab {
  constructor(readonly page: Page) {}

  async goto(query: string) {
    await this.page.goto(`/labs/rate-limiting${query ? `?${query}` : ''}`);
    await this.ready();
  }

  async ready() {
    // Generous: the lab's chunk loads lazily and the engines run before the first paint.
    await expect(this.page.getByTestId('rate-limiting-lab')).toBeVisible({ timeout: 30_000 });
  }

  get time(): Locator {
    return this.page.getByTestId('player-time');
  }

  /** "t = 1.20 s · 12/50" → 12 (requests that have happened). */
  async shownIndex(): Promise<number> {
    const text = (await this.time.textContent()) ?? '';
    const m = /·\s*(\d+)\s*\/\s*(\d+)/.exec(text);
    return m ? Number(m[1]) : NaN;
  }

  async totalRequests(): Promise<number> {
    const text = (await this.time.textContent()) ?? '';
    const m = /\/\s*(\d+)/.exec(text);
    return m ? Number(m[1]) : NaN;
  }

  playButton(): Locator {
    return this.page.getByTestId('play');
  }

  async stepBack() {
    await this.page.getByRole('button', { name: '后退一步 (←)' }).click();
  }

  async step() {
    await this.page.getByRole('button', { name: '前进一步 (→)' }).click();
  }

  /** Moves the timeline slider to `ms`, as dragging it would. */
  async seek(ms: number) {
    await this.page.locator('input.timeline').evaluate((el, v) => {
      const input = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, String(v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, ms);
  }

  traceTable(): Locator {
    return this.page.getByTestId('trace-table');
  }

  async traceText(): Promise<string> {
    return (await this.traceTable().locator('tbody').innerText()).trim();
  }

  /** The decision cells of the trace table, newest first. */
  async decisions(): Promise<string[]> {
    return this.traceTable().locator('tbody tr td:nth-child(3)').allInnerTexts();
  }

  /** A parameter field by its URL key (`rate`, `a.rate`, `trafficRate`, `seed`…). */
  paramInput(key: string): Locator {
    return this.page.locator(`[data-url-key="${key}"] input, input[data-param="${key}"]`).first();
  }

  fieldError(key: string): Locator {
    return this.page.locator(`[data-url-key="${key}"] .field-error, .param-field:has(input[data-param="${key}"]) .field-error`).first();
  }
}
