import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLongDate } from '@shared/text/date';
import { AppFrame } from './pages/app-frame';
import { EnterprisePage } from './pages/enterprise-page';
import { LetterPage } from './pages/letter-page';
import { NominationPages } from './pages/nomination-page';
import { OfficeProfilePage } from './pages/office-profile';
import { PackPageModel } from './pages/pack-page';
import { SentraPage } from './pages/sentra-page';
import { launchApp, type AppSession } from './support/browser';
import { fillOfficeProfile } from '../packaging/smoke-steps';
import { makePdf, pdfFile, pngFile } from './support/sample-files';
import { testFilePath } from '../support/temp-file';

const REGION = {
  provinsi: 'Kalimantan Selatan',
  kabKota: 'Kabupaten Banjar',
  kecamatan: 'Martapura',
  desa: 'Jawa',
};
const IKM = 'UD Sasirangan Intan Martapura';
const PRODUCT = 'Kain Sasirangan Motif Kulat Karikit';
/** The round of this year: the letter is dated today and must fall inside the round's window and year. */
const YEAR = new Date().getFullYear();
const ROUND = `OVOP ${YEAR}`;
/** Today as the app dates a letter (local calendar date). */
const localIsoDate = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Full-page screenshots of a scrolled page draw the fixed app bar mid-page: scroll up first. */
async function shot(app: AppSession, name: string): Promise<void> {
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot(name);
}

/** The first start asks who uses this PC; the name is recorded on every change. */
async function answerFirstStart(app: AppSession, name: string): Promise<void> {
  const dialog = app.page.getByRole('dialog', { name: 'Nama pengguna PC ini' });
  await dialog.waitFor();
  await dialog.getByLabel('Nama pengguna').fill(name);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await app.page.getByRole('button', { name: `Pengguna: ${name}` }).waitFor();
}

