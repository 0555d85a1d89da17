// What may cross from the sandbox to the page, per case. The harness enforces these inside the
// worker (before anything is posted), so a 100 MB log line or a 50 MB return value costs the page
// nothing: the page receives at most about a megabyte per case and shows a note for what was cut.
export const LIMITS = {
  /** Budget for a returned value: one unit per character of a string, 8 for any other value. */
  outputUnits: 1_000_000,
  /** Deeper values than this are not copied (a self-referencing chain would overflow the stack). */
  outputDepth: 500,
  /** console.log lines kept per case. */
  logLines: 100,
  /** Characters kept per console.log line. */
  logLineChars: 2_000,
  /** Characters of console output kept per case. */
  logChars: 20_000,
} as const;

/** Time to start the worker and evaluate the user's program, on top of the per-case limits. */
export const LOAD_ALLOWANCE_MS = 3_000;

/**
 * The whole run's deadline, set by the page when the run starts: nothing the worker posts can move
 * it, so even a harness that somehow kept re-arming the per-case watchdog is stopped.
 */
export function overallLimitMs(caseCount: number, perCaseMs: number): number {
  return LOAD_ALLOWANCE_MS + Math.max(1, caseCount) * perCaseMs;
}
