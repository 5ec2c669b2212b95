import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { WEB_BASE_URL } from './support/server';
import { LetterPage } from './pages/letter-page';
import { OfficeProfilePage } from './pages/office-profile';
import { testFilePath } from '../support/temp-file';

const PROFILE = {
  province: 'Kalimantan Selatan',
  address: 'Jalan Jenderal Sudirman Nomor 14, Banjarmasin',
  city: 'Banjarmasin',
  signerName: 'Ir. H. Muhammad Fadli Rahman, M.T.',
  rank: 'Pembina Utama Muda (IV/c)',
  nip: '196804111993031009',
  unitCode: 'Disperin',
};
const YEAR = new Date().getFullYear();
const SIGNED_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * Headless Chromium has no print dialog: `window.print()` would leave the page "being printed" for
 * good. The dialog is replaced by a counter, and what the printer would get is read with
 * `page.pdf`, the page as print media with its own `@page` size.
 */
async function replacePrintDialog(app: AppSession): Promise<void> {
  await app.page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printDialogs = String(
        Number(document.body.dataset.printDialogs ?? '0') + 1,
      );
    };
  });
}

async function printedPdf(
  app: AppSession,
  dialogs: number,
): Promise<{ pages: number; size: string; text: string }> {
  await app.page
    .locator(`body[data-print-dialogs="${dialogs}"]`)
    .waitFor({ state: 'attached', timeout: 30_000 });
  await app.page.locator('#ovop-print-layer canvas').first().waitFor({ state: 'attached' });
  const file = testFilePath(
    'ovop-print-',
    'cetak.pdf',
    await app.page.pdf({ preferCSSPageSize: true }),
  );
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim(),
  };
}

function pdfText(bytes: Uint8Array): string {
  const file = testFilePath('ovop-letter-', 'surat.pdf', bytes);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text.replace(/\s+/g, ' ');
}

