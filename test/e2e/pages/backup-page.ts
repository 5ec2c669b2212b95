import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { AppFrame } from './app-frame';

/** Page model of Pengaturan → Cadangan & Pemulihan, reached through the navigation. */
export class BackupPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await new AppFrame(this.page).goTo('Pengaturan');
    await this.page.getByRole('tab', { name: 'Cadangan & Pemulihan' }).click();
    await this.page.getByRole('heading', { name: 'Cadangan ke berkas' }).waitFor();
  }

  /** "Buat berkas cadangan" (web mode downloads it): the file's bytes. */
  async backupToFile(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    const path = await (await download).path();
    return readFile(path);
  }

  /** "Pulihkan dari berkas…" with the given file (bytes, or a path for big files) picked in the chooser. */
  async chooseRestoreFile(file: { name: string; bytes: Uint8Array } | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Pulihkan dari berkas…' }).click();
    await (
      await chooser
    ).setFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.bytes) },
    );
  }

  confirmDialog() {
    return this.page.getByRole('dialog', { name: 'Pulihkan register?' });
  }

  async confirmRestore(): Promise<void> {
    await this.confirmDialog()
      .getByRole('button', { name: 'Ganti register dengan cadangan' })
      .click();
  }

  errorBanner() {
    return this.page.getByRole('alert').filter({ hasNotText: /^$/ });
  }
}
