// Screenshots of the main pages at phone and desktop widths, light and dark, for review and the
// README. Needs a running preview (npm start). Usage: node scripts/screenshots.mjs [outDir] [path…]
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const out = process.argv[2] || 'shots';
const pages = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['/', '/decks/rate-limiting-circuit-breaking', '/cards/rpc-architecture', '/cards/redis-cluster', '/search?q=令牌桶', '/settings'];
const base = process.env.BASE_URL || 'http://127.0.0.1:4173';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const scheme of ['light', 'dark']) {
  for (const [label, width] of [
    ['narrow', 375],
    ['wide', 1280],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForTimeout(600);
      const name = (path.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'home').slice(0, 40);
      await page.screenshot({ path: `${out}/${name}-${label}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