describe('surat usulan in Chromium (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('fills the office profile, composes, previews, finalises, saves and takes back the signed copy', async () => {
    app = await launchApp();
    const profile = new OfficeProfilePage(app.page);
    await profile.open(WEB_BASE_URL);
    await profile.field('NIP').fill('1968');
    await expect
      .poll(() => app?.page.getByText('NIP harus 18 digit (sekarang 4 digit)').count())
      .toBe(1);
    await profile.fill(PROFILE);
    await app.page.getByRole('combobox', { name: 'Ukuran kertas' }).click();
    await app.page.getByRole('option', { name: 'F4 (215 × 330 mm)' }).click();
    expect(await profile.field('NIP').inputValue()).toBe('19680411 199303 1 009');
    expect(await profile.save()).toContain('surat final tidak berubah');
    await app.screenshot('letter-office-profile');

    const letters = new LetterPage(app.page);
    await letters.openRegister(WEB_BASE_URL);
    await letters.seedRound(YEAR, ['IKM Amplang Bahari', 'IKM Sasirangan Antasari']);
    await letters.createDraft();
    await app.page.getByRole('checkbox', { name: 'Cantumkan IKM Amplang Bahari' }).waitFor();
    expect(
      await app.page.getByRole('checkbox', { name: 'Cantumkan IKM Amplang Bahari' }).isChecked(),
    ).toBe(true);
    expect(
      await app.page.getByRole('textbox', { name: 'Tembusan 1', exact: true }).inputValue(),
    ).toBe('Gubernur Kalimantan Selatan');

    // The preview is drawn by pdf.js: the canvas shows the page, the text layer carries its words.
    await expect
      .poll(() => letters.previewText(), { timeout: 30_000 })
      .toContain('IKM Amplang Bahari');
    const draftText = await letters.previewText();
    expect(draftText.replace(/ /g, '')).toContain('KONSEP');
    expect(draftText).toContain('PEMERINTAH PROVINSI KALIMANTAN SELATAN');
    expect(await letters.preview().locator('.pdf-page canvas').count()).toBeGreaterThan(0);
    await app.screenshot('letter-compose-preview');

    // Ctrl+P on the letter prints the letter on its own F4 paper (215 × 330 mm = 609.45 × 935.43
    // pt), not the screen: nothing of the app's text is in what the printer gets.
    await replacePrintDialog(app);
    await app.page.keyboard.press('Control+P');
    const draftPrint = await printedPdf(app, 1);
    expect(draftPrint.size).toMatch(/^609\.\d+ x 935\.\d+ pts/);
    expect(draftPrint.pages).toBeGreaterThanOrEqual(2);
    expect(draftPrint.text).toBe('');

    const number = await letters.finalise();
    expect(number).toBe(`500.9/1/Disperin/${YEAR}`);
    expect(await letters.subtitle().innerText()).toContain('final');
    // The final letter previews its stored PDF: the number, no watermark.
    await expect.poll(() => letters.previewText(), { timeout: 30_000 }).toContain(number);
    expect((await letters.previewText()).replace(/ /g, '')).not.toContain('KONSEP');
    await app.page.getByRole('main').getByRole('button', { name: 'Cetak', exact: true }).click();
    const finalPrint = await printedPdf(app, 2);
    expect(finalPrint.size).toMatch(/^609\.\d+ x 935\.\d+ pts/);
    expect(finalPrint.pages).toBe(draftPrint.pages);

    const download = await letters.savePdf();
    const saved = readFileSync((await download.path()) ?? '');
    const text = pdfText(new Uint8Array(saved));
    expect(text).toContain(number);
    expect(text).toContain('Yth.');
    expect(text).toContain('NIP 19680411 199303 1 009');
    expect(text).toContain('Tembusan:');
    expect(text).toContain('PEMERINTAH PROVINSI KALIMANTAN SELATAN');
    expect(text).not.toContain('KONSEP');

    await letters.uploadSigned('surat-ttd.pdf', SIGNED_PDF);
    expect(await letters.subtitle().innerText()).toContain('ditandatangani');

    await letters.openRegister(WEB_BASE_URL);
    const grid = app.page.getByRole('grid', { name: 'Daftar surat' });
    await grid.getByText(number).waitFor();
    expect(await grid.getByText('ditandatangani').count()).toBe(1);
    await app.screenshot('letter-register');

    // A second letter (a draft) beside the signed one: the ZIP holds the stored final PDF as it was
    // saved and a fresh rendering of the draft.
    await letters.createDraft();
    await letters.openRegister(WEB_BASE_URL);
    const zip = unzipSync(
      new Uint8Array(readFileSync((await (await letters.downloadZip(2)).path()) ?? '')),
    );
    const pdfFile = `surat-${number.replace(/[^\w.-]+/g, '-')}.pdf`;
    expect(Object.keys(zip).sort()).toEqual([pdfFile, 'surat-konsep.pdf'].sort());
    expect(zip[pdfFile]).toEqual(new Uint8Array(saved));
    // The diagonal watermark comes out of pdftotext letter by letter ("K O N S E P").
    expect(pdfText(zip['surat-konsep.pdf'] ?? new Uint8Array()).replace(/ /g, '')).toContain(
      'KONSEP',
    );
    await app.page.getByText('2 PDF surat dibuat dalam satu berkas ZIP.').waitFor();
    expect(app.errors).toEqual([]);
  }, 300_000);

  it(
    'never gives the same number to letters finalised at the same time in two tabs',
    { timeout: 240_000 },
    async () => {
      app = await launchApp();
      const profile = new OfficeProfilePage(app.page);
      await profile.open(WEB_BASE_URL);
      await profile.fill(PROFILE);
      await profile.save();
      const first = new LetterPage(app.page);
      await first.openRegister(WEB_BASE_URL);
      await first.seedRound(YEAR, ['IKM Dodol Kandangan']);
      const urlA = await first.createDraft();
      await first.openRegister(WEB_BASE_URL);
      const urlB = await first.createDraft();
      const second = new LetterPage(await app.context.newPage());
      await first.page.goto(urlA);
      await second.page.goto(urlB);
      for (const p of [first, second])
        await p.page.getByRole('button', { name: 'Finalkan' }).waitFor();
      await expect
        .poll(() => first.page.getByRole('button', { name: 'Finalkan' }).isEnabled())
        .toBe(true);
      await expect
        .poll(() => second.page.getByRole('button', { name: 'Finalkan' }).isEnabled())
        .toBe(true);
      const numbers = await Promise.all([first.finalise(), second.finalise()]);
      expect(new Set(numbers)).toEqual(
        new Set([`500.9/1/Disperin/${YEAR}`, `500.9/2/Disperin/${YEAR}`]),
      );
    },
  );
});
