import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { WEB_BASE_URL } from './support/server';
import { AppFrame } from './pages/app-frame';
import { dateField, dateText, fillDate } from './pages/date-field';
import { NominationPages } from './pages/nomination-page';
import { pickOption } from './pages/sentra-page';

/** `YYYY-MM-DD` of the browser's today shifted by `days`, and the same as dd/mm/yyyy. */
function shifted(days: number): { iso: string; shown: string } {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
    shown: `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`,
  };
}

describe('a kabupaten office from an empty profile, on an English system', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('asks the user name once, follows the office in the signer jabatan, starts forms from its kab/kota, types dates as dd/mm/yyyy, warns late nominations and shows its own kab/kota', async () => {
    app = await launchApp({ userName: null, locale: 'en-US' });
    const { page } = app;

    // First start: the name is asked in a dialog, stored, and shown in the frame.
    const ask = page.getByRole('dialog', { name: 'Nama pengguna PC ini' });
    await ask.getByText('Selamat datang di OVOP Desk').waitFor();
    await ask.getByRole('button', { name: 'Simpan' }).click();
    await ask.getByText('Nama pengguna wajib diisi').waitFor();
    await ask.getByLabel('Nama pengguna').fill('Rina Disperin Banjar');
    await ask.getByRole('button', { name: 'Simpan' }).click();
    await ask.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Pengguna: Rina Disperin Banjar' }).waitFor();

    // Navigation: a list of links named by their pages, shortcuts in aria-keyshortcuts.
    const frame = new AppFrame(page);
    expect(await frame.nav().getByRole('listitem').count()).toBe(7);
    const beranda = frame.nav().getByRole('link', { name: 'Beranda', exact: true });
    expect(await beranda.getAttribute('aria-keyshortcuts')).toBe('Control+1');
    expect(
      await frame
        .nav()
        .getByRole('link', { name: 'Pengaturan', exact: true })
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Control+7');

    // Office profile: Kabupaten → province → Kabupaten Banjar; the signer's jabatan follows.
    await page.goto(`${WEB_BASE_URL}/index.html#/pengaturan?tab=profil`);
    const profile = page.getByRole('form', { name: 'Profil instansi' });
    await profile.waitFor();
    await profile.getByRole('combobox', { name: 'Tingkat pemerintahan' }).click();
    await page.getByRole('option', { name: 'Kabupaten', exact: true }).click();
    await pickOption(page, 'Provinsi', 'Kalimantan Selatan');
    const jabatan = profile.getByLabel('Jabatan penanda tangan', { exact: true });
    await expect
      .poll(() => jabatan.inputValue())
      .toBe('Kepala Dinas Perindustrian Kalimantan Selatan');
    await pickOption(page, 'Kabupaten', 'Kabupaten Banjar');
    await expect
      .poll(() => jabatan.inputValue())
      .toBe('Kepala Dinas Perindustrian Kabupaten Banjar');
    await profile.getByLabel('Alamat', { exact: true }).fill('Jl. Ahmad Yani Km 38, Martapura');
    await profile
      .getByLabel('Kota tempat surat (baris tanggal)', { exact: true })
      .fill('Martapura');
    await profile
      .getByLabel('Nama lengkap dan gelar', { exact: true })
      .fill('Ir. H. Ahmad Fauzi, M.T.');
    await profile.getByLabel('Pangkat/golongan', { exact: true }).fill('Pembina Utama Muda (IV/c)');
    await profile.getByLabel('NIP', { exact: true }).fill('196805121994031007');
    await profile.getByLabel('Kode unit', { exact: true }).fill('Disperin');
    await page.getByRole('button', { name: 'Simpan profil instansi' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil instansi disimpan' }).waitFor();
    expect(await jabatan.inputValue()).toBe('Kepala Dinas Perindustrian Kabupaten Banjar');

    // An empty register grid says so in plain Indonesian; a new sentra starts in Kabupaten Banjar.
    await frame.goTo('Sentra IKM');
    await page
      .getByRole('grid', { name: 'Daftar sentra IKM' })
      .getByText('Tidak ada baris', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Tambah Sentra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tambah Sentra IKM' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Kabupaten/Kota', exact: true }).inputValue())
      .toBe('Kabupaten Banjar');
    expect(await page.getByRole('combobox', { name: 'Provinsi', exact: true }).inputValue()).toBe(
      'Kalimantan Selatan',
    );
    await app.screenshot('office-path-sentra-form-en');

    // A round whose window closed 12 days ago: dates typed day first, nominating warns.
    await frame.goTo('Usulan');
    const usulan = new NominationPages(page);
    await usulan.createRound(2026);
    const opens = shifted(-60);
    const closes = shifted(-12);
    await fillDate(page, 'Tanggal pembukaan usulan', opens.iso);
    await fillDate(page, 'Tanggal penutupan usulan', closes.iso);
    expect(await dateText(page, 'Tanggal penutupan usulan')).toBe(closes.shown);
    expect(
      await dateField(page, 'Tanggal penutupan usulan')
        .getByRole('spinbutton', { name: 'Hari' })
        .innerText(),
    ).toBe(closes.shown.slice(0, 2));
    await usulan.saveRoundSettings();
    await usulan.waitForHeading('OVOP 2026');

    // The kabupaten sees its own kab/kota, not a province-wide table.
    await page.getByRole('heading', { level: 2, name: 'Kabupaten/kota ini' }).waitFor();
    const overview = page.getByRole('table', { name: 'Ringkasan per kabupaten/kota' });
    await expect.poll(() => overview.locator('tbody tr').count()).toBe(1);
    expect(await overview.locator('tbody tr').first().innerText()).toContain('Kabupaten Banjar');
    expect(await page.getByText('Kab/kota belum mengusulkan').count()).toBe(0);
    await page
      .getByRole('grid', { name: 'Daftar usulan' })
      .getByText('Belum ada usulan yang cocok')
      .waitFor();
    await app.screenshot('office-path-round-kabupaten');

    await page.getByRole('button', { name: 'Usulkan IKM' }).click();
    const nominate = page.getByRole('dialog', { name: 'Usulkan IKM' });
    const late = nominate
      .getByRole('alert')
      .filter({ hasText: 'Periode usulan ditutup 12 hari yang lalu' });
    await late.waitFor();
    await app.screenshot('office-path-late-warning');
    await nominate.getByRole('button', { name: 'Tutup' }).click();

    // Pengaturan → Pengguna shows the stored name and changes it.
    await page.goto(`${WEB_BASE_URL}/index.html#/pengaturan?tab=pengguna`);
    const nameField = page.getByLabel('Nama pengguna', { exact: true });
    await expect.poll(() => nameField.inputValue()).toBe('Rina Disperin Banjar');
    await nameField.fill('Rina A.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('button', { name: 'Pengguna: Rina A.' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
