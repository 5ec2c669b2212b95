import type { RekapSheet } from '@shared/pack/rekap';

/** rekap.xlsx: exceljs loaded only when a pack is built; every cell is a string (never a formula). */
export async function rekapXlsx(sheetData: RekapSheet, title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'OVOP Desk';
  const sheet = book.addWorksheet('Rekap usulan');
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(sheetData.headers);
  header.font = { bold: true };
  for (const row of sheetData.rows) {
    const added = sheet.addRow(row.map(() => ''));
    row.forEach((text, i) => {
      const cell = added.getCell(i + 1);
      cell.value = text;
      cell.numFmt = '@';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(8, (sheetData.headers[i] ?? '').length + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
