// The DOMPurify profile for imported decks. A deck comes from a file anyone can hand a user, so
// beyond stopping script it keeps out what phishing and defacing need: forms and controls (a
// password field posting off-site), <style> and style attributes (hiding the header, a
// position:fixed overlay), frames and embeds, and anything that loads from another host (images,
// srcset, SVG href/xlink:href, url()). Classes are kept only where our own diagrams and markup use
// them, so app classes cannot be borrowed either. What decks need stays: text, lists, tables, code,
// inline SVG diagrams, and links (external ones open in a new tab without opener or referrer).
import type { DOMPurify } from 'dompurify';
import { isExternalHref, isLocalResource } from '../lib/url-kind.ts';

/** Classes our Markdown renderer and diagram SVGs use (see content/decks and render-markdown.ts). */
const ALLOWED_CLASSES = new Set([
  'diagram',
  'box',
  'edge',
  'label',
  'small',
  'strong',
  'accent',
  'muted',
  'dashed',
  'arrow-head',
  'code',
  'table-scroll',
  'diagram-scroll',
]);

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'fieldset',
  'label',
  'output',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'dialog',
  'template',
  'slot',
  'foreignobject',
  'feimage',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'script',
  'noscript',
  'math',
];

const FORBID_ATTR = [
  'style',
  'srcset',
  'background',
  'action',
  'formaction',
  'ping',
  'poster',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'autofocus',
  'popover',
  'popovertarget',
  'target',
  'form',
];

export function configureImportedSanitizer(purify: DOMPurify): (html: string) => string {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const value = data.attrValue;
    if (name === 'class') {
      data.attrValue = value
        .split(/\s+/)
        .filter((c) => ALLOWED_CLASSES.has(c))
        .join(' ');
      if (data.attrValue === '') data.keepAttr = false;
      return;
    }
    // url(…) in an SVG presentation attribute may point only into the document (a gradient, a marker).
    if (/url\s*\(/i.test(value) && !/^\s*url\(\s*['"]?#[\w-]+['"]?\s*\)\s*$/i.test(value)) {
      data.keepAttr = false;
      return;
    }
    const isLink = node.nodeName.toLowerCase() === 'a';
    if (name === 'href' || name === 'xlink:href' || name === 'src') {
      if (isLink && name === 'href') {
        if (!isExternalHref(value) && !isLocalResource(value)) data.keepAttr = false;
      } else if (!isLocalResource(value)) {
        data.keepAttr = false;
      }
    }
  });
  // target is forbidden as an input; external links get it here, with rel, after the checks.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() !== 'a') return;
    const href = node.getAttribute('href');
    if (href && isExternalHref(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return (html) =>
    purify.sanitize(html, {
      USE_PROFILES: { html: true, svg: true },
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
    });
}
