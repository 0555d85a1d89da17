// The TypeScript checker's worker: loads TypeScript 6 (about 3 MB) and the ES2022 lib files, off
// the main thread and only when a puzzle's editor is used. One request at a time; each answer
// carries its request's id so the page keeps only the latest.
import { createChecker, type CheckRequest, type TypeDiagnostic } from './check-program.ts';

const files = import.meta.glob<string>(
  '/node_modules/typescript-6/lib/lib.{es5,es2015*,es2016*,es2017*,es2018*,es2019*,es2020*,es2021*,es2022*,decorators*}.d.ts',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);
const libs = new Map(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
const check = createChecker(libs);

export type TsWorkerRequest = CheckRequest & { readonly id: number };
export type TsWorkerResponse = { readonly id: number; readonly diagnostics: readonly TypeDiagnostic[] } | { readonly id: number; readonly error: string };

self.onmessage = (e: MessageEvent<TsWorkerRequest>) => {
  const { id, ...request } = e.data;
  let response: TsWorkerResponse;
  try {
    response = { id, diagnostics: check(request) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
