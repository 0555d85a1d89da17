// Quiz texts are plain text with inline code (content/FORMAT.md): `x` becomes <code>x</code>. No
// HTML is ever interpreted, so imported items need no sanitizing here.
export function InlineCode({ text }: { readonly text: string }) {
  const parts = text.split(/(`[^`]+`)/);
  return <>{parts.map((part, i) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part))}</>;
}
