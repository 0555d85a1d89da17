// The terminal: the transcript (prompt, command, output, and a message when a limit stopped the
// run) and one input line with a history browsed by ↑/↓, as in bash.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePick } from '../../ui/use-language.ts';
import { TranscriptOutput } from './TranscriptOutput.tsx';
import type { TranscriptEntry } from './use-shell-runs.ts';
import { en, zh } from './strings.ts';

export interface TerminalProps {
  readonly transcript: readonly TranscriptEntry[];
  readonly running: boolean;
  readonly input: string;
  readonly onInput: (value: string) => void;
  readonly onRun: (command: string) => void;
  readonly onClear: () => void;
}

export function Terminal({ transcript, running, input, onInput, onRun, onClear }: TerminalProps) {
  const S = usePick({ zh, en });
  const id = useId();
  const [cursor, setCursor] = useState<number | null>(null);
  const history = transcript.map((e) => e.command);
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    screen.current?.scrollTo({ top: screen.current.scrollHeight });
  }, [transcript]);

  const submit = () => {
    const command = input.trim();
    if (command === '' || running) return;
    setCursor(null);
    onRun(command);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      const next = cursor === null ? history.length - 1 : Math.max(0, cursor - 1);
      setCursor(next);
      onInput(history[next] ?? '');
    } else if (e.key === 'ArrowDown' && cursor !== null) {
      e.preventDefault();
      const next = cursor + 1;
      setCursor(next >= history.length ? null : next);
      onInput(next >= history.length ? '' : (history[next] ?? ''));
    }
  };

  return (
    <section className="panel shell-terminal" aria-labelledby={`${id}-title`}>
      <div className="row shell-terminal-head">
        <h2 id={`${id}-title`}>{S.terminalTitle}</h2>
        <button type="button" className="link-button" onClick={onClear}>
          {S.clear}
        </button>
      </div>
      <div className="shell-screen" ref={screen} data-testid="shell-screen" role="log" aria-label={S.terminalTitle} tabIndex={0}>
        {transcript.length === 0 && <p className="shell-muted">{S.emptyTranscript}</p>}
        {transcript.map((entry) => (
          <div key={entry.id} className="shell-entry">
            <div className="shell-command">
              <span aria-hidden="true">ops@lab:~$ </span>
              <span>{entry.command}</span>
            </div>
            <TranscriptOutput outcome={entry.outcome} />
          </div>
        ))}
      </div>
      <div className="shell-input-row">
        <label htmlFor={id} className="shell-prompt">
          $
        </label>
        <input
          id={id}
          className="shell-input"
          data-testid="shell-input"
          value={input}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-label={S.inputLabel}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onInput(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button primary" data-testid="shell-run" onClick={submit} disabled={running}>
          {running ? S.running : S.run}
        </button>
      </div>
      <p id={`${id}-hint`} className="small shell-muted">
        {S.historyHint}
      </p>
    </section>
  );
}
