import type { Page } from 'playwright-core';
import { AppFrame } from '../e2e/pages/app-frame';
import { LetterPage } from '../e2e/pages/letter-page';
import { NominationPages } from '../e2e/pages/nomination-page';
import { OfficeProfilePage } from '../e2e/pages/office-profile';

/**
 * The screens a packaged build is smoke-tested through, the same whether the window is the
 * packaged Electron app or the web page: the first-start name, an office profile, a round with the
 * ministry's request letter, and a draft letter shown in the preview. Clicks and labels only, so a
 * release build (no test hooks) can walk them.
 */
export const SMOKE_USER = 'Uji Paket';
const YEAR = new Date().getFullYear();
export const SMOKE_ROUND = `OVOP ${YEAR}`;
export const SMOKE_REQUEST_NUMBER = `B/301/IKMA/IND/II/${YEAR}`;

export async function answerFirstStart(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nama pengguna PC ini' });
  await dialog.waitFor();
  await dialog.getByLabel('Nama pengguna').fill(SMOKE_USER);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: `Pengguna: ${SMOKE_USER}` }).waitFor();
}

export async function fillOfficeProfile(page: Page): Promise<void> {
  const frame = new AppFrame(page);
  await frame.goTo('Pengaturan');
  await page.getByRole('tab', { name: 'Profil Instansi' }).click();
  await page.getByRole('form', { name: 'Profil instansi' }).waitFor();
  const profile = new OfficeProfilePage(page);
  await profile.fillKabKota({
    level: 'Kabupaten',
    province: 'Kalimantan Selatan',
    kabKota: 'Kabupaten Banjar',
    signerJobTitle: 'Kepala Dinas Perindustrian Kabupaten Banjar',
    address: 'Jalan Menteri Empat Nomor 2, Martapura',
    city: 'Martapura',
    signerName: 'H. Ahmad Rizani, S.T., M.M.',
    rank: 'Pembina Tingkat I (IV/b)',
    nip: '197203151998031007',
    unitCode: 'Disperin',
  });
  await profile.save();
}

export async function createRound(page: Page): Promise<void> {
  await new AppFrame(page).goTo('Usulan');
  const usulan = new NominationPages(page);
  await usulan.createRound(YEAR);
  await usulan.fillRoundWindow(`${YEAR}-01-01`, `${YEAR}-12-31`);
  await usulan.fillRequestLetter({
    number: SMOKE_REQUEST_NUMBER,
    date: `${YEAR}-01-09`,
    hal: `Usulan Calon IKM OVOP Tahun ${YEAR}`,
  });
  await usulan.saveRoundSettings();
  await usulan.waitForHeading(SMOKE_ROUND);
}

/**
 * A new draft letter of the round; returns the text its preview (pdf.js text layer) shows, without
 * white space (the text layer may split a long number where the line could break).
 */
export async function draftLetterPreview(page: Page): Promise<string> {
  await new AppFrame(page).goTo('Surat');
  const letters = new LetterPage(page);
  await letters.createDraft();
  return (await letters.previewText()).replace(/\s+/g, '');
}

/** Back to the letter register, the draft listed. */
export async function openLetterRegister(page: Page): Promise<void> {
  await new AppFrame(page).goTo('Surat');
}
