import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinaryPath, electronMissing } from './support/electron-binary';
import type { LaunchedApp } from './support/launch';
import { APP_ROOT, childEnv, launchApp } from './support/launch';

describe.skipIf(electronMissing)('Electron: single instance', () => {
  let launched: LaunchedApp | undefined;
  afterEach(async () => launched?.close());

  it('a second launch on the same profile exits and focuses the first window', async () => {
    launched = await launchApp();
    const { app, userDataDir } = launched;
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
    const second = spawn(electronBinaryPath() ?? '', [APP_ROOT], {
      env: childEnv(userDataDir),
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized()),
      )
      .toBe(false);
  });
});
