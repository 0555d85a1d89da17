import { describe, expect, it } from 'vitest';
import { parseDockerfile, toLogicalLines } from './parse.ts';

describe('the Dockerfile parser', () => {
  it('joins continuation lines and drops comments, even inside a continuation', () => {
    const text = 'FROM alpine:3.20\n# a comment\nRUN apk add \\\n# skipped inside the continuation\n    curl \\\n    git\nCMD ["sh"]\n';
    expect(toLogicalLines(text)).toEqual([
      { line: 1, endLine: 1, text: 'FROM alpine:3.20' },
      { line: 3, endLine: 6, text: 'RUN apk add curl git' },
      { line: 7, endLine: 7, text: 'CMD ["sh"]' },
    ]);
  });

  it('reads stages, names, flags and exec form', () => {
    const p = parseDockerfile(
      'ARG V=1\nfrom golang:1.23 as Builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=builder --chown=1000 /out/app /app\nENTRYPOINT ["/app"]',
    );
    expect(p.errors).toEqual([]);
    expect(p.stages.map((s) => [s.base, s.name])).toEqual([
      ['golang:1.23', 'builder'],
      ['scratch', null],
    ]);
    expect(p.instructions[0]?.stage).toBe(-1);
    expect(p.instructions[4]?.flags).toEqual({ from: 'builder', chown: '1000' });
    expect(p.instructions[4]?.words).toEqual(['/out/app', '/app']);
    expect(p.instructions[5]?.words).toEqual(['/app']);
  });

  it('reports each problem as "line N: message" with the instruction\'s first line', () => {
    const p = parseDockerfile(
      '# header\nFROM node:22\nRUNN npm ci\nCOPY only-one\nEXPOSE 99999\nCOPY --from=nope /a /b\nFROM node:22 AS a\nFROM node:22 AS a\n',
    );
    expect(p.errors).toEqual([
      'line 3: unknown instruction: RUNN',
      'line 4: COPY requires at least 2 arguments',
      'line 5: EXPOSE: invalid port "99999"',
      'line 6: COPY --from=nope: no earlier stage has that name or number (other images are not modelled)',
      'line 8: duplicate stage name "a"',
    ]);
  });

  it('refuses a stage that copies from itself, by name or number, as BuildKit does', () => {
    expect(parseDockerfile('FROM alpine:3.20 AS a\nCOPY --from=a /etc /x\nFROM alpine:3.20\nCOPY --from=1 / /y/\nCOPY --from=a /etc /z').errors).toEqual([
      'line 2: COPY --from=a: a stage cannot copy from itself (BuildKit: circular dependency detected on stage a)',
      'line 4: COPY --from=1: a stage cannot copy from itself (BuildKit: circular dependency detected on stage 1)',
    ]);
  });

  it('wants FROM first (ARG may come before it)', () => {
    expect(parseDockerfile('RUN echo hi\nFROM alpine:3.20').errors).toEqual(['line 1: RUN before the first FROM (only ARG may come first)']);
    expect(parseDockerfile('# nothing\n').errors).toEqual(['line 1: no FROM instruction: a Dockerfile must start a build stage']);
  });

  it('numbers a continued instruction by its first line', () => {
    expect(parseDockerfile('FROM alpine:3.20\nRUN echo \\\n  a\nBOGUS x').errors).toEqual(['line 4: unknown instruction: BOGUS']);
  });
});
