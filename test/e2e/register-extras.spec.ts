import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { NominationPages } from './pages/nomination-page';
import { SentraPage, upload } from './pages/sentra-page';

const SK_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const REGION = {
  provinsi: 'Kalimantan Selatan',
  kabKota: 'Kabupaten Banjar',
  kecamatan: 'Martapura',
  desa: 'Jawa',
};

describe('register screens: SK scan, NIB legalitas, several photos, requirements before nominating, nomination links', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('walks a sentra and an IKM through the screens', async () => {
    app = await launchApp({ hash: '/sentra' });
    const { page } = app;
    const frame = new AppFrame(page);
    const sentra = new SentraPage(page);

    // The stored SK scan is shown on the sentra page and opens.
    await sentra.create({
      name: 'Sentra Amplang Martapura',
      region: REGION,
      units: 12,
      workers: 40,
      decree: {
        number: '188.45/120/KUM/2024',
        date: '2024-02-14',
        signedBy: 'Bupati Banjar',
        scan: { name: 'sk-amplang.pdf', mimeType: 'application/pdf', buffer: SK_PDF },
      },
    });
    await sentra.save();
    await sentra.grid().getByRole('link', { name: 'Sentra Amplang Martapura' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Sentra: Sentra Amplang Martapura' })
      .waitFor();
    const scanLink = page
      .getByRole('group', { name: 'Pindaian SK tersimpan' })
      .getByRole('link', { name: 'Buka pindaian SK (sk-amplang.pdf)' });
    await scanLink.waitFor();
    expect(await scanLink.getAttribute('href')).toMatch(/^blob:/);
    const [opened] = await Promise.all([app.context.waitForEvent('page'), scanLink.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/^blob:/);
    await opened.close();
    await app.screenshot('register-extras-sentra-sk');

    // An IKM with a product.
    await frame.goTo('IKM');
    const ikm = new EnterprisePage(page);
    await ikm.startNew();
    await ikm.fillIdentity({
      name: 'UD Amplang Bahari',
      owner: 'Hj. Rusmini',
      nib: '9120.0012.30003',
      region: REGION,
      workers: 9,
      investment: 250000000,
      sentra: { typed: 'Amplang', option: /Sentra Amplang Martapura/ },
    });
    await ikm.save();
    await page.getByRole('heading', { level: 1, name: 'UD Amplang Bahari' }).waitFor();
    await ikm.addProduct({
      name: 'Amplang Ikan Pipih',
      capacity: 800,
      unit: 'kg/bulan',
      priceMin: 25000,
      priceMax: 60000,
      story: 'Ikan pipih Sungai Martapura',
    });

    // The NIB legalitas starts from the IKM's NIB.
    await ikm.openTab('Legalitas');
    await page.getByRole('button', { name: 'Tambah legalitas' }).click();
    const credential = page.getByRole('dialog', { name: 'Tambah legalitas' });
    expect(await credential.getByRole('combobox', { name: 'Jenis *' }).innerText()).toBe('NIB');
    expect(await credential.getByLabel('Nomor dokumen *').inputValue()).toBe('9120001230003');
    expect(await credential.getByLabel('Penerbit').inputValue()).toBe('Lembaga OSS');
    await app.screenshot('register-extras-nib');
    await credential.getByRole('combobox', { name: 'Jenis *' }).click();
    await page.getByRole('option', { name: 'Sertifikat Halal', exact: true }).click();
    expect(await credential.getByLabel('Nomor dokumen *').inputValue()).toBe('');
    await credential.getByRole('button', { name: 'Batal' }).click();
    await credential.waitFor({ state: 'detached' });

    // Several photos at once: each checked, one message per refused file.
    await ikm.openTab('Foto');
    const shotOf = (x: number) => page.screenshot({ clip: { x, y: 0, width: 640, height: 480 } });
    await upload(page, 'Unggah foto', [
      { name: 'amplang-1.png', mimeType: 'image/png', buffer: await shotOf(0) },
      { name: 'catatan.txt', mimeType: 'image/png', buffer: Buffer.from('bukan gambar') },
      { name: 'amplang-2.png', mimeType: 'image/png', buffer: await shotOf(300) },
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: '2 berkas tersimpan: amplang-1.png, amplang-2.png' })
      .waitFor();
    const refused = page.getByRole('alert').filter({ hasText: '"catatan.txt" tidak disimpan' });
    await refused.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'tidak disimpan' }).count()).toBe(1);
    await app.screenshot('register-extras-photos');

    // The IKM list shows the row with its sentra and legalitas; a delete leaves the list at once
    // and its undo brings the row back.
    await frame.goTo('IKM');
    const row = ikm.grid().getByRole('row').filter({ hasText: 'UD Amplang Bahari' });
    await row.waitFor();
    expect(await row.getByRole('gridcell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Sentra Amplang Martapura', 'Belum ada', 'Kabupaten Banjar']),
    );
    await row.getByLabel('Hapus UD Amplang Bahari').click();
    await row.waitFor({ state: 'detached' });
    const undo = page.getByRole('alert').filter({ hasText: 'IKM "UD Amplang Bahari" dihapus' });
    await undo.getByRole('button', { name: 'Batalkan' }).click();
    await ikm.grid().getByRole('link', { name: 'UD Amplang Bahari' }).click();
    await page.getByRole('heading', { level: 1, name: 'UD Amplang Bahari' }).waitFor();

    // Before any round: the requirements section says where they come from.
    const requirements = page.getByRole('region', { name: /^Persyaratan usulan/ });
    await requirements.getByText('Belum ada periode OVOP').waitFor();
    await frame.goTo('Usulan');
    const usulan = new NominationPages(page);
    await usulan.createRound(2026);
    await usulan.saveRoundSettings();
    await usulan.waitForHeading('OVOP 2026');

    // The IKM page now shows what the round's readiness check asks, met and missing.
    await frame.goTo('IKM');
    await ikm.grid().getByRole('link', { name: 'UD Amplang Bahari' }).click();
    await page.getByRole('heading', { level: 1, name: 'UD Amplang Bahari' }).waitFor();
    await page.getByRole('region', { name: 'Persyaratan usulan (OVOP 2026)' }).waitFor();
    const lines = page.getByRole('list', { name: 'Persyaratan Amplang Ikan Pipih' });
    await lines
      .getByRole('listitem', { name: 'IKM memiliki NIB yang valid (13 digit): terpenuhi' })
      .waitFor();
    await lines
      .getByRole('listitem', { name: 'IKM tergabung dalam sentra IKM: terpenuhi' })
      .waitFor();
    const food = lines.getByRole('listitem', {
      name: /^Makanan dan minuman: .*: belum terpenuhi \(wajib\)$/,
    });
    expect(await food.innerText()).toContain('Sertifikat Halal');
    await app.screenshot('register-extras-requirements');

    // Nominate; the nomination opens from a real link and leads back to the IKM page.
    await ikm.nominateToOvop();
    const link = ikm.nominations().getByRole('link', { name: 'OVOP 2026' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^#\/usulan\/.+/);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'UD Amplang Bahari' }).waitFor();
    await page.getByRole('region', { name: 'Status usulan' }).waitFor();
    await page.getByRole('button', { name: 'Kembali ke halaman IKM' }).click();
    await ikm.nominations().waitFor();

    // From the round's list too: the IKM name is a link to the nomination.
    await frame.goTo('Usulan');
    await page
      .getByRole('link', { name: /OVOP 2026/ })
      .first()
      .click();
    await usulan.waitForHeading('OVOP 2026');
    const rowLink = page
      .getByRole('grid', { name: 'Daftar usulan' })
      .getByRole('link', { name: 'UD Amplang Bahari' });
    expect(await rowLink.getAttribute('href')).toMatch(/^#\/usulan\/.+/);
    await rowLink.click();
    await page.getByRole('button', { name: 'Kembali ke daftar usulan' }).click();
    await usulan.waitForHeading('OVOP 2026');
    expect(app.errors).toEqual([]);
  }, 300_000);
});
