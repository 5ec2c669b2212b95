import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeProfilePage } from './pages/office-profile';
import { launchApp, type AppSession } from './support/browser';
import { WEB_BASE_URL } from './support/server';

const PROFILE = {
  province: 'Kalimantan Selatan',
  address: 'Jalan Jenderal Sudirman Nomor 14, Banjarmasin',
  city: 'Banjarmasin',
  signerName: 'Ir. H. Muhammad Fadli Rahman, M.T.',
  rank: 'Pembina Utama Muda (IV/c)',
  nip: '196804111993031009',
  unitCode: 'Disperin',
};

/** The Kalimantan Selatan register of the import corpus (npm run corpus:import). */
const REGISTER = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'import-corpus',
  'files',
  'kalsel-ikm.xlsx',
);

describe('importing a messy provincial IKM register through the screens (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('skips titles, group rows, totals and signature, reads short kab/kota names, refuses what does not belong, and saves the rest', async () => {
    app = await launchApp();
    const { page } = app;
    const profile = new OfficeProfilePage(page);
    await profile.open(WEB_BASE_URL);
    await profile.fill(PROFILE);
    await profile.save();

    await page.getByRole('tab', { name: 'Impor & Ekspor' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'data-ikm-kalsel-2025.xlsx',
      mimeType: 'application/octet-stream',
      buffer: readFileSync(REGISTER),
    });

    // Title lines and a blank line above: the header is found on row 4, every column recognised.
    await expect
      .poll(() => page.getByText(/judul kolom di baris 4/).count(), { timeout: 60_000 })
      .toBe(1);
    expect(
      await page.getByText('Semua kolom wajib sudah dipetakan', { exact: false }).count(),
    ).toBe(1);
    await app.screenshot('import-registers-mapping');
    await page.getByRole('button', { name: 'Periksa data' }).click();
    const report = page.getByRole('table', { name: 'Laporan pemeriksaan' });
    await report.waitFor();

    const filters = page.getByRole('group', { name: 'Saring hasil' });
    await expect.poll(() => filters.getByText('Semua (37)').count(), { timeout: 60_000 }).toBe(1);
    const chips = await filters.getByRole('button').allInnerTexts();
    expect(chips).toEqual(
      expect.arrayContaining(['Tidak sah (6)', 'Duplikat (1)', 'Dilewati (16)']),
    );
    const counted = (label: string): number =>
      Number(chips.find((c) => c.startsWith(`${label} (`))?.match(/\((\d+)\)$/)?.[1] ?? 0);
    expect(counted('Sah') + counted('Sah (dirapikan)')).toBe(14);
    await filters.getByText('Tidak sah (6)').click();
    for (const reason of [
      'belum terjadi',
      'di luar provinsi kantor',
      'Nama IKM wajib diisi',
      'NIB wajib diisi',
      'Tenaga Kerja harus berupa angka',
    ]) {
      expect(await report.getByText(new RegExp(reason)).count(), reason).toBeGreaterThan(0);
    }
    await filters.getByText(/^Sah \(dirapikan\)/).click();
    expect(
      await report.getByText(/"Tala" dibaca sebagai Kabupaten Tanah Laut/).count(),
    ).toBeGreaterThan(0);
    await app.screenshot('import-registers-report');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Unduh cadangan lalu simpan \(14 baris\)/ }).click();
    await download;
    await expect
      .poll(() => page.getByText(/Impor selesai: 14 baris disimpan/).count(), { timeout: 60_000 })
      .toBe(1);
    expect(app.errors).toEqual([]);
  });
});
