// Page object for the load-balancing lab: selectors live here, the spec speaks in user actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class LoadBalancingLab {
  constructor(readonly page: Page) {}

  async goto(query: string) {
    await this.page.goto(`/labs/load-balancing${query ? `?${query}` : ''}`);
    await this.ready();
  }

  async ready() {
    await expect(this.page.getByTestId('load-balancing-lab')).toBeVisible({ timeout: 20_000 });
  }

  get time(): Locator {
    return this.page.getByTestId('player-time');
  }

  /** "t = 1.20 s · 12/50" → 12 (rows that have happened). */
  async shownIndex(): Promise<number> {
    const m = /·\s*(\d+)\s*\/\s*(\d+)/.exec((await this.time.textContent()) ?? '');
    return m ? Number(m[1]) : NaN;
  }

  async totalRows(): Promise<number> {
    const m = /\/\s*(\d+)/.exec((await this.time.textContent()) ?? '');
    return m ? Number(m[1]) : NaN;
  }

  playButton(): Locator {
    return this.page.getByTestId('play');
  }

  /** Moves the timeline slider to `ms`, as dragging it would. */
  async seek(ms: number) {
    await this.page.locator('input.timeline').evaluate((el, v) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, ms);
    await expect(this.time).toContainText(`t = ${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
  }

  traceTable(): Locator {
    return this.page.getByTestId('trace-table');
  }

  async traceText(): Promise<string> {
    // textContent, not innerText: sections scrolled out of view are not rendered (content-visibility).
    return ((await this.traceTable().locator('tbody').textContent()) ?? '').trim();
  }

  /** The server each shown request went to, oldest first ("a", "b"…). */
  async pickSequence(): Promise<string[]> {
    const names = await this.traceTable().getByTestId('decision-server').allTextContents();
    return names.reverse();
  }

  algorithmSelect(): Locator {
    return this.page.getByTestId('algorithm-select');
  }

  /** A parameter field by its URL key (`weights`, `rate`, `seed`…). */
  paramInput(key: string): Locator {
    return this.page.locator(`input[data-param="${key}"]`).first();
  }

  /** A parameter chosen from a list (`algo`, `traffic`, `key`) by its URL key. */
  paramSelect(key: string): Locator {
    return this.page.locator(`select[data-param="${key}"]`).first();
  }

  fieldError(key: string): Locator {
    return this.page.locator(`.param-field:has([data-param="${key}"]) .field-error`).first();
  }

  movedRows(): Locator {
    return this.page.getByTestId('moved-keys').getByTestId('moved-row');
  }

  /** "21.4%" in a moved-keys row → 0.214. */
  async movedShare(row: Locator): Promise<number> {
    const text = (await row.getByTestId('moved-share').textContent()) ?? '';
    const m = /([\d.]+)%/.exec(text);
    return m ? Number(m[1]) / 100 : NaN;
  }

  /** A hand action at the player's moment; `serverId` like "10.0.0.2:8080". */
  async act(kind: 'down' | 'up' | 'remove' | 'add', serverId?: string) {
    if (serverId !== undefined) await this.page.getByTestId('action-server').selectOption(serverId);
    await this.page.getByTestId(`action-${kind}`).click();
  }
}
