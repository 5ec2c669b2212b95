import { toImportCell, type ImportCell } from './cell';
import type { ImportTable } from './pipeline';
import { prescanXlsx } from './xlsx-prescan';

/**
 * The few parts of a spreadsheet library's worksheet the import reads. exceljs worksheets satisfy
 * this structurally, so shared/ stays free of the library itself.
 */
interface SheetCellSource {
  readonly value: unknown;
  readonly address?: string;
  /** For a merged range, the top-left cell; every other cell of the range repeats its value. */
  readonly master?: { readonly address: string };
}
interface SheetRowSource {
  eachCell(
    options: { includeEmpty: boolean },
    callback: (cell: SheetCellSource, colNumber: number) => void,
  ): void;
}
export interface SheetSource {
  readonly name: string;
  readonly state?: string;
  readonly actualRowCount: number;
  eachRow(
    options: { includeEmpty: boolean },
    callback: (row: SheetRowSource, rowNumber: number) => void,
  ): void;
}

/** The first visible sheet that has rows; the first sheet when none has; undefined for no sheets. */
export function pickDataSheet<S extends SheetSource>(sheets: readonly S[]): S | undefined {
  return sheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0) ?? sheets[0];
}

/**
 * Turns a worksheet into a table of plain cells. Row and column positions are kept: skipped rows
 * become empty rows and gaps between cells become null. A merged range is read from its master
 * (top-left) cell only; the other cells of the range are empty, as the sheet shows them.
 */
export function sheetToTable(sheet: SheetSource): ImportTable {
  const rows: ImportCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const slave =
        cell.master !== undefined &&
        cell.address !== undefined &&
        cell.master.address !== cell.address;
      cells[col - 1] = slave ? null : toImportCell(cell.value);
    });
    rows.push(Array.from(cells, (c) => c ?? null));
  });
  return { sheet: sheet.name, rows };
}

export type SheetReadResult = { ok: true; table: ImportTable } | { ok: false; message: string };

/**
 * Reads the data sheet of an XLSX: pre-scans the bytes (refusing hostile or oversized archives
 * before any library sees them), then opens them with `openSheets` (the spreadsheet library,
 * returning the workbook's worksheets) and turns the data sheet into cells.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
  openSheets: (buffer: ArrayBuffer) => Promise<readonly SheetSource[]>,
): Promise<SheetReadResult> {
  const scan = prescanXlsx(bytes);
  if (!scan.ok) return scan;
  try {
    const sheets = await openSheets(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = pickDataSheet(sheets);
    if (!sheet) return { ok: false, message: 'Buku kerja tidak berisi lembar data.' };
    return { ok: true, table: sheetToTable(sheet) };
  } catch (error) {
    return {
      ok: false,
      message: `Berkas XLSX tidak dapat dibaca: ${error instanceof Error ? error.message : 'rusak'}`,
    };
  }
}
