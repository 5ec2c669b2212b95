import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './support/browser';
import { LetterPage } from './pages/letter-page';
import { NominationPages } from './pages/nomination-page';
import {
  createRound,
  exportBundleFile,
  openBundleFile,
  registerCandidate,
  setUpOffice,
  type Candidate,
} from './pages/office-exchange';
import { WEB_BASE_URL } from './support/server';
import { formatLongDate } from '@shared/text/date';

const BANJAR: Candidate = {
  sentra: 'Sentra Kerupuk Gambut',
  sk: '188.45/077/KUM/2023',
  ikm: 'UD Kerupuk Haruan',
  owner: 'Siti Aminah',
  nib: '9120001234567',
  product: 'Kerupuk Ikan Haruan',
  region: {
    provinsi: 'Kalimantan Selatan',
    kabKota: 'Kabupaten Banjar',
    kecamatan: 'Gambut',
    desa: 'Gambut Barat',
  },
};
const TAPIN: Candidate = {
  sentra: 'Sentra Anyaman Purun',
  sk: '188.45/012/DISPERINDAG/2022',
  ikm: 'UD Purun Tatakan',
  owner: 'Rahmah',
  nib: '9120007654321',
  product: 'Tas Purun',
  region: {
    provinsi: 'Kalimantan Selatan',
    kabKota: 'Kabupaten Tapin',
    kecamatan: 'Tapin Selatan',
    desa: 'Tatakan',
  },
};

/** A kab/kota office from an empty profile: profile, sentra, IKM, "OVOP 2026", one nomination, its letter (a draft). */
async function kabKotaOffice(
  sessions: AppSession[],
  kabKota: string,
  city: string,
  c: Candidate,
): Promise<AppSession> {
  const app = await launchApp();
  sessions.push(app);
  await setUpOffice(app.page, { level: 'Kabupaten', kabKota, city });
  await registerCandidate(app.page, c);
  await createRound(app.page, 2026);
  await new NominationPages(app.page).nominate([c.ikm]);
  await app.page.getByRole('grid', { name: 'Daftar usulan' }).getByText(c.ikm).waitFor();
  const letters = new LetterPage(app.page);
  await letters.openRegister(WEB_BASE_URL);
  await letters.createDraft();
  return app;
}

async function merge(app: AppSession): Promise<string> {
  await app.page.getByRole('button', { name: 'Gabungkan ke register' }).click();
  const done = app.page.getByRole('status').filter({ hasText: 'Digabung' });
  await done.waitFor();
  return done.innerText();
}

