import type { Page } from 'playwright-core';

export interface OfficeProfileInput {
  province: string;
  address: string;
  city: string;
  signerName: string;
  rank: string;
  nip: string;
  unitCode: string;
}

/** Page model of Pengaturan → Profil Instansi. */
export class OfficeProfilePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/index.html#/pengaturan?tab=profil`);
    await this.page.getByRole('form', { name: 'Profil instansi' }).waitFor();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(input: OfficeProfileInput): Promise<void> {
    const province = this.page.getByRole('combobox', { name: 'Provinsi' });
    await province.click();
    await province.fill(input.province);
    await this.page.getByRole('option', { name: input.province, exact: true }).click();
    await this.field('Alamat').fill(input.address);
    await this.field('Kota tempat surat (baris tanggal)').fill(input.city);
    await this.field('Nama lengkap dan gelar').fill(input.signerName);
    await this.field('Pangkat/golongan').fill(input.rank);
    await this.field('NIP').fill(input.nip);
    await this.field('Kode unit').fill(input.unitCode);
  }

  /** A kabupaten/kota office: the level first, then its province and kabupaten, then the rest. */
  async fillKabKota(
    input: OfficeProfileInput & {
      level: 'Kabupaten' | 'Kota';
      kabKota: string;
      signerJobTitle: string;
    },
  ): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Tingkat pemerintahan' }).click();
    await this.page.getByRole('option', { name: input.level, exact: true }).click();
    await this.fill(input);
    const kabKota = this.page.getByRole('combobox', { name: input.level, exact: true });
    await kabKota.click();
    await kabKota.fill(input.kabKota);
    await this.page.getByRole('option', { name: input.kabKota, exact: true }).click();
    await this.field('Jabatan penanda tangan').fill(input.signerJobTitle);
  }

  async save(): Promise<string> {
    await this.page.getByRole('button', { name: 'Simpan profil instansi' }).click();
    const status = this.page.getByRole('status').filter({ hasText: 'Profil instansi disimpan' });
    await status.waitFor();
    return status.innerText();
  }
}
