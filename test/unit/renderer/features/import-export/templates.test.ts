import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '@shared/import/pipeline';
import { readSpreadsheet } from '../../../../../renderer/src/platform/spreadsheet';
import { templateBytes } from '../../../../../renderer/src/features/import-export/templates';
import { sentraRef } from '../../../../support/factories/import-extras';
import { testRegionLookup } from '../../../../support/factories/spreadsheet';

describe('IKM import template', () => {
  it('has the legalitas columns, notes that no longer send Produk/Komoditi/Sentra/Legalitas to Catatan, and an example that imports as IKM + product + legalitas + sentra', async () => {
    const bytes = await templateBytes('ikm');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const header = wb.worksheets[0]?.getRow(1);
    const notes = new Map<string, string>();
    header?.eachCell((cell) =>
      notes.set(
        String(cell.value),
        typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note),
      ),
    );
    expect([...notes.keys()]).toEqual(
      expect.arrayContaining([
        'Produk',
        'Komoditi',
        'Legalitas',
        'Nomor Legalitas',
        'Tanggal Terbit',
        'Berlaku Sampai',
        'Sentra',
      ]),
    );
    for (const h of ['Produk', 'Komoditi', 'Legalitas', 'Sentra'])
      expect(notes.get(h)).not.toMatch(/disimpan di Catatan/i);
    expect(notes.get('Berlaku Sampai')).toContain('Kosongkan bila berlaku tanpa batas');

    const read = await readSpreadsheet('templat-ikm.xlsx', bytes);
    if (!read.ok) throw new Error(read.message);
    const result = await runPipeline(read.table, {
      kind: 'ikm',
      lookup: testRegionLookup(),
      sentras: [sentraRef('s-1', 'Sentra Kerupuk Ikan Astambul')],
    });
    if (!result.ok) throw new Error(result.message);
    const form = result.report.rows[0]?.form;
    expect(form?.kind === 'ikm' && form).toMatchObject({
      value: { name: 'UD Contoh Berkah', sentraId: 's-1', notes: '' },
      product: { name: 'Kerupuk Ikan Haruan', commodity: 'makanan-minuman' },
      credential: {
        kind: 'spp-irt',
        number: '2056303010123-27',
        issuedOn: '2024-05-21',
        expiresOn: '2029-05-21',
      },
    });
  });
});

describe('sentra import template', () => {
  it('has the SK columns (nomor, tanggal, penerbit) and an example that imports as a sentra with its SK', async () => {
    const bytes = await templateBytes('sentra');
    const read = await readSpreadsheet('templat-sentra.xlsx', bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.rows[0]).toEqual(
      expect.arrayContaining(['Nomor SK Penetapan', 'Tanggal SK Penetapan', 'Penerbit SK']),
    );
    const result = await runPipeline(read.table, { kind: 'sentra', lookup: testRegionLookup() });
    if (!result.ok) throw new Error(result.message);
    const form = result.report.rows[0]?.form;
    expect(form?.kind === 'sentra' && form).toMatchObject({
      value: { name: 'Sentra Kerupuk Contoh', notes: '' },
      decree: {
        number: '188.45/077/KUM/2023',
        date: '2023-05-10',
        signedBy: 'Bupati Banjar',
        signerRole: 'bupati',
        issuingRegionCode: '63.03',
      },
    });
  });
});
