// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { configureImportedSanitizer } from './sanitize-imported.ts';

const clean = configureImportedSanitizer(DOMPurify(window));

describe('imported deck sanitizer', () => {
  it('drops forms, controls, style, frames and embeds', () => {
    const out =
      clean(`<form action="https://evil.example/steal" method="post"><input type="password" name="p"><button>登录</button><textarea></textarea><select><option>a</option></select></form>
      <style>.site-header{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css"><iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><p>text</p>`);
    expect(out).not.toMatch(/<(form|input|button|textarea|select|style|link|iframe|object|embed)\b/i);
    expect(out).toContain('<p>text</p>');
  });

  it('drops style attributes and app classes, keeps diagram classes', () => {
    const out = clean(
      '<div style="position:fixed;inset:0" class="site-header box">x</div><svg class="diagram" viewBox="0 0 10 10"><rect class="box edge banner" x="1" y="1" width="5" height="5"></rect></svg>',
    );
    expect(out).not.toContain('style=');
    expect(out).not.toContain('site-header');
    expect(out).toContain('class="box"');
    expect(out).toContain('class="diagram"');
    expect(out).toContain('class="box edge"');
  });

  it('loads nothing from another host: img, srcset, background, SVG href, url()', () => {
    const out =
      clean(`<img src="https://evil.example/a.png" srcset="https://evil.example/b.png 2x"><img src="//evil.example/c.png"><table background="https://evil.example/d.png"><tr><td>x</td></tr></table>
      <svg><image href="https://evil.example/e.png"></image><use xlink:href="https://evil.example/f.svg#x"></use><rect fill="url(https://evil.example/g.svg#p)"></rect><rect fill="url(#ok)"></rect></svg><img src="data:image/png;base64,AAAA">`);
    expect(out).not.toContain('evil.example');
    expect(out).toContain('fill="url(#ok)"');
    expect(out).toContain('src="data:image/png;base64,AAAA"');
  });

  it('keeps links; external ones open without opener or referrer; javascript: goes', () => {
    const out = clean(
      '<a href="https://nginx.org/">nginx</a> <a href="//evil.example/x">pr</a> <a href="/cards/x">card</a> <a href="javascript:alert(1)">js</a> <a href="/x" target="_top">t</a>',
    );
    expect(out).toContain('<a href="https://nginx.org/" target="_blank" rel="noopener noreferrer">nginx</a>');
    expect(out).toContain('<a href="//evil.example/x" target="_blank" rel="noopener noreferrer">pr</a>');
    expect(out).toContain('<a href="/cards/x">card</a>');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('_top');
  });

  it('keeps tables, code and lists', () => {
    const html =
      '<div class="table-scroll" tabindex="0"><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div><pre class="code"><code>x &lt; 1</code></pre><ul><li>a</li></ul>';
    expect(clean(html)).toBe(html);
  });
});
