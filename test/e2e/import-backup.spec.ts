import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { WEB_BASE_URL } from './support/server';
import { SettingsImportPage } from './pages/settings-import';
import { ikmRow, ikmTable, xlsxBytes } from '../support/factories/spreadsheet';

describe('import, backup and restore in Chromium (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('imports an XLSX with one invalid row, shows it in /ikm, backs up, survives a wiped database by restoring the file', async () => {
    app = await launchApp();
    const { page } = app;
    const settings = new SettingsImportPage(page);
    await settings.open('impor');
    const table = ikmTable([
      ikmRow({}, 1),
      ikmRow({ 'No. NIB': '12' }, 2),
      ikmRow({ Investasi: '2.500.000' }, 3),
    ]);
    await settings.chooseFile(/Pilih berkas/, 'ikm-banjar.xlsx', await xlsxBytes(table.rows));
    await page
      .getByRole('table', { name: 'Pemetaan kolom' })
      .waitFor()
      .catch(async (e: unknown) => {
        await app?.screenshot('import-0-failed');
        throw e;
      });
    await app.screenshot('import-1-mapping');
    await settings.checkData();
    await expect
      .poll(() => settings.reportRow(3).innerText())
      .toContain('NIB harus 13 digit angka');
    await app.screenshot('import-2-report');
    const preImport = await settings.commit();
    expect(preImport.suggestedFilename()).toMatch(/^register-ovop-.*\.ovop-backup\.json$/);
    await app.screenshot('import-3-done');
    expect(await settings.counts()).toMatchObject({
      enterprises: 2,
      journal: 1,
      journalRowCounts: [2],
    });

    await page.goto(`${WEB_BASE_URL}/index.html?ovopTest=1#/ikm`);
    await page.getByText('UD Berkah 1').first().waitFor();
    await page.getByText('UD Berkah 3').first().waitFor();
    await app.screenshot('import-4-ikm-grid');

    await settings.open('cadangan');
    const backup = await settings.backupToFile();
    const backupPath = join(app.profileDir, 'cadangan.json');
    await backup.saveAs(backupPath);
    const before = await settings.counts();

    // Wipe the database (as Chromium does after a full disk) and start again.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('ovop-desk');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(new Error('hapus gagal'));
        }),
    );
    await page.goto(`${WEB_BASE_URL}/index.html?ovopTest=1#/ikm`);
    await page.reload();
    await page.getByRole('heading', { name: 'Data register perlu dipulihkan' }).waitFor();
    await app.screenshot('import-5-recovery-gate');
    await settings.chooseFile(
      /Pulihkan dari berkas cadangan/,
      'cadangan.json',
      new Uint8Array(readFileSync(backupPath)),
    );
    await page
      .getByText(/Register dipulihkan dari berkas cadangan\.json|Pemulihan gagal/)
      .first()
      .waitFor();
    await app.screenshot('import-6-restored');
    expect(await page.getByText(/Pemulihan gagal/).count()).toBe(0);
    await page.getByText('UD Berkah 1').first().waitFor();
    await app.screenshot('import-6-restored');
    expect(await settings.counts()).toEqual(before);
    expect(app.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
