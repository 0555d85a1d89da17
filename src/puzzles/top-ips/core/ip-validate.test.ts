import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIp } from './ip-validate.ts';

describe('IP validation (inet_pton rules)', () => {
  it('accepts and rejects the textbook cases', () => {
    for (const ok of [
      '1.2.3.4',
      '0.0.0.0',
      '255.255.255.255',
      '::',
      '::1',
      '1::',
      '2001:db8::1',
      '2001:DB8::1',
      '1:2:3:4:5:6:7:8',
      '::ffff:1.2.3.4',
      '1:2:3:4:5:6:1.2.3.4',
    ]) {
      expect(isValidIp(ok), ok).toBe(true);
    }
    for (const bad of [
      '',
      '-',
      'unknown',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3',
      '1.2.3.4.',
      '1..2.3',
      ':',
      '1:',
      ':1::2',
      '1:::2',
      '12345::',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7:8::',
      'fe80::1%eth0',
      '１.2.3.4',
    ]) {
      expect(isValidIp(bad), bad).toBe(false);
    }
  });

  it("agrees with Node's inet_pton-based net.isIP on random strings (property)", () => {
    const chars = fc.constantFrom(...'0123456789abcdefABCDEFg.:'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 24 }).map((cs) => cs.join('')),
        (s) => {
          expect(isValidIp(s)).toBe(isIP(s) !== 0);
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        expect(isValidIp(ip)).toBe(isIP(ip) !== 0);
      }),
    );
  });
});
