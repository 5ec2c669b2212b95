import { afterEach, describe, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { SettingsImportPage } from './pages/settings-import';
import { SENTRA_HEADERS, sentraRow, xlsxBytes } from '../support/factories/spreadsheet';
import { WEB_BASE_URL } from './support/server';

const HEADERS = [...SENTRA_HEADERS, 'Nomor SK', 'Tanggal SK', 'Penerbit SK'];

describe('sentra import with SK columns (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('explains an unreadable SK date in Indonesian, and stores the SK of a good row as its decree', async () => {
    app = await launchApp();
    const { page } = app;
    const settings = new SettingsImportPage(page);
    await settings.open('impor');
    await page.getByRole('combobox', { name: 'Jenis data' }).click();
    await page.getByRole('option', { name: 'Sentra IKM' }).click();
    await settings.chooseFile(
      /Pilih berkas/,
      'sentra-ber-sk.xlsx',
      await xlsxBytes([
        HEADERS,
        [
          ...sentraRow(1, { 'Nama Sentra': 'Sentra Kerupuk Gambut' }),
          '188.45/077/KUM/2023',
          '10 Mei 2023',
          'Bupati Banjar',
        ],
        [...sentraRow(2, { 'Nama Sentra': 'Sentra Purun' }), '188.45/2/2023', 'kemarin', ''],
      ]),
    );
    await settings.checkData();
    await settings
      .reportRow(3)
      .getByText(/Tanggal SK/)
      .waitFor();
    await app.screenshot('impor-sentra-sk');
    await page.getByRole('group', { name: 'Saring hasil' }).getByText('Tidak sah (1)').waitFor();
    await settings.commit();
    await page.getByRole('button', { name: 'Tutup' }).click();

    await page.goto(`${WEB_BASE_URL}/index.html#/sentra`);
    const grid = page.getByRole('grid', { name: 'Daftar sentra IKM' });
    await grid.getByText('Sentra Kerupuk Gambut').click();
    await page.getByText('SK 188.45/077/KUM/2023 belum punya pindaian tersimpan.').waitFor();
    await app.screenshot('impor-sentra-sk-tersimpan');
  }, 180_000);
});
