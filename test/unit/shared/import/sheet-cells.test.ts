import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { pickDataSheet, readXlsxTable, sheetToTable } from '@shared/import/sheet-cells';
import { exceljsWorkbook } from '../../../support/factories/sheet-cells';
import { xlsxBytes } from '../../../support/factories/spreadsheet';

async function openWithExceljs(buffer: ArrayBuffer): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  return wb.worksheets;
}

describe('pickDataSheet', () => {
  it('skips hidden and empty sheets and takes the first visible sheet with rows', () => {
    const wb = exceljsWorkbook([
      { name: 'Petunjuk', hidden: true, cells: [[1, 1, 'baca dulu']] },
      { name: 'Kosong' },
      { name: 'Data IKM', cells: [[1, 1, 'Nama Usaha']] },
      { name: 'Lain', cells: [[1, 1, 'x']] },
    ]);
    expect(pickDataSheet(wb.worksheets)?.name).toBe('Data IKM');
  });

  it('falls back to the first sheet when no sheet has rows, and gives nothing for no sheets', () => {
    expect(pickDataSheet(exceljsWorkbook([{ name: 'A' }, { name: 'B' }]).worksheets)?.name).toBe(
      'A',
    );
    expect(pickDataSheet(exceljsWorkbook([]).worksheets)).toBeUndefined();
  });
});

describe('sheetToTable', () => {
  it('keeps row and column positions: skipped rows are empty rows, gaps are null', () => {
    const wb = exceljsWorkbook([
      {
        name: 'Data',
        cells: [
          [1, 1, 'Nama'],
          [1, 3, 'Jumlah'],
          [3, 1, 'UD Berkah'],
          [3, 3, 12],
        ],
      },
    ]);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheetToTable(sheet)).toEqual({
      sheet: 'Data',
      rows: [['Nama', null, 'Jumlah'], [], ['UD Berkah', null, 12]],
    });
  });

  it('reads dates as YYYY-MM-DD, formulas as their cached result and rich text as plain text', () => {
    const wb = exceljsWorkbook([
      {
        name: 'Data',
        cells: [
          [1, 1, new Date(Date.UTC(2024, 4, 21))],
          [1, 2, { formula: 'A1+1', result: 7 }],
          [1, 3, { richText: [{ text: 'Siti ' }, { text: 'Aminah' }] }],
        ],
      },
    ]);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheetToTable(sheet).rows).toEqual([['2024-05-21', 7, 'Siti Aminah']]);
  });
});

describe('readXlsxTable', () => {
  it('reads the data sheet of a real XLSX file', async () => {
    const bytes = await xlsxBytes(
      [
        ['Nama Usaha', 'Tenaga Kerja'],
        ['UD Berkah 1', 8],
      ],
      'Data IKM',
    );
    expect(await readXlsxTable(bytes, openWithExceljs)).toEqual({
      ok: true,
      table: {
        sheet: 'Data IKM',
        rows: [
          ['Nama Usaha', 'Tenaga Kerja'],
          ['UD Berkah 1', 8],
        ],
      },
    });
  });

  it('refuses a hostile archive before the library opens it', async () => {
    const hostile = zipSync({
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0"?><workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>',
      ),
    });
    let opened = false;
    const result = await readXlsxTable(hostile, (buffer) => {
      opened = true;
      return openWithExceljs(buffer);
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/mengaku berukuran A1:XFD1048576/);
    expect(opened).toBe(false);
  });

  it('explains a workbook the library cannot open, and one without sheets, in Indonesian', async () => {
    const bytes = await xlsxBytes([['Nama Usaha']]);
    const broken = await readXlsxTable(bytes, () => Promise.reject(new Error('zip tidak lengkap')));
    expect(broken).toEqual({
      ok: false,
      message: 'Berkas XLSX tidak dapat dibaca: zip tidak lengkap',
    });
    const empty = await readXlsxTable(bytes, () => Promise.resolve([]));
    expect(empty).toEqual({ ok: false, message: 'Buku kerja tidak berisi lembar data.' });
  });
});
