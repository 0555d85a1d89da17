// Type-checks a puzzle solution with TypeScript 6's compiler API over an in-memory file system:
// the standard library (ES2022), the puzzle's prelude (helper classes), the user's code, and one
// line that assigns the user's function to the puzzle's declared signature. Pure apart from the
// compiler: the lib texts come in, diagnostics go out (line and column are 1-based, in the user's
// code). Lib source files are parsed once and reused by every later check.
import ts from 'typescript-6';

export interface TypeDiagnostic {
  readonly line: number;
  readonly column: number;
  /** Characters the problem spans (at least 1). */
  readonly length: number;
  readonly message: string;
  /** 'signature': the function does not match the puzzle's declared signature (or is missing). */
  readonly kind: 'type' | 'signature';
}

export interface CheckRequest {
  readonly source: string;
  readonly prelude: string;
  /** e.g. `function climbStairs(n: number): number`. */
  readonly signature: string;
}

const USER = '/solution.ts';
const PRELUDE = '/prelude.ts';
const CHECK = '/signature-check.ts';
const GLOBALS = '/globals.d.ts';
// The worker's console, which user code may call (the harness captures it).
const GLOBALS_TEXT =
  'declare const console: { log(...data: unknown[]): void; info(...data: unknown[]): void; warn(...data: unknown[]): void; error(...data: unknown[]): void; debug(...data: unknown[]): void };\n';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  strict: true,
  noEmit: true,
  types: [],
  skipLibCheck: true,
  noImplicitReturns: true,
};

/** `function f(a: A, b: B): R` → `{ name: 'f', type: '(a: A, b: B) => R' }`. */
export function signatureType(signature: string): { name: string; type: string } | null {
  const m = /^\s*function\s+([\w$]+)\s*(<[^>]*>)?\s*(\([\s\S]*\))\s*:\s*([\s\S]+?)\s*;?\s*$/.exec(signature);
  return m ? { name: m[1] ?? '', type: `${m[2] ?? ''}${m[3] ?? '()'} => ${m[4] ?? 'unknown'}` } : null;
}

export function createChecker(libs: ReadonlyMap<string, string>) {
  const libFiles = new Map<string, ts.SourceFile>();
  let previous: ts.Program | undefined;

  return function check(request: CheckRequest): TypeDiagnostic[] {
    const sig = signatureType(request.signature);
    const texts = new Map<string, string>([
      [USER, request.source],
      [PRELUDE, request.prelude],
      [GLOBALS, GLOBALS_TEXT],
      [CHECK, sig ? `const __signature: ${sig.type} = ${sig.name};\n` : ''],
    ]);
    const host: ts.CompilerHost = {
      getSourceFile(fileName, languageVersion) {
        const lib = libs.get(fileName.replace(/^\//, ''));
        if (lib !== undefined) {
          let file = libFiles.get(fileName);
          if (!file) libFiles.set(fileName, (file = ts.createSourceFile(fileName, lib, languageVersion)));
          return file;
        }
        const text = texts.get(fileName);
        return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion);
      },
      getDefaultLibFileName: () => '/lib.es2022.d.ts',
      getDefaultLibLocation: () => '/',
      writeFile: () => undefined,
      getCurrentDirectory: () => '/',
      getCanonicalFileName: (f) => f,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => '\n',
      fileExists: (f) => texts.has(f) || libs.has(f.replace(/^\//, '')),
      readFile: (f) => texts.get(f) ?? libs.get(f.replace(/^\//, '')),
    };
    const program = ts.createProgram({ rootNames: [GLOBALS, PRELUDE, USER, CHECK], options: OPTIONS, host, ...(previous ? { oldProgram: previous } : {}) });
    previous = program;
    const user = program.getSourceFile(USER);
    const declared = sig ? declarationLine(request.source, sig.name) : 1;
    const out: TypeDiagnostic[] = [];
    for (const d of [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()]) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (d.file?.fileName === USER && user && d.start !== undefined) {
        const { line, character } = user.getLineAndCharacterOfPosition(d.start);
        out.push({ line: line + 1, column: character + 1, length: Math.max(1, d.length ?? 1), message, kind: 'type' });
      } else if (d.file?.fileName === CHECK) {
        out.push({ line: declared, column: 1, length: 1, message: `${request.signature}: ${message}`, kind: 'signature' });
      }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  };
}

function declarationLine(source: string, name: string): number {
  const lines = source.split('\n');
  const re = new RegExp(`\\b(function\\s+${name.replace(/\$/g, '\\$')}\\b|(const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\b)`);
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? 1 : i + 1;
}
