// The exercises, each an interview question about the lab's files and the pipeline that answers
// it. The expected output is the reference pipeline's output on the same seeded files; the tests
// (shell/reference-vs-gnu.test.ts) check that output byte for byte against bash, coreutils, grep,
// sed and mawk run with LC_ALL=C. `stages` are the pipeline's parts in order, explained one by one
// in the view (strings live in the view's exercise-text.ts).

export interface Exercise {
  readonly id: string;
  /** The files the question is about, shown beside it. */
  readonly files: readonly string[];
  readonly reference: string;
  readonly stages: readonly string[];
}

function exercise(id: string, files: readonly string[], stages: readonly string[]): Exercise {
  return { id, files, stages, reference: stages.join(' | ') };
}

export const exercises: readonly Exercise[] = [
  exercise('top-10-ips', ['access.log'], ["awk '{print $1}' access.log", 'sort', 'uniq -c', 'sort -rn', 'head']),
  exercise('unique-ips', ['access.log'], ["awk '{print $1}' access.log", 'sort -u', 'wc -l']),
  exercise('status-per-hour', ['access.log'], ["awk '{print substr($4, 14, 2), $9}' access.log", 'sort', 'uniq -c']),
  exercise(
    'slowest-urls',
    ['access.log'],
    ['awk \'{ sum[$7] += $NF; n[$7]++ } END { for (u in sum) printf "%.3f %d %s\\n", sum[u] / n[u], n[u], u }\' access.log', 'sort -rn', 'head -5'],
  ),
  exercise('errors-around-time', ['app.log'], ["grep -A 3 '^2024-03-01 10:15:[0-9.]* ERROR' app.log"]),
  exercise('largest-files', ['var/'], ["find var -type f -printf '%s %p\\n'", 'sort -rn', 'head -5']),
  exercise('top-memory-processes', ['ps-aux.txt', 'proc/meminfo'], ["awk 'NR > 1 {print $6, $2, $11}' ps-aux.txt", 'sort -rn', 'head -5']),
];

export type ExerciseId = (typeof exercises)[number]['id'];
export const DEFAULT_EXERCISE = 'top-10-ips';

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((e) => e.id === id);
}
