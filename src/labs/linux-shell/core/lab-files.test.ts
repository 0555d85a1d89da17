import { describe, expect, it } from 'vitest';
import { labFiles, parseListing } from './lab-files.ts';

describe('labFiles', () => {
  it('gives the same bytes for the same seed and other bytes for another', () => {
    expect(labFiles(5, 200)).toEqual(labFiles(5, 200));
    expect(labFiles(6, 200)['access.log']).not.toBe(labFiles(5, 200)['access.log']);
  });

  it('writes access.log lines in the combined format plus $request_time, over four hours', () => {
    const lines = (labFiles(1)['access.log'] as string).trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    for (const line of lines)
      expect(line).toMatch(/^\S+ - - \[\d\d\/Mar\/2024:(09|1[0-2]):\d\d:\d\d \+0000\] "[A-Z]+ \S+ HTTP\/1\.1" \d{3} \d+ "[^"]*" "[^"]*" \d+\.\d{3}$/);
  });

  it('puts a stack trace under each ERROR of app.log', () => {
    const lines = (labFiles(1)['app.log'] as string).split('\n');
    lines.forEach((line, i) => {
      if (line.includes(' ERROR ')) expect(lines[i + 2]).toMatch(/^\tat /);
    });
  });
});

describe('parseListing', () => {
  it('reads "<bytes> <path>" lines', () => {
    expect(parseListing('12 access.log\n3 proc/loadavg\n')).toEqual([
      { path: 'access.log', bytes: 12 },
      { path: 'proc/loadavg', bytes: 3 },
    ]);
  });
});
