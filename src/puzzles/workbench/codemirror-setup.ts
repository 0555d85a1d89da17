// The editor itself, in its own module so CodeMirror is fetched only when a puzzle page opens.
// A small setup instead of basicSetup: no auto-closing brackets or completion pop-ups, so what
// is typed is what is in the buffer (also for keyboard-driven tests). Colours come from CSS
// classes (classHighlighter → .tok-*) styled with the app's variables, so dark mode works.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { forceLinting, linter, type Diagnostic } from '@codemirror/lint';
import { EditorState, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

const setErrorLine = StateEffect.define<number | null>();
const errorLineMark = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': 'true' } });

/** The line of the last syntax error; cleared by the next edit. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = tr.docChanged ? Decoration.none : marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      next = line !== null && line >= 1 && line <= tr.state.doc.lines ? Decoration.set([errorLineMark.range(tr.state.doc.line(line).from)]) : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Editor chrome in the app's colour variables, so light and dark both keep their contrast. */
const appTheme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--surface)', fontSize: '0.9rem' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-content': { caretColor: 'var(--text)', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--code-selection)',
  },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--code-selection)', outline: '1px solid var(--border)' },
  '.cm-error-line': { backgroundColor: 'var(--code-error-line)' },
});

const common = (label: string): Extension[] => [
  javascript({ typescript: true }),
  appTheme,
  syntaxHighlighting(classHighlighter),
  EditorView.contentAttributes.of({ 'aria-label': label }),
  EditorState.tabSize.of(2),
  indentUnit.of('  '),
];

export interface CodeEditorHandle {
  setText(text: string): void;
  markErrorLine(line: number | null): void;
  /** Marks the editor as used (so type checking may load) and checks now. */
  lintNow(): void;
  focus(): void;
  destroy(): void;
}

/** A problem in the code, 1-based line and column. */
export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly message: string;
}

export type LintSource = (text: string) => Promise<readonly EditorDiagnostic[]>;

function toRange(doc: Text, d: EditorDiagnostic): Diagnostic {
  const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
  const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
  return { from, to: Math.min(Math.max(from + d.length, from), doc.length), severity: 'error', message: d.message };
}

export function createCodeEditor(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void, lint?: LintSource): CodeEditorHandle {
  // Type checking loads TypeScript: only once the user edits or runs, never on a page view.
  let used = false;
  const lintExtension = lint
    ? [linter(async (v) => (used ? (await lint(v.state.doc.toString())).map((d) => toRange(v.state.doc, d)) : []), { delay: 600 })]
    : [];
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        ...common(label),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        errorLineField,
        ...lintExtension,
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          if (u.transactions.some((t) => t.isUserEvent('input') || t.isUserEvent('delete') || t.isUserEvent('undo') || t.isUserEvent('redo'))) used = true;
          onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    markErrorLine(line) {
      view.dispatch({
        effects: setErrorLine.of(line),
        ...(line !== null && line <= view.state.doc.lines ? { scrollIntoView: true, selection: { anchor: view.state.doc.line(line).from } } : {}),
      });
    },
    lintNow() {
      used = true;
      forceLinting(view);
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
