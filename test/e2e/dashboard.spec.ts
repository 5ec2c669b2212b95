import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { DashboardPageModel, type DashboardSeed } from './pages/dashboard-page';

const YEAR = 2026;
const SEED: DashboardSeed = {
  year: YEAR,
  candidates: [
    {
      name: 'UD Sasirangan Indah',
      kabKota: '63.03',
      commodity: 'kain-batik',
      status: 'draft',
      credentialExpiresOn: `${YEAR}-06-10`,
    },
    { name: 'CV Purun Banjar', kabKota: '63.03', commodity: 'anyaman', status: 'draft' },
    {
      name: 'UD Dodol Kandangan',
      kabKota: '63.06',
      commodity: 'makanan-minuman',
      status: 'divalidasi',
    },
    { name: 'UD Gerabah Bakumpai', kabKota: '63.04', commodity: 'gerabah', status: 'ditarik' },
  ],
  finalLettersWithoutScan: 2,
  awards: [
    { year: 2016, stars: 3, scale: 5 },
    { year: 2024, stars: 2, scale: 3 },
  ],
};

describe('Beranda in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('shows the first-run page on a fresh profile, leading to Profil Instansi', async () => {
    app = await launchApp();
    const beranda = new DashboardPageModel(app.page);
    await beranda.firstRun().waitFor();
    expect(await beranda.heading().innerText()).toBe('Beranda');
    await app.screenshot('beranda-kosong');
    await app.page.getByRole('link', { name: 'Buka Pengaturan → Profil Instansi' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
    expect(app.page.url()).toContain('#/pengaturan?tab=profil');
    expect(
      await app.page.getByRole('tab', { name: 'Profil Instansi' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(app.errors).toEqual([]);
  });

  it('shows a full-page Indonesian message, not a blank page, for a register written by a newer version', async () => {
    app = await launchApp();
    const { page } = app;
    await new DashboardPageModel(page).heading().waitFor();
    // A newer app upgraded the register (native version far above ours); the open window lets go.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ovop-desk', 990);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('open gagal'));
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(
      'OVOP Desk tidak dapat membuka data register',
    );
    expect(await alert.innerText()).toContain('dibuat oleh versi OVOP Desk yang lebih baru');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await app.screenshot('register-versi-lebih-baru');
  });

  it('on a seeded register, each figure equals the rows of the list it links to', async () => {
    app = await launchApp();
    const beranda = new DashboardPageModel(app.page);
    const roundId = await beranda.seed(SEED);
    await app.page.getByRole('region', { name: 'Bintang skala 1–5' }).waitFor();
    // The register bars are counted after the round's figures; the report waits for them.
    const perKabKota = app.page.getByRole('region', { name: 'IKM terdaftar per kabupaten/kota' });
    await perKabKota.locator('svg').waitFor();
    await app.page
      .getByRole('button', { name: 'Unduh laporan PDF' })
      .and(app.page.locator(':not([disabled])'))
      .waitFor();
    expect(await app.page.getByText('Menghitung IKM di register…').count()).toBe(0);
    expect(await perKabKota.innerText()).toContain('Kabupaten Barito Kuala');
    await app.screenshot('beranda-terisi');

    expect(await beranda.count('Usulan aktif')).toBe(3);
    expect(await beranda.count('Usulan berstatus Draf')).toBe(2);
    expect(await beranda.count('Usulan berstatus Ditarik')).toBe(1);
    expect(await beranda.count('Legalitas berakhir sebelum penutupan')).toBe(1);
    expect(await beranda.count('Surat menunggu pindaian bertanda tangan')).toBe(2);
    expect(await beranda.count('IKM terdaftar')).toBe(6);
    // Kab/kota with nothing that goes forward come first: Barito Kuala only withdrew and Banjar has
    // only drafts (the quota counts nominations that can still go forward); Hulu Sungai Selatan
    // has a validated one.
    const order = await beranda.quotaOrder();
    const firstMet = order.indexOf('Kabupaten Hulu Sungai Selatan');
    expect(firstMet).toBeGreaterThan(-1);
    expect(order.indexOf('Kabupaten Barito Kuala')).toBeLessThan(firstMet);
    expect(order.indexOf('Kabupaten Banjar')).toBeLessThan(firstMet);

    // Each figure links to a list filtered by query parameters; the target page applies them itself
    // and shows exactly as many rows as the figure says.
    const draft = await beranda.count('Usulan berstatus Draf');
    await beranda.figure('Usulan berstatus Draf').click();
    expect(app.page.url()).toContain(`#/usulan/periode/${roundId}?status=draft`);
    expect(await beranda.gridRowCount('Daftar usulan')).toBe(draft);
    expect(new Set(await beranda.gridStatuses())).toEqual(new Set(['Draf']));
    await app.screenshot('periode-dari-beranda-status');
    await beranda.back();

    const notReady = await beranda.count('Kesiapan Belum siap');
    await beranda.figure('Kesiapan Belum siap').click();
    expect(app.page.url()).toContain('kesiapan=belum-siap');
    expect(await beranda.gridRowCount('Daftar usulan')).toBe(notReady);
    await beranda.back();

    await beranda.figure('Legalitas berakhir sebelum penutupan').click();
    expect(app.page.url()).toContain('legalitas=berakhir');
    expect(await beranda.gridRowCount('Daftar usulan')).toBe(1);
    expect(await app.page.getByRole('grid', { name: 'Daftar usulan' }).innerText()).toContain(
      'UD Sasirangan Indah',
    );
    await app.screenshot('periode-dari-beranda-legalitas');
    await beranda.back();

    await beranda.figure('Surat menunggu pindaian bertanda tangan').click();
    expect(app.page.url()).toContain(`#/surat?periode=${roundId}&status=final`);
    expect(await beranda.gridRowCount('Daftar surat')).toBe(2);
    await app.screenshot('surat-dari-beranda');
    expect(app.errors).toEqual([]);
  });
});
