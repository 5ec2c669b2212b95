import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([name = '', ...values]) => [name, values] as const),
);

describe('Content-Security-Policy', () => {
  it("defaults to 'self' and forbids plugins", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('never allows eval and only own scripts; WebAssembly may be compiled', () => {
    const sources = [...directives.values()].flat();
    expect(sources).not.toContain("'unsafe-eval'");
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('lets the window call the office server at any http(s) address, and nothing else', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'http:', 'https:']);
  });
});
