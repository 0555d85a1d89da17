// The Linux shell lab: pick an exercise, look at the files, type a pipeline in the terminal and
// see its output compared with the reference. The URL holds the exercise (`preset`), the seed of
// the generated files and the last command run (`cmd`), so a link shares a pipeline.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { DEFAULT_EXERCISE, exercises, findExercise } from './core/exercises.ts';
import { parseShellParams, toShellSearch, MAX_SEED, type ShellParams } from './core/params.ts';
import { ExercisePicker } from './ExercisePicker.tsx';
import { FileList } from './FileList.tsx';
import { ReferenceStages } from './ReferenceStages.tsx';
import { SeedField } from './SeedField.tsx';
import { Terminal } from './Terminal.tsx';
import { useShellRuns } from './use-shell-runs.ts';
import { VerdictPanel } from './VerdictPanel.tsx';
import { en, zh } from './strings.ts';
import '../../ui/lab/lab.css';
import './linux-shell.css';

function parse(search: URLSearchParams) {
  const { values, problems } = parseShellParams(search);
  return { values, errors: Object.fromEntries(problems.map((p) => [p, p])) };
}

export default function LinuxShellView() {
  const S = usePick({ zh, en });
  const { values, errors, setValues } = useUrlValues(parse, toShellSearch);
  const exercise = findExercise(values.preset) ?? exercises.find((e) => e.id === DEFAULT_EXERCISE) ?? (exercises[0] as (typeof exercises)[number]);
  const runs = useShellRuns(values.seed, exercise.id, exercise.reference);
  const [input, setInput] = useState(values.cmd);
  const messages = useMemo(() => Object.fromEntries(Object.keys(errors).map((k) => [k, S.problems[k as keyof typeof S.problems]])), [errors, S]);

  const { run } = runs;
  const runCommand = useCallback(
    (command: string) => {
      setValues({ cmd: command });
      void run(command);
    },
    [run, setValues],
  );

  // A shared link runs its command once, so the reader sees the same output and verdict.
  const ranFromUrl = useRef(false);
  useEffect(() => {
    if (ranFromUrl.current) return;
    ranFromUrl.current = true;
    if (values.cmd !== '') void run(values.cmd);
  }, [values.cmd, run]);

  const last = runs.transcript[runs.transcript.length - 1];
  const actual = last && last.key === runs.key && last.outcome.kind === 'done' && last.outcome.result.limit === null ? last.outcome.result.stdout : undefined;
  const pick = (patch: Partial<ShellParams>) => setValues(patch);

  return (
    <div className="shell-lab" data-testid="linux-shell-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={messages} />
      <div className="shell-layout">
        <div className="shell-side">
          <ExercisePicker exercise={exercise} error={messages['preset']} onPick={(id) => pick({ preset: id, cmd: '' })} />
          <FileList sizes={runs.sizes} onPick={setInput} />
          <SeedField seed={values.seed} max={MAX_SEED} onSeed={(seed) => pick({ seed })} />
        </div>
        <div className="shell-main">
          <Terminal transcript={runs.transcript} running={runs.running} input={input} onInput={setInput} onRun={runCommand} onClear={runs.clear} />
          <VerdictPanel expected={runs.expected} actual={actual} />
          <ReferenceStages
            key={exercise.id}
            exercise={exercise}
            onTry={(command) => {
              setInput(command);
              runCommand(command);
            }}
          />
        </div>
      </div>
      <p className="small shell-muted shell-engine-note">{S.engineNote}</p>
    </div>
  );
}
