// Page object for the upstream-incident lab: selectors live here, the spec speaks in user actions.
import { expect, type Locator, type Page } from '@playwright/test';

export const STEP_IDS = ['upstream-addr', 'weights', 'hash-keys', 'client-ips', 'error-log', 'connections'] as const;

export class UpstreamIncidentLab {
  constructor(readonly page: Page) {}

  async goto(query: string) {
    await this.page.goto(`/labs/upstream-incident${query ? `?${query}` : ''}`);
    await this.ready();
  }

  /** The page is up and the scenario has been simulated (in a worker). */
  async ready() {
    await expect(this.page.getByTestId('upstream-incident-lab')).toBeVisible({ timeout: 20_000 });
    await expect(this.page.getByTestId('symptom')).toBeVisible({ timeout: 30_000 });
  }

  /** Each upstream's share of the requests, by address. */
  async shares(testId = 'upstream-shares'): Promise<Record<string, number>> {
    const items = this.page.getByTestId(testId).locator('li');
    const out: Record<string, number> = {};
    for (const li of await items.all()) out[(await li.getAttribute('data-upstream')) ?? ''] = Number(await li.getAttribute('data-share'));
    return out;
  }

  step(id: string): Locator {
    return this.page.getByTestId(`step-${id}`);
  }

  async runStep(id: string) {
    await this.page.getByTestId(`run-${id}`).click();
    await expect(this.page.getByTestId(`evidence-${id}`)).toBeVisible();
  }

  async answer(option: string) {
    await this.page.getByTestId(`answer-${option}`).check();
    await this.page.getByTestId('submit-diagnosis').click();
  }

  result(): Locator {
    return this.page.getByTestId('diagnosis-result');
  }

  /** "显示 1234 / 8680 行" → [1234, 8680]. */
  async logCount(): Promise<[number, number]> {
    const m = /(\d+)\s*\/\s*(\d+)/.exec(await this.page.getByTestId('log-count').innerText());
    return m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  }
}
