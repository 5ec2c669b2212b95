/**
 * How the renderer's files may be cached, the same for the desktop's `app://` handler and any
 * server of the built renderer. Vite names every built asset after its content (`name-<hash>.js`),
 * so an asset URL never changes meaning: it may be kept for good, which lets Chromium keep the V8
 * code cache of the scripts between starts. Everything else (index.html above all, which names the
 * current assets) is checked on every load.
 */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

export function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}
