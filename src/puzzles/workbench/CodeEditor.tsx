// CodeMirror in React: the editor module is imported when the component mounts (so it is fetched
// only on puzzle pages); until then the code shows as text, and if loading fails a plain textarea
// keeps the page usable.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { CodeEditorHandle, LintSource } from './codemirror-setup.ts';
import { S } from './strings.ts';

export interface CodeEditorApi {
  setText(text: string): void;
  markErrorLine(line: number | null): void;
  /** Type-checks now (and from then on, as the user types). */
  lintNow(): void;
  focus(): void;
}

export interface CodeEditorProps {
  readonly initialText: string;
  readonly label: string;
  readonly onChange: (text: string) => void;
  readonly apiRef: RefObject<CodeEditorApi | null>;
  /** Diagnostics shown in the editor (underlined, with a tooltip). */
  readonly lint?: LintSource;
}

export function CodeEditor({ initialText, label, onChange, apiRef, lint }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const initial = useRef(initialText);
  const change = useRef(onChange);
  change.current = onChange;
  const lintRef = useRef(lint);
  lintRef.current = lint;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [fallbackText, setFallbackText] = useState(initialText);

  useEffect(() => {
    let handle: CodeEditorHandle | null = null;
    let cancelled = false;
    import('./codemirror-setup.ts').then(
      ({ createCodeEditor }) => {
        if (cancelled || !host.current) return;
        const lintSource = lintRef.current ? (text: string) => lintRef.current?.(text) ?? Promise.resolve([]) : undefined;
        handle = createCodeEditor(
          host.current,
          initial.current,
          label,
          (text) => {
            initial.current = text;
            change.current(text);
          },
          lintSource,
        );
        const h = handle;
        apiRef.current = { setText: (t) => h.setText(t), markErrorLine: (l) => h.markErrorLine(l), lintNow: () => h.lintNow(), focus: () => h.focus() };
        setState('ready');
      },
      () => {
        if (cancelled) return;
        apiRef.current = {
          setText: (t) => {
            initial.current = t;
            setFallbackText(t);
            change.current(t);
          },
          markErrorLine: () => undefined,
          lintNow: () => undefined,
          focus: () => host.current?.querySelector('textarea')?.focus(),
        };
        setState('failed');
      },
    );
    return () => {
      cancelled = true;
      handle?.destroy();
      apiRef.current = null;
    };
  }, [label, apiRef]);

  return (
    <div className="code-editor" data-testid="code-editor" data-state={state}>
      {state === 'loading' && (
        <pre className="code-editor-placeholder" aria-busy="true" data-user-content>
          <span className="visually-hidden">{S.editorLoading}</span>
          {initial.current}
        </pre>
      )}
      {state === 'failed' && (
        <label className="field">
          <span>{S.editorFailed}</span>
          <textarea
            className="code-editor-fallback"
            rows={16}
            spellCheck={false}
            value={fallbackText}
            onChange={(e) => {
              setFallbackText(e.target.value);
              initial.current = e.target.value;
              change.current(e.target.value);
            }}
          />
        </label>
      )}
      {/* The user's own code (saved code may be in any language): language checks skip it. */}
      <div ref={host} data-user-content />
    </div>
  );
}
