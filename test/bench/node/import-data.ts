import ExcelJS from 'exceljs';
import { buildRegionFiles } from '../../../renderer/tools/build-regions.mjs';
import { generateRegister, type SeedRegion } from '../../support/seed/generate-register';
import { regionProvinceSchema } from '../../../renderer/src/regions/region-asset.schema';

/**
 * The 10,000-row IKM sheet an officer would upload: the columns of the import template (Nama IKM,
 * Nama Pemilik, NIB, …, Kabupaten/Kota, Kecamatan, Desa/Kelurahan by name) filled from the seed
 * generator over the real desa of Kalimantan Selatan.
 */
export async function writeImportSheet(path: string, rows: number): Promise<void> {
  const names = new Map<string, string>();
  const regions: SeedRegion[] = [];
  for (const [fileName, text] of buildRegionFiles()) {
    if (fileName !== 'p63.json') continue;
    const file = regionProvinceSchema.parse(JSON.parse(text));
    for (const [kab, kecamatanList] of file.kabKota) {
      for (const [kec, kecName, desaList] of kecamatanList) {
        names.set(`${file.province}.${kab}.${kec}`, kecName);
        for (const [desa, desaName] of desaList)
          regions.push({ code: `${file.province}.${kab}.${kec}.${desa}`, name: desaName });
      }
    }
  }
  const kabNames = new Map<string, string>();
  for (const [fileName, text] of buildRegionFiles()) {
    if (fileName !== 'index.json') continue;
    const index = JSON.parse(text) as { kabKota: [string, string][] };
    for (const [code, name] of index.kabKota) kabNames.set(code, name);
  }
  const register = generateRegister({
    ikm: rows,
    sentra: 0,
    seed: 7,
    regions,
    at: '2026-01-02T01:00:00.000Z',
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data IKM');
  sheet.addRow([
    'Nama IKM',
    'Nama Pemilik',
    'NIB',
    'Alamat',
    'Provinsi',
    'Kabupaten/Kota',
    'Kecamatan',
    'Desa/Kelurahan',
    'Telepon/HP',
    'Tahun Berdiri',
    'Tenaga Kerja',
    'Investasi (Rp)',
    'Produk',
  ]);
  const desaNames = new Map(regions.map((r) => [r.code, r.name]));
  for (const [i, e] of register.enterprises.entries()) {
    const [p, k, c] = e.regionCode.split('.');
    sheet.addRow([
      e.name,
      e.ownerName,
      e.nib,
      e.address,
      'Kalimantan Selatan',
      kabNames.get(`${p}.${k}`) ?? '',
      names.get(`${p}.${k}.${c}`) ?? '',
      desaNames.get(e.regionCode) ?? '',
      e.phone,
      e.yearFounded,
      e.workerCount,
      e.investmentRupiah,
      register.products[i]?.name ?? '',
    ]);
  }
  await workbook.xlsx.writeFile(path);
}
