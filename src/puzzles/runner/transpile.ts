// TypeScript → JavaScript in the browser with sucrase: it only strips types (TypeScript 7 has no
// JS API), which is all the runner needs, and it reports syntax errors with line and column.
import { transform } from 'sucrase';

export type TranspileResult =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

export function transpileTs(source: string): TranspileResult {
  try {
    const { code } = transform(source, { transforms: ['typescript'], disableESTransforms: true, production: true });
    return { ok: true, code };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // sucrase ends its messages with "(line:column)", column 0-based.
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    return {
      ok: false,
      message: message.replace(/\s*\(\d+:\d+\)\s*$/, ''),
      line: at ? Number(at[1]) : 1,
      column: at ? Number(at[2]) + 1 : 1,
    };
  }
}
