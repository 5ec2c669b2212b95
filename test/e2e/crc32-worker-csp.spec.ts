import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/csp';
import { APP_HOST, APP_SCHEME } from '../../electron/main/constants';
import { mimeTypeFor, resolveAppPath } from '../../electron/main/protocol-resolver';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser';

/**
 * The ZIP writer's CRC-32 runs in its own worker script. In the web build that script comes without
 * a policy of its own; on the desktop the app:// handler sends every file, the worker's too, with
 * the policy header. Here the test build is served the way that handler serves it (same file
 * mapping, types and header), so the worker must compile its WebAssembly under that header.
 */
const ROOT = 'dist/renderer-test';

function serve(policy: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '/');
    const file = resolveAppPath(ROOT, `${APP_SCHEME}://${APP_HOST}${path}`);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': mimeTypeFor(file), 'content-security-policy': policy })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const BYTES = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 2_654_435_761) >>> 24);

/** Asks the built worker for the CRC-32 of BYTES, speaking its protocol (crc32-service.ts). */
async function askWorker(browser: Browser, policy: string): Promise<unknown> {
  const server = await serve(policy);
  const page = await browser.newPage();
  try {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const worker = readdirSync(`${ROOT}/assets`).find((f) => /^crc32\.worker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    return await page.evaluate(
      async ({ url, bytes }) => {
        const thread = new Worker(url, { type: 'module' });
        const data = Uint8Array.from(bytes);
        const reply = new Promise<unknown>((resolve) => {
          thread.addEventListener('message', (event: MessageEvent<Record<string, unknown>>) => {
            if ('crc' in event.data) resolve(event.data.crc);
            if ('failure' in event.data) resolve(`gagal: ${String(event.data.failure)}`);
          });
          thread.addEventListener('error', (event) => resolve(`galat: ${event.message}`));
        });
        thread.postMessage({ entry: 1, buffer: data.buffer, length: data.length }, [data.buffer]);
        thread.postMessage({ entry: 1, final: true });
        return reply;
      },
      { url: `/assets/${worker ?? ''}`, bytes: [...BYTES] },
    );
  } finally {
    await page.close();
    server.close();
  }
}

describe('the CRC-32 worker under the desktop Content-Security-Policy header', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser.close());

  it('compiles its WebAssembly and answers the CRC-32 of the bytes it was sent', async () => {
    expect(await askWorker(browser, CONTENT_SECURITY_POLICY_HEADER)).toBe(crc32(BYTES) >>> 0);
  });

  it("answers with a failure, not a value, under a policy without 'wasm-unsafe-eval'", async () => {
    const strict = CONTENT_SECURITY_POLICY_HEADER.replace(" 'wasm-unsafe-eval'", '');
    expect(strict).not.toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await askWorker(browser, strict)).toMatch(/^gagal: .*WebAssembly/);
  });
});
