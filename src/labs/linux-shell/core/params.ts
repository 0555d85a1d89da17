// The lab's URL: `preset` (the exercise id, so a card links to one question), `seed` (the
// generated files) and `cmd` (the user's pipeline, so a link shares it). URLSearchParams encodes
// the command. A bad value is reported by key and replaced by the default; the view words the
// message in the user's language.
import { DEFAULT_EXERCISE, findExercise } from './exercises.ts';

export const DEFAULT_SEED = 42;
export const MAX_SEED = 4_294_967_295;
export const MAX_COMMAND_LENGTH = 2000;

export interface ShellParams {
  readonly preset: string;
  readonly seed: number;
  readonly cmd: string;
}

export type ParamProblem = 'preset' | 'seed' | 'cmd';

export function parseShellParams(search: URLSearchParams): { values: ShellParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const rawPreset = search.get('preset');
  let preset = DEFAULT_EXERCISE;
  if (rawPreset !== null) {
    if (findExercise(rawPreset)) preset = rawPreset;
    else problems.push('preset');
  }
  const rawSeed = search.get('seed');
  let seed = DEFAULT_SEED;
  if (rawSeed !== null) {
    const n = /^\d+$/.test(rawSeed) ? Number(rawSeed) : NaN;
    if (Number.isInteger(n) && n <= MAX_SEED) seed = n;
    else problems.push('seed');
  }
  let cmd = search.get('cmd') ?? '';
  if (cmd.length > MAX_COMMAND_LENGTH) {
    cmd = '';
    problems.push('cmd');
  }
  return { values: { preset, seed, cmd }, problems };
}

export function toShellSearch(values: ShellParams): URLSearchParams {
  const search = new URLSearchParams({ preset: values.preset });
  if (values.seed !== DEFAULT_SEED) search.set('seed', String(values.seed));
  if (values.cmd !== '') search.set('cmd', values.cmd);
  return search;
}
