// The editor itself, in its own module so CodeMirror is fetched only when a puzzle page opens.
// A small setup instead of basicSetup: no auto-closing brackets or completion pop-ups, so what
// is typed is what is in the buffer (also for keyboard-driven tests). Colours come from CSS
// classes (classHighlighter → .tok-*) styled with the app's variables, so dark mode works.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration, type DecorationSet, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
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
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--code-selection)' },
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
  focus(): void;
  destroy(): void;
}

export function createCodeEditor(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void): CodeEditorHandle {
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
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    markErrorLine(line) {
      view.dispatch({ effects: setErrorLine.of(line), ...(line !== null && line <= view.state.doc.lines ? { scrollIntoView: true, selection: { anchor: view.state.doc.line(line).from } } : {}) });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
