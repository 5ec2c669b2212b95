import ExcelJS from 'exceljs';

export interface SheetSpecForTest {
  readonly name: string;
  readonly hidden?: boolean;
  /** Cells by 1-based [row, column] address; anything not listed stays empty. */
  readonly cells?: readonly (readonly [row: number, col: number, value: ExcelJS.CellValue])[];
}

/** A real exceljs workbook (in memory) with these sheets, in order. */
export function exceljsWorkbook(sheets: readonly SheetSpecForTest[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    for (const [row, col, value] of spec.cells ?? []) ws.getCell(row, col).value = value;
  }
  return wb;
}
