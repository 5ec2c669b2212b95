import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron executable, or undefined where it was never downloaded
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1): `require('electron')` throws or names a missing file then.
 */
export function electronBinaryPath(): string | undefined {
  try {
    const required: unknown = createRequire(import.meta.url)('electron');
    return typeof required === 'string' && existsSync(required) ? required : undefined;
  } catch {
    return undefined;
  }
}

export const SKIP_MESSAGE =
  'E2E Electron dilewati: biner Electron tidak tersedia di mesin ini (ELECTRON_SKIP_BINARY_DOWNLOAD). Jalankan di mesin dengan biner Electron.';

export const electronMissing = electronBinaryPath() === undefined;
