// Lint and architecture check (`npm run lint`, part of `npm test`). The rules are the ones the code
// already follows; the architecture rules are /work/shared/DESIGN.md's one-way imports:
//   app -> features (study, quiz, stats, search, labs/<lab>, puzzles/<puzzle>) -> decks, ui, lib;
//   a core/ folder (and labs/kernel, the catalogues) imports nothing but other pure code;
//   a feature never reaches into another feature's internals (anyone may use a lab's or puzzle's core/);
//   nothing but src/main.tsx imports src/app/.
import { createRequire } from 'node:module';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// typescript-eslint parses with TypeScript's JS API, which TypeScript 7 (our compiler) no longer
// ships; its `require('typescript')` is pointed at TypeScript 6.0.3, installed as `typescript-6`.
const require = createRequire(import.meta.url);
const Module = require('node:module');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? 'typescript-6' : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

const pure = ['core', 'kernel', 'catalogue'];
const same = (key) => `{{ from.element.captured.${key} }}`;

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Both are written on purpose in a few places (a deliberately empty catch, a `while (true)` loop with breaks).
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-constant-condition': ['error', { checkLoops: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    // It builds the sandbox's HTML: "<\/script>" keeps a closing script tag out of the source, on purpose.
    files: ['src/puzzles/runner/sandbox-source.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // A unit test may exercise two features together (e.g. a deck's search documents found by search).
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      // Single files (main.tsx, the catalogues) are elements here, which v7 only allows with the
      // deprecated `mode: 'full'`; its notice on every run is turned off.
      'boundaries/legacy-warnings': false,
      'boundaries/elements': [
        { type: 'main', pattern: 'src/main.tsx', mode: 'full' },
        { type: 'app', pattern: 'src/app/**', mode: 'full' },
        // Pure code shared by several features: the labs' kernel and the judged-case contract of the puzzles.
        // The deck format's types are pure too: quiz generators and checkers read cards and items.
        {
          type: 'kernel',
          pattern: ['src/labs/kernel/**', 'src/puzzles/workbench/puzzle-cases.ts', 'src/decks/types.ts', 'src/decks/quiz-types.ts'],
          mode: 'full',
        },
        { type: 'catalogue', pattern: 'src/(labs|puzzles)/catalogue.ts', mode: 'full' },
        { type: 'registry', pattern: 'src/(labs|puzzles)/registry.ts', mode: 'full', capture: ['area'] },
        // Shared by every puzzle page: the editor workbench and the sandboxed runner.
        { type: 'puzzle-kit', pattern: 'src/puzzles/(workbench|runner|typecheck)/**', mode: 'full' },
        // The quiz's own pure core, shared by every quiz mode (checking answers, generators).
        { type: 'core', pattern: 'src/quiz/core/**', mode: 'full' },
        { type: 'core', pattern: 'src/(labs|puzzles|quiz)/*/core/**', mode: 'full', capture: ['area', 'feature'] },
        { type: 'feature', pattern: 'src/(labs|puzzles|quiz)/*/**', mode: 'full', capture: ['area', 'feature'] },
        { type: 'domain', pattern: 'src/(decks|study|stats|search|quiz)/**', mode: 'full', capture: ['domain'] },
        { type: 'ui', pattern: 'src/ui/**', mode: 'full' },
        { type: 'lib', pattern: 'src/lib/**', mode: 'full' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkInternals: true,
          message: 'Architecture (DESIGN.md): {{ from.element.type }} {{ from.file.path }} may not import {{ to.element.type }} {{ to.file.path }}',
          policies: [
            { from: { element: { type: 'main' } }, allow: { to: { element: { types: { anyOf: ['app', 'ui'] } } } } },
            { from: { element: { type: 'app' } }, allow: { to: { element: { type: '!main' } } } },
            // Pure code: other pure code only (its external imports are checked below).
            { from: { element: { types: { anyOf: pure } } }, allow: { to: { element: { types: { anyOf: pure } } } } },
            { from: { element: { type: 'registry' } }, allow: { to: { element: { types: { anyOf: ['feature', 'puzzle-kit'] } } } } },
            // A lab or puzzle view: its own files, any core/, the shared kits, and the layers below.
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { type: 'feature', captured: { area: same('area'), feature: same('feature') } } } },
            },
            {
              from: { element: { types: { anyOf: ['feature', 'puzzle-kit', 'domain', 'registry'] } } },
              allow: { to: { element: { types: { anyOf: [...pure, 'ui', 'lib'] } } } },
            },
            { from: { element: { types: { anyOf: ['feature', 'puzzle-kit'] } } }, allow: { to: { element: { type: 'puzzle-kit' } } } },
            // Everything a user does is graded into study's review log, and every feature shows decks.
            {
              from: { element: { types: { anyOf: ['feature', 'puzzle-kit', 'domain'] } } },
              allow: { to: { element: { type: 'domain', captured: { domain: '(decks|study)' } } } },
            },
            { from: { element: { type: 'domain' } }, allow: { to: { element: { type: 'domain', captured: { domain: same('domain') } } } } },
            // A quiz mode (quiz/test, quiz/cram…) shows items with the quiz's shared item views and strings.
            {
              from: { element: { type: 'feature', captured: { area: 'quiz' } } },
              allow: { to: { element: { type: 'domain', captured: { domain: 'quiz' } } } },
            },
            { from: { element: { type: 'ui' } }, allow: { to: { element: { types: { anyOf: ['ui', 'lib'] } } } } },
            { from: { element: { type: 'lib' } }, allow: { to: { element: { type: 'lib' } } } },
          ],
        },
      ],
    },
  },
  {
    // Pure code runs the same in a test, a benchmark, a worker and the browser: no packages, no
    // views or styles, no DOM, no clock or unseeded randomness (time and a seeded random are passed in).
    files: [
      'src/*/*/core/**/*.ts',
      'src/quiz/core/**/*.ts',
      'src/labs/kernel/**/*.ts',
      'src/labs/catalogue.ts',
      'src/puzzles/catalogue.ts',
      'src/puzzles/workbench/puzzle-cases.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^[^.]', message: 'core/ is pure: it imports no packages (React, DOM libraries…), only other pure code.' },
            { regex: '\\.(tsx|css)$', message: 'core/ is pure: it imports no views or styles.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'location',
          'fetch',
          'requestAnimationFrame',
          'setTimeout',
          'setInterval',
          'self',
          'postMessage',
        ].map((name) => ({ name, message: 'core/ is pure: no DOM or host APIs; pass what you need in.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core/ is pure: time is passed in (nowMs).' },
        { object: 'Math', property: 'random', message: 'core/ is pure: use the seeded random of labs/kernel/random.ts.' },
        { object: 'performance', property: 'now', message: 'core/ is pure: time is passed in.' },
      ],
    },
  },
);
