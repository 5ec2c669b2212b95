import { describe, expect, it } from 'vitest';
import { pickDataSheet, sheetToTable } from '@shared/import/sheet-cells';
import { exceljsWorkbook } from '../../../support/factories/sheet-cells';

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
    expect(pickDataSheet(exceljsWorkbook([{ name: 'A' }, { name: 'B' }]).worksheets)?.name).toBe('A');
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
