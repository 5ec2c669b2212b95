import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportTables } from '@shared/dashboard';
import { reportXlsxBytes } from '../../../../../renderer/src/features/dashboard/report-export';
import { makeDashboardData } from '../../../../support/factories/dashboard';

describe('recap report as XLSX', () => {
  it('has one sheet per table with every row, counts as numbers and text as text cells', async () => {
    const data = makeDashboardData();
    const tables = reportTables(data);
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(5);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsxBytes(data)).buffer as ArrayBuffer);
    expect(book.worksheets).toHaveLength(tables.length);
    tables.forEach((table, index) => {
      const sheet = book.worksheets[index];
      if (!sheet) throw new Error(`lembar ${index} tidak ada`);
      expect(sheet.getCell('A1').value).toBe(table.title);
      expect(sheet.getRow(2).values).toEqual([undefined, ...table.columns]);
      table.rows.forEach((row, r) => {
        row.forEach((value, c) => {
          const cell = sheet.getRow(r + 3).getCell(c + 1);
          if (value === '' || value === null) return;
          expect(cell.value).toBe(value);
          expect(cell.formula).toBeUndefined();
          if (typeof value === 'string') expect(cell.numFmt).toBe('@');
        });
      });
    });
  });
});
