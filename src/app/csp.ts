// The app's Content-Security-Policy, delivered as a <meta> tag (vite-plugin-csp.ts) so it works on
// any static host. A meta policy cannot carry frame-ancestors, report-uri or sandbox; a host that
// can set headers should send the same policy plus `frame-ancestors 'none'`.
//
// - script-src: our bundles ('self') and the one inline script in index.html (the theme applied
//   before first paint), by hash. No 'unsafe-inline', no 'unsafe-eval': user code is evaluated only
//   in the sandbox frame, which is its own document with its own policy (puzzles/runner/).
// - style-src 'unsafe-inline': React style={{…}} attributes (chart bars, progress widths), shiki's
//   highlighted code (style="color:…" on every token, compiled into our decks) and CodeMirror, which
//   injects its theme as <style> elements at run time. Imported decks lose every style attribute and
//   <style> in their sanitizer, so this does not open a door for them.
// - workers from our bundles and blob: (the sandbox frame's worker is a blob:); frames from 'self'
//   (sandbox.html); images and fonts from the app, data: and blob:; fetches to the app only.
export function appPolicy(inlineScriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
