import type { Page } from 'playwright-core';
import { fillDate } from './date-field';

/** Page model of the register forms' shared parts (region picker, autocomplete, uploads). */
export async function pickOption(
  page: Page,
  label: string,
  typed: string,
  option: string | RegExp = typed,
): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(typed);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

export async function pickRegion(
  page: Page,
  region: { provinsi: string; kabKota: string; kecamatan: string; desa?: string },
): Promise<void> {
  await pickOption(page, 'Provinsi', region.provinsi);
  await pickOption(page, 'Kabupaten/Kota', region.kabKota);
  await pickOption(page, 'Kecamatan', region.kecamatan);
  if (region.desa) await pickOption(page, 'Desa/Kelurahan', region.desa);
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function upload(
  page: Page,
  buttonLabel: string,
  file: UploadFile | UploadFile[],
): Promise<void> {
  await page.locator(`input[type=file][aria-label="${buttonLabel}"]`).setInputFiles(file);
}

export interface NewSentra {
  name: string;
  /** The label shown in the Komoditi list, e.g. 'Kain tenun'; the form's default when absent. */
  commodity?: string;
  region: { provinsi: string; kabKota: string; kecamatan: string; desa?: string };
  units: number;
  workers: number;
  decree: {
    number: string;
    date: string;
    signedBy: string;
    scan?: { name: string; mimeType: string; buffer: Buffer };
  };
}

/** Page model of Sentra IKM: the grid (/sentra) and the form (/sentra/baru, /sentra/:id). */
export class SentraPage {
  constructor(private readonly page: Page) {}

  grid() {
    return this.page.getByRole('grid', { name: 'Daftar sentra IKM' });
  }

  async create(s: NewSentra): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Tambah Sentra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tambah Sentra IKM' }).waitFor();
    await page.getByLabel('Nama sentra *').fill(s.name);
    if (s.commodity) {
      await page.getByRole('combobox', { name: 'Komoditi *' }).click();
      await page.getByRole('option', { name: s.commodity }).first().click();
    }
    await pickRegion(page, s.region);
    await page.getByLabel('Jumlah unit usaha *').fill(String(s.units));
    await page.getByLabel('Jumlah tenaga kerja *').fill(String(s.workers));
    await page.getByLabel('Nomor SK *').fill(s.decree.number);
    await fillDate(page, 'Tanggal SK *', s.decree.date);
    await page.getByLabel('Ditandatangani oleh *').fill(s.decree.signedBy);
    if (s.decree.scan) {
      await upload(page, 'Unggah pindaian SK', s.decree.scan);
      await page.getByText(`Dipilih: ${s.decree.scan.name}`).waitFor();
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan', exact: true }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Cari sentra').fill(text);
  }
}
