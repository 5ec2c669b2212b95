import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/csp';
import { makeTempDir } from '../../../support/factories/electron';

const registerSchemesAsPrivileged = vi.fn();
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));
const { resolveAppPath } = await import('../../../../electron/main/protocol-resolver');
const { registerAppScheme, serveAppFile } = await import('../../../../electron/main/protocol');

const temp = makeTempDir();
afterAll(temp.cleanup);
const root = join(temp.dir, 'dist', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>OVOP Desk</title>');
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'index-D01Ujb_G.js'), 'console.log(2)');
writeFileSync(join(temp.dir, 'secret.txt'), 'rahasia');

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://ovop/')).toBe(resolve(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ovop/index.html#/surat')).toBe(resolve(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ovop/assets/main.js?v=1')).toBe(
      resolve(root, 'assets', 'main.js'),
    );
  });

  it.each([
    'app://ovop/../secret.txt',
    'app://ovop/%2e%2e/secret.txt',
    'app://ovop/assets/%2E%2E/%2E%2E/secret.txt',
    'app://ovop/..%2fsecret.txt',
    'app://ovop/..%5csecret.txt',
    'app://ovop/assets%2f..%2f..%2fsecret.txt',
    'app://ovop/%00index.html',
    'app://ovop/C:/Windows/win.ini',
    'app://ovop/%E0%A4%A',
    'app://other/index.html',
    'https://ovop/index.html',
    'file:///etc/passwd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    // Dot segments the URL parser removes are clamped at the root (as Chromium does); the rest is refused.
    if (resolved !== null) expect(resolved.startsWith(`${resolve(root)}${sep}`)).toBe(true);
    expect(resolved).not.toBe(resolve(temp.dir, 'secret.txt'));
  });

  it('refuses traversal the URL parser leaves in place (encoded slashes) rather than clamping it', () => {
    expect(resolveAppPath(root, 'app://ovop/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://ovop/assets%2f..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://ovop/..%5csecret.txt')).toBeNull();
  });
});

describe('serveAppFile', () => {
  it('serves files with the CSP header and a content type', async () => {
    const response = await serveAppFile(root, 'app://ovop/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('OVOP Desk');
  });

  it('answers 404 for traversal and missing files without reading outside', async () => {
    const traversal = await serveAppFile(root, 'app://ovop/%2e%2e/%2e%2e/secret.txt');
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('rahasia');
    expect((await serveAppFile(root, 'app://ovop/missing.js')).status).toBe(404);
  });
});

describe('caching of the renderer', () => {
  it('lets content-named assets be kept and checks everything else on every load', async () => {
    const asset = await serveAppFile(root, 'app://ovop/assets/index-D01Ujb_G.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await serveAppFile(root, 'app://ovop/index.html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const unnamed = await serveAppFile(root, 'app://ovop/assets/main.js');
    expect(unnamed.headers.get('cache-control')).toBe('no-cache');
  });

  it('registers app:// as a standard, secure scheme that keeps the V8 code cache', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }),
      },
    ]);
  });
});
