// Issue #11 for the load-balancing and upstream-incident labs: in English every word the lab shows
// is English (every preset and scenario, the player after a few steps, the picture, trace, compare,
// moved keys, own upstream, checklist evidence, a wrong and the right diagnosis, the fix), and in
// Chinese the English-only wording of the same panels does not leak in.
import type { Page } from '@playwright/test';
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';
import { LoadBalancingLab } from './load-balancing-page.ts';
import { STEP_IDS, UpstreamIncidentLab } from './upstream-incident-page.ts';

const LB_PRESETS = [
  'round-robin',
  'nginx-swrr-5-1-1',
  'random',
  'weighted-random',
  'least-conn',
  'p2c',
  'peak-ewma',
  'ip-hash',
  'hash-modulo',
  'hash-consistent',
  'ring-virtual-nodes',
  'max-fails',
  'compare-all',
];
const SCENARIOS = ['flash-sale', 'partner-promotion', 'day-after-config-change', 'after-network-blip', 'after-grpc-deploy'];
const CAUSE_OF: Record<string, string> = {
  'flash-sale': 'hot-key',
  'partner-promotion': 'nat-ip-hash',
  'day-after-config-change': 'weight-typo',
  'after-network-blip': 'max-fails-down',
  'after-grpc-deploy': 'keepalive-pinned',
};

/**
 * CJK text anywhere on the page: every text node (a superset of document.body.innerText: it also
 * covers closed <details>, <option>s and off-screen sections) and aria-labels, titles, placeholders, except
 * inside elements marked data-user-content and the header's language switch (it names the other
 * language, 中文, by design).
 */
async function chineseOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff]/;
    const found: string[] = [];
    const skip = (el: Element | null) => el?.closest('[data-user-content], script, style, button[aria-label^="Language:"]') != null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      if (cjk.test(n.textContent ?? '') && !skip(n.parentElement)) found.push(n.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v !== null && cjk.test(v)) found.push(`${a}: ${v}`);
      }
    }
    return [...new Set(found)].map((t) => t.slice(0, 160));
  });
}

async function expectAllEnglish(page: Page, where: string) {
  expect(await chineseOnPage(page), where).toEqual([]);
}

test('load balancing in English: every preset, stepped, with its panels', async ({ page }) => {
  test.setTimeout(240_000);
  await chooseLanguage(page, 'en');
  const lab = new LoadBalancingLab(page);
  for (const preset of LB_PRESETS) {
    await lab.goto(`preset=${preset}`);
    await expect(page.getByTestId('preset-explanation')).toBeVisible();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    if (preset === 'compare-all') await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(11, { timeout: 30_000 });
    await expectAllEnglish(page, preset);
  }

  // Hash ring, moved keys after a hand action, the what-if table and the modulo picture.
  await lab.goto('preset=hash-consistent');
  await lab.seek(5000);
  await lab.act('add');
  await expect(lab.movedRows()).toHaveCount(2);
  await expect(lab.movedRows().first()).toContainText('server 10.0.0.5:8080 added');
  await lab.act('down', '10.0.0.2:8080');
  await expect(page.getByTestId('action-list')).toContainText('mark b down');
  await lab.seek(5500);
  await expect(page.getByTestId('ring-key')).toBeVisible();
  await expectAllEnglish(page, 'hash ring + moved keys');
  await lab.algorithmSelect().selectOption('hash-modulo');
  await expect(page.getByTestId('modulo-picture')).toBeVisible();
  await expectAllEnglish(page, 'modulo');

  // The trace's reasons in English, a dropped request, fast-forward an hour.
  await lab.goto('preset=max-fails');
  await lab.seek(6000);
  expect(await lab.traceText()).toContain('current_weight + effective_weight');
  await page.getByTestId('hour-button').click();
  await expect(page.getByTestId('hour-result')).toContainText('One hour', { timeout: 60_000 });
  await expectAllEnglish(page, 'max-fails + hour');

  // Compare mode with two algorithms.
  await lab.goto('preset=p2c&compare=p2c,least-conn');
  await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByTestId('compare-table')).toContainText('Play this one');
  await expectAllEnglish(page, 'compare');

  // Your own upstream: a refused config, then a good one.
  const panel = page.getByTestId('own-upstream');
  await panel.locator('summary').click();
  await page.getByTestId('own-upstream-text').fill('upstream api {\n  least_conn;\n  server 10.1.0.5:8080 weight=0;\n}');
  await page.getByTestId('own-upstream-run').click();
  await expect(page.getByTestId('own-upstream-problems')).toContainText('line 3');
  await expectAllEnglish(page, 'own upstream refused');
  await page.getByTestId('own-upstream-text').fill('upstream api {\n  least_conn;\n  server 10.1.0.5:8080 weight=3;\n  server 10.1.0.6:8080;\n}');
  await page.getByTestId('own-upstream-run').click();
  await expect(page.getByTestId('own-upstream-ok')).toContainText('Running upstream api: 2 servers');
  await expectAllEnglish(page, 'own upstream applied');

  // Bad URL values are refused in English.
  await lab.goto('preset=nope&rate=0&actions=100.explode');
  await expect(page.getByTestId('url-problems')).toContainText('there is no preset called nope');
  await expect(page.getByTestId('url-problems')).toContainText('rate must be a number from 1 to 100000');
  await expectAllEnglish(page, 'url problems');
});

