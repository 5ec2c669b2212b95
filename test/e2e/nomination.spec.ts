import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { NominationPages } from './pages/nomination-page';
import {
  addCredentials,
  halalFor,
  makeE2eCandidate,
  openWithHooks,
  seedCandidates,
} from '../support/factories/e2e-register';

describe('Usulan: round, nominations, live readiness and workflow (web mode)', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('creates a round, nominates three IKM, clears a missing halal finding and moves a nomination through the workflow', async () => {
    app = await launchApp({ hash: '/usulan' });
    const { page } = app;
    const usulan = new NominationPages(page);
    await openWithHooks(page, '/usulan');
    await usulan.waitForHeading('Usulan');

    // Register: three ready food IKM, one of them without its halal certificate.
    const noHalal = makeE2eCandidate(
      'UD Kerupuk Haruan Martapura',
      '9120001230001',
      'Kerupuk Haruan',
    );
    const dodol = makeE2eCandidate('CV Dodol Kandangan', '9120001230002', 'Dodol Kandangan');
    const amplang = makeE2eCandidate('UD Amplang Bahari', '9120001230003', 'Amplang Ikan');
    noHalal.credentials = noHalal.credentials.filter((c) => c.kind !== 'halal');
    const [noHalalIds] = await seedCandidates(
      page,
      [noHalal, dodol, amplang],
      'Rina (Disperin Banjar)',
    );
    if (!noHalalIds) throw new Error('seeding returned no ids');

    await usulan.createRound(2026);
    await app.screenshot('usulan-periode-pengaturan');
    await usulan.saveRoundSettings();
    await usulan.waitForHeading('OVOP 2026');

    await usulan.nominate([
      noHalal.enterprise.name,
      dodol.enterprise.name,
      amplang.enterprise.name,
    ]);
    await expect
      .poll(() => page.getByRole('grid', { name: 'Daftar usulan' }).getByRole('row').count())
      .toBe(4);
    await expect
      .poll(() =>
        usulan
          .gridRow(noHalal.enterprise.name)
          .locator('[data-readiness]')
          .getAttribute('data-readiness'),
      )
      .toBe('belum-siap');
    expect(
      await usulan
        .gridRow(dodol.enterprise.name)
        .locator('[data-readiness]')
        .getAttribute('data-readiness'),
    ).toBe('siap');
    await app.screenshot('usulan-periode-ringkasan');

    await usulan.openNomination(noHalal.enterprise.name);
    const halalFinding = usulan.finding('halal-missing');
    await halalFinding.waitFor();
    expect(await halalFinding.getAttribute('data-severity')).toBe('blocking');
    // Halal is per product: the finding names the nominated product.
    expect(await halalFinding.innerText()).toContain(
      `Sertifikat Halal produk "${noHalal.product.name}" belum ada`,
    );
    expect(await halalFinding.getByRole('link').getAttribute('href')).toBe(
      `#/ikm/${noHalalIds.enterpriseId}?tab=legalitas&jenis=halal`,
    );
    await app.screenshot('usulan-kesiapan-halal');

    // Draft with a blocking finding cannot be checked: the reason is shown.
    await usulan.moveTo('Diperiksa kab/kota');
    await expect.poll(() => usulan.alert().innerText()).toContain('Masih ada 1 kekurangan wajib');

    // The certificate is added to the register (through the repositories, as the IKM page does):
    // the open nomination page updates live, without a reload.
    await addCredentials(page, noHalal, noHalalIds, [halalFor(noHalal)]);
    await page.getByText('Semua persyaratan terpenuhi').waitFor();
    expect(await usulan.finding('halal-missing').count()).toBe(0);

    await usulan.moveTo('Diperiksa kab/kota');
    await expect.poll(() => usulan.status().innerText()).toBe('Diperiksa kab/kota');
    await usulan.moveTo('Divalidasi provinsi');
    await expect.poll(() => usulan.status().innerText()).toBe('Divalidasi provinsi');
    await usulan.moveTo('Surat ditandatangani');
    await expect
      .poll(() => usulan.alert().innerText())
      .toContain('belum tercantum dalam lampiran surat usulan');
    expect(await usulan.status().innerText()).toBe('Divalidasi provinsi');

    const history = await usulan.historyRows().allInnerTexts();
    expect(history).toHaveLength(3);
    expect(history[0]).toContain('Divalidasi provinsi');
    expect(history[1]).toContain('Diperiksa kab/kota');
    expect(history[2]).toContain('Draf');
    for (const row of history) expect(row).toContain('Rina (Disperin Banjar)');
    await app.screenshot('usulan-alur-status');
    expect(app.errors).toEqual([]);
  });
  it('re-evaluates an earlier star holder without a new letter or portal upload: the status panel says so and offers assessment', async () => {
    app = await launchApp({ hash: '/usulan' });
    const { page } = app;
    const usulan = new NominationPages(page);
    await openWithHooks(page, '/usulan');
    await usulan.waitForHeading('Usulan');
    const holder = makeE2eCandidate('UD Sasirangan Bintang', '9120001230009', 'Kain Sasirangan');
    const [ids] = await seedCandidates(page, [holder], 'Rina (Disperin Banjar)');
    if (!ids) throw new Error('seeding returned no ids');

    // The earlier award is recorded on the IKM's Penghargaan tab.
    await page.goto(`${page.url().split('#')[0] ?? ''}#/ikm/${ids.enterpriseId}?tab=penghargaan`);
    await page.getByRole('button', { name: 'Tambah penghargaan' }).click();
    const award = page.getByRole('dialog', { name: 'Tambah penghargaan' });
    await award.getByLabel('Nama produk *').fill('Kain Sasirangan');
    await award.getByLabel('Tahun *').fill('2022');
    await award.getByLabel('Jumlah bintang *').fill('3');
    await award.getByRole('button', { name: 'Simpan penghargaan' }).click();
    await award.waitFor({ state: 'hidden' });

    await page.goto(`${page.url().split('#')[0] ?? ''}#/usulan`);
    await usulan.waitForHeading('Usulan');
    await usulan.createRound(2026);
    await usulan.saveRoundSettings();
    await usulan.waitForHeading('OVOP 2026');
    await page.getByRole('button', { name: 'Usulkan IKM' }).click();
    const dialog = page.getByRole('dialog', { name: 'Usulkan IKM' });
    await dialog.getByRole('checkbox', { name: `Pilih ${holder.enterprise.name}` }).check();
    await dialog.getByLabel('Jenis usulan').click();
    await page.getByRole('option', { name: 'Evaluasi ulang' }).click();
    await dialog.getByLabel('Penghargaan sebelumnya').click();
    await page.getByRole('option', { name: /Kain Sasirangan/ }).click();
    await dialog.getByRole('button', { name: 'Usulkan 1 IKM' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await usulan.openNomination(holder.enterprise.name);
    await expect
      .poll(() => page.getByTestId('nomination-letter').innerText())
      .toContain('tidak memerlukan surat usulan baru dan tidak diunggah ke portal');
    await usulan.moveTo('Diperiksa kab/kota');
    await expect.poll(() => usulan.status().innerText()).toBe('Diperiksa kab/kota');
    await usulan.moveTo('Divalidasi provinsi');
    await expect.poll(() => usulan.status().innerText()).toBe('Divalidasi provinsi');
    const steps = page.getByRole('group', { name: 'Langkah berikutnya' });
    expect(await steps.getByRole('button', { name: 'Surat ditandatangani' }).count()).toBe(0);
    await usulan.moveTo('Dinilai');
    await expect.poll(() => usulan.status().innerText()).toBe('Dinilai');
    await app.screenshot('usulan-evaluasi-ulang');
    expect(app.errors).toEqual([]);
  });
});
