import type {} from '../../app-hooks/kill-hooks';
import type { Download, Page } from 'playwright-core';
import { WEB_BASE_URL } from '../support/server';

/** Page model of Pengaturan → Impor & Ekspor and Cadangan & Pemulihan (web mode, test hook on). */
export class SettingsImportPage {
  constructor(private readonly page: Page) {}

  async open(tab: 'impor' | 'cadangan'): Promise<void> {
    await this.page.goto(`${WEB_BASE_URL}/index.html?ovopTest=1#/pengaturan?tab=${tab}`);
    await this.page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
  }

  /** Picks a file through the app's file input (web mode). */
  async chooseFile(buttonName: RegExp, name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: buttonName }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  async checkData(): Promise<void> {
    await this.page.getByRole('button', { name: 'Periksa data' }).click();
    await this.page.getByRole('table', { name: 'Laporan pemeriksaan' }).waitFor();
  }

  reportRow(row: number) {
    return this.page
      .getByRole('table', { name: 'Laporan pemeriksaan' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  /** Commits; web mode downloads a backup file first. Returns that download. */
  async commit(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /Unduh cadangan lalu simpan/ }).click();
    const file = await download;
    await this.page.getByText(/Impor selesai/).waitFor();
    return file;
  }

  async backupToFile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Buat berkas cadangan' }).click();
    return download;
  }

  counts(): Promise<{
    enterprises: number;
    journal: number;
    journalRowCounts: number[];
    idsHash: string;
  }> {
    return this.page.evaluate(async () => {
      const hook = window.__ovopTest;
      if (!hook) throw new Error('kait uji tidak ada');
      return hook.state();
    });
  }
}
