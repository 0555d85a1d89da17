import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOps, decodeText, encodeOps, encodeText, MAX_TEXT, parseParams, presetParams, toSearch } from './params.ts';
import { PRESET_IDS } from './presets.ts';

describe('the lab URL', () => {
  it('is just the preset for a preset', () => {
    for (const id of PRESET_IDS) expect(toSearch(presetParams(id)).toString()).toBe(`preset=${id}`);
  });

  it('round-trips an edited Dockerfile (any Unicode text) as base64url', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decodeText(encodeText(text))).toBe(text);
        expect(encodeText(text)).toMatch(/^[A-Za-z0-9_-]*$/);
      }),
    );
    const v = {
      ...presetParams('node-app-deps-first'),
      dockerfile: 'FROM alpine:3.20\n# 中文注释\n',
      edited: [],
      ops: [{ op: 'delete' as const, path: '/etc/passwd' }],
      liveRestore: false,
    };
    expect(parseParams(toSearch(v))).toEqual({ values: v, problems: [] });
  });

  it('refuses bad values with their key and keeps the preset', () => {
    const { values, problems } = parseParams(new URLSearchParams('preset=nope&df=%%%&edit=server.js,x.js&ops=w:/a&live=yes&ctx=rust'));
    expect(problems.map((p) => `${p.key}:${p.code}`)).toEqual(['preset:preset', 'df:df-encoding', 'ctx:ctx', 'edit:edit', 'ops:ops', 'live:live']);
    expect(values).toEqual(presetParams('node-app-deps-first'));
  });

  it('refuses a Dockerfile longer than the limit', () => {
    const { problems } = parseParams(new URLSearchParams(`df=${encodeText('#'.repeat(MAX_TEXT + 1))}`));
    expect(problems).toEqual([{ key: 'df', code: 'df-long', detail: String(MAX_TEXT + 1) }]);
  });

  it('round-trips overlay ops', () => {
    const ops = decodeOps('w:/app/x.js:12;d:/app/README.md;m:/app/public');
    expect(ops && encodeOps(ops)).toBe('w:/app/x.js:12;d:/app/README.md;m:/app/public');
    expect(decodeOps('w:/app/x.js:0')).toBeNull();
    expect(decodeOps('d:/')).toBeNull();
  });
});
