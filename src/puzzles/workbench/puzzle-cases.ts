// The shape every puzzle's judged cases share: what the workbench runs in the sandbox and how it
// judges the untrusted output. Each puzzle's core/cases.ts builds one of these.

export interface PuzzleCase<A extends readonly unknown[], R> {
  /** Short label shown in the report, in Chinese, and in English where it has words. */
  readonly name: string;
  readonly nameEn?: string;
  /** JSON-serialisable arguments, handed to `invoke` in the worker. */
  readonly args: A;
  readonly expected: R;
}

/** The UI language a judge words its verdict in (Chinese when not given). */
export type Language = 'zh' | 'en';

export type Verdict = { readonly pass: true } | { readonly pass: false; readonly message: string };

export interface PuzzleCases<A extends readonly unknown[], R> {
  readonly functionName: string;
  /** One line, for the statement. */
  readonly signature: string;
  /** TypeScript prefilled in the editor, with Chinese and with English comments. */
  readonly starter: string;
  readonly starterEn: string;
  /** TypeScript compiled before the user's code (helper classes the signature mentions); may be ''. */
  readonly prelude: string;
  /** JavaScript source of `(fn, args) => result`, evaluated after prelude + user code. */
  readonly invoke: string;
  readonly visible: readonly PuzzleCase<A, R>[];
  readonly hidden: readonly PuzzleCase<A, R>[];
  /** Suggested limit for one case. */
  readonly timeLimitMs: number;
  /** Compares what the user's function returned (untrusted, any shape) with the expected value. */
  judge(actual: unknown, expected: R, args: A, language?: Language): Verdict;
}
