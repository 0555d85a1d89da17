// Shows a card's answer HTML (compiled at build time, or sanitized when imported) and turns its
// internal links into client-side navigation.
import type { MouseEvent } from 'react';
import { useNavigate } from '../ui/router/router.tsx';

/**
 * A path inside this app (`/cards/x`), for the router. `//host`, and what a URL parser reads as it
 * (`/\host`, a tab between the slashes), is another site: the browser follows it, not the router.
 */
export function isAppPath(href: string): boolean {
  const v = href.replace(/[\t\n\r]/g, '').trim();
  return v.startsWith('/') && !/^[/\\]{2}/.test(v);
}

export function AnswerHtml({ html, className = 'answer' }: { html: string; className?: string }) {
  const navigate = useNavigate();
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = (e.target as HTMLElement).closest('a');
    const href = a?.getAttribute('href');
    // `//host` starts with a slash too, but it is another site: the browser follows it, not the router.
    if (!a || !href || !isAppPath(href) || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(href);
  };
  return <div className={className} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
