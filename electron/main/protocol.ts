import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { cacheControlFor } from '@shared/security/cache-control';
import { CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/csp';
import { APP_SCHEME } from './constants';
import { mimeTypeFor, resolveAppPath } from './protocol-resolver';

/**
 * Must run before `app.ready`: makes `app://` a standard, secure origin with its own storage, whose
 * scripts keep their V8 code cache between starts (as http(s) scripts do), so a start does not
 * compile the renderer's code again. Chromium compiles a module script afresh, without its cache,
 * when background resource fetching hands it over; the app turns that off (chromium-switches.ts).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** The response for one request, separate from `protocol.handle` so it can be tested. */
export async function serveAppFile(rootDir: string, requestUrl: string): Promise<Response> {
  const filePath = resolveAppPath(rootDir, requestUrl);
  if (!filePath) return new Response('Tidak ditemukan', { status: 404 });
  try {
    const body = await readFile(filePath);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(filePath),
        // The header form carries `frame-ancestors 'none'`, which a meta tag cannot.
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
        'cache-control': cacheControlFor(new URL(requestUrl).pathname),
      },
    });
  } catch {
    return new Response('Tidak ditemukan', { status: 404 });
  }
}

/** Call after `app.ready`: serves the renderer build from `rootDir` on the app origin. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rootDir, request.url));
}