describe('two kab/kota and the province exchange bundles (three profiles)', () => {
  const sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it('the province ends with one OVOP 2026 holding both nominations, no sentra or IKM twice; a re-send changes nothing; an updated re-send shows its differences', async () => {
    const banjar = await kabKotaOffice(sessions, 'Kabupaten Banjar', 'Martapura', BANJAR);
    const fromBanjar = await exportBundleFile(banjar.page);
    expect(fromBanjar.name).toMatch(/^bundel-ovop-kabupaten-banjar-\d{8}\.ovop$/);
    expect(fromBanjar.message).toContain(
      '1 periode, 1 sentra, 1 SK sentra, 1 IKM, 1 usulan, 1 surat',
    );

    const tapin = await kabKotaOffice(sessions, 'Kabupaten Tapin', 'Rantau', TAPIN);
    const fromTapin = await exportBundleFile(tapin.page);
    expect(fromTapin.name).toMatch(/^bundel-ovop-kabupaten-tapin-\d{8}\.ovop$/);

    const prov = await launchApp();
    sessions.push(prov);
    await setUpOffice(prov.page, { level: 'Provinsi', city: 'Banjarbaru' });
    await createRound(prov.page, 2026);

    // Banjar's bundle: the preview names the sender and says OVOP 2026 already exists.
    await openBundleFile(prov.page, fromBanjar.path);
    const summary = prov.page.getByLabel('Ringkasan pratinjau');
    expect(await summary.innerText()).toContain('Kabupaten Banjar');
    const arrivals = prov.page.getByRole('list', { name: 'Isi bundel per jenis' });
    await arrivals
      .getByText('Periode: 1 sudah ada (OVOP 2026 → OVOP 2026 di register ini)')
      .waitFor();
    await arrivals.getByText('Sentra IKM: 1 baru (Sentra Kerupuk Gambut)').waitFor();
    await prov.screenshot('pertukaran-pratinjau-banjar');
    expect(await merge(prov)).toContain('Digabung');

    await openBundleFile(prov.page, fromTapin.path);
    expect(await summary.innerText()).toContain('Kabupaten Tapin');
    await arrivals.getByText(/^Periode: 1 sudah ada/).waitFor();
    await merge(prov);

    // Banjar sends the same bundle again: nothing to change, and the app says so.
    await openBundleFile(prov.page, fromBanjar.path);
    await prov.page
      .getByText(
        'Bundel ini sudah pernah digabung: semua isinya sama dengan register ini, tidak ada yang akan berubah.',
      )
      .waitFor();

    // One round, both nominations under it; the register holds each sentra and IKM once.
    await prov.page.goto(`${WEB_BASE_URL}/index.html#/usulan`);
    const usulan = new NominationPages(prov.page);
    await prov.page.getByRole('heading', { level: 1, name: 'Usulan' }).waitFor();
    await expect
      .poll(
        () =>
          prov.page
            .getByRole('table', { name: 'Daftar periode OVOP' })
            .getByRole('link', { name: /OVOP 2026/ })
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    await prov.page
      .getByRole('table', { name: 'Daftar periode OVOP' })
      .getByRole('link', { name: /OVOP 2026/ })
      .click();
    await usulan.waitForHeading('OVOP 2026');
    await usulan.gridRow(BANJAR.ikm).waitFor();
    await usulan.gridRow(TAPIN.ikm).waitFor();
    // Per kab/kota: the bundle received (from whom, when) and the kab/kota's letter; who sent nothing.
    const receipts = prov.page.getByRole('table', { name: 'Bundel diterima per kabupaten/kota' });
    // The drafts are dated today in the machine's calendar (sv-SE writes YYYY-MM-DD).
    const today = formatLongDate(new Date().toLocaleDateString('sv-SE'));
    for (const kabKota of ['Kabupaten Banjar', 'Kabupaten Tapin']) {
      const row = receipts.getByRole('row').filter({ hasText: `(${kabKota}), digabung` });
      await row.getByText(`Konsep (belum bernomor) tanggal ${today}`).waitFor();
    }
    const silent = await receipts
      .getByRole('row')
      .filter({ hasText: 'Belum mengirim bundel' })
      .count();
    expect(silent).toBeGreaterThan(0);
    expect(
      await prov.page
        .getByText('Kab/kota belum mengirim bundel')
        .locator('xpath=following-sibling::*[1]')
        .innerText(),
    ).toBe(String(silent));
    await prov.screenshot('pertukaran-provinsi-periode');
    await prov.page.goto(`${WEB_BASE_URL}/index.html#/sentra`);
    const sentraGrid = prov.page.getByRole('grid', { name: 'Daftar sentra IKM' });
    await sentraGrid.getByText(BANJAR.sentra).waitFor();
    await expect.poll(() => sentraGrid.getByText(/^Sentra /).count(), { timeout: 15_000 }).toBe(2);
    await prov.page.goto(`${WEB_BASE_URL}/index.html#/ikm`);
    const ikmGrid = prov.page.getByRole('grid', { name: 'Daftar IKM' });
    await ikmGrid.getByText(BANJAR.ikm).waitFor();
    await expect.poll(() => ikmGrid.getByText(/^UD /).count(), { timeout: 15_000 }).toBe(2);

    // Banjar withdraws its nomination and sends again: the preview shows the status difference.
    await banjar.page.goto(`${WEB_BASE_URL}/index.html#/usulan`);
    const banjarUsulan = new NominationPages(banjar.page);
    await banjar.page
      .getByRole('table', { name: 'Daftar periode OVOP' })
      .getByRole('link', { name: /OVOP 2026/ })
      .click();
    await banjarUsulan.waitForHeading('OVOP 2026');
    await banjarUsulan.openNomination(BANJAR.ikm);
    await banjar.page
      .getByLabel('Catatan langkah (wajib untuk penarikan)')
      .fill('IKM belum siap tahun ini');
    await banjar.page
      .getByRole('group', { name: 'Langkah berikutnya' })
      .getByRole('button', { name: /tarik/i })
      .click();
    await banjarUsulan.status().filter({ hasText: 'Ditarik' }).waitFor();
    const updated = await exportBundleFile(banjar.page);

    await openBundleFile(prov.page, updated.path);
    await arrivals.getByText(/^Usulan: 1 sudah ada, 1 diperbarui/).waitFor();
    const difference = prov.page.getByRole('table', {
      name: `Perbedaan Usulan ${BANJAR.ikm} – ${BANJAR.product}`,
    });
    await difference.getByRole('row', { name: /Status Draf Ditarik/ }).waitFor();
    await prov.screenshot('pertukaran-pembaruan');
    expect(await merge(prov)).toContain('1 diganti');
    await prov.page.goto(`${WEB_BASE_URL}/index.html#/usulan`);
    await prov.page
      .getByRole('table', { name: 'Daftar periode OVOP' })
      .getByRole('link', { name: /OVOP 2026/ })
      .click();
    await usulan.waitForHeading('OVOP 2026');
    await usulan.gridRow(BANJAR.ikm).filter({ hasText: 'Ditarik' }).waitFor();
    await expect
      .poll(() => prov.page.getByRole('grid', { name: 'Daftar usulan' }).getByRole('row').count(), {
        timeout: 15_000,
      })
      .toBe(3);

    // Surat: the province's own letter is in its register; the kab/kota letters stay theirs.
    const provLetters = new LetterPage(prov.page);
    await provLetters.openRegister(WEB_BASE_URL);
    await provLetters.createDraft();
    await provLetters.openRegister(WEB_BASE_URL);
    const own = prov.page.getByRole('grid', { name: 'Daftar surat', exact: true });
    await expect.poll(() => own.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    const received = prov.page.getByRole('grid', { name: 'Daftar surat diterima' });
    await received.getByRole('row', { name: /Kabupaten Banjar/ }).waitFor();
    await received.getByRole('row', { name: /Kabupaten Tapin/ }).waitFor();
    await prov.screenshot('pertukaran-provinsi-surat');
    await received.getByRole('row', { name: /Kabupaten Banjar/ }).click();
    await prov.page.getByText(/^Surat kiriman .*hanya dapat dibaca/).waitFor();
    expect(await prov.page.getByRole('button', { name: 'Finalkan' }).count()).toBe(0);
    // A kab/kota draft is never drawn with the province's letterhead.
    await prov.page.getByText(/^Konsep kiriman kantor lain: belum bernomor/).waitFor();
    expect(await prov.page.getByRole('document', { name: 'Pratinjau surat' }).count()).toBe(0);
    await prov.page
      .getByRole('heading', { name: /Varian A · dari Dinas kabupaten\/kota/ })
      .waitFor();

    for (const s of [banjar, tapin, prov]) expect(s.errors).toEqual([]);
  }, 900_000);
});
