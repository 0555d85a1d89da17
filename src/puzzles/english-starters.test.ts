// Every puzzle has an English starter and English case names, and its judge answers in English.
import { describe, expect, it } from 'vitest';
import { game24Cases } from './24-game/core/cases.ts';
import { bfsCases } from './bfs-levels/core/cases.ts';
import { stairsCases } from './climbing-stairs/core/cases.ts';
import { codesCases } from './redemption-codes/core/cases.ts';
import { topIpsCases } from './top-ips/core/cases.ts';
import type { PuzzleCases } from './workbench/puzzle-cases.ts';

const CJK = /[\u3400-\u9fff]/;
const all: readonly PuzzleCases<readonly unknown[], unknown>[] = [game24Cases, bfsCases, stairsCases, codesCases, topIpsCases] as never;

describe('puzzles in English', () => {
  it.each(all.map((c) => [c.functionName, c] as const))('%s: starter, case names and judge messages', (_name, cases) => {
    expect(cases.starterEn).toBeDefined();
    expect(cases.starterEn).not.toMatch(CJK);
    expect(cases.starterEn).toContain(`function ${cases.functionName}(`);
    for (const c of [...cases.visible, ...cases.hidden]) expect(c.nameEn ?? c.name).not.toMatch(CJK);
    const first = cases.visible[0];
    if (!first) throw new Error('no visible case');
    const verdict = cases.judge(undefined, first.expected, first.args, 'en');
    expect(verdict.pass).toBe(false);
    if (!verdict.pass) expect(verdict.message).not.toMatch(CJK);
  });
});
