import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Arch, Platform, build } from 'electron-builder';
import type { ElectronApplication, Page } from 'playwright-core';
import { _electron } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { electronBinaryPath } from '../e2e-electron/support/electron-binary';

/**
 * The release build as an office PC gets it: packed with the real Electron into
 * release/linux-unpacked, launched from there (not from the sources), data written, storage
 * persistent, quit, relaunched, data still there.
 * Needs the Electron binary; where it is absent the test is skipped and says why.
 */
const electron = electronBinaryPath();
const SKIP_REASON =
  'Uji asap aplikasi terpaket dilewati: biner Electron tidak tersedia (ELECTRON_SKIP_BINARY_DOWNLOAD), ' +
  'jadi aplikasi terpaket tidak dapat dibuat dengan Electron asli maupun dijalankan.';
if (!electron) console.log(SKIP_REASON);

const work = mkdtempSync(join(tmpdir(), 'ovop-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function launch(
  executablePath: string,
  userData: string,
): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await _electron.launch({
    executablePath,
    env: { ...process.env, OVOP_DESK_USER_DATA: userData } as Record<string, string>,
  });
  const window = await app.firstWindow();
  await window.getByRole('heading', { level: 1 }).first().waitFor();
  return { app, window };
}

describe('packaged app', () => {
  it.skipIf(!electron)(
    'starts from the package with persistent storage and keeps its data across a relaunch',
    async () => {
      const out = join(work, 'release');
      await build({
        targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
        publish: 'never',
        config: { directories: { output: out }, npmRebuild: false },
      });
      const executable = join(out, 'linux-unpacked', 'ovop-desk');
      const userData = join(work, 'profile');

      const first = await launch(executable, userData);
      await first.window.getByRole('link', { name: /Pengaturan/ }).click();
      await first.window.getByRole('tab', { name: 'Pengguna' }).click();
      await first.window.getByLabel('Nama pengguna').fill('Uji Paket');
      await first.window.getByRole('button', { name: 'Simpan' }).click();
      await first.window.getByRole('tab', { name: 'Penyimpanan' }).click();
      await first.window.getByText('Penyimpanan tetap: aktif.').waitFor();
      await first.app.close();

      const second = await launch(executable, userData);
      await second.window.getByText('Uji Paket').first().waitFor();
      await second.app.close();
    },
    600_000,
  );
});
