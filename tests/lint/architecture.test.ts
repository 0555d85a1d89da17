// The architecture rules of eslint.config.js fire on the imports DESIGN.md forbids and stay quiet on
// the ones it allows. Each case lints a snippet as if it were a file at that path.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const lab = 'src/labs/rate-limiting';

describe('a core/ folder is pure', () => {
  it('imports no React or other package', async () => {
    const found = await problems(`${lab}/core/bad.ts`, "import { useState } from 'react';\nexport const x = useState;\n");
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*core\/ is pure: it imports no packages/)]);
  });
  it("imports no view, not even its own lab's", async () => {
    const found = await problems(`${lab}/core/bad.ts`, "import RateLimitingView from '../RateLimitingView.tsx';\nexport const x = RateLimitingView;\n");
    expect(found).toContain(
      "no-restricted-imports: '../RateLimitingView.tsx' import is restricted from being used by a pattern. core/ is pure: it imports no views or styles.",
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^boundaries\/dependencies: Architecture \(DESIGN\.md\): core .* may not import feature src\/labs\/rate-limiting\/RateLimitingView\.tsx/,
      ),
    );
  });
  it('uses no DOM, no clock and no unseeded randomness', async () => {
    const found = await problems(`${lab}/core/bad.ts`, 'export const f = () => [document.title, Date.now(), Math.random(), localStorage.length];\n');
    expect(found).toHaveLength(4);
    expect(found.join('\n')).toMatch(/no-restricted-globals: .*document/);
    expect(found.join('\n')).toMatch(/no-restricted-properties: .*Date\.now/);
    expect(found.join('\n')).toMatch(/no-restricted-properties: .*Math\.random/);
  });
  it('may import other pure code: its own core, another core, the kernel', async () => {
    const code = [
      "import { createTokenBucket } from './token-bucket.ts';",
      "import { createRandom } from '../../kernel/random.ts';",
      "import { crc32 } from '../../load-balancing/core/crc32.ts';",
      'export const all = [createTokenBucket, createRandom, crc32];',
    ].join('\n');
    expect(await problems(`${lab}/core/ok.ts`, code)).toEqual([]);
  });
  it('may not import the shared UI', async () => {
    const found = await problems(`${lab}/core/bad.ts`, "import { fill } from '../../../ui/i18n.ts';\nexport const x = fill;\n");
    expect(found).toContainEqual(expect.stringMatching(/^boundaries\/dependencies: .*core .* may not import ui src\/ui\/i18n\.ts/));
  });
});

describe("features do not import each other's internals", () => {
  it("a lab view may not import another lab's view", async () => {
    const found = await problems(
      `${lab}/Bad.tsx`,
      "import LoadBalancingView from '../load-balancing/LoadBalancingView.tsx';\nexport const x = LoadBalancingView;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^boundaries\/dependencies: .*feature src\/labs\/rate-limiting\/Bad\.tsx may not import feature src\/labs\/load-balancing\/LoadBalancingView\.tsx/,
      ),
    ]);
  });
  it("a lab view may import another lab's core and the shared UI", async () => {
    const code = "import { crc32 } from '../load-balancing/core/crc32.ts';\nimport { fill } from '../../ui/i18n.ts';\nexport const x = [crc32, fill];\n";
    expect(await problems(`${lab}/Ok.tsx`, code)).toEqual([]);
  });
  it("a quiz generator may import a lab's core but not its view", async () => {
    expect(
      await problems('src/quiz/generated/questions.ts', "import { crc32 } from '../../labs/load-balancing/core/crc32.ts';\nexport const x = crc32;\n"),
    ).toEqual([]);
    const found = await problems(
      'src/quiz/generated/questions.ts',
      "import View from '../../labs/load-balancing/LoadBalancingView.tsx';\nexport const x = View;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*may not import feature src\/labs\/load-balancing\/LoadBalancingView\.tsx/)]);
  });
  it('the shared UI may not import a feature', async () => {
    const found = await problems('src/ui/Bad.tsx', "import { useProgressStore } from '../study/progress-store.ts';\nexport const x = useProgressStore;\n");
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*ui src\/ui\/Bad\.tsx may not import domain src\/study\/progress-store\.ts/)]);
  });
});

describe('only src/main.tsx imports src/app/ from outside it', () => {
  it('a puzzle may not import app/paths.ts (it gets links as props)', async () => {
    const found = await problems('src/puzzles/redemption-codes/Bad.tsx', "import { paths } from '../../app/paths.ts';\nexport const x = paths;\n");
    expect(found).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*feature src\/puzzles\/redemption-codes\/Bad\.tsx may not import app src\/app\/paths\.ts/),
    ]);
  });
  it('main.tsx and the app itself may', async () => {
    expect(await problems('src/main.tsx', "import { App } from './app/App.tsx';\nexport const x = App;\n")).toEqual([]);
    expect(
      await problems(
        'src/app/routes/ok-route.tsx',
        "import { paths } from '../paths.ts';\nimport { labCatalogue } from '../../labs/catalogue.ts';\nexport const x = [paths, labCatalogue];\n",
      ),
    ).toEqual([]);
  });
});
