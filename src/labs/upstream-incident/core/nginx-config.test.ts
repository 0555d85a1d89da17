import { describe, expect, it } from 'vitest';
import { diffLines, formatDiff } from './config-diff.ts';
import { parseUpstreamBlock, renderNginxConfig } from './nginx-config.ts';
import { SCENARIOS } from './scenarios.ts';

describe('nginx config snippets', () => {
  it('renders non-default server parameters and reads them back', () => {
    const text = renderNginxConfig(SCENARIOS['after-network-blip'].broken.config);
    expect(text).toContain('server 10.0.1.11:8080 max_fails=1 fail_timeout=10s;');
    const parsed = parseUpstreamBlock(text);
    expect(parsed?.servers.map((s) => [s.address, s.maxFails, s.failTimeoutS])).toEqual([
      ['10.0.1.11:8080', 1, 10],
      ['10.0.1.12:8080', 1, 10],
      ['10.0.1.13:8080', 1, 10],
    ]);
  });

  it('reads the balancing directive', () => {
    const parsed = parseUpstreamBlock(renderNginxConfig(SCENARIOS['flash-sale'].broken.config));
    expect(parsed?.balancing).toEqual(['hash $request_uri consistent']);
    expect(parseUpstreamBlock(renderNginxConfig(SCENARIOS['partner-promotion'].broken.config))?.balancing).toEqual(['ip_hash']);
    expect(parseUpstreamBlock('upstream x { server a:1 weight=3 down; }')?.servers[0]).toEqual({
      address: 'a:1',
      weight: 3,
      maxFails: 1,
      failTimeoutS: 10,
      down: true,
    });
    expect(parseUpstreamBlock('no upstream here')).toBeNull();
  });

  it('renders the keep-alive scenario as a stream (L4) proxy', () => {
    const text = renderNginxConfig(SCENARIOS['after-grpc-deploy'].broken.config);
    expect(text.startsWith('stream {\n    upstream grpc_backend {')).toBe(true);
    expect(text).toContain('proxy_pass grpc_backend;');
  });

  it('diffs line by line', () => {
    const diff = diffLines('a\nb\nc\n', 'a\nx\nc\nd\n');
    expect(formatDiff(diff)).toBe(' a\n-b\n+x\n c\n+d\n');
  });
});
