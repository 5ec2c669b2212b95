import { isAppUrl } from './constants';
import { isAllowedExternalUrl } from './external-links';

/**
 * Decisions of the security guards as pure functions; `security.ts` wires them to Electron.
 * Default answer is always "no".
 */

/** Navigation of a window is allowed only inside the app origin. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** `window.open` never creates a window; an allow-listed https link opens in the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/**
 * Permissions the app may use from its own origin. Everything else (camera, geolocation …) is
 * denied. `persistent-storage` keeps Chromium from evicting the register (IndexedDB) when the disk
 * runs low: the loss the app exists to prevent.
 */
const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write', 'persistent-storage'];

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isAppUrl(requestingUrl);
}

/** Sub-frames (PDF previews) may also show blob: URLs the app itself created. */
export function isSubframeNavigationAllowed(url: string): boolean {
  if (isAppUrl(url) || url === 'about:blank') return true;
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
