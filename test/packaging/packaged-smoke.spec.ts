import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Arch, Platform, build } from 'electron-builder';
import { stubDialog } from 'electron-playwright-helpers';
import type { ElectronApplication, Page } from 'playwright-core';
import { _electron } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinaryPath } from '../e2e-electron/support/electron-binary';
import {
  SMOKE_REQUEST_NUMBER,
  SMOKE_USER,
  answerFirstStart,
  createRound,
  draftLetterPreview,
  fillOfficeProfile,
  openLetterRegister,
} from './smoke-steps';

/**
 * The release build as an office PC gets it: packed with the real Electron into
 * release/linux-unpacked, launched from there (not from the sources), then walked through the
 * screens: the first-start name, an office profile, a round, a draft letter shown in the preview,
 * "Cetak" printed (to PDF, on the letter's own paper), "Simpan PDF" saved to a file through the save
 * dialog, storage persistent; quit, relaunch, the data still there.
 *
 * Playwright drives Electron's main process through the Node inspector, which the release fuses
 * switch off; the smoke build turns that one fuse on (merged over electron-builder.yml, every other
 * release setting kept; linux-build.spec.ts checks the release fuses themselves). The system print dialog cannot be
 * answered by a test, so main's `webContents.print` is replaced in the running app by
 * `printToPDF` with the paper size main asked for: the letter's pages and paper are what is checked.
 *
 * Needs the Electron binary; where it is absent the test is skipped and says why.
 */
const electron = electronBinaryPath();
const SKIP_REASON =
  'Uji asap aplikasi terpaket dilewati: biner Electron tidak tersedia (ELECTRON_SKIP_BINARY_DOWNLOAD), ' +
  'jadi aplikasi terpaket tidak dapat dibuat dengan Electron asli maupun dijalankan.';
if (!electron) console.log(SKIP_REASON);

// Made only where the tests run: a file whose tests are all skipped runs no hooks to remove it.
const work = electron ? mkdtempSync(join(tmpdir(), 'ovop-smoke-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** F4 (215 × 330 mm) in PDF points. */
const F4_POINTS = { width: (215 / 25.4) * 72, height: (330 / 25.4) * 72 };

async function launch(
  executablePath: string,
  userData: string,
): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await _electron.launch({
    executablePath,
    env: { ...process.env, OVOP_DESK_USER_DATA: userData } as Record<string, string>,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

/** Replaces `print` on every web contents by `printToPDF` on the paper main asked for. */
async function printToPdfInstead(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ webContents }) => {
    const store = globalThis as unknown as { smokePrints: string[] };
    store.smokePrints = [];
    for (const contents of webContents.getAllWebContents()) {
      contents.print = (options, callback) => {
        const size = options?.pageSize;
        const pageSize =
          typeof size === 'object'
            ? { width: size.width / 25_400, height: size.height / 25_400 }
            : 'A4';
        void contents
          .printToPDF({
            pageSize,
            printBackground: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          })
          .then((pdf) => {
            store.smokePrints.push(pdf.toString('base64'));
            callback?.(true, '');
          });
      };
    }
  });
}

async function printedPdfs(app: ElectronApplication): Promise<Buffer[]> {
  const prints = await app.evaluate(
    () => (globalThis as unknown as { smokePrints: string[] }).smokePrints,
  );
  return prints.map((b64) => Buffer.from(b64, 'base64'));
}

function pageSizePoints(file: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`pdfinfo tanpa ukuran halaman: ${info}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

describe('packaged app', () => {
  it.skipIf(!electron)(
    'previews, prints and saves a letter from the package, keeps storage persistent, and keeps its data across a relaunch',
    async () => {
      const out = join(work, 'release');
      await build({
        targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
        publish: 'never',
        config: {
          directories: { output: out },
          npmRebuild: false,
          electronFuses: { enableNodeCliInspectArguments: true },
        },
      });
      const executable = join(out, 'linux-unpacked', 'ovop-desk');
      const userData = join(work, 'profile');

      const first = await launch(executable, userData);
      const { window } = first;
      await answerFirstStart(window);
      await fillOfficeProfile(window);
      await window.getByRole('tab', { name: 'Penyimpanan' }).click();
      await window.getByText('Penyimpanan tetap: aktif.').waitFor();
      await createRound(window);

      // The preview: pdf.js drew the draft, and its text layer carries the letter's words.
      const preview = await draftLetterPreview(window);
      expect(preview).toContain(SMOKE_REQUEST_NUMBER);

      // Cetak: main prints the letter's own pages on F4 (the office's paper), not the screen.
      await printToPdfInstead(first.app);
      await window.getByRole('button', { name: 'Cetak' }).click();
      await expect.poll(async () => (await printedPdfs(first.app)).length).toBe(1);
      const printed = join(work, 'cetak.pdf');
      writeFileSync(printed, (await printedPdfs(first.app))[0]!);
      const paper = pageSizePoints(printed);
      expect(paper.width).toBeCloseTo(F4_POINTS.width, 0);
      expect(paper.height).toBeCloseTo(F4_POINTS.height, 0);
      expect(execFileSync('pdfimages', ['-list', printed], { encoding: 'utf8' })).toMatch(/image/);

      // Simpan PDF: the save dialog's answer is where the letter's PDF is written.
      const saved = join(work, 'surat-konsep.pdf');
      await stubDialog(first.app, 'showSaveDialog', { filePath: saved, canceled: false });
      await window.getByRole('button', { name: 'Simpan PDF' }).click();
      await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);
      expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(
        execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
      ).toContain(SMOKE_REQUEST_NUMBER);
      await first.app.close();

      // Relaunch: the user, the profile and the draft letter are still in the register.
      const second = await launch(executable, userData);
      await second.window.getByRole('button', { name: `Pengguna: ${SMOKE_USER}` }).waitFor();
      await openLetterRegister(second.window);
      await second.window.getByText('Konsep').first().waitFor();
      await second.app.close();
    },
    900_000,
  );
});
