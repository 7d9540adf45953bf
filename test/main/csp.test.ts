import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { applyCspHeaders, CONTENT_SECURITY_POLICY, withCspHeader } from '../../src/main/csp';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('CONTENT_SECURITY_POLICY', () => {
  it('starts from nothing allowed', () => {
    expect(directives(CONTENT_SECURITY_POLICY)[0]).toBe("default-src 'none'");
  });

  it.each(['http:', 'https:', 'ws:', 'wss:', "'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", '*'])(
    'allows no %s',
    (token) => {
      const tokens = CONTENT_SECURITY_POLICY.split(/[\s;]+/);
      expect(tokens).not.toContain(token);
    },
  );

  it('names no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[a-z][a-z0-9+.-]*:\/\//i);
  });

  it('locks down base, forms, framing and plugins', () => {
    const list = directives(CONTENT_SECURITY_POLICY);
    for (const expected of [
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(list).toContain(expected);
    }
    expect(list).toContain("script-src 'self'");
  });
});

describe('withCspHeader', () => {
  it('replaces a looser policy whatever its letter case, keeping other headers', () => {
    const headers = withCspHeader({
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Type': 'text/html',
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('adds the policy when there are no headers', () => {
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('applyCspHeaders', () => {
  it('stamps the policy on every response of the session', () => {
    const onHeadersReceived = vi.fn();
    applyCspHeaders({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]?.[0] as (d: unknown, cb: (r: unknown) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Test': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Test': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('src/renderer/index.html', () => {
  const htmlPath = fileURLToPath(new URL('../../src/renderer/index.html', import.meta.url));

  it('carries the same policy in its meta tag', (context) => {
    if (!existsSync(htmlPath)) {
      console.warn('skipped: src/renderer/index.html is absent, cannot compare its meta CSP');
      context.skip('src/renderer/index.html is absent');
    }
    const html = readFileSync(htmlPath, 'utf8');
    const metas = html.match(/<meta\b[^>]*>/gi) ?? [];
    const cspMetas = metas.filter((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag));
    expect(cspMetas).toHaveLength(1);
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(cspMetas[0] ?? '');
    const policy = content?.[1] ?? content?.[2] ?? '';
    expect(directives(policy)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });
});