describe('the main path of a kabupaten office, through the screens only', () => {
  const sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it(
    'goes from an empty profile to a province that imports the bundle and sees the nomination',
    { timeout: 600_000 },
    async () => {
      const kab = await launchApp({ userName: null });
      sessions.push(kab);
      const { page } = kab;
      const frame = new AppFrame(page);
      await answerFirstStart(kab, 'Rina (Disperin Banjar)');
      await frame.ready();

      // Office profile: a kabupaten office (the same Banjar office the packaged smoke test fills).
      await fillOfficeProfile(page);
      await shot(kab, 'jalur-profil-instansi');

      // A sentra with its SK and the SK scan.
      await frame.goTo('Sentra IKM');
      const sentra = new SentraPage(page);
      await sentra.create({
        name: 'Sentra Sasirangan Martapura',
        commodity: 'Kain tenun',
        region: REGION,
        units: 12,
        workers: 40,
        decree: {
          number: '188.45/210/KUM/2024',
          date: '2024-03-04',
          signedBy: 'Bupati Banjar',
          scan: pdfFile('sk-sentra-sasirangan.pdf'),
        },
      });
      await sentra.save();
      await sentra.grid().getByText('Sentra Sasirangan Martapura').waitFor();

      // An IKM in that sentra (its lead firm), with product, NIB with scan, photos and the business profile.
      await frame.goTo('IKM');
      const ikm = new EnterprisePage(page);
      await ikm.startNew();
      await ikm.fillIdentity({
        name: IKM,
        owner: 'Hj. Noor Aida',
        nib: '9120001299001',
        region: REGION,
        workers: 9,
        investment: 180000000,
        sentra: { typed: 'Sasirangan', option: /Sentra Sasirangan Martapura/ },
      });
      await page.getByRole('checkbox', { name: 'IKM penghela (lead firm) sentra' }).check();
      await ikm.save();
      await page.getByRole('heading', { level: 1, name: IKM }).waitFor();
      await page.getByRole('tab', { name: 'Produk', selected: true }).waitFor();

      await page.getByRole('button', { name: 'Tambah produk' }).click();
      const productDialog = page.getByRole('dialog', { name: 'Tambah produk' });
      await productDialog.getByLabel('Nama produk *').fill(PRODUCT);
      await productDialog.getByRole('combobox', { name: 'Komoditi *' }).click();
      await page.getByRole('option', { name: 'Kain tenun', exact: false }).first().click();
      await productDialog
        .getByLabel('Keunikan produk')
        .fill('Motif kulat karikit dicelup tangan dengan pewarna alam dari kayu ulin dan kunyit.');
      await productDialog.getByLabel('Bahan baku lokal (%)').fill('80');
      await productDialog.getByLabel('Kapasitas *').fill('300');
      await productDialog.getByLabel('Satuan *').fill('lembar');
      await productDialog.getByLabel('Bulan produksi/tahun').fill('12');
      await productDialog.getByLabel('Harga terendah *').fill('250000');
      await productDialog.getByLabel('Harga tertinggi *').fill('900000');
      await productDialog.getByRole('button', { name: 'Simpan produk' }).click();
      await productDialog.waitFor({ state: 'detached' });
      await page.getByRole('article', { name: `Produk ${PRODUCT}` }).waitFor();

      await ikm.openTab('Legalitas');
      await ikm.addCredential({
        kind: 'NIB',
        number: '9120001299001',
        issuedOn: '2022-08-17',
        scan: pdfFile('nib-oss.pdf'),
      });
      await page
        .getByRole('table', { name: 'Daftar legalitas' })
        .getByText('9120001299001')
        .waitFor();

      await ikm.openTab('Foto');
      for (const [i, name] of ['kain-depan.png', 'kain-motif.png', 'proses-celup.png'].entries()) {
        await ikm.uploadPhoto(`Foto ${i + 1}`, pngFile(name, 40 + i * 60));
        await page.getByText(`Foto "${name}" tersimpan`).waitFor();
      }

      // A round with the default checklist, then the nomination from the IKM page.
      await frame.goTo('Usulan');
      const usulan = new NominationPages(page);
      await usulan.createRound(YEAR);
      // The window holds today's letter; the ministry's request is cited in the letter's opening.
      await usulan.fillRoundWindow(`${YEAR}-01-01`, `${YEAR}-12-31`);
      await usulan.fillRequestLetter({
        number: `B/215/IKMA/IND/II/${YEAR}`,
        date: `${YEAR}-01-09`,
        hal: `Usulan Calon IKM OVOP Tahun ${YEAR}`,
      });
      await usulan.saveRoundSettings();
      await usulan.waitForHeading(ROUND);
      await usulan.nominate([IKM]);
      await usulan.openNomination(IKM);

      // Not ready yet: the business profile is missing; its finding leads to the Dokumen tab.
      const profileFinding = usulan.findings().filter({ hasText: 'Profil usaha belum ada' });
      await profileFinding.waitFor();
      await shot(kab, 'jalur-usulan-belum-siap');
      await profileFinding.getByRole('link', { name: /Perbaiki/ }).click();
      await page.getByRole('tab', { name: 'Dokumen', selected: true }).waitFor();
      // The requirement the finding is about is already chosen for the upload.
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Memenuhi persyaratan' }).innerText())
        .toBe('Profil usaha');
      await ikm.uploadDocument('Profil usaha 2027', pdfFile('profil-usaha.pdf'));
      await expect
        .poll(() => ikm.documentRequirement('profil-usaha.pdf').innerText())
        .toBe('Profil usaha');
      await shot(kab, 'jalur-dokumen-persyaratan');
      await page.goBack();
      await usulan.waitForHeading(IKM);
      await page.getByText('Semua persyaratan terpenuhi').waitFor();
      expect(await usulan.findings().count()).toBe(0);
      await usulan.moveTo('Diperiksa kab/kota');
      await expect.poll(() => usulan.status().innerText()).toBe('Diperiksa kab/kota');
      await shot(kab, 'jalur-usulan-siap');

      // The letter: a new draft already lists the ready nomination; final after confirmation; PDF; signed copy.
      await frame.goTo('Surat');
      const letters = new LetterPage(page);
      await letters.createDraft();
      const include = page.getByRole('checkbox', { name: `Cantumkan ${IKM}` });
      await include.waitFor();
      expect(await include.isChecked()).toBe(true);
      const number = await letters.finalise();
      // The first number of the letter's year in the office's own register.
      expect(number).toMatch(/^[\d.]+\/1\/Disperin\/\d{4}$/);
      const saved = await letters.savePdf();
      expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
      await letters.uploadSigned('surat-usulan-ttd.pdf', makePdf('surat bertanda tangan basah'));
      expect(await letters.subtitle().innerText()).toContain('ditandatangani');
      await shot(kab, 'jalur-surat-ditandatangani');

      // The nomination follows its signed letter (a kab/kota office's own path to the portal).
      await frame.goTo('Usulan');
      await page.getByRole('link', { name: ROUND }).first().click();
      await usulan.waitForHeading(ROUND);
      await usulan.openNomination(IKM);
      await usulan.moveTo('Surat ditandatangani');
      await expect.poll(() => usulan.status().innerText()).toBe('Surat ditandatangani');

      // The portal pack: download the ZIP and check its entries.
      await frame.goTo('Paket Kirim');
      const pack = new PackPageModel(page);
      await pack.packTable().getByText(IKM).waitFor();
      await page.locator('button:not([disabled])', { hasText: 'Buat paket ZIP' }).waitFor();
      const zip = await pack.download('Buat paket ZIP');
      await pack.status().filter({ hasText: 'selesai' }).waitFor();
      const entries = unzipSync(zip.bytes);
      const names = Object.keys(entries);
      expect(names).toContain('manifest.json');
      expect(names).toContain('rekap.xlsx');
      const folder = `01_${IKM}`;
      expect(names.filter((n) => n.startsWith(`${folder}/`)).length).toBeGreaterThanOrEqual(5);
      expect(names.some((n) => n.startsWith(`${folder}/`) && n.includes('profil'))).toBe(true);
      const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
        files: { path: string }[];
      };
      for (const f of manifest.files) expect(names, f.path).toContain(f.path);

      // The exchange bundle for the province, saved to a file.
      await pack.tab('Bundel pertukaran').click();
      const bundle = await pack.download('Ekspor bundel');
      expect(bundle.name).toMatch(/\.ovop$/);
      const bundlePath = testFilePath('jalur-', bundle.name, bundle.bytes);
      expect(kab.errors).toEqual([]);

      // A second, fresh profile: the province office imports the bundle and sees the nomination.
      const prov = await launchApp();
      sessions.push(prov);
      const provFrame = new AppFrame(prov.page);
      await provFrame.ready();
      await provFrame.goTo('Paket Kirim');
      const provPack = new PackPageModel(prov.page);
      await provPack.tab('Bundel pertukaran').click();
      await provPack.choose('Buka bundel…', bundlePath);
      const summary = prov.page.getByLabel('Ringkasan pratinjau');
      await summary.filter({ hasText: '0 bentrok' }).waitFor();
      await shot(prov, 'jalur-provinsi-pratinjau');
      await prov.page.getByRole('button', { name: 'Gabungkan ke register' }).click();
      await provPack.status().filter({ hasText: 'Digabung' }).waitFor();

      await provFrame.goTo('Usulan');
      const provUsulan = new NominationPages(prov.page);
      await prov.page.getByRole('link', { name: ROUND }).first().click();
      await provUsulan.waitForHeading(ROUND);
      await provUsulan.gridRow(IKM).waitFor();
      await provUsulan.openNomination(IKM);
      await expect.poll(() => provUsulan.status().innerText()).toBe('Surat ditandatangani');
      await prov.page.getByText('Semua persyaratan terpenuhi').waitFor();
      await shot(prov, 'jalur-provinsi-usulan');
      await provFrame.goTo('Surat');
      await prov.page
        .getByRole('grid', { name: 'Daftar surat diterima' })
        .getByText(number)
        .waitFor();

      // The province's own letter lists the kabupaten's nominee and cites its letter.
      await provFrame.goTo('Pengaturan');
      await prov.page.getByRole('tab', { name: 'Profil Instansi' }).click();
      await prov.page.getByRole('form', { name: 'Profil instansi' }).waitFor();
      const provProfile = new OfficeProfilePage(prov.page);
      await prov.page.getByRole('combobox', { name: 'Tingkat pemerintahan' }).click();
      await prov.page.getByRole('option', { name: 'Provinsi', exact: true }).click();
      await provProfile.fill({
        province: 'Kalimantan Selatan',
        address: 'Jalan Jenderal Sudirman Nomor 14, Banjarmasin',
        city: 'Banjarmasin',
        signerName: 'Ir. H. Muhammad Fadli Rahman, M.T.',
        rank: 'Pembina Utama Muda (IV/c)',
        nip: '196804111993031009',
        unitCode: 'Disperin',
      });
      await provProfile.save();
      await provFrame.goTo('Surat');
      const provLetters = new LetterPage(prov.page);
      await provLetters.createDraft();
      const listed = prov.page.getByRole('checkbox', { name: `Cantumkan ${IKM}` });
      await listed.waitFor();
      expect(await listed.isChecked()).toBe(true);
      const kabLetterDate = formatLongDate(localIsoDate());
      // The list marker "2." is drawn beside the point's second line: read the citation in parts.
      const cited = `BanjarNomor${number}tanggal${kabLetterDate}`.replace(/\s+/g, '');
      await expect
        .poll(async () => (await provLetters.previewText()).replace(/\s+/g, ''))
        .toContain(cited);
      const provPreview = (await provLetters.previewText()).replace(/\s+/g, '');
      expect(provPreview).toContain('diusulkanolehkabupaten/kotamelaluisuratKabupaten');
      // The lampiran names the kabupaten's letter in the nominee's Keterangan.
      expect(provPreview).toContain(
        `SuratusulanNomor${number}tanggal${kabLetterDate}`.replace(/\s+/g, ''),
      );
      await shot(prov, 'jalur-provinsi-surat-mengutip');
      expect(prov.errors).toEqual([]);
    },
  );
});