test('the upstream incident in English: every scenario, the checklist, a wrong and the right answer, the fix', async ({ page }) => {
  test.setTimeout(240_000);
  await chooseLanguage(page, 'en');
  const lab = new UpstreamIncidentLab(page);
  for (const scenario of SCENARIOS) {
    await lab.goto(`preset=${scenario}`);
    await expectAllEnglish(page, `${scenario} before the checklist`);
    for (const id of STEP_IDS) await lab.runStep(id);
    await expect(page.getByTestId('steps-done')).toHaveText('6 of 6 steps run');
    const wrong = scenario === 'flash-sale' ? 'weight-typo' : 'hot-key';
    await lab.answer(wrong);
    await expect(lab.result()).toContainText('Not quite');
    await expect(lab.result()).toContainText('If this were the cause, the step');
    await expectAllEnglish(page, `${scenario} wrong answer`);
    await lab.answer('faster-server');
    await expect(lab.result()).toContainText('never look at how fast a backend is');
    await lab.answer(CAUSE_OF[scenario] ?? '');
    await expect(lab.result()).toContainText('Correct');
    await expect(page.getByTestId('fix-effect')).toContainText('The same traffic replayed against the fixed config');
    await expectAllEnglish(page, `${scenario} fixed`);
  }
  await lab.goto('preset=nope&seed=abc');
  await expect(page.getByTestId('url-problems')).toContainText('preset must be one of');
  await expectAllEnglish(page, 'incident url problems');
});

test('in Chinese, the English wording of the same panels does not leak in', async ({ page }) => {
  test.setTimeout(240_000);
  await chooseLanguage(page, 'zh');
  const lbLab = new LoadBalancingLab(page);
  await lbLab.goto('preset=hash-consistent');
  await lbLab.seek(5000);
  await lbLab.act('add');
  await expect(lbLab.movedRows().first()).toContainText('新增服务器');
  const lbText = await page.locator('body').innerText();
  for (const english of [
    'Load balancing lab',
    'Act at the current moment',
    'How many keys move',
    'The upstream right now',
    'Keys moved',
    'first point clockwise',
    'server 10.0.0.5:8080 added',
  ]) {
    expect(lbText).not.toContain(english);
  }

  const lab = new UpstreamIncidentLab(page);
  await lab.goto('preset=flash-sale');
  for (const id of STEP_IDS) await lab.runStep(id);
  await lab.answer('weight-typo');
  await expect(lab.result()).toContainText('不对');
  await lab.answer('hot-key');
  await expect(lab.result()).toContainText('答对了');
  const text = await page.locator('body').innerText();
  for (const english of [
    'Incident: all traffic lands on one upstream',
    'Checklist',
    'Not quite',
    'If this were the cause',
    'The same traffic replayed',
    'Flash sale opens',
    'Share by weight',
    'Busiest server',
  ]) {
    expect(text).not.toContain(english);
  }
});

test.describe('375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('the longer English wording fits a phone: no sideways scroll on any preset or scenario', async ({ page }) => {
    test.setTimeout(240_000);
    await chooseLanguage(page, 'en');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const lb = new LoadBalancingLab(page);
    for (const preset of LB_PRESETS) {
      await lb.goto(`preset=${preset}`);
      expect(await overflow(), preset).toBeLessThanOrEqual(0);
    }
    const incident = new UpstreamIncidentLab(page);
    for (const scenario of SCENARIOS) {
      await incident.goto(`preset=${scenario}`);
      for (const id of STEP_IDS) await incident.runStep(id);
      await incident.answer(CAUSE_OF[scenario] ?? '');
      await expect(page.getByTestId('fix')).toBeVisible();
      expect(await overflow(), scenario).toBeLessThanOrEqual(0);
    }
  });
});
