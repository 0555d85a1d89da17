import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { endpointChainName, externalChainName, serviceChainName, servicePortName } from './chain-names.ts';

// The reference: Go's base32.StdEncoding over crypto/sha256, computed here with Node's crypto.
function nodeHash16(text: string): string {
  const digest = createHash('sha256').update(text).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of digest) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i + 5 <= bits.length && out.length < 16; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return out;
}

const kubernetes = { namespace: 'default', name: 'kubernetes', portName: 'https', protocol: 'TCP' } as const;

describe('kube-proxy chain names', () => {
  it('gives every cluster the same chain for default/kubernetes:https over TCP', () => {
    expect(servicePortName(kubernetes)).toBe('default/kubernetes:https');
    expect(serviceChainName(kubernetes)).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(nodeHash16('default/kubernetes:httpstcp')).toBe('NPX46M4PTMTKRN6Y');
  });

  it('hashes kube-dns ports the same way (well-known chains)', () => {
    const dns = { namespace: 'kube-system', name: 'kube-dns', protocol: 'UDP', portName: 'dns' } as const;
    expect(serviceChainName(dns)).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChainName({ ...dns, protocol: 'TCP', portName: 'dns-tcp' })).toBe('KUBE-SVC-ERIFXISQEP7F7OF4');
    expect(serviceChainName({ ...dns, protocol: 'TCP', portName: 'metrics' })).toBe('KUBE-SVC-JD5MR3NA4I4DYORP');
  });

  it('hashes servicePortName + protocol + endpoint for KUBE-SEP, and the same hash for KUBE-EXT', () => {
    const ep = '172.18.0.2:6443';
    expect(endpointChainName(kubernetes, ep)).toBe(`KUBE-SEP-${nodeHash16(`default/kubernetes:httpstcp${ep}`)}`);
    expect(externalChainName(kubernetes)).toBe('KUBE-EXT-NPX46M4PTMTKRN6Y');
  });

  it('leaves the port name out when the port is unnamed', () => {
    const web = { namespace: 'default', name: 'web', portName: '', protocol: 'TCP' } as const;
    expect(servicePortName(web)).toBe('default/web');
    expect(serviceChainName(web)).toBe(`KUBE-SVC-${nodeHash16('default/webtcp')}`);
  });
});
