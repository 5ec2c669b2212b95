import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { WEB_BASE_URL } from '../support/server';

/** Page model of Paket Kirim (/paket): the pack builder, the bundle exchange, the verifier. */
export class PackPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${WEB_BASE_URL}/index.html#/paket`);
    await this.page.reload();
    await this.page.getByRole('heading', { level: 1, name: 'Paket Kirim' }).waitFor();
  }

  tab(name: 'Paket kirim' | 'Bundel pertukaran' | 'Verifikasi paket') {
    return this.page.getByRole('tab', { name });
  }

  packTable() {
    return this.page.getByRole('table', { name: 'Isi paket' });
  }

  problems() {
    return this.page.getByRole('list', { name: 'Masalah paket' });
  }

  /** The "Batas berkas portal" panel (portal per-file limits kept in settings). */
  limitsPanel() {
    return this.page.getByRole('region', { name: 'Batas berkas portal' });
  }

  /** Types new photo/PDF limits (MB, as an officer would) and saves them. */
  async setLimits(limits: { photoMb?: string; pdfMb?: string }): Promise<void> {
    const panel = this.limitsPanel();
    if (limits.photoMb !== undefined)
      await panel.getByLabel('Foto maks. (MB)').fill(limits.photoMb);
    if (limits.pdfMb !== undefined) await panel.getByLabel('PDF maks. (MB)').fill(limits.pdfMb);
    await panel.getByRole('button', { name: 'Simpan batas' }).click();
    await panel.getByRole('status').filter({ hasText: 'disimpan' }).waitFor();
  }

  status() {
    return this.page.getByRole('status');
  }

  /** Clicks a button that triggers a download and returns the downloaded bytes and name. */
  async download(buttonName: string): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 90_000 }),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
  }

  /** Clicks a button that opens a file chooser and gives it `file`. */
  async choose(buttonName: string, file: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    await chooser.setFiles(file);
  }
}
