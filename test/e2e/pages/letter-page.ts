import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';

import { seedRound } from '../../support/factories/e2e-register';

type HookWindow = { __ovopE2e?: unknown };

/** Page model of Surat: the register grid and the compose screen. */
export class LetterPage {
  constructor(readonly page: Page) {}

  async openRegister(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/index.html?e2e=1#/surat`);
    await this.page.getByRole('heading', { level: 1, name: 'Surat', exact: true }).waitFor();
  }

  /** Test-only seeding hook (`?e2e=1`): a round with validated nominations. */
  async seedRound(year: number, names: string[]): Promise<string> {
    await this.page.waitForFunction(
      () => (window as unknown as HookWindow).__ovopE2e !== undefined,
    );
    return seedRound(this.page, {
      year,
      candidates: names.map((name) => ({ name, status: 'divalidasi' })),
    });
  }

  async createDraft(): Promise<string> {
    await this.page.getByRole('button', { name: 'Buat Surat Usulan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Buat surat usulan' });
    await dialog.getByRole('button', { name: 'Buat konsep' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Konsep surat usulan' }).waitFor();
    return this.page.url();
  }

  /** The letter preview as pdf.js drew it: one page element per PDF page, text layer on top. */
  preview() {
    return this.page.getByRole('document', { name: 'Pratinjau surat' });
  }

  /** Text the preview shows (its pdf.js text layer), whitespace collapsed, once a page is drawn. */
  async previewText(): Promise<string> {
    const preview = this.preview();
    await preview.locator('.pdf-page .textLayer span').first().waitFor();
    return (await preview.innerText()).replace(/\s+/g, ' ');
  }

  async finalise(): Promise<string> {
    await this.page.getByRole('button', { name: 'Finalkan' }).click();
    // A background tab runs no animation frames: the dialog's fade-in would never settle there.
    await this.page.bringToFront();
    const confirm = this.page.getByRole('dialog', { name: 'Finalkan surat?' });
    expect(await confirm.innerText()).toContain('permanen');
    await confirm.getByRole('button', { name: 'Ya, finalkan' }).click();
    const heading = this.page.getByRole('heading', { level: 1, name: /^Surat / });
    await heading.waitFor({ timeout: 60_000 });
    return (await heading.innerText()).replace(/^Surat /, '');
  }

  async savePdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Simpan PDF' }).click(),
    ]);
    return download;
  }

  /** Register: "Unduh PDF (n surat, ZIP)" for the listed letters; returns the ZIP download. */
  async downloadZip(count: number): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 90_000 }),
      this.page.getByRole('button', { name: `Unduh PDF (${count} surat, ZIP)` }).click(),
    ]);
    return download;
  }

  async uploadSigned(name: string, bytes: Uint8Array): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Unggah salinan bertanda tangan' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await this.page
      .getByRole('status')
      .filter({ hasText: 'Salinan bertanda tangan disimpan' })
      .waitFor();
  }

  subtitle() {
    return this.page.getByText(/^Status: /);
  }
}
