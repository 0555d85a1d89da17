// Page object for the circuit-breaker lab: selectors live here, the spec speaks in user actions.
import { expect, type Locator, type Page } from '@playwright/test';

export class CircuitBreakerLab {
  constructor(readonly page: Page) {}

  /** `timeout`: a run of thousands of requests per second takes a while to precompute. */
  async goto(query: string, timeout = 15_000) {
    await this.page.goto(`/labs/circuit-breaker${query ? `?${query}` : ''}`);
    await this.ready(timeout);
  }

  async ready(timeout = 15_000) {
    await expect(this.page.getByTestId('circuit-breaker-lab')).toBeVisible({ timeout });
    await expect(this.page.locator('input.timeline')).toBeVisible();
  }

  /** The newest trace row as the user reads it. */
  async topRow(): Promise<string> {
    return this.traceTable().locator('tbody tr').first().innerText();
  }

  get time(): Locator {
    return this.page.getByTestId('player-time');
  }

  /** "t = 1.20 s · 12/4805" → 12 (events that have happened). */
  async shownIndex(): Promise<number> {
    const m = /·\s*(\d+)\s*\/\s*(\d+)/.exec((await this.time.textContent()) ?? '');
    return m ? Number(m[1]) : NaN;
  }

  /** "t = 12.34 s · …" → 12340. */
  async timeMs(): Promise<number> {
    const m = /t = ([\d.]+) s/.exec((await this.time.textContent()) ?? '');
    return m ? Math.round(Number(m[1]) * 1000) : NaN;
  }

  playButton(): Locator {
    return this.page.getByTestId('play');
  }

  async step() {
    await this.page.getByRole('button', { name: '前进一步 (→)' }).click();
  }

  async stepBack() {
    await this.page.getByRole('button', { name: '后退一步 (←)' }).click();
  }

  async toEnd() {
    await this.page.getByRole('button', { name: '快进到结尾' }).click();
  }

  /** Moves the timeline slider to `ms`, as dragging it would. */
  async seek(ms: number) {
    await this.page.locator('input.timeline').fill(String(ms));
  }

  currentState(): Locator {
    return this.page.getByTestId('state-machine');
  }

  /** The states drawn on the state timeline so far, in order, without repeats next to each other. */
  async timelineStates(): Promise<string[]> {
    const states = await this.page
      .getByTestId('state-timeline')
      .locator('[data-state]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state') ?? ''));
    return states.filter((s, i) => s !== states[i - 1]);
  }

  traceTable(): Locator {
    return this.page.getByTestId('trace-table');
  }

  async traceText(): Promise<string> {
    return (await this.traceTable().locator('tbody').innerText()).trim();
  }

  transitions(): Locator {
    return this.page.getByTestId('transition-list');
  }

  /** The input of a configuration key (`data-param` is the real key name). */
  field(name: string): Locator {
    return this.page.locator(`.cb-params [data-param="${name}"]`);
  }

  /** The message shown beside a field. */
  fieldError(name: string): Locator {
    return this.page
      .locator('.cb-params .param-field')
      .filter({ has: this.page.locator(`[data-param="${name}"]`) })
      .locator('.field-error');
  }

  manual(name: '强制打开' | '停用' | '恢复闭合' | '发一个请求'): Locator {
    return this.page.getByTestId('manual-controls').getByRole('button', { name, exact: true });
  }

  backendPhases(): Locator {
    return this.page.getByTestId('backend-phase');
  }
}
