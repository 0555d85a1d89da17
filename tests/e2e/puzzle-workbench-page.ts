// Page object for the shared puzzle workbench (editor, Run / Submit, report) on any puzzle page.
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// The editor and the sandbox load with the page's chunk: allow for a slow machine.
const expect = baseExpect.configure({ timeout: 20_000 });

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async goto(puzzleId: string, query = '') {
    await this.page.goto(`/puzzles/${puzzleId}${query}`);
    await expect(this.editor()).toBeVisible();
  }

  editor(): Locator {
    return this.page.locator('[data-testid="code-editor"] .cm-content');
  }

  /** Replaces the code the way a user does: click, select all, type. */
  async typeCode(code: string) {
    await this.editor().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(code);
    await expect(this.editor()).toContainText(code.split('\n')[0] ?? '');
  }

  async code(): Promise<string> {
    return this.editor().evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent ?? '').join('\n'));
  }

  run() {
    return this.page.getByTestId('run').click();
  }

  submit() {
    return this.page.getByTestId('submit').click();
  }

  summary(): Locator {
    return this.page.getByTestId('report-summary');
  }

  report(): Locator {
    return this.page.getByTestId('run-report');
  }

  rows(): Locator {
    return this.page.getByTestId('report-row');
  }

  async waitForReport(status: 'passed' | 'failed' | 'timeout' | 'stopped' | 'load-error' | 'compile-error', timeout = 15_000) {
    await expect(this.report()).toHaveAttribute('data-status', status, { timeout });
  }
}
