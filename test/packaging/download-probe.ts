import { lookup } from 'node:dns/promises';

/** Targets whose toolsets electron-builder downloads from GitHub on first use. */
export const DOWNLOAD_TARGETS = [
  { name: 'AppImage', toolset: 'appimage (appimagetool, runtime)' },
  { name: 'deb', toolset: 'fpm' },
  { name: 'nsis', toolset: 'nsis, nsis-resources, Electron win32 zip' },
] as const;

/** Why GitHub cannot be reached from here, or undefined when it can. */
export async function githubUnreachable(): Promise<string | undefined> {
  try {
    await lookup('github.com');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
