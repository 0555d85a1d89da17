// How much simulated filesystem work one build may do. Stages that copy each other whole
// (`FROM s1 AS s2` + `COPY --from=s1 / /s1/`, or two `COPY --from=s1 / …` into one stage) double the
// file count at every stage, as a real build would, so a few hundred characters of Dockerfile ask
// for millions of files; the lab builds on the main thread, on every keystroke. So every file entry
// a step copies or looks through is charged to a budget as the build runs: a FROM <stage>'s copy of
// that stage's files, each COPY source's walk through a stage (or the context) and what it copies,
// the whole filesystem for each path a RUN removes or rewrites and for a WORKDIR's look for its
// directory, a RUN's new files. The work of a build is then a small multiple of what was charged.
// The first charge that takes the total past the limit stops the build, at that step's line.

/**
 * The most file entries one build may copy or look through. Why 10 000: every preset charges under 50
 * and a realistic four-stage build about 120 (build-limit.test.ts checks both at a hundredth and a
 * fiftieth of the limit), so nothing realistic comes near it; the worst input, at about a microsecond
 * an entry, stops after some 10 ms of building, which keeps each keystroke's rebuild within a frame or two.
 */
export const MAX_FILE_ENTRIES = 10_000;

export interface Budget {
  readonly max: number;
  used: number;
}

/** Thrown by `charge` past the limit; `build` catches it and reports `line` and `max`. */
export class OverBudget extends Error {
  readonly line: number;
  readonly max: number;
  constructor(line: number, max: number) {
    super(`line ${line}: the build needs more than ${max} file entries`);
    this.line = line;
    this.max = max;
  }
}

export function createBudget(max: number = MAX_FILE_ENTRIES): Budget {
  return { max, used: 0 };
}

/** Charges `entries` to the step on `line`; throws OverBudget once the build is past the limit. */
export function charge(budget: Budget, entries: number, line: number): void {
  budget.used += entries;
  if (budget.used > budget.max) throw new OverBudget(line, budget.max);
}
