import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { SettingsImportPage } from './pages/settings-import';
import { ikmExtrasRow, ikmExtrasTable } from '../support/factories/import-extras';
import { SENTRA_HEADERS, sentraRow, xlsxBytes } from '../support/factories/spreadsheet';

/** Rows per store of the app's database, read straight from IndexedDB. */
async function storeCounts(
  app: AppSession,
  stores: readonly string[],
): Promise<Record<string, number>> {
  return app.page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('ovop-desk');
        open.onerror = () => reject(new Error('buka gagal'));
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
        };
      }),
    [...stores],
  );
}

describe('IKM import with product, legalitas and sentra (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('links the register sentra, creates product and legalitas, and explains what went to Catatan', async () => {
    app = await launchApp();
    const { page } = app;
    const settings = new SettingsImportPage(page);

    // A sentra in the register first (imported through the same wizard).
    await settings.open('impor');
    await page.getByRole('combobox', { name: 'Jenis data' }).click();
    await page.getByRole('option', { name: 'Sentra IKM' }).click();
    await settings.chooseFile(
      /Pilih berkas/,
      'sentra.xlsx',
      await xlsxBytes([
        [...SENTRA_HEADERS],
        sentraRow(1, { 'Nama Sentra': 'Sentra Kerupuk Ikan' }),
      ]),
    );
    await settings.checkData();
    await settings.commit();
    await page.getByRole('button', { name: 'Tutup' }).click();

    await page.getByRole('combobox', { name: 'Jenis data' }).click();
    await page.getByRole('option', { name: 'IKM', exact: true }).click();
    const table = ikmExtrasTable([
      ikmExtrasRow(
        {
          Produk: 'Kerupuk Ikan Haruan',
          Komoditi: 'makanan',
          Legalitas: 'P-IRT',
          'No. Legalitas': 'P-IRT 2056303010123-27',
          'Tanggal Terbit': '21 Mei 2024',
          Sentra: 'kerupuk ikan',
        },
        1,
      ),
      ikmExtrasRow({ Produk: 'Amplang', Sentra: 'Sentra Sasirangan' }, 2),
      ikmExtrasRow({ Legalitas: 'Halal' }, 3),
    ]);
    await settings.chooseFile(/Pilih berkas/, 'ikm-banjar.xlsx', await xlsxBytes(table.rows));
    await settings.checkData();
    await expect
      .poll(() => settings.reportRow(3).innerText())
      .toContain(
        'Produk "Amplang" disimpan di Catatan, bukan sebagai data produk, karena Komoditi kosong',
      );
    await expect
      .poll(() => settings.reportRow(3).innerText())
      .toContain(
        'Sentra "Sentra Sasirangan" tidak ditemukan di register; IKM diimpor tanpa sentra',
      );
    await expect
      .poll(() => settings.reportRow(4).innerText())
      .toContain(
        'Legalitas disimpan di Catatan, bukan sebagai dokumen legalitas, karena Nomor Legalitas kosong',
      );
    const shot = await app.screenshot('import-extras-report');
    console.log(`screenshot: ${shot}`);
    await settings.commit();
    expect(
      await storeCounts(app, [
        'enterprises',
        'products',
        'credentials',
        'sentras',
        'importJournal',
      ]),
    ).toEqual({
      enterprises: 3,
      products: 1,
      credentials: 1,
      sentras: 1,
      importJournal: 2,
    });

    // The IKM's Riwayat names the import (and its file) that created it and its product.
    await page.getByRole('button', { name: 'Tutup' }).click();
    await new AppFrame(page).goTo('IKM');
    const ikm = new EnterprisePage(page);
    // Sorted by NIB, highest first, a search by the owner's name lists the imported IKM in that order.
    const nib = ikm.grid().getByRole('columnheader', { name: 'NIB' });
    await nib.click();
    await nib.click();
    // The grid answers each change after the search debounce and a read: give a loaded machine time.
    const settled = { timeout: 15_000 };
    await expect.poll(() => nib.getAttribute('aria-sort'), settled).toBe('descending');
    await ikm.search('siti amin');
    const names = ikm.grid().getByRole('link', { name: /^UD Berkah \d$/ });
    await expect
      .poll(() => names.allInnerTexts(), settled)
      .toEqual(['UD Berkah 3', 'UD Berkah 2', 'UD Berkah 1']);
    await ikm.search('siti 2');
    await expect.poll(() => names.allInnerTexts(), settled).toEqual(['UD Berkah 2']);
    console.log(`screenshot: ${await app.screenshot('import-ikm-search-by-nib')}`);
    await ikm.search('UD Berkah 1');
    await ikm.grid().getByRole('link', { name: 'UD Berkah 1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'UD Berkah 1' }).waitFor();
    await ikm.openTab('Riwayat');
    const history = page.getByRole('list', { name: 'Riwayat perubahan' });
    await history.locator('[data-audit-action="import"]').first().waitFor();
    const imported = history
      .locator('li[data-audit-action]')
      .filter({ hasText: 'diimpor dari berkas ikm-banjar.xlsx' });
    await expect.poll(() => imported.count(), settled).toBe(3);
    const entries = await history.locator('li[data-audit-action]').allInnerTexts();
    expect(entries.some((e) => e.includes('Produk "Kerupuk Ikan Haruan" diimpor'))).toBe(true);
    console.log(`screenshot: ${await app.screenshot('import-riwayat')}`);
    expect(app.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
