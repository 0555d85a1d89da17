import { describe, expect, it } from 'vitest';
import { appPolicy } from './csp.ts';
import { inlineScriptHashes } from './vite-plugin-csp.ts';

describe('the app policy', () => {
  it('allows inline script only by hash, and no eval, objects, forms or foreign hosts', () => {
    const policy = appPolicy(['sha256-abc']);
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(script).toBe("'self' 'sha256-abc'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('hashes exactly the inline scripts, not the module entry', () => {
    const html = '<head><script>\n  var a = 1;\n</script><script type="module" src="/x.js"></script></head>';
    // echo -n $'\n  var a = 1;\n' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes(html)).toEqual(['sha256-wYD6gJuOAPxlJHFvhr2Zk0r9F+gmt8nwaf1uW8o5LTY=']);
  });
});
