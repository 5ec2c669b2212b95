/**
 * Storage identity. IndexedDB belongs to the origin plus the userData folder: changing any of
 * these after a release loses every office's register, so they are constants, never derived from
 * the package name or a port.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ovop';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Folder name under the OS application-data directory (e.g. %APPDATA%\OVOP Desk). */
export const USER_DATA_DIR_NAME = 'OVOP Desk';

/**
 * Test-only override of the userData folder so every end-to-end test gets a fresh profile.
 * Someone able to set environment variables for the process can already read the files.
 */
export const USER_DATA_ENV = 'OVOP_DESK_USER_DATA';

export const ATTACHMENTS_DIR = 'attachments';
export const BACKUPS_DIR = 'backups';
/** The sync server's session token, encrypted with safeStorage (never the plain token). */
export const SESSION_TOKEN_FILE = 'sync-session.bin';

/** Largest file the open dialog will read into memory and send to the renderer. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** True when `url` is a page of the app itself (app://ovop/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
