import { fillDate } from './date-field';
import type { Page } from 'playwright-core';
import { pickOption, pickRegion, upload } from './sentra-page';

export interface NewEnterprise {
  name: string;
  owner: string;
  nib: string;
  region: { provinsi: string; kabKota: string; kecamatan: string; desa: string };
  workers: number;
  investment: number;
  sentra?: { typed: string; option: RegExp };
}

/** Page model of IKM: the grid (/ikm) and the detail tabs (/ikm/:id). */
export class EnterprisePage {
  constructor(private readonly page: Page) {}

  grid() {
    return this.page.getByRole('grid', { name: 'Daftar IKM' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Cari IKM').fill(text);
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tambah IKM' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Tambah IKM' }).waitFor();
  }

  async fillIdentity(e: NewEnterprise): Promise<void> {
    const { page } = this;
    await page.getByLabel('Nama IKM *').fill(e.name);
    await page.getByLabel('Nama pemilik *').fill(e.owner);
    await page.getByLabel('NIB *').fill(e.nib);
    await pickRegion(page, e.region);
    await page.getByLabel('Jumlah tenaga kerja *').fill(String(e.workers));
    await page.getByLabel('Nilai investasi (Rp) *').fill(String(e.investment));
    if (e.sentra) await pickOption(page, 'Sentra IKM', e.sentra.typed, e.sentra.option);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan', exact: true }).click();
  }

  async openTab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
  }

  async addProduct(p: { name: string; capacity: number; unit: string; priceMin: number; priceMax: number; story: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Tambah produk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah produk' });
    await dialog.getByLabel('Nama produk *').fill(p.name);
    await dialog.getByLabel('Keunikan produk').fill(p.story);
    await dialog.getByLabel('Kapasitas *').fill(String(p.capacity));
    await dialog.getByLabel('Satuan *').fill(p.unit);
    await dialog.getByLabel('Harga terendah *').fill(String(p.priceMin));
    await dialog.getByLabel('Harga tertinggi *').fill(String(p.priceMax));
    await dialog.getByRole('button', { name: 'Simpan produk' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addCredential(c: { kind: string; number: string; issuedOn: string; expiresOn?: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Tambah legalitas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah legalitas' });
    await dialog.getByRole('combobox', { name: 'Jenis *' }).click();
    await page.getByRole('option', { name: c.kind, exact: true }).click();
    await dialog.getByLabel('Nomor dokumen *').fill(c.number);
    await fillDate(dialog, 'Tanggal terbit *', c.issuedOn);
    if (c.expiresOn) await fillDate(dialog, 'Berlaku sampai', c.expiresOn);
    await dialog.getByRole('button', { name: 'Simpan legalitas' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The "Usulan OVOP" section of the IKM page (round, product, status per nomination). */
  nominations() {
    return this.page.getByRole('region', { name: 'Usulan OVOP' });
  }

  /** "Usulkan ke OVOP" → the nomination dialog with this IKM preselected → submit into the default round. */
  async nominateToOvop(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Usulkan ke OVOP' }).click();
    const dialog = page.getByRole('dialog', { name: 'Usulkan IKM' });
    await dialog.getByRole('button', { name: 'Usulkan 1 IKM' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async uploadPhoto(caption: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Keterangan foto').fill(caption);
    await upload(this.page, 'Unggah foto', file);
  }
}
