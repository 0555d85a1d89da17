// What a URL in content points at, decided the way a browser's URL parser will read it: tabs and
// newlines inside are dropped, and a backslash counts as a slash, so `/\host` and `/<tab>/host` are
// protocol-relative (another site) just like `//host`. (AnswerHtml has its own two-line isAppPath:
// importing this file from both the card chunk and the import chunk would make it a chunk of its
// own, listed in the home page's preload map.)

function normalize(href: string): string {
  return href.replace(/[\t\n\r]/g, '').trim();
}

/** `//host/x` (or a spelling the parser reads as it): another site, same scheme. */
function isProtocolRelative(v: string): boolean {
  return /^[/\\]{2}/.test(v);
}

function hasScheme(v: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(v);
}

/** A link to another site: http(s), mailto, or protocol-relative. */
export function isExternalHref(href: string): boolean {
  const v = normalize(href);
  return isProtocolRelative(v) || /^(https?|mailto):/i.test(v);
}

/** A resource that loads nothing from another host: a fragment, a relative path, an inline image. */
export function isLocalResource(href: string): boolean {
  const v = normalize(href);
  if (v.startsWith('#')) return true;
  if (/^data:image\/(png|gif|jpeg|webp);/i.test(v)) return true;
  return !isProtocolRelative(v) && !hasScheme(v);
}
