// Static highlighting for read-only code (reference solutions): the same TypeScript parser and
// token classes as the editor, rendered as plain spans in a <pre>, with no editor around it.
import { javascript } from '@codemirror/lang-javascript';
import { classHighlighter, highlightCode } from '@lezer/highlight';

export interface Token {
  readonly text: string;
  readonly cls: string;
}

const parser = javascript({ typescript: true }).language.parser;

/** The source as lines of tokens; concatenating every token's text gives the source back. */
export function highlightTs(source: string): Token[][] {
  const lines: Token[][] = [[]];
  highlightCode(
    source,
    parser.parse(source),
    classHighlighter,
    (text, cls) => lines[lines.length - 1]?.push({ text, cls }),
    () => lines.push([]),
  );
  return lines;
}
