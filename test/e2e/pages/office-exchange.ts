import type { Page } from 'playwright-core';
import { WEB_BASE_URL } from '../support/server';
import { EnterprisePage } from './enterprise-page';
import { NominationPages } from './nomination-page';
import { OfficeProfilePage } from './office-profile';
import { PackPageModel } from './pack-page';
import { pickOption, SentraPage } from './sentra-page';
import { testFilePath } from '../../support/temp-file';

/** One office of the exchange (a kab/kota or the province), set up and used through its screens. */
export interface OfficeSetup {
  level: 'Provinsi' | 'Kabupaten';
  kabKota?: string;
  city: string;
}

export async function setUpOffice(page: Page, office: OfficeSetup): Promise<void> {
  const profile = new OfficeProfilePage(page);
  await profile.open(WEB_BASE_URL);
  await page.getByRole('combobox', { name: 'Tingkat pemerintahan' }).click();
  await page.getByRole('option', { name: office.level, exact: true }).click();
  await profile.fill({
    province: 'Kalimantan Selatan',
    address: `Jalan Ahmad Yani, ${office.city}`,
    city: office.city,
    signerName: 'Ir. H. Muhammad Fadli Rahman, M.T.',
    rank: 'Pembina (IV/a)',
    nip: '196804111993031009',
    unitCode: 'Disperin',
  });
  if (office.kabKota)
    await pickOption(page, 'Kabupaten', office.kabKota.replace(/^Kabupaten /, ''), office.kabKota);
  await profile.save();
}

export interface Candidate {
  sentra: string;
  sk: string;
  ikm: string;
  owner: string;
  nib: string;
  product: string;
  region: { provinsi: string; kabKota: string; kecamatan: string; desa: string };
}

/** Sentra with its SK, an IKM in it with one product: the register screens, as an officer fills them. */
export async function registerCandidate(page: Page, c: Candidate): Promise<void> {
  await page.goto(`${WEB_BASE_URL}/index.html#/sentra`);
  const sentra = new SentraPage(page);
  await sentra.create({
    name: c.sentra,
    region: {
      provinsi: c.region.provinsi,
      kabKota: c.region.kabKota,
      kecamatan: c.region.kecamatan,
    },
    units: 12,
    workers: 40,
    decree: {
      number: c.sk,
      date: '2023-05-10',
      signedBy: `Bupati ${c.region.kabKota.replace(/^Kabupaten /, '')}`,
    },
  });
  await sentra.save();
  await sentra.grid().getByText(c.sentra).waitFor();
  await page.goto(`${WEB_BASE_URL}/index.html#/ikm`);
  const ikm = new EnterprisePage(page);
  await ikm.startNew();
  await ikm.fillIdentity({
    name: c.ikm,
    owner: c.owner,
    nib: c.nib,
    region: c.region,
    workers: 8,
    investment: 150000000,
    sentra: { typed: c.sentra.split(' ')[1] ?? c.sentra, option: new RegExp(c.sentra) },
  });
  await ikm.save();
  await page.getByRole('heading', { level: 1, name: c.ikm }).waitFor();
  await ikm.addProduct({
    name: c.product,
    capacity: 500,
    unit: 'kg',
    priceMin: 25000,
    priceMax: 40000,
    story: 'Resep turun-temurun.',
  });
}

/** Usulan → "OVOP <year>" with default settings. */
export async function createRound(page: Page, year: number): Promise<void> {
  await page.goto(`${WEB_BASE_URL}/index.html#/usulan`);
  const usulan = new NominationPages(page);
  await usulan.createRound(year);
  await usulan.saveRoundSettings();
  await usulan.waitForHeading(`OVOP ${year}`);
}

/** Paket Kirim → Bundel pertukaran → Ekspor bundel; the file as the officer would save it. */
export async function exportBundleFile(
  page: Page,
): Promise<{ name: string; path: string; message: string }> {
  const pack = new PackPageModel(page);
  await pack.open();
  await pack.tab('Bundel pertukaran').click();
  const file = await pack.download('Ekspor bundel');
  const path = testFilePath('bundel-', file.name, file.bytes);
  const message = await pack.status().filter({ hasText: file.name }).innerText();
  return { name: file.name, path, message };
}

/** Paket Kirim → Bundel pertukaran → Buka bundel…; returns the preview summary once shown. */
export async function openBundleFile(page: Page, path: string): Promise<PackPageModel> {
  const pack = new PackPageModel(page);
  await pack.open();
  await pack.tab('Bundel pertukaran').click();
  await pack.choose('Buka bundel…', path);
  await page.getByLabel('Ringkasan pratinjau').waitFor();
  return pack;
}
