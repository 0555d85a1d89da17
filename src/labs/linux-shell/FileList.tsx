// The files of the simulated home directory with their sizes; a click puts `head` on that file in
// the input, the usual first look at a file.
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import type { FileSize } from './core/lab-files.ts';
import { en, zh } from './strings.ts';

export function FileList({ sizes, onPick }: { sizes: readonly FileSize[]; onPick: (command: string) => void }) {
  const S = usePick({ zh, en });
  const locale = localeOf(useLanguage());
  // The disk tree under var/ is for one exercise; folded, it does not push the rest down.
  const top = sizes.filter((f) => !f.path.startsWith('var/'));
  const deep = sizes.filter((f) => f.path.startsWith('var/'));
  const row = ({ path, bytes }: FileSize) => (
    <li key={path}>
      <button type="button" className="link-button shell-file" onClick={() => onPick(`head -5 ${path}`)}>
        {path}
      </button>
      <span className="small shell-muted">{S.bytes(bytes.toLocaleString(locale))}</span>
    </li>
  );
  return (
    <section className="panel shell-files" aria-label={S.filesTitle}>
      <h2>
        {S.filesTitle} <code className="small">/home/ops</code>
      </h2>
      <p className="small shell-muted">{S.filesHint}</p>
      <ul data-testid="shell-files">{top.map(row)}</ul>
      {deep.length > 0 && (
        <details className="shell-var">
          <summary>{S.varTree(deep.length)}</summary>
          <ul>{deep.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
