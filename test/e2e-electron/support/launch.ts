import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { _electron } from 'playwright-core';
import { electronBinaryPath } from './electron-binary';

export const APP_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const USER_DATA_ENV = 'OVOP_DESK_USER_DATA';

export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly userDataDir: string;
  close(): Promise<void>;
}

function childEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env[USER_DATA_ENV] = userDataDir;
  return env;
}

/** Starts the built app with a fresh profile (its own userData folder) and waits for the window. */
export async function launchApp(
  userDataDir = mkdtempSync(join(tmpdir(), 'ovop-e2e-electron-')),
): Promise<LaunchedApp> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error('Biner Electron tidak tersedia.');
  const app = await _electron.launch({
    executablePath,
    args: [APP_ROOT],
    env: childEnv(userDataDir),
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return {
    app,
    window,
    userDataDir,
    async close() {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export { childEnv };
