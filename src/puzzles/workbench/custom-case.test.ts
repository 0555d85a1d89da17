import { describe, expect, it } from 'vitest';
import { parseCustomCase } from './custom-case.ts';

const ex24 = [[4, 1, 8, 7], 24] as const;
const parse = (args: string, expected = '') => parseCustomCase({ args, expected }, ex24, true);

describe('parseCustomCase', () => {
  it('accepts arguments without an expected output', () => {
    expect(parse(' [[1,2,3,4], 10] ')).toEqual({ ok: true, args: [[1, 2, 3, 4], 10], hasExpected: false });
  });

  it('accepts an expected output of the example’s type', () => {
    expect(parse('[[1,1,1,1],24]', 'false')).toEqual({ ok: true, args: [[1, 1, 1, 1], 24], hasExpected: true, expected: false });
  });

  it('asks for arguments when empty, with an example', () => {
    expect(parse('  ')).toMatchObject({ ok: false, field: 'args', message: expect.stringContaining('[[4,1,8,7],24]') });
  });

  it('explains bad JSON', () => {
    expect(parse('[[1,2,3,4], 10')).toMatchObject({ ok: false, field: 'args', message: expect.stringContaining('不是有效的 JSON') });
  });

  it('wants an array of arguments', () => {
    expect(parse('{"nums":[1,2,3,4]}')).toMatchObject({ ok: false, field: 'args', message: expect.stringContaining('JSON 数组') });
  });

  it('counts the arguments', () => {
    expect(parse('[[1,2,3,4]]')).toMatchObject({ ok: false, message: '函数有 2 个参数，这里给了 1 个；例如 [[4,1,8,7],24]' });
  });

  it('checks each argument’s type', () => {
    expect(parse('[[1,2,3,4], "24"]')).toMatchObject({ ok: false, message: '第 2 个参数应是数字（例如 24），这里是字符串' });
  });

  it('lets null stand for an empty array or object', () => {
    expect(parseCustomCase({ args: '[null]', expected: '' }, [[3, 9, 20]], [[3]])).toMatchObject({ ok: true, args: [null] });
  });

  it('checks the expected output’s JSON and type', () => {
    expect(parse('[[1,2,3,4],10]', 'yes')).toMatchObject({ ok: false, field: 'expected', message: expect.stringContaining('不是有效的 JSON') });
    expect(parse('[[1,2,3,4],10]', '1')).toMatchObject({ ok: false, field: 'expected', message: '期望输出应是布尔值（例如 true），这里是数字' });
  });
});
